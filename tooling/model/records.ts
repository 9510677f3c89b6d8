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
import { readJsonInput } from "./input-json";
import { isObject, Json } from "./json";
import { PLAN_FORMAT_VERSION, planValue, ResourceOptionsRecord, ResourceRecord } from "./plan-record";

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

/** A value's kind for messages (never the value itself: a field may hold a secret). */
function kindOf(v: unknown): string {
    if (v === undefined) return "missing";
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

const URN = /^urn:pulumi:[^:]+::[^:]+::.+::.+$/s;

function urnField(v: unknown, where: string, field: string): string {
    if (typeof v !== "string")
        throw new PolicyInputError(`${where}.${field} is ${kindOf(v)}; expected a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)`);
    if (!URN.test(v)) throw new PolicyInputError(`${where}.${field} '${v.slice(0, 200)}' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)`);
    return v;
}

/** An optional list of strings (dependencies, ignoreChanges): absent is empty, anything else but strings is refused. */
function stringList(v: unknown, where: string, field: string, what = "strings"): string[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new PolicyInputError(`${where}.${field} is ${kindOf(v)}; expected an array of ${what}`);
    const bad = v.findIndex((x) => typeof x !== "string");
    if (bad >= 0) throw new PolicyInputError(`${where}.${field}[${bad}] is ${kindOf(v[bad])}; expected an array of ${what}`);
    return v as string[];
}

function optionalBoolean(v: unknown, where: string, field: string): boolean | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "boolean") throw new PolicyInputError(`${where}.${field} is ${kindOf(v)}; expected true or false`);
    return v;
}

/** Pulumi's special values in a property map (sdk/go/common/resource/sig/sig.go): an object whose signature key holds one of these. */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SIGNATURES = {
    secret: "1b47061264138c4ac30d75fd1eb44270",
    resourceReference: "5cf8f73096256a8f31e491e813e4eb8e",
    outputValue: "d0e6a833031e9bbcd3f4e8bde6ca49a4",
    asset: "c44067f5952c0a294b673a41bacd8c17",
    archive: "0def7320c3a5731c473e5ecbe6d01bc7",
    byteString: "803fd3297a5875dc03ca845dda5d2a98",
};
const KNOWN_SIGNATURES = new Set(Object.values(SIGNATURES));

/**
 * A state's special values as the plan reads them: an output value becomes what it stands for (a
 * secret, an unknown, or its value); an object with the signature key and a signature Pulumi does
 * not have is refused, as Pulumi's own decoder refuses it ("unrecognized signature"), so that what
 * such an object carries (a plaintext) is never read as an ordinary value and printed.
 */
function wireValues(v: unknown, where: string, path: string): unknown {
    if (Array.isArray(v)) return v.map((x, i) => wireValues(x, where, `${path}[${i}]`));
    if (!isObject(v)) return v;
    if (SIG_KEY in v) {
        const sig = v[SIG_KEY];
        if (typeof sig !== "string" || !KNOWN_SIGNATURES.has(sig))
            throw new PolicyInputError(`${where}.${path} has Pulumi's signature key with a signature Pulumi does not know; Pulumi refuses such a value`);
        if (sig === SIGNATURES.outputValue)
            return v.secret === true
                ? { [SIG_KEY]: SIGNATURES.secret }
                : "value" in v
                  ? wireValues(v.value, where, path)
                  : "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
        if (sig === SIGNATURES.secret) return { [SIG_KEY]: SIGNATURES.secret };
        return v;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wireValues(x, where, `${path}.${k}`)]));
}

function inputsField(v: unknown, where: string, field: string, required: boolean): Record<string, unknown> {
    if ((v === undefined || v === null) && !required) return {};
    if (!isObject(v)) throw new PolicyInputError(`${where}.${field} is ${kindOf(v)}; expected an object of the resource's inputs`);
    // Wire-format unknowns and secrets (also a --show-secrets export's plaintext, dropped here) become UNKNOWN and SECRET.
    const value = planValue(wireValues(v, where, field));
    // Pulumi marks values inside the inputs secret, never the inputs as a whole (a property map).
    if (!isObject(value)) throw new PolicyInputError(`${where}.${field} is a secret or unknown as a whole; expected an object of the resource's inputs`);
    return value;
}

