/**
 * Resource records from any of the three inputs the review tools accept (policy, cost, diff),
 * detected by shape:
 *
 * - the plan document (`npm run plan -- --json`): `{ formatVersion, resources: ResourceRecord[] }`
 * - `pulumi stack export`: `{ version, deployment: { resources: [ { urn, type, inputs, protect?,
 *   retainOnDelete?, dependencies, propertyDependencies, ... } ] } }`
 * - `pulumi preview --json`: `{ steps: [ { op, urn, newState?: { same fields as the export } } ] }`
 *
 * Values are normalised the way the plan writes them (plan-record.ts `planValue`): unknowns are
 * UNKNOWN, secrets SECRET, resource references their URN.
 */
import * as fs from "fs";
import { planValue, ResourceOptionsRecord, ResourceRecord } from "./plan-record";
import { isObject, Json, strings } from "./json";

/**
 * A plan record's options, where those a stack export or preview omits when unset are optional
 * (absent means "the input does not say", not false).
 */
export type PolicyRecordOptions = Pick<ResourceOptionsRecord, "protect" | "ignoreChanges" | "customTimeouts"> &
    Partial<Pick<ResourceOptionsRecord, "retainOnDelete" | "deleteBeforeReplace" | "replaceOnChanges" | "import" | "aliases">>;

/** A resource record from any of the three input formats: a plan record with looser options. */
export type PolicyRecord = Omit<ResourceRecord, "options"> & {
    options: PolicyRecordOptions;
    propertyDependencies?: Record<string, string[]>;
};

export type InputFormat = "plan" | "stack-export" | "preview";

export interface LoadedRecords {
    format: InputFormat;
    /** The stack the records belong to, from the document or the URNs. */
    stack?: string;
    /** The Pulumi project, from the document or the URNs. */
    project?: string;
    records: PolicyRecord[];
}

/**
 * Which state a preview stands for: `after` (default) the state the update would leave (each
 * step's newState), `before` the deployed state it starts from (each step's oldState), which is
 * what a diff's base side needs. Plans and stack exports have one state only.
 */
export type PreviewView = "after" | "before";

/** The input cannot be read or is not one of the accepted formats. */
export class PolicyInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyInputError";
    }
}


export function detectFormat(doc: unknown): InputFormat | undefined {
    if (!isObject(doc)) return undefined;
    if (typeof doc.formatVersion === "number" && Array.isArray(doc.resources)) return "plan";
    if (isObject(doc.deployment) && (doc.deployment.resources === undefined || Array.isArray(doc.deployment.resources))) return "stack-export";
    if (Array.isArray(doc.steps)) return "preview";
    return undefined;
}

/** The stack part of `urn:pulumi:<stack>::<project>::<type>::<name>`. */
export function stackOfUrn(urn: string): string | undefined {
    return /^urn:pulumi:([^:]+)::/.exec(urn)?.[1];
}

/** The project part of `urn:pulumi:<stack>::<project>::<type>::<name>`. */
export function projectOfUrn(urn: string): string | undefined {
    return /^urn:pulumi:[^:]+::([^:]+)::/.exec(urn)?.[1];
}

/** A stack as the CLI names it (`org/project/stack` or `stack`), reduced to the part URNs carry. */
export const shortStack = (stack: string): string => stack.split("/").pop() ?? stack;

/** Whether two stack (or project) names are both known and differ. */
export const namesDiffer = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && shortStack(a) !== shortStack(b);

const fromUrns = (records: PolicyRecord[]) => (records.length ? { stack: stackOfUrn(records[0].urn), project: projectOfUrn(records[0].urn) } : {});

/** The name part of `urn:pulumi:<stack>::<project>::<type>::<name>` (`appdb/orders`). */
export function nameOfUrn(urn: string): string {
    const i = urn.lastIndexOf("::");
    return i >= 0 ? urn.slice(i + 2) : urn;
}

