/**
 * A resource record seen the way Azure Policy sees the request: its ARM type, name, full name,
 * id, location, tags, kind and identity, and its body properties addressed through aliases,
 * with Azure's rules for `[*]` array aliases.
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#fields
 * https://learn.microsoft.com/azure/governance/policy/how-to/author-policies-for-arrays#referencing-array-resource-properties
 */
import { PolicyRecord } from "../../model/records";
import { SECRET, UNKNOWN } from "../../model/plan-record";
import { ArmTypeInfo, armTypeOf, lookupAlias } from "./aliases";
import { isUnknown, Unknown, Value } from "./expression";
import { isObject } from "../../model/json";

export interface PolicyResource {
    record: PolicyRecord;
    info: ArmTypeInfo;
    armType: string;
    name: Value;
    fullName: Value;
    id: Value;
    resourceGroup?: string;
    /** The request content: the record's inputs without URL path parameters (modify/append change a copy). */
    body: Record<string, unknown>;
}

/** How a property Azure sets (read only) reads: absent in a request, unknown for a compliance scan. */
export type ReadOnlyMode = "absent" | "unknown";


/** A plan value (UNKNOWN, SECRET, JSON) as an evaluation value. */
export function toValue(v: unknown, what: string): Value {
    if (v === UNKNOWN) return new Unknown(`${what} is known only after apply`);
    if (v === SECRET) return new Unknown(`${what} is a secret the plan does not show`);
    if (v === undefined) return null;
    if (Array.isArray(v)) return v.map((x, i) => toValue(x, `${what}[${i}]`));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x, `${what}.${k}`)]));
    return v as Value;
}

function known(v: unknown): string | undefined {
    return typeof v === "string" && v !== UNKNOWN && v !== SECRET && v !== "" ? v : undefined;
}

const rgOf = (id: string) => /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];

/** The resource's ARM id, or Unknown when a segment is known only after apply. */
function armId(record: PolicyRecord, info: ArmTypeInfo, names: unknown[], subscription: string): Value {
    const segs = names.map(known);
    if (segs.some((s) => s === undefined)) return new Unknown(`the resource id of ${record.name} is known only after apply`);
    const [provider, ...types] = info.armType.split("/");
    const rg = known(record.inputs.resourceGroupName);
    if (info.armType === "Microsoft.Resources/subscriptions/resourceGroups") return `/subscriptions/${subscription}/resourceGroups/${segs[0]}`;
    if (info.scopeInput) {
        const scope = known(record.inputs[info.scopeInput]);
        if (!scope) return new Unknown(`the scope of ${record.name} (${info.scopeInput}) is known only after apply`);
        return `${scope.replace(/\/$/, "")}/providers/${info.armType}/${segs[0]}`;
    }
    if (!rg) return new Unknown(`the resource group of ${record.name} is known only after apply`);
    const base = `/subscriptions/${subscription}/resourceGroups/${rg}/providers`;
    if (info.armType === "Microsoft.Authorization/locks") {
        const i = record.inputs;
        const parent = known(i.parentResourcePath);
        const target = [known(i.resourceProviderNamespace), parent, known(i.resourceType), known(i.resourceName)].filter(Boolean).join("/");
        return `${base}/${target}/providers/Microsoft.Authorization/locks/${segs[0]}`;
    }
    return `${base}/${provider}/${types.map((t, k) => `${t}/${segs[k]}`).join("/")}`;
}

/** The policy view of a record, or undefined for records that are not ARM resources of a known type. */
export function policyResource(record: PolicyRecord, subscription: string): PolicyResource | undefined {
    const info = armTypeOf(record.type);
    if (!info || !record.custom) return undefined;
    const names = info.names.map((n) => record.inputs[n]);
    const path = new Set([...info.names, "resourceGroupName", ...(info.scopeInput ? [info.scopeInput] : []), ...(info.pathInputs ?? [])]);
    const body = Object.fromEntries(Object.entries(record.inputs).filter(([k]) => !path.has(k)));
    const segs = names.map((n) => toValue(n, "the resource name"));
    const last = segs[segs.length - 1];
    const unknownSeg = segs.find(isUnknown);
    const resourceGroup = info.armType === "Microsoft.Resources/subscriptions/resourceGroups" ? known(names[0]) : known(record.inputs.resourceGroupName) ?? rgOf(known(record.inputs[info.scopeInput ?? ""]) ?? "");
    return {
        record,
        info,
        armType: info.armType,
        name: last ?? null,
        fullName: unknownSeg ?? segs.join("/"),
        id: armId(record, info, names, subscription),
        ...(resourceGroup ? { resourceGroup } : {}),
        body,
    };
}

/** Tag field syntaxes: `tags['a']`, `tags['''a''']`, `tags[a]`, `tags.a`. */
export function tagName(field: string): string | undefined {
    const quoted = /^tags\['(.*)'\]$/i.exec(field);
    if (quoted) return quoted[1].replace(/''/g, "'");
    const bare = /^tags\[(.*)\]$/i.exec(field) ?? /^tags\.(.+)$/i.exec(field);
    return bare?.[1];
}

