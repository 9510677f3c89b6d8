/**
 * Offline synthesis: runs the Pulumi program under the SDK's mock runtime, in preview mode, and
 * records every resource registration with the options the engine would see. No Azure, no CLI.
 *
 * What it cannot know it says so: outputs Azure assigns (ids, endpoints) are not invented; they
 * appear as UNKNOWN, exactly where a real `pulumi preview` would show "output<string>".
 */
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { UsageError } from "./cli/common";
import { planValue, ResourceOptionsRecord, ResourceRecord } from "../model/plan-record";
import { loadStackFiles, StackFiles } from "./stack-files";
import { PROVIDER_SUBSCRIPTION, STACK_TYPE, TYPES } from "../model/types";

export interface SynthResult {
    project: string;
    stack: string;
    resources: ResourceRecord[];
    outputs: Record<string, unknown>;
}

/** Answers for invokes the program may make. Unknown invokes fail loudly so a new one is noticed. */
export const FAKE_CLIENT_CONFIG = {
    clientId: "00000000-0000-0000-0000-00000000c11e",
    objectId: "00000000-0000-0000-0000-0000000000b1",
    subscriptionId: "00000000-0000-0000-0000-000000000000",
    tenantId: "00000000-0000-0000-0000-0000000000aa",
};

/** The input that holds a resource's own Azure name, per type, so `.name` resolves offline. */
export const NAME_INPUT: Record<string, string> = {
    [TYPES.resourceGroup]: "resourceGroupName",
    [TYPES.account]: "accountName",
    [TYPES.database]: "databaseName",
    [TYPES.container]: "containerName",
    [TYPES.storedProcedure]: "storedProcedureName",
    [TYPES.trigger]: "triggerName",
    [TYPES.userDefinedFunction]: "userDefinedFunctionName",
    [TYPES.service]: "serviceName",
    [TYPES.identity]: "resourceName",
    [TYPES.virtualNetwork]: "virtualNetworkName",
    [TYPES.privateEndpoint]: "privateEndpointName",
    [TYPES.privateDnsZoneGroup]: "privateDnsZoneGroupName",
    [TYPES.privateZone]: "privateZoneName",
    [TYPES.virtualNetworkLink]: "virtualNetworkLinkName",
    [TYPES.resourceLock]: "lockName",
    [TYPES.workspace]: "workspaceName",
    [TYPES.actionGroup]: "actionGroupName",
    [TYPES.metricAlert]: "ruleName",
    [TYPES.activityLogAlert]: "activityLogAlertName",
    [TYPES.scheduledQueryRule]: "ruleName",
};

/** Fake answers for invokes: obviously fake, never mistaken for real ids or keys. */
export const FAKE_INVOKES: Record<string, () => Record<string, unknown>> = {
    "azure-native:authorization:getClientConfig": () => ({ ...FAKE_CLIENT_CONFIG }),
    "azure-native:cosmosdb:listDatabaseAccountKeys": () => ({
        primaryMasterKey: "offline-fake-primary-key",
        secondaryMasterKey: "offline-fake-secondary-key",
        primaryReadonlyMasterKey: "offline-fake-primary-readonly-key",
        secondaryReadonlyMasterKey: "offline-fake-secondary-readonly-key",
    }),
};

/** The parts of the SDK's RegisterResourceRequest that we read (proto/resource_pb). */
export interface RegisterRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
    getProtect(): boolean | undefined;
    getRetainondelete(): boolean | undefined;
    getDeletebeforereplace(): boolean;
    getIgnorechangesList(): string[];
    getReplaceonchangesList(): string[];
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { forEach(fn: (value: { getUrnsList(): string[] }, key: string) => void): void };
    getImportid(): string;
    getCustomtimeouts(): { getCreate(): string; getUpdate(): string; getDelete(): string } | undefined;
    getImportid(): string;
    getAliasesList?(): AliasMessage[];
}

/** An alias as the SDK sends it with the aliasSpecs feature (proto/alias_pb): a URN, or a spec the engine collapses. */
interface AliasMessage {
    getUrn(): string;
    getSpec(): { getName(): string; getType(): string; getStack(): string; getProject(): string; getParenturn(): string; getNoparent(): boolean } | undefined;
}

interface MockMonitorLike {
    newUrn(parent: string, type: string, name: string): string;
    registerResource(req: RegisterRequest, callback: (err: unknown, resp: unknown) => void): Promise<void>;
    registerResourceOutputs(
        req: { getUrn(): string; getOutputs(): { toJavaScript(): Record<string, unknown> } | undefined },
        callback: (err: unknown, resp: unknown) => void,
    ): void;
}

