/**
 * Starts a policy pack the way `pulumi preview --policy-pack <dir>` does, without the CLI, and
 * talks to it over the engine's Analyzer gRPC protocol. The Node.js language host's RunPlugin
 * (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go, for kind "analyzer") locates
 * @pulumi/pulumi/cmd/run-policy-pack from the pack directory, runs it with the pack directory as
 * working directory and as the last argument (after the engine's address), and reads the port the
 * pack prints on stdout. PULUMI_NODEJS_TYPESCRIPT is set only when PulumiPolicy.yaml's
 * `runtime.options.typescript` is not false; run-policy-pack ignores it either way.
 */
import { ChildProcess, spawn } from "child_process";
import { createRequire } from "module";
import type * as grpcTypes from "@grpc/grpc-js";

export interface RunningPack {
    child: ChildProcess;
    port: number;
}

/**
 * Launches the pack in `packDir` (its package.json `main`, or `program` when given: a file to run
 * instead, as the CLI would run that file) and resolves once it serves, with its port.
 */
export function startPolicyPack(packDir: string, program: string = packDir): Promise<RunningPack> {
    const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
    // An engine address nothing listens on: the pack connects to it only to log, and falls back to stderr.
    const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:1", program], { cwd: packDir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve, reject) => {
        let stdout = "";
        const onData = (d: Buffer) => {
            stdout += d.toString();
            const line = /^(\d+)\n/.exec(stdout);
            if (!line) return;
            child.stdout?.off("data", onData);
            child.off("exit", onExit);
            resolve({ child, port: Number(line[1]) });
        };
        const onExit = (code: number | null) => reject(new Error(`policy pack exited ${code} before serving:\n${stderr}${stdout}`));
        child.stdout?.on("data", onData);
        child.once("exit", onExit);
        child.once("error", reject);
    });
}

export interface AnalyzerConnection {
    call<Req, Res>(method: string, request: Req): Promise<Res>;
    close(): void;
}

/** A client of the Analyzer service on 127.0.0.1:<port>, with the SDK's own gRPC runtime and stubs. */
export function connectAnalyzer(port: number): AnalyzerConnection {
    const sdkRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
    const grpc = sdkRequire("@grpc/grpc-js") as typeof grpcTypes;
    const { AnalyzerClient } = sdkRequire("./proto/analyzer_grpc_pb") as typeof import("@pulumi/pulumi/proto/analyzer_grpc_pb");
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    type Unary = (request: unknown, callback: (error: grpcTypes.ServiceError | null, response: unknown) => void) => void;
    return {
        call: <Req, Res>(method: string, request: Req) =>
            new Promise<Res>((resolve, reject) => {
                const fn = (client as unknown as Record<string, Unary>)[method];
                if (typeof fn !== "function") throw new Error(`policy pack client: no Analyzer method '${method}'`);
                fn.call(client, request, (error, response) => (error ? reject(error) : resolve(response as Res)));
            }),
        close: () => client.close(),
    };
}