function propertyDependenciesField(v: unknown, where: string): Record<string, string[]> {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new PolicyInputError(`${where}.propertyDependencies is ${kindOf(v)}; expected an object of property names to URN lists`);
    const out: Record<string, string[]> = {};
    for (const [k, urns] of Object.entries(v)) out[k] = stringList(urns, where, `propertyDependencies.${k}`, "URNs");
    return out;
}

function parentField(v: unknown, where: string): { parent?: string } {
    if (v === undefined || v === null || v === "") return {};
    return { parent: urnField(v, where, "parent") };
}

/** The options a state record and a plan record both carry, checked: protect, ignoreChanges, retainOnDelete, deleteBeforeReplace. */
function deleteOptions(o: Json, where: string): PolicyRecordOptions {
    const options: PolicyRecordOptions = {
        protect: optionalBoolean(o.protect, where, "protect") === true,
        ignoreChanges: stringList(o.ignoreChanges, where, "ignoreChanges", "property paths"),
    };
    const retainOnDelete = optionalBoolean(o.retainOnDelete, where, "retainOnDelete");
    const deleteBeforeReplace = optionalBoolean(o.deleteBeforeReplace, where, "deleteBeforeReplace");
    if (retainOnDelete !== undefined) options.retainOnDelete = retainOnDelete;
    if (deleteBeforeReplace !== undefined) options.deleteBeforeReplace = deleteBeforeReplace;
    return options;
}

/** One resource of a stack export or a preview step's newState (apitype ResourceV3); fields of the wrong type are refused, as Pulumi's own JSON decoding refuses them. */
function fromState(state: Json, where: string): PolicyRecord {
    const urn = urnField(state.urn, where, "urn");
    if (typeof state.type !== "string" || state.type === "")
        throw new PolicyInputError(`${where} (${urn}) has no type; expected a resource state with "urn" and "type"`);
    // State records protect only when it is set; absent means not protected.
    const options = deleteOptions(state, where);
    if (isObject(state.customTimeouts)) options.customTimeouts = state.customTimeouts as PolicyRecordOptions["customTimeouts"];
    const propertyDependencies = propertyDependenciesField(state.propertyDependencies, where);
    return {
        urn,
        type: state.type,
        name: nameOfUrn(urn),
        ...parentField(state.parent, where),
        custom: optionalBoolean(state.custom, where, "custom") === true,
        inputs: inputsField(state.inputs, where, "inputs", false),
        options,
        dependencies: [...new Set(stringList(state.dependencies, where, "dependencies", "URNs"))].sort(),
        ...(Object.keys(propertyDependencies).length ? { propertyDependencies } : {}),
    };
}

