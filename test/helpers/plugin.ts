/**
 * A component package run as a Pulumi plugin, the way `pulumi package add` and `pulumi up` run a
 * source-based Node.js plugin, without the CLI:
 *
 * - launch: `node <nodeargs> @pulumi/pulumi/cmd/run-plugin <plugin dir> <engine address>`, the
 *   runner resolved from the plugin's directory, in a working directory of the caller's, with the
 *   caller's environment plus PULUMI_NODEJS_TYPESCRIPT / PULUMI_NODEJS_TSCONFIG_PATH from
 *   PulumiPlugin.yaml's runtime options (pulumi/pulumi `sdk/go/common/resource/plugin/plugin.go`
 *   `ExecPlugin`: PulumiPlugin.yaml, program directory = plugin directory, args = the engine's
 *   address; `sdk/nodejs/cmd/pulumi-language-nodejs/main.go` `RunPlugin`, `locateModule`,
 *   `parseOptions`). The plugin prints its gRPC port on stdout (`provider/server.js` `main`).
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
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { parse as parseYaml } from "yaml";
import { inheritedEnv } from "./cli-path";
import { FakeEngine } from "./fake-engine";

const sdkRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
const grpc = sdkRequire("@grpc/grpc-js") as typeof grpcTypes;
const { ResourceProviderClient } = sdkRequire("./proto/provider_grpc_pb") as typeof import("@pulumi/pulumi/proto/provider_grpc_pb");

/** The wire form of special values (@pulumi/pulumi runtime/rpc.js: specialSigKey, specialResourceSig, unknownValue). */
export const WIRE = { sigKey: "4dabf18193072939515e22adb298388d", resourceSig: "5cf8f73096256a8f31e491e813e4eb8e", unknown: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } as const;

/** A resource passed by reference, as an SDK serializes one when the engine accepts references. */
export function resourceReference(urn: string, id: string, packageVersion = ""): Record<string, string> {
    return { [WIRE.sigKey]: WIRE.resourceSig, urn, id, packageVersion };
}

/** The package schema a plugin serves (the parts these tests read). */
export interface PackageSchema {
    name: string;
    version: string;
    description?: string;
    resources: Record<string, ResourceSchema>;
    types: Record<string, TypeSchema>;
    dependencies?: { name: string; version: string }[];
}

export interface PropertySchema {
    type?: string;
    $ref?: string;
    items?: PropertySchema;
    additionalProperties?: PropertySchema;
    description?: string;
    plain?: boolean;
    optional?: boolean;
}

export interface ResourceSchema {
    isComponent?: boolean;
    description?: string;
    inputProperties?: Record<string, PropertySchema>;
    requiredInputs?: string[];
    properties?: Record<string, PropertySchema>;
    required?: string[];
}