/**
 * A register request as a plan record: what the engine is asked to create, with its options,
 * parent, dependencies and aliases. `monitor.newUrn` names the engine's URNs (engineUrn).
 */
export function recordFromRequest(monitor: Pick<MockMonitorLike, "newUrn">, req: RegisterRequest): ResourceRecord {
    const parent = req.getParent();
    const timeouts = req.getCustomtimeouts();
    const customTimeouts = timeouts
        ? Object.fromEntries(
              (["create", "update", "delete"] as const)
                  .map((k) => [k, k === "create" ? timeouts.getCreate() : k === "update" ? timeouts.getUpdate() : timeouts.getDelete()] as const)
                  .filter(([, v]) => v),
          )
        : undefined;
    const options: ResourceOptionsRecord = {
        protect: req.getProtect() ?? false,
        retainOnDelete: req.getRetainondelete() ?? false,
        deleteBeforeReplace: req.getDeletebeforereplace(),
        ignoreChanges: [...req.getIgnorechangesList()].sort(),
        replaceOnChanges: [...req.getReplaceonchangesList()].sort(),
    };
    if (customTimeouts && Object.keys(customTimeouts).length > 0) options.customTimeouts = customTimeouts;
    const importId = req.getImportid();
    if (importId) options.import = importId;
    // A provider's own type aliases (its former API versions) are not the program's: left out.
    const aliases = PROVIDER_PACKAGE.test(req.getType()) ? [] : aliasUrns(monitor, req, parent);
    if (aliases.length > 0) options.aliases = aliases;
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, key) => {
        const urns = [...new Set(deps.getUrnsList())].sort();
        if (urns.length) propertyDependencies[key] = urns;
    });
    return {
        urn: monitor.newUrn(parent, req.getType(), req.getName()),
        type: req.getType(),
        name: req.getName(),
        ...(parent ? { parent } : {}),
        custom: req.getCustom(),
        inputs: planValue(req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
        options,
        dependencies: [...new Set(req.getDependenciesList())].sort(),
        ...(Object.keys(propertyDependencies).length
            ? { propertyDependencies: Object.fromEntries(Object.entries(propertyDependencies).sort(([a], [b]) => (a < b ? -1 : 1))) }
            : {}),
    };
}

/**
 * A resource's own aliases as URNs, collapsed as the engine collapses an alias spec
 * (pkg/resource/deploy/step_generator.go, `collapseAliasToUrn`): an unset name or type is the
 * resource's own, an unset parent its current parent (none with `noParent`), an unset stack or
 * project the current one.
 */
function aliasUrns(monitor: Pick<MockMonitorLike, "newUrn">, req: RegisterRequest, parent: string): string[] {
    const urns = (req.getAliasesList?.() ?? []).map((alias) => {
        const spec = alias.getSpec();
        if (!spec) return alias.getUrn();
        const urn = monitor.newUrn(spec.getNoparent() ? "" : spec.getParenturn() || parent, spec.getType() || req.getType(), spec.getName() || req.getName());
        const [, , stack, project, ...rest] = /^(urn:pulumi:)([^:]*)::([^:]*)::(.*)$/.exec(urn) ?? [];
        return spec.getStack() || spec.getProject() ? `urn:pulumi:${spec.getStack() || stack}::${spec.getProject() || project}::${rest.join("")}` : urn;
    });
    return [...new Set(urns.filter((u) => u !== ""))].sort();
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Resource types of the provider packages whose type aliases the offline plan drops. */
const PROVIDER_PACKAGE = /^(azure-native|azuread):/;

/**
 * A resource's URN as the engine builds it (pulumi/pulumi `pkg/resource/deploy/deployment.go`,
 * `generateURN`, and `resource.NewURN`): `urn:pulumi:<stack>::<project>::<qualified type>::<name>`,
 * where the qualified type is the parent's whole qualified type, then `$`, then the resource's own
 * type; a parent that is the root stack adds nothing. The SDK's mock monitor differs on both
 * counts (it keeps the stack in the chain and only the parent's last type), so the offline plan
 * uses this instead: its URNs are the ones a stack export, a preview or an import file carries.
 */
export function engineUrn(stack: string, project: string, parent: string, type: string, name: string): string {
    let qualified = type;
    if (parent) {
        const parentType = parent.split("::")[2] ?? "";
        if (parentType !== "" && parentType !== STACK_TYPE) qualified = `${parentType}$${type}`;
    }
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** Parent-first order, siblings by name then type (so a database sits just before its containers): the same for every run. */
export function orderRecords(records: ResourceRecord[]): ResourceRecord[] {
    const children = new Map<string | undefined, ResourceRecord[]>();
    const urns = new Set(records.map((r) => r.urn));
    for (const r of records) {
        const key = r.parent && urns.has(r.parent) ? r.parent : undefined;
        children.set(key, [...(children.get(key) ?? []), r]);
    }
    const ordered: ResourceRecord[] = [];
    const visit = (parent: string | undefined) => {
        const list = (children.get(parent) ?? []).sort((a, b) => compare(a.name, b.name) || compare(a.type, b.type));
        for (const r of list) {
            ordered.push(r);
            visit(r.urn);
        }
    };
    visit(undefined);
    return ordered;
}

let tsNodeRegistered = false;
function ensureTypeScript(projectDir: string): void {
    const marker = Symbol.for("ts-node.register.instance");
    // ts-node or tooling/build/register.js (mocha, the review commands) may load .ts already.
    if (tsNodeRegistered || (process as unknown as Record<symbol, unknown>)[marker] || require.extensions[".ts"]) return;
    // The Pulumi Node.js runtime loads index.ts through ts-node with the project's tsconfig;
    // we do the same. Type checking is `npm test`'s job (tsc --noEmit), so transpile only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsNode = require("ts-node") as typeof import("ts-node");
    tsNode.register({ project: path.join(projectDir, "tsconfig.json"), transpileOnly: true });
    tsNodeRegistered = true;
}

export interface SynthOptions {
    /** Run this function as the program instead of loading the project's entry file (benchmarks). */
    program?: () => unknown;
    /** Replace config values (full `<namespace>:<key>` keys) after reading the stack files. */
    configOverrides?: Record<string, string>;
    /** Map stack traces through source maps while the program runs (slow; for debugging the tooling). */
    mapStackTraces?: boolean;
    /** Keep the providers' type aliases (slow; only to check that dropping them changes nothing). */
    keepAliases?: boolean;
    /** Called with each registration as it is recorded, also when the program later fails. */
    onRecord?: (record: ResourceRecord) => void;
}

/** The SDK's RPC drain; internal to the SDK, so reached by module path. */
function waitForRPCs(): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const settings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };
    return settings.waitForRPCs();
}