/** One record of a plan document (docs/plan-format.md), checked field by field and copied. */
function fromPlanRecord(r: unknown, where: string): PolicyRecord {
    if (!isObject(r)) throw new PolicyInputError(`${where} is ${kindOf(r)}; expected a plan resource record (urn, type, name, inputs, options, dependencies)`);
    const urn = urnField(r.urn, where, "urn");
    if (typeof r.type !== "string" || r.type === "")
        throw new PolicyInputError(`${where} (${urn}) has no type; expected a plan resource record (urn, type, name, inputs, options, dependencies)`);
    if (r.name !== undefined && typeof r.name !== "string")
        throw new PolicyInputError(`${where}.name is ${kindOf(r.name)}; expected the resource's logical name`);
    const o = r.options;
    if (!isObject(o)) throw new PolicyInputError(`${where}.options is ${kindOf(o)}; expected the resource options (protect, ignoreChanges, ...)`);
    const at = `${where}.options`;
    const options = deleteOptions(o, at);
    if (o.replaceOnChanges !== undefined) options.replaceOnChanges = stringList(o.replaceOnChanges, at, "replaceOnChanges", "property paths");
    if (o.aliases !== undefined) options.aliases = stringList(o.aliases, at, "aliases", "URNs");
    if (isObject(o.customTimeouts)) options.customTimeouts = o.customTimeouts as PolicyRecordOptions["customTimeouts"];
    if (o.import !== undefined) {
        if (typeof o.import !== "string") throw new PolicyInputError(`${at}.import is ${kindOf(o.import)}; expected the ARM id to import`);
        options.import = o.import;
    }
    const propertyDependencies = propertyDependenciesField(r.propertyDependencies, where);
    return {
        urn,
        type: r.type,
        name: typeof r.name === "string" ? r.name : nameOfUrn(urn),
        ...parentField(r.parent, where),
        custom: optionalBoolean(r.custom, where, "custom") === true,
        inputs: inputsField(r.inputs, where, "inputs", true),
        options,
        dependencies: stringList(r.dependencies, where, "dependencies", "URNs"),
        ...(Object.keys(propertyDependencies).length ? { propertyDependencies } : {}),
    };
}

/**
 * The records of one document belong to one stack of one project, as every URN of a Pulumi stack
 * does; a file that mixes them would be compared, judged and priced as one stack.
 */
function checkOneStack(records: readonly PolicyRecord[], source: string, declared: { stack?: string; project?: string } = {}): void {
    const first = records[0];
    if (!first) return;
    const stack = declared.stack ?? stackOfUrn(first.urn);
    const project = declared.project ?? projectOfUrn(first.urn);
    for (const r of records) {
        if (stackOfUrn(r.urn) !== stack || projectOfUrn(r.urn) !== project) {
            throw new PolicyInputError(
                `${source}: ${r.urn} belongs to stack '${stackOfUrn(r.urn)}' of project '${projectOfUrn(r.urn)}', but the file is stack '${stack}' of project '${project}'; one file holds one stack`,
            );
        }
    }
}

/**
 * Refuses a resource graph Pulumi itself never writes and refuses to read (its state check,
 * `VerifyIntegrity` in pulumi/pulumi pkg/resource/deploy/snapshot.go: "duplicate resource ...
 * (not marked for deletion)", "child resource ... refers to missing parent ..."): two records of
 * one URN, a parent that names no record, a parent chain that comes back to where it started.
 * Every tool that walks parents (account ownership, the plan's tree) may then assume the chains
 * end. `where[i]` names record i in messages. A preview lists only the steps of an update, so its
 * parents may be absent (unchanged ones, without --show-sames) and only cycles are refused there.
 */
export function checkRecordGraph(
    records: readonly PolicyRecord[],
    where: readonly string[],
    source: string,
    rules: { uniqueUrns: boolean; parentsPresent: boolean; pendingDeletions?: ReadonlySet<string> },
): void {
    const index = new Map<string, number>();
    records.forEach((r, i) => {
        const first = index.get(r.urn);
        if (first !== undefined && rules.uniqueUrns) {
            throw new PolicyInputError(
                `${source}: ${where[first]} and ${where[i]} have the same URN ${r.urn}; Pulumi refuses a state with a duplicate resource`,
            );
        }
        if (first === undefined) index.set(r.urn, i);
    });
    if (rules.parentsPresent) {
        records.forEach((r, i) => {
            if (r.parent !== undefined && !index.has(r.parent) && !rules.pendingDeletions?.has(r.parent)) {
                throw new PolicyInputError(
                    `${source}: ${where[i]} (${r.urn}) has parent ${r.parent}, which is not in the file; Pulumi refuses a state whose parent is missing`,
                );
            }
        });
    }
    // Follow each chain once: a URN whose chain is known to end is never walked again (O(n)).
    const parentOf = new Map(records.map((r) => [r.urn, r.parent]));
    const ends = new Set<string>();
    for (const r of records) {
        const chain: string[] = [];
        const onChain = new Set<string>();
        for (let urn: string | undefined = r.urn; urn !== undefined && !ends.has(urn); urn = parentOf.get(urn)) {
            if (onChain.has(urn)) {
                const cycle = chain.slice(chain.indexOf(urn));
                const shown = cycle.length > 4 ? [...cycle.slice(0, 3), `... (${cycle.length - 3} more)`] : cycle;
                throw new PolicyInputError(
                    `${source}: parent cycle ${[...shown, urn].join(" -> ")}; a resource cannot be its own ancestor, and Pulumi never writes such a state`,
                );
            }
            onChain.add(urn);
            chain.push(urn);
        }
        for (const urn of chain) ends.add(urn);
    }
}