function getCaseInsensitive(obj: Record<string, unknown>, key: string): unknown {
    if (key in obj) return obj[key];
    const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : obj[found];
}

/** The values a field selects: one value, or a collection for a `[*]` alias. */
export interface FieldValue {
    collection: boolean;
    values: Value[];
    /** The whole selection is unknown (e.g. the array itself is known only after apply). */
    unknown?: Unknown;
    /** Set when the field names an alias this evaluator cannot resolve. */
    unsupported?: string;
    /** The azure-native input path the field reads, for messages. */
    path?: string;
}

/** Current array members bound by enclosing `count` expressions: `[*]` alias (lower case) to member. */
export type Bindings = ReadonlyMap<string, Value>;

/** Walks an input path with `[*]` segments over a value. */
export function select(root: unknown, path: string, what: string): FieldValue {
    const tokens = path.match(/\[\*\]|[^.[\]]+/g) ?? [];
    let current: unknown[] = [root];
    let collection = false;
    for (const token of tokens) {
        const next: unknown[] = [];
        for (const v of current) {
            if (v === UNKNOWN || v === SECRET || isUnknown(v)) return { collection: true, values: [], unknown: isUnknown(v) ? v : (toValue(v, what) as Unknown), path };
            if (token === "[*]") {
                if (Array.isArray(v)) next.push(...v);
            } else if (isObject(v)) {
                next.push(getCaseInsensitive(v, token));
            } else {
                next.push(undefined);
            }
        }
        if (token === "[*]") collection = true;
        current = next;
    }
    if (collection) return { collection, values: current.filter((v) => v !== undefined).map((v) => toValue(v, what)), path };
    return { collection, values: [toValue(current[0], what)], path };
}

/**
 * Reads a field of the resource (`type`, `name`, `tags['x']`, an alias). `bindings` carry the
 * array members of enclosing count expressions; `readOnly` says how Azure-set properties read.
 */
export function readField(resource: PolicyResource, field: string, readOnly: ReadOnlyMode, bindings: Bindings = new Map()): FieldValue {
    const lower = field.toLowerCase();
    const one = (v: Value): FieldValue => ({ collection: false, values: [v] });
    switch (lower) {
        case "type":
            return one(resource.armType);
        case "name":
            return one(resource.name);
        case "fullname":
            return one(resource.fullName);
        case "id":
            return one(resource.id);
        case "location":
        case "kind":
        case "tags":
            return one(toValue(resource.body[lower], lower));
        case "identity.type":
            return one(toValue(isObject(resource.body.identity) ? resource.body.identity.type : undefined, "identity.type"));
        case "identity.userassignedidentities":
            return one(toValue(isObject(resource.body.identity) ? resource.body.identity.userAssignedIdentities : undefined, "identity.userAssignedIdentities"));
    }
    const tag = lower.startsWith("tags") ? tagName(field) : undefined;
    if (tag !== undefined) {
        const tags = resource.body.tags;
        if (tags === UNKNOWN || tags === SECRET) return one(toValue(tags, "tags"));
        return one(toValue(isObject(tags) ? getCaseInsensitive(tags, tag) : undefined, `tag '${tag}'`));
    }
    const found = lookupAlias(field, resource.armType);
    if (found.kind === "other-type") return one(null);
    if (found.kind === "unknown") return { collection: false, values: [], unsupported: found.reason };
    const entry = found.entry;
    if (entry.readOnly) {
        const collection = entry.inputPath.includes("[*]");
        if (readOnly === "absent") return { collection, values: collection ? [] : [null], path: entry.inputPath };
        return { collection, values: [], unknown: new Unknown(`${entry.alias} is set by Azure and known only after deploy`), path: entry.inputPath };
    }
    // Inside count.where, a [*] prefix bound to the current member reads from that member.
    const bound = [...bindings.keys()].filter((k) => lower === k || lower.startsWith(`${k}.`) || lower.startsWith(`${k}[`)).sort((a, b) => b.length - a.length)[0];
    if (bound !== undefined) {
        const boundEntry = lookupAlias(bound, resource.armType);
        const member = bindings.get(bound) as Value;
        const prefix = boundEntry.kind === "alias" ? boundEntry.entry.inputPath : "";
        const rest = entry.inputPath.slice(prefix.length).replace(/^\./, "");
        const sub = rest ? select(member, rest, entry.alias) : { collection: false, values: [member] };
        // The counted member is one value of a collection: Azure still treats it as a collection.
        return { ...sub, collection: true, path: entry.inputPath };
    }
    // Top-level ARM properties (location, tags, sku, ...) and flattened `properties` share the inputs.
    return select(resource.body, entry.inputPath, entry.alias);
}
