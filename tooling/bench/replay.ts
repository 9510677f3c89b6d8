/**
 * The floor's generic half. The data model (group, account, databases, containers, scripts) is
 * written out by hand in bare.ts, since that is what scales with containers. Everything else the
 * platform registers (identities, network, access, monitoring, and whatever is added next) is
 * replayed from the platform child's own registrations: the same azure-native or azuread class,
 * logical name, inputs and options, with its dependencies as `dependsOn`.
 *
 * Replayed inputs are the plan's values (unknowns revived as unknowns): literals where the
 * platform passes Outputs, so that part of the floor skips the apply/interpolate plumbing a
 * hand-written program would have. A slightly lower floor than a hand-written one, never higher.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { ResourceOptionsRecord, UNKNOWN } from "../model/plan-record";
import { SynthResult } from "../review/synth";
import { Scenario } from "./scenarios";
import { TYPES } from "../model/types";

/** Types bare.ts declares itself; every other Azure resource is replayed. */
export const DATA_MODEL_TYPES: ReadonlySet<string> = new Set([
    TYPES.resourceGroup,
    TYPES.account,
    TYPES.database,
    TYPES.container,
    TYPES.storedProcedure,
    TYPES.trigger,
    TYPES.userDefinedFunction,
]);

export interface RecordedResource {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    options: ResourceOptionsRecord;
    /** Dependencies as `<type>::<name>` keys. */
    dependencies: string[];
}

/** `urn:...::<parent types>$<type>::<name>` to `<type>::<name>`: a URN without its parent chain. */
export function shortUrn(urn: string): string {
    const parts = urn.split("::");
    return `${parts[parts.length - 2].split("$").pop()}::${parts[parts.length - 1]}`;
}

export const resourceKey = (type: string, name: string): string => `${type}::${name}`;

export function recordedResources(result: SynthResult): RecordedResource[] {
    return result.resources
        .filter((r) => r.custom)
        .map((r) => ({ type: r.type, name: r.name, inputs: r.inputs, options: r.options, dependencies: r.dependencies.map(shortUrn).sort() }));
}

const recordingFile = (dir: string, scenario: Scenario): string => path.join(dir, `${scenario}.json`);

export function writeRecording(dir: string, scenario: Scenario, result: SynthResult): void {
    fs.writeFileSync(recordingFile(dir, scenario), JSON.stringify(recordedResources(result)));
}

export function readRecording(dir: string, scenario: Scenario): RecordedResource[] {
    const file = recordingFile(dir, scenario);
    if (!fs.existsSync(file)) throw new Error(`no recording ${file}: run the platform variant of '${scenario}' first (bench.ts does)`);
    return JSON.parse(fs.readFileSync(file, "utf8")) as RecordedResource[];
}

type ResourceClass = new (name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) => pulumi.CustomResource;

/**
 * `azure-native:monitor:MetricAlert` to @pulumi/azure-native/monitor's MetricAlert;
 * `azuread:index/group:Group` to @pulumi/azuread/group's Group (the one module, as the components
 * import it, not the package's index).
 */
export function resourceClass(type: string): ResourceClass {
    const [pkg, mod, name] = type.split(":");
    const modulePath = mod === "index" ? `@pulumi/${pkg}` : mod.startsWith("index/") ? `@pulumi/${pkg}/${mod.slice("index/".length)}` : `@pulumi/${pkg}/${mod}`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = (require(modulePath) as Record<string, unknown>)[name];
    if (typeof exported !== "function") throw new Error(`bench floor: no class ${name} in ${modulePath} for '${type}'`);
    return exported as ResourceClass;
}

/** Splits the replayed resources into those the data model depends on (declared first) and the rest. */
export function splitAroundDataModel(recording: RecordedResource[]): { before: RecordedResource[]; after: RecordedResource[] } {
    const byKey = new Map(recording.map((r) => [resourceKey(r.type, r.name), r]));
    const needed = new Set<string>();
    const visit = (key: string) => {
        const r = byKey.get(key);
        if (!r || needed.has(key)) return;
        if (!DATA_MODEL_TYPES.has(r.type)) needed.add(key);
        r.dependencies.forEach(visit);
    };
    recording.filter((r) => DATA_MODEL_TYPES.has(r.type)).forEach((r) => r.dependencies.forEach(visit));
    const others = recording.filter((r) => !DATA_MODEL_TYPES.has(r.type));
    return {
        before: others.filter((r) => needed.has(resourceKey(r.type, r.name))),
        after: others.filter((r) => !needed.has(resourceKey(r.type, r.name))),
    };
}

/** Plan values back to inputs: "(known after apply)" becomes an unknown again, so the SDK treats it as one. */
function revive(value: unknown): unknown {
    if (value === UNKNOWN) return pulumi.unknown;
    if (Array.isArray(value)) return value.map(revive);
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
    }
    return value;
}

/**
 * Declares recorded resources in dependency order; `registry` holds what is already declared
 * (by `<type>::<name>`) and receives the new ones.
 */
export function replay(records: RecordedResource[], registry: Map<string, pulumi.CustomResource>): void {
    const pending = [...records];
    while (pending.length > 0) {
        const index = pending.findIndex((r) => r.dependencies.every((d) => registry.has(d) || !pending.some((p) => resourceKey(p.type, p.name) === d)));
        if (index < 0) throw new Error(`bench floor: dependency cycle among ${pending.map((r) => r.name).join(", ")}`);
        const [r] = pending.splice(index, 1);
        const o = r.options;
        const opts: pulumi.CustomResourceOptions = {
            protect: o.protect,
            retainOnDelete: o.retainOnDelete,
            deleteBeforeReplace: o.deleteBeforeReplace,
            ignoreChanges: o.ignoreChanges,
            replaceOnChanges: o.replaceOnChanges,
            ...(o.customTimeouts ? { customTimeouts: o.customTimeouts } : {}),
            dependsOn: r.dependencies.flatMap((d) => registry.get(d) ?? []),
        };
        const Class = resourceClass(r.type);
        registry.set(resourceKey(r.type, r.name), new Class(r.name, revive(r.inputs) as Record<string, unknown>, opts));
    }
}