function fromPlan(doc: Json, source: string): LoadedRecords {
    // A plan of another format version is not guessed at: its fields may mean something else.
    if (doc.formatVersion !== PLAN_FORMAT_VERSION) {
        throw new PolicyInputError(
            `${source}: plan formatVersion ${String(doc.formatVersion)}; this checkout reads formatVersion ${PLAN_FORMAT_VERSION} (docs/plan-format.md): write the plan again with its npm run plan -- --json`,
        );
    }
    const stack = doc.stack === undefined ? undefined : typeof doc.stack === "string" ? doc.stack : undefined;
    const project = doc.project === undefined ? undefined : typeof doc.project === "string" ? doc.project : undefined;
    if ((doc.stack !== undefined && stack === undefined) || (doc.project !== undefined && project === undefined)) {
        throw new PolicyInputError(`${source}: "stack" and "project" of a plan are names (strings)`);
    }
    const records = (doc.resources as unknown[]).map((r, i) => fromPlanRecord(r, `${source}: resources[${i}]`));
    checkOneStack(records, source, { stack, project });
    checkRecordGraph(
        records,
        records.map((_, i) => `resources[${i}]`),
        source,
        { uniqueUrns: true, parentsPresent: true },
    );
    return { format: "plan", stack, project, records };
}

/** The deployment format `pulumi stack export` writes (apitype.DeploymentSchemaVersionCurrent in pulumi/pulumi sdk/go/common/apitype). */
export const STACK_EXPORT_VERSION = 3;

function fromExport(doc: Json, source: string): LoadedRecords {
    // Pulumi itself refuses a deployment newer than it knows ("newer than what this version of the
    // Pulumi CLI understands"); an older one it migrates first. Neither is guessed at here.
    if (doc.version !== STACK_EXPORT_VERSION) {
        throw new PolicyInputError(
            `${source}: stack export version ${doc.version === undefined ? "(none)" : typeof doc.version === "string" ? doc.version : JSON.stringify(doc.version)}; accepted: version ${STACK_EXPORT_VERSION}, what \`pulumi stack export\` of Pulumi CLI v3 writes`,
        );
    }
    const resources = ((doc.deployment as Json).resources ?? []) as unknown[];
    const records: PolicyRecord[] = [];
    const where: string[] = [];
    const pendingDeletions = new Set<string>();
    resources.forEach((r, i) => {
        if (!isObject(r)) throw new PolicyInputError(`${source}: deployment.resources[${i}] is not an object`);
        // Pending deletions are not part of the stack, but their URN may still be a parent's.
        if (optionalBoolean(r.delete, `${source}: deployment.resources[${i}]`, "delete") === true) {
            if (typeof r.urn === "string") pendingDeletions.add(r.urn);
            return;
        }
        records.push(fromState(r, `${source}: deployment.resources[${i}]`));
        where.push(`deployment.resources[${i}]`);
    });
    checkOneStack(records, source);
    checkRecordGraph(records, where, source, { uniqueUrns: true, parentsPresent: true, pendingDeletions });
    return { format: "stack-export", ...fromUrns(records), records };
}