/** One resource of a stack export or a preview step's newState (apitype ResourceV3). */
function fromState(state: Json, where: string): PolicyRecord {
    if (typeof state.urn !== "string" || typeof state.type !== "string") {
        throw new PolicyInputError(`${where} has no urn or type; expected a resource state with "urn" and "type"`);
    }
    const options: PolicyRecordOptions = {
        // State records protect only when it is set; absent means not protected.
        protect: state.protect === true,
        ignoreChanges: strings(state.ignoreChanges),
    };
    if (typeof state.retainOnDelete === "boolean") options.retainOnDelete = state.retainOnDelete;
    if (typeof state.deleteBeforeReplace === "boolean") options.deleteBeforeReplace = state.deleteBeforeReplace;
    if (isObject(state.customTimeouts)) options.customTimeouts = state.customTimeouts as PolicyRecordOptions["customTimeouts"];
    const propertyDependencies: Record<string, string[]> = {};
    if (isObject(state.propertyDependencies)) {
        for (const [k, v] of Object.entries(state.propertyDependencies)) propertyDependencies[k] = strings(v);
    }
    return {
        urn: state.urn,
        type: state.type,
        name: nameOfUrn(state.urn),
        ...(typeof state.parent === "string" && state.parent !== "" ? { parent: state.parent } : {}),
        custom: state.custom === true,
        inputs: planValue(isObject(state.inputs) ? state.inputs : {}) as Record<string, unknown>,
        options,
        dependencies: [...new Set(strings(state.dependencies))].sort(),
        ...(Object.keys(propertyDependencies).length ? { propertyDependencies } : {}),
    };
}

function fromPlan(doc: Json, source: string): LoadedRecords {
    const records = (doc.resources as unknown[]).map((r, i) => {
        if (!isObject(r) || typeof r.urn !== "string" || typeof r.type !== "string" || !isObject(r.options)) {
            throw new PolicyInputError(`${source}: resources[${i}] is not a plan resource record (urn, type, inputs, options, dependencies)`);
        }
        return r as unknown as PolicyRecord;
    });
    return {
        format: "plan",
        stack: typeof doc.stack === "string" ? doc.stack : undefined,
        project: typeof doc.project === "string" ? doc.project : undefined,
        records,
    };
}

function fromExport(doc: Json, source: string): LoadedRecords {
    const resources = ((doc.deployment as Json).resources ?? []) as unknown[];
    const records = resources
        .filter((r) => !(isObject(r) && r.delete === true)) // pending deletions are not part of the stack
        .map((r, i) => {
            if (!isObject(r)) throw new PolicyInputError(`${source}: deployment.resources[${i}] is not an object`);
            return fromState(r, `${source}: deployment.resources[${i}]`);
        });
    return { format: "stack-export", ...fromUrns(records), records };
}

/** Steps that leave no resource behind after the update. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "read-discard", "remove-pending-replace"]);

function fromPreview(doc: Json, source: string, view: PreviewView): LoadedRecords {
    const byUrn = new Map<string, PolicyRecord>();
    const field = view === "before" ? "oldState" : "newState";
    (doc.steps as unknown[]).forEach((step, i) => {
        if (!isObject(step)) throw new PolicyInputError(`${source}: steps[${i}] is not an object`);
        if (view === "after" && typeof step.op === "string" && REMOVING_OPS.has(step.op)) return;
        const state = step[field];
        if (!isObject(state)) return;
        const record = fromState(state, `${source}: steps[${i}].${field}`);
        byUrn.delete(record.urn);
        byUrn.set(record.urn, record);
    });
    const records = [...byUrn.values()];
    return { format: "preview", ...fromUrns(records), records };
}

/**
 * Whether a `pulumi preview --json` lists unchanged resources: it does only with `--show-sames`.
 * Without them, its before view lacks every resource the update leaves alone.
 */
export function previewListsSames(doc: unknown): boolean {
    return isObject(doc) && Array.isArray(doc.steps) && doc.steps.some((s) => isObject(s) && s.op === "same");
}

/** Records from an already-parsed document; `source` names it in error messages. */
export function recordsFrom(doc: unknown, source: string, view: PreviewView = "after"): LoadedRecords {
    switch (detectFormat(doc)) {
        case "plan":
            return fromPlan(doc as Json, source);
        case "stack-export":
            return fromExport(doc as Json, source);
        case "preview":
            return fromPreview(doc as Json, source, view);
        default: {
            const keys = isObject(doc) ? Object.keys(doc).slice(0, 6).map((k) => JSON.stringify(k)).join(", ") || "none" : Array.isArray(doc) ? "an array" : typeof doc;
            throw new PolicyInputError(
                `${source} is not a recognised input (found ${isObject(doc) ? `top-level keys ${keys}` : keys}); accepted: a plan document ("formatVersion" and "resources"), ` +
                    `a \`pulumi stack export\` ("deployment.resources") or \`pulumi preview --json\` output ("steps")`,
            );
        }
    }
}

/** Reads and parses a file; unreadable or non-JSON files are a PolicyInputError. */
export function readRecords(file: string): LoadedRecords {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new PolicyInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        throw new PolicyInputError(`${file} is not JSON (${(e as Error).message}); accepted: a plan document, a \`pulumi stack export\` or \`pulumi preview --json\` output`);
    }
    return recordsFrom(doc, file);
}