export interface TypeSchema {
    type: string;
    description?: string;
    properties?: Record<string, PropertySchema>;
    required?: string[];
    enum?: { name?: string; value: string | number; description?: string }[];
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

export interface LaunchOptions {
    project?: string;
    stack?: string;
    /** The working directory the CLI gives the plugin (the user's project); a fresh temp dir by default. */
    pwd?: string;
    /** Give up waiting for the port after this long (the plugin loads TypeScript and the Azure SDK). */
    startTimeoutMs?: number;
}

interface PluginRuntime {
    nodeargs: string[];
    typescript: boolean;
    tsconfig?: string;
}

/** PulumiPlugin.yaml's `runtime`, as the Node.js language host reads its options (main.go `parseOptions`). */
function readPluginRuntime(dir: string): PluginRuntime {
    const file = path.join(dir, "PulumiPlugin.yaml");
    const doc = parseYaml(fs.readFileSync(file, "utf8")) as { runtime?: string | { name?: string; options?: Record<string, unknown> } };
    const runtime = typeof doc.runtime === "string" ? { name: doc.runtime } : doc.runtime;
    if (runtime?.name !== "nodejs") throw new Error(`${file}: runtime is ${JSON.stringify(runtime?.name)}, expected nodejs`);
    const options = runtime.options ?? {};
    return {
        nodeargs: typeof options.nodeargs === "string" ? options.nodeargs.split(/\s+/).filter(Boolean) : [],
        typescript: options.typescript !== false,
        tsconfig: typeof options.tsconfig === "string" ? options.tsconfig : undefined,
    };
}

/** One unary call, its gRPC error turned into an Error with the server's message. */
function unary<Req, Res>(fn: (req: Req, cb: (err: grpcTypes.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => fn(req, (err, res) => (err ? reject(new Error(err.details || err.message)) : resolve(res))));
}

function waitForPort(child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => fail(`no port after ${timeoutMs} ms`), timeoutMs);
        const fail = (why: string) => {
            clearTimeout(timer);
            reject(new Error(`plugin did not start: ${why}\nstdout: ${out}\nstderr: ${stderr()}`));
        };
        child.stdout?.on("data", (d: Buffer) => {
            out += d.toString();
            const line = /^(\d+)\s*$/m.exec(out);
            if (line) {
                clearTimeout(timer);
                resolve(Number(line[1]));
            }
        });
        child.once("exit", (code, signal) => fail(`exited (${code ?? signal})`));
        child.once("error", (e) => fail(e.message));
    });
}

/** Starts the plugin in `dir` (a directory with PulumiPlugin.yaml and package.json) against a fresh fake engine. */
export async function launchPlugin(dir: string, options: LaunchOptions = {}): Promise<LaunchedPlugin> {
    const pluginDir = path.resolve(dir);
    const runtime = readPluginRuntime(pluginDir);
    const project = options.project ?? "plugin-consumer";
    const stack = options.stack ?? "test";
    const engine = await FakeEngine.start(project, stack);
    const stackUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
    engine.rootUrn = stackUrn;
    const pwd = options.pwd ?? fs.mkdtempSync(path.join(os.tmpdir(), "plugin-pwd-"));

    // locateModule: the runner as `require.resolve` finds it from the plugin's directory.
    const runPath = createRequire(path.join(pluginDir, "package.json")).resolve("@pulumi/pulumi/cmd/run-plugin");
    const env: Record<string, string> = {
        ...inheritedEnv(),
        ...(runtime.typescript ? { PULUMI_NODEJS_TYPESCRIPT: "true" } : {}),
        ...(runtime.tsconfig ? { PULUMI_NODEJS_TSCONFIG_PATH: runtime.tsconfig } : {}),
    };
    const started = Date.now();
    const child = spawn(process.execPath, [runPath, ...runtime.nodeargs, pluginDir, engine.address], { cwd: pwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    let port: number;
    try {
        port = await waitForPort(child, () => stderr, options.startTimeoutMs ?? 120_000);
    } catch (e) {
        child.kill();
        await engine.stop();
        throw e;
    }
    const startMs = Date.now() - started;
    const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    let configured = false;

    const configure = async () => {
        if (configured) return;
        // The engine configures a provider before its first Construct; the SDK's answer is fixed (provider/server.js).
        await unary<provproto.ConfigureRequest, provproto.ConfigureResponse>(client.configure.bind(client), new provproto.ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true));
        configured = true;
    };

    return {
        engine,
        stackUrn,
        startMs,
        stderr: () => stderr,
        async getSchema() {
            const resp = await unary<provproto.GetSchemaRequest, provproto.GetSchemaResponse>(client.getSchema.bind(client), new provproto.GetSchemaRequest().setVersion(0));
            return JSON.parse(resp.getSchema()) as PackageSchema;
        },
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
            return { urn: resp.getUrn(), state: (resp.getState()?.toJavaScript() ?? {}) as Record<string, unknown>, registered };
        },
        async close() {
            client.close();
            if (child.exitCode === null && child.signalCode === null) {
                const exited = new Promise((resolve) => child.once("exit", resolve));
                child.kill();
                await exited;
            }
            await engine.stop();
        },
    };
}