/** Synthesizes an already-loaded stack. Throws whatever the program throws (e.g. ConfigError). */
export async function synthesizeFiles(files: StackFiles, options: SynthOptions = {}): Promise<SynthResult> {
    const mocks: pulumi.runtime.Mocks = {
        newResource(args) {
            const inputs = args.inputs as Record<string, unknown>;
            const state: Record<string, unknown> = { ...inputs };
            const nameInput = NAME_INPUT[args.type];
            if (nameInput && typeof inputs[nameInput] === "string") state.name = inputs[nameInput];
            // No id: in preview it is unknown, as it is before Azure creates the resource.
            return { id: undefined, state };
        },
        call(args) {
            // A stack that pins the provider's subscription gets it back, as from the real provider.
            const subscriptionId = files.config[PROVIDER_SUBSCRIPTION];
            if (args.token === "azure-native:authorization:getClientConfig" && subscriptionId) return { ...FAKE_CLIENT_CONFIG, subscriptionId };
            const fake = FAKE_INVOKES[args.token];
            if (fake) return fake();
            throw new Error(`offline plan: no fake answer for invoke '${args.token}'; add one in review/synth.ts`);
        },
    };
    await pulumi.runtime.setMocks(mocks, files.project, files.stack, true);
    countPendingPromises();
    pulumi.runtime.setAllConfig({ ...files.config, ...options.configOverrides }, files.secretKeys);

    const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitorLike;
    // The mock monitor answers every registration with newUrn's URN, so the program (and every
    // child's parent) sees the engine's URNs from here on.
    monitor.newUrn = (parent, type, name) => engineUrn(files.stack, files.project, parent, type, name);
    const records: ResourceRecord[] = [];
    const urns = new Set<string>();
    const duplicates: string[] = [];
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        const record = recordFromRequest(monitor, req);
        if (urns.has(record.urn)) duplicates.push(record.urn);
        urns.add(record.urn);
        records.push(record);
        options.onRecord?.(record);
        return register(req, callback);
    };
    let stackOutputs: Record<string, unknown> = {};
    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, callback) => {
        if (req.getUrn().includes(`::${STACK_TYPE}::`)) {
            stackOutputs = planValue(req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
        }
        return registerOutputs(req, callback);
    };

    const program =
        options.program ??
        (() => {
            ensureTypeScript(files.projectDir);
            delete require.cache[require.resolve(files.entry)];
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            return require(files.entry) as unknown;
        });
    const restore = withoutTraces(options);
    try {
        await runProgram(program, options);
        await waitForRPCs();
    } finally {
        restore();
    }
    // The engine's step generator fails the update on a second registration of one URN (pulumi/pulumi
    // pkg/diag/errors.go GetDuplicateResourceURNError: "Duplicate resource URN '%v'; try giving it a
    // unique name"); the mock monitor accepts it, and the plan would hold two resources Pulumi never deploys.
    if (duplicates.length > 0) {
        throw new UsageError(
            `the program registers ${duplicates.length === 1 ? "a URN" : `${duplicates.length} URNs`} twice: Duplicate resource URN '${duplicates[0]}'; give each resource a unique name (the engine refuses the whole update)`,
        );
    }

    return { project: files.project, stack: files.stack, resources: orderRecords(records), outputs: stackOutputs };
}

