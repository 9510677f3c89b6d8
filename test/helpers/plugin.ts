/**
 * A component package run as a Pulumi plugin, the way `pulumi package add` and `pulumi up` run a
 * source-based Node.js plugin, without the CLI:
 *
 * - launch: tooling/package/plugin-host.ts `startPlugin`, as the Node.js language host runs a
 *   plugin (`node @pulumi/pulumi/cmd/run-plugin <plugin dir> <engine address>`; the sources it
 *   follows are cited there), with this suite's fake engine's address.
 * - speak the ResourceProvider protocol over gRPC with the SDK's own stubs
 *   (@pulumi/pulumi/proto/provider_grpc_pb): GetSchema, Configure, then Construct as the engine
 *   sends it (pkg/resource/plugin/provider_plugin.go, `Construct`: project, stack, organization,
 *   config, dry run, parallelism, the monitor's address, type, name, parent, inputs), against this
 *   suite's fake engine and resource monitor (fake-engine.ts), which records what the component
 *   registers.
 *
 * Inputs go over the wire as given (google.protobuf.Struct): plain JSON, as a Python or YAML
 * program sends them, with `resourceReference()` for a resource passed by reference. Nothing of
 * the TypeScript side (defaults, Input wrappers) is added.
 */
import * as os from "os";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { PackageSchema, startPlugin, StartOptions, unary } from "../../tooling/package/plugin-host";
import { FakeEngine } from "../../tooling/bench/fake-engine";

export type { PackageSchema, PropertySchema, ResourceSchema, TypeSchema } from "../../tooling/package/plugin-host";

/** The wire form of special values (@pulumi/pulumi runtime/rpc.js: specialSigKey, specialResourceSig, unknownValue). */
export const WIRE = {
    sigKey: "4dabf18193072939515e22adb298388d",
    resourceSig: "5cf8f73096256a8f31e491e813e4eb8e",
    unknown: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
} as const;

/** A resource passed by reference, as an SDK serializes one when the engine accepts references. */
export function resourceReference(urn: string, id: string, packageVersion = ""): Record<string, string> {
    return { [WIRE.sigKey]: WIRE.resourceSig, urn, id, packageVersion };
}

/** One RegisterResource the component made, as the engine saw it. */
export interface Registered {
    urn: string;
    type: string;
    name: string;
    parent: string;
    custom: boolean;
    /** Inputs in wire form (secrets and references keep their signature objects). */
    inputs: Record<string, unknown>;
    dependencies: string[];
    protect: boolean;
}

export interface ConstructOptions {
    /** Defaults to the fake stack's root resource, as for a component a program creates at top level. */
    parent?: string;
    /** Input name to the URNs it depends on (ConstructRequest.inputDependencies). */
    inputDependencies?: Record<string, string[]>;
    dependencies?: string[];
    protect?: boolean;
    /** Config as the engine passes it: `<namespace>:<key>` to the value's text. */
    config?: Record<string, string>;
    /** Default true: a preview. */
    dryRun?: boolean;
}

export interface ConstructResult {
    urn: string;
    /** The component's outputs, wire form. */
    state: Record<string, unknown>;
    /** What this construct registered, in order, the component itself first. */
    registered: Registered[];
}

export interface LaunchedPlugin {
    /** The engine and monitor the plugin talks to (seed `engine.resources` for references). */
    engine: FakeEngine;
    /** The fake stack's root URN, the default parent. */
    stackUrn: string;
    /** Milliseconds from spawn to the port on stdout. */
    startMs: number;
    getSchema(): Promise<PackageSchema>;
    construct(type: string, name: string, inputs: Record<string, unknown>, options?: ConstructOptions): Promise<ConstructResult>;
    /** What the plugin wrote to stderr so far. */
    stderr(): string;
    close(): Promise<void>;
}

export interface LaunchOptions extends StartOptions {
    project?: string;
    stack?: string;
}

/** Starts the plugin in `dir` (a directory with PulumiPlugin.yaml and package.json) against a fresh fake engine. */
export async function launchPlugin(dir: string, options: LaunchOptions = {}): Promise<LaunchedPlugin> {
    const project = options.project ?? "plugin-consumer";
    const stack = options.stack ?? "test";
    const engine = await FakeEngine.start(project, stack);
    const stackUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
    engine.rootUrn = stackUrn;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;
    try {
        plugin = await startPlugin(dir, engine.address, options);
    } catch (e) {
        await engine.stop();
        throw e;
    }
    const client = plugin.client;
    let configured = false;

    const configure = async () => {
        if (configured) return;
        // The engine configures a provider before its first Construct; the SDK's answer is fixed (provider/server.js).
        await unary<provproto.ConfigureRequest, provproto.ConfigureResponse>(
            client.configure.bind(client),
            new provproto.ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true),
        );
        configured = true;
    };

    return {
        engine,
        stackUrn,
        startMs: plugin.startMs,
        stderr: () => plugin.stderr(),
        getSchema: () => plugin.getSchema(),
        async construct(type, name, inputs, opts = {}) {
            await configure();
            const first = engine.registrations.length;
            const req = new provproto.ConstructRequest()
                .setProject(project)
                .setStack(stack)
                .setOrganization("organization")
                .setDryrun(opts.dryRun ?? true)
                .setParallel(4 * os.cpus().length)
                .setMonitorendpoint(engine.address)
                .setType(type)
                .setName(name)
                .setParent(opts.parent ?? stackUrn)
                .setInputs(Struct.fromJavaScript(inputs as Parameters<typeof Struct.fromJavaScript>[0]))
                .setDependenciesList(opts.dependencies ?? [])
                .setProtect(opts.protect ?? false)
                .setConfigsecretkeysList([])
                .setAcceptsOutputValues(true);
            for (const [k, v] of Object.entries(opts.config ?? {})) req.getConfigMap().set(k, v);
            for (const [k, urns] of Object.entries(opts.inputDependencies ?? {})) {
                req.getInputdependenciesMap().set(k, new provproto.ConstructRequest.PropertyDependencies().setUrnsList(urns));
            }
            const resp = await unary<provproto.ConstructRequest, provproto.ConstructResponse>(client.construct.bind(client), req);
            const registered = engine.registrations.slice(first).map(
                (r): Registered => ({
                    urn: r.urn,
                    type: r.request.getType(),
                    name: r.request.getName(),
                    parent: r.request.getParent(),
                    custom: r.request.getCustom(),
                    inputs: (r.request.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
                    dependencies: r.request.getDependenciesList(),
                    protect: r.request.getProtect() === true,
                }),
            );
            return { urn: resp.getUrn(), state: resp.getState()?.toJavaScript() ?? {}, registered };
        },
        async close() {
            await plugin.close();
            await engine.stop();
        },
    };
}
