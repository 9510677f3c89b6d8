/**
 * A source-based Node.js component package started as a Pulumi plugin, the way the CLI starts one
 * for `pulumi package add`, `pulumi up` and the like, without the CLI:
 *
 * - pulumi/pulumi `sdk/go/common/resource/plugin/plugin.go` (`ExecPlugin`): a plugin directory
 *   with no executable is read through its PulumiPlugin.yaml; its language host is asked to
 *   RunPlugin with program directory = the plugin directory, args = the engine's address (plus
 *   logging flags, none here), the CLI's working directory and environment.
 * - `sdk/nodejs/cmd/pulumi-language-nodejs/main.go` (`RunPlugin`, `locateModule`, `parseOptions`):
 *   `node <nodeargs> <@pulumi/pulumi/cmd/run-plugin as resolved from the plugin directory>
 *   <plugin dir> <args>`, in that working directory, with PULUMI_NODEJS_TYPESCRIPT=true unless the
 *   runtime options say `typescript: false`, and PULUMI_NODEJS_TSCONFIG_PATH for `tsconfig`.
 * - @pulumi/pulumi `cmd/run-plugin/run.js`: requires the directory (package.json `main`), finds the
 *   exported ComponentResource classes, names the provider after package.json's `name`, and serves
 *   them (`provider/experimental/provider.js`); `provider/server.js` prints the gRPC port on stdout.
 *   GetSchema runs the SDK's analyzer (`provider/experimental/analyzer.js`) over
 *   `<plugin dir>/tsconfig.json` from the entry it finds: package.json `exports`/`main` with .js
 *   replaced by .ts, else index.ts or src/index.ts.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { parse as parseYaml } from "yaml";

const sdkRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
export const grpc = sdkRequire("@grpc/grpc-js") as typeof grpcTypes;
const { ResourceProviderClient } = sdkRequire("./proto/provider_grpc_pb") as typeof import("@pulumi/pulumi/proto/provider_grpc_pb");
export type ProviderClient = InstanceType<typeof ResourceProviderClient>;

/** The package schema a plugin serves (the parts read here). https://www.pulumi.com/docs/iac/guides/building-extending/packages/schema/ */
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

interface PluginRuntime {
    nodeargs: string[];
    typescript: boolean;
    tsconfig?: string;
}

/** PulumiPlugin.yaml's `runtime`, as the Node.js language host reads its options (main.go `parseOptions`). */
export function readPluginRuntime(dir: string): PluginRuntime {
    const file = path.join(dir, "PulumiPlugin.yaml");
    const doc = parseYaml(fs.readFileSync(file, "utf8")) as { runtime?: string | { name?: string; options?: Record<string, unknown> } } | null;
    const runtime = typeof doc?.runtime === "string" ? { name: doc.runtime } : doc?.runtime;
    if (runtime?.name !== "nodejs") throw new Error(`${file}: runtime is ${JSON.stringify(runtime?.name)}, expected nodejs`);
    const options = runtime.options ?? {};
    return {
        nodeargs: typeof options.nodeargs === "string" ? options.nodeargs.split(/\s+/).filter(Boolean) : [],
        typescript: options.typescript !== false,
        tsconfig: typeof options.tsconfig === "string" ? options.tsconfig : undefined,
    };
}

/** The caller's environment without what would steer the child differently from a user's shell. */
function hostEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (v === undefined || k.startsWith("PULUMI_") || k.startsWith("TS_NODE_") || k === "NODE_OPTIONS") continue;
        env[k] = v;
    }
    return env;
}

/** One unary call, its gRPC error turned into an Error with the server's message. */
export function unary<Req, Res>(fn: (req: Req, cb: (err: grpcTypes.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => fn(req, (err, res) => (err ? reject(new Error(err.details || err.message)) : resolve(res))));
}

function waitForPort(child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
        let out = "";
        const fail = (why: string) => {
            clearTimeout(timer);
            reject(new Error(`plugin did not start: ${why}\nstdout: ${out.trim()}\nstderr: ${stderr().trim()}`));
        };
        const timer = setTimeout(() => fail(`no port after ${timeoutMs} ms`), timeoutMs);
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

export interface RunningPlugin {
    client: ProviderClient;
    /** Milliseconds from spawn to the port on stdout. */
    startMs: number;
    /** What the plugin wrote to stderr so far. */
    stderr(): string;
    getSchema(): Promise<PackageSchema>;
    close(): Promise<void>;
}

export interface StartOptions {
    /** The working directory the CLI gives the plugin (the user's project); a fresh temp dir by default. */
    pwd?: string;
    /** Give up waiting for the port after this long (the plugin loads TypeScript and the Azure SDK). */
    startTimeoutMs?: number;
}

/**
 * Starts the plugin in `dir` (PulumiPlugin.yaml, package.json) with `engineAddress` as its engine,
 * and connects to it. Throws with the plugin's output when it does not start.
 */
export async function startPlugin(dir: string, engineAddress: string, options: StartOptions = {}): Promise<RunningPlugin> {
    const pluginDir = path.resolve(dir);
    const runtime = readPluginRuntime(pluginDir);
    const ownPwd = options.pwd === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), "plugin-pwd-")) : undefined;
    const runPath = createRequire(path.join(pluginDir, "package.json")).resolve("@pulumi/pulumi/cmd/run-plugin");
    const env: Record<string, string> = {
        ...hostEnv(),
        ...(runtime.typescript ? { PULUMI_NODEJS_TYPESCRIPT: "true" } : {}),
        ...(runtime.tsconfig ? { PULUMI_NODEJS_TSCONFIG_PATH: runtime.tsconfig } : {}),
    };
    const started = Date.now();
    const child = spawn(process.execPath, [runPath, ...runtime.nodeargs, pluginDir, engineAddress], {
        cwd: options.pwd ?? ownPwd,
        env,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise((resolve) => child.once("exit", resolve));
            child.kill();
            await exited;
        }
        if (ownPwd) fs.rmSync(ownPwd, { recursive: true, force: true });
    };
    let port: number;
    try {
        port = await waitForPort(child, () => stderr, options.startTimeoutMs ?? 120_000);
    } catch (e) {
        await stop();
        throw e;
    }
    const startMs = Date.now() - started;
    const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    return {
        client,
        startMs,
        stderr: () => stderr,
        async getSchema() {
            const resp = await unary<provproto.GetSchemaRequest, provproto.GetSchemaResponse>(
                client.getSchema.bind(client),
                new provproto.GetSchemaRequest().setVersion(0),
            );
            return JSON.parse(resp.getSchema()) as PackageSchema;
        },
        async close() {
            client.close();
            await stop();
        },
    };
}