/**
 * The SDK keeps every promise it has not seen settle in a Set, to report leaks when the process
 * exits. An offline plan holds tens of thousands at once (every resource of 100 accounts is
 * registered before any settles), and that Set was the part of synthesis whose cost per resource
 * grew with the estate (bench: accounts<N>). Only its size is read (unless PULUMI_DEBUG_PROMISE_LEAKS
 * asks for the promises themselves), so a count keeps the leak report as it was.
 */
export class PendingPromiseCount {
    size = 0;
    add(): this {
        this.size += 1;
        return this;
    }
    delete(): boolean {
        this.size -= 1;
        return true;
    }
    *[Symbol.iterator](): IterableIterator<never> {
        // Only PULUMI_DEBUG_PROMISE_LEAKS iterates, and then the SDK's own Set is kept.
    }
}

/** The SDK's per-run store (state.js; setMocks gives each synthesis a fresh one). */
export function sdkStore(): { leakCandidates: { size: number } } {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("@pulumi/pulumi/runtime/state") as { getStore(): { leakCandidates: { size: number } } }).getStore();
}

function countPendingPromises(): void {
    if (process.env.PULUMI_DEBUG_PROMISE_LEAKS) return;
    sdkStore().leakCandidates = new PendingPromiseCount();
}

/** Set to 1 to keep stack traces while the program runs (see `withoutTraces`). */
export const TRACE_ENV = "COSMOS_PLATFORM_TRACE";

/**
 * The SDK takes a stack trace for every promise it makes (`debuggablePromise`, for a leak
 * report) and a full one for every resource (`Resource.callsites`, the source position sent to
 * the engine); ts-node's source-map support would also map each at creation. An offline plan reads
 * none of them, and taking them was half of synthesis's CPU and most of its garbage at a few
 * thousand resources (bench: accounts<N>). So while the program runs, errors carry no frames and
 * resources no source position, unless `mapStackTraces` or COSMOS_PLATFORM_TRACE=1 asks for them
 * (a program error still reports its message). Returns the function that puts everything back.
 */
function withoutTraces(options: SynthOptions): () => void {
    const errorClass = Error as { prepareStackTrace?: ErrorConstructor["prepareStackTrace"] };
    const prepareStackTrace = errorClass.prepareStackTrace;
    if (options.mapStackTraces) return () => undefined;
    errorClass.prepareStackTrace = undefined;
    if (process.env[TRACE_ENV] === "1") return () => (errorClass.prepareStackTrace = prepareStackTrace);
    const limit = Error.stackTraceLimit;
    // `callsites` is the SDK's own static helper (resource.js); a later SDK without it is left alone.
    const resource = pulumi.Resource as unknown as { callsites?: () => unknown[] };
    const callsites = resource.callsites;
    Error.stackTraceLimit = 0;
    if (typeof callsites === "function") resource.callsites = () => [];
    return () => {
        errorClass.prepareStackTrace = prepareStackTrace;
        Error.stackTraceLimit = limit;
        if (typeof callsites === "function") resource.callsites = callsites;
    };
}

async function runProgram(program: () => unknown, options: SynthOptions): Promise<void> {
    await pulumi.runtime.runInPulumiStack(() => {
        // Offline only: azure-native gives each resource some 65 type aliases (its former API
        // versions), which the SDK turns into Output URNs with recorded stack traces: most of the
        // plan's CPU and memory. Those only map old provider types to new ones, which an offline
        // plan never compares, so they are dropped; the program's own aliases (a component moved or
        // renamed) are kept and recorded (test/synth.test.ts checks both).
        if (!options.keepAliases) {
            pulumi.runtime.registerStackTransformation((a) =>
                PROVIDER_PACKAGE.test(a.type) ? { props: a.props, opts: { ...a.opts, aliases: [] } } : undefined,
            );
        }
        return Promise.resolve(program());
    });
}

/** Loads `Pulumi.yaml` + `Pulumi.<stack>.yaml` from a project directory and synthesizes the stack. */
export async function synthesize(projectDir: string, stack: string, options: SynthOptions = {}): Promise<SynthResult> {
    return synthesizeFiles(loadStackFiles(projectDir, stack), options);
}