/** Every step a preview may show (StepOps in pulumi/pulumi pkg/resource/deploy/step.go). */
const STEP_OPS = new Set([
    "same",
    "create",
    "update",
    "delete",
    "replace",
    "create-replacement",
    "delete-replaced",
    "read",
    "read-replacement",
    "refresh",
    "discard",
    "discard-replaced",
    "remove-pending-replace",
    "import",
    "import-replacement",
]);

/** Steps that leave no resource behind after the update. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace"]);

function fromPreview(doc: Json, source: string, view: PreviewView): LoadedRecords {
    const byUrn = new Map<string, PolicyRecord>();
    const field = view === "before" ? "oldState" : "newState";
    (doc.steps as unknown[]).forEach((step, i) => {
        if (!isObject(step)) throw new PolicyInputError(`${source}: steps[${i}] is not an object`);
        // An op this reader does not know may keep or remove a resource: it is not guessed at.
        if (typeof step.op !== "string" || !STEP_OPS.has(step.op)) {
            throw new PolicyInputError(
                `${source}: steps[${i}].op is ${typeof step.op === "string" ? `'${step.op.slice(0, 40)}'` : kindOf(step.op)}; accepted: the steps Pulumi shows (${[...STEP_OPS].join(", ")})`,
            );
        }
        if (view === "after" && REMOVING_OPS.has(step.op)) return;
        const state = step[field];
        if (!isObject(state)) return;
        const record = fromState(state, `${source}: steps[${i}].${field}`);
        byUrn.delete(record.urn);
        byUrn.set(record.urn, record);
    });
    const records = [...byUrn.values()];
    checkPartialStates(records, source);
    return { format: "preview", ...fromUrns(records), records };
}

/** States that need not hold their parents (a preview's steps, deleted resources): one stack, and no parent cycle. */
function checkPartialStates(records: readonly PolicyRecord[], source: string): void {
    checkOneStack(records, source);
    checkRecordGraph(
        records,
        records.map((r) => r.urn),
        source,
        { uniqueUrns: false, parentsPresent: false },
    );
}

/**
 * Records of some resource states of one stack (a preview's deleted resources): each state is
 * checked as in a stack export; parents and other records may be elsewhere, so only cycles are refused.
 */
export function recordsOfStates(states: readonly unknown[], source: string): PolicyRecord[] {
    const byUrn = new Map<string, PolicyRecord>();
    states.forEach((state, i) => {
        if (!isObject(state)) throw new PolicyInputError(`${source}: state ${i} is not an object`);
        const record = fromState(state, `${source}: state ${i}`);
        byUrn.set(record.urn, record);
    });
    const records = [...byUrn.values()];
    checkPartialStates(records, source);
    return records;
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
            const keys = isObject(doc)
                ? Object.keys(doc)
                      .slice(0, 6)
                      .map((k) => JSON.stringify(k).slice(0, 60))
                      .join(", ") || "none"
                : kindOf(doc);
            throw new PolicyInputError(
                `${source} is not a recognised input (found ${isObject(doc) ? `top-level keys ${keys}` : keys}); accepted: a plan document ("formatVersion" and "resources"), ` +
                    `a \`pulumi stack export\` ("deployment.resources") or \`pulumi preview --json\` output ("steps")`,
            );
        }
    }
}

export const ACCEPTED_INPUTS = "a plan document, a `pulumi stack export` or `pulumi preview --json` output";

/** Reads and parses a file (input-json.ts); unreadable, non-JSON or absurdly nested files are a PolicyInputError. */
export function readRecordsDocument(file: string): unknown {
    return readJsonInput(file, (m) => new PolicyInputError(m), ACCEPTED_INPUTS);
}

/** Reads and parses a file; unreadable or non-JSON files are a PolicyInputError. */
export function readRecords(file: string): LoadedRecords {
    return recordsFrom(readRecordsDocument(file), file);
}
