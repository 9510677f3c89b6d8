/**
 * Modify and Append: the changes Azure makes to the request before the resource provider sees
 * it, applied to a copy of the request, and the perpetual diffs they cause when the program
 * sets the same property to another value (Pulumi sends its value, Azure rewrites it, the next
 * preview shows the difference again).
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-modify
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-append
 * https://learn.microsoft.com/azure/governance/policy/how-to/author-policies-for-arrays#modifying-arrays
 */
import { SECRET, UNKNOWN } from "../../model/plan-record";
import { lookupAlias } from "./aliases";
import { isUnknown, Value } from "./expression";
import { policyEquals } from "./conditions";
import { PolicyResource, tagName } from "./resource";
import { isObject } from "../../model/json";

export interface Operation {
    operation: "add" | "addOrReplace" | "remove" | "append";
    /** The field as the definition names it. */
    field: string;
    /** The azure-native input path it changes (`tags.costCenter`, `publicNetworkAccess`). */
    property: string;
    value?: Value;
}

export interface PerpetualDiff {
    property: string;
    /** What the program sets. */
    program: unknown;
    /** What Azure stores after the policy runs. */
    policy: unknown;
}

export interface Applied {
    /** Operations that change the request. */
    changed: Operation[];
    perpetualDiffs: PerpetualDiff[];
    /** Append would overwrite a value the request sets: Azure then denies (effect-append). */
    conflicts: string[];
    /** Values the plan does not know, where the change may or may not apply. */
    unknowns: string[];
    /** Operations Azure skips because the request leaves out the property's parent. */
    skipped: string[];
}

/** The input path a modify/append field writes, or an error text. */
export function targetPath(field: string, resource: PolicyResource): { path: string; tag?: string } | { error: string } {
    if (/^tags\b/i.test(field) && field.toLowerCase() !== "tags") {
        const tag = tagName(field);
        return tag === undefined ? { error: `cannot read the tag name in ${field}` } : { path: `tags.${tag}`, tag };
    }
    const lower = field.toLowerCase();
    if (["tags", "location", "kind", "identity.type"].includes(lower)) return { path: lower === "identity.type" ? "identity.type" : lower };
    const found = lookupAlias(field, resource.armType);
    if (found.kind !== "alias") return { error: found.kind === "unknown" ? found.reason : `${field} is not a property of ${resource.armType}` };
    return { path: found.entry.inputPath };
}

const isPlanUnknown = (v: unknown) => v === UNKNOWN || v === SECRET || isUnknown(v);

function plain(v: Value): unknown {
    return JSON.parse(JSON.stringify(v)) as unknown;
}

/** Applies one operation to `body` (mutated), recording what changed against the program's values. */
function apply(body: Record<string, unknown>, op: Operation, tag: string | undefined, out: Applied): void {
    const tokens = tag !== undefined ? ["tags", tag] : (op.property.match(/\[\*\]|[^.[\]]+/g) ?? []);
    const value = op.value === undefined ? undefined : plain(op.value);
    const walk = (node: Record<string, unknown>, i: number, where: string): void => {
        const key = tokens[i];
        const last = i === tokens.length - 1;
        const existingKey = Object.keys(node).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
        const current = node[existingKey];
        if (isPlanUnknown(current)) {
            out.unknowns.push(`${where}${existingKey} is known only after apply`);
            return;
        }
        if (last) {
            if (op.operation === "remove") {
                if (current !== undefined) {
                    delete node[existingKey];
                    out.changed.push(op);
                    out.perpetualDiffs.push({ property: `${where}${existingKey}`, program: current, policy: "(removed)" });
                }
                return;
            }
            if (current !== undefined && policyEquals(current as Value, value as Value)) return;
            if (current !== undefined && (op.operation === "add" || op.operation === "append")) {
                // Append never overwrites: Azure denies the request. Modify's add keeps the existing value.
                if (op.operation === "append")
                    out.conflicts.push(`${where}${existingKey} is ${JSON.stringify(current)} in the request; append would set ${JSON.stringify(value)}`);
                return;
            }
            node[existingKey] = value;
            out.changed.push(op);
            if (current !== undefined) out.perpetualDiffs.push({ property: `${where}${existingKey}`, program: current, policy: value });
            return;
        }
        if (tokens[i + 1] === "[*]") {
            const list: unknown[] | undefined = Array.isArray(current) ? current : undefined;
            if (i + 1 === tokens.length - 1) {
                // `arr[*]`: add/append a member; addOrReplace replaces all members with it.
                if (op.operation === "addOrReplace") {
                    if (list) out.perpetualDiffs.push({ property: `${where}${existingKey}`, program: list, policy: [value] });
                    node[existingKey] = [value];
                } else if (op.operation === "remove") {
                    if (!list?.length) return;
                    out.perpetualDiffs.push({ property: `${where}${existingKey}`, program: list, policy: [] });
                    node[existingKey] = [];
                } else {
                    if (list?.some((m) => policyEquals(m as Value, value as Value))) return;
                    node[existingKey] = [...(list ?? []), value];
                    if (list) out.perpetualDiffs.push({ property: `${where}${existingKey}`, program: list, policy: node[existingKey] });
                }
                out.changed.push(op);
                return;
            }
            // `arr[*].x`: every member.
            (list ?? []).forEach((m, k) => {
                if (isObject(m)) walk(m, i + 2, `${where}${existingKey}[${k}].`);
            });
            return;
        }
        if (current === undefined) {
            // "Property not present": a nested property whose parent the request leaves out is not
            // modified, the omission being taken as intended (tags are independent of the payload).
            // https://learn.microsoft.com/azure/governance/policy/concepts/effect-modify#skipped-modification
            if (tag === undefined && op.operation !== "append") {
                out.skipped.push(`${where}${existingKey} is not in the request, so ${op.property} is not modified`);
                return;
            }
            node[existingKey] = {};
        } else if (!isObject(node[existingKey])) return;
        walk(node[existingKey] as Record<string, unknown>, i + 1, `${where}${existingKey}.`);
    };
    walk(body, 0, "");
}

/** Applies operations to the resource's request body (in place), returning what they changed. */
export function applyOperations(resource: PolicyResource, ops: { op: Operation; tag?: string }[]): Applied {
    const out: Applied = { changed: [], perpetualDiffs: [], conflicts: [], unknowns: [], skipped: [] };
    for (const { op, tag } of ops) apply(resource.body, op, tag, out);
    return out;
}

/** A deep copy of a resource whose body can be changed without touching the record. */
export function withCopiedBody(resource: PolicyResource): PolicyResource {
    return { ...resource, body: JSON.parse(JSON.stringify(resource.body)) as Record<string, unknown> };
}
