/**
 * Loads the pack the way the Pulumi CLI does (run-policy-pack, ts-node with type checking, cwd
 * policies/) and talks to it over the engine's gRPC Analyzer protocol. About 15 s, so it runs
 * only with POLICY_PACK_RUNTIME=1:  POLICY_PACK_RUNTIME=1 npx mocha test/policies/pack-runtime.test.ts
 */
import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { PROJECT_DIR } from "../helpers/config";

/* eslint-disable @typescript-eslint/no-require-imports -- generated gRPC stubs without typings */
type Msg = Record<string, (...a: unknown[]) => unknown>;
const req = (m: string) => require(path.join(PROJECT_DIR, "node_modules", m)) as Record<string, new () => Msg> & Record<string, unknown>;

(process.env.POLICY_PACK_RUNTIME === "1" ? describe : describe.skip)("policy pack under the Pulumi policy runtime", function () {
    this.timeout(90000);
    let child: ChildProcess;
    let port = "";

    before(async () => {
        child = spawn(process.execPath, [path.join(PROJECT_DIR, "node_modules/@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:1", "."], { cwd: path.join(PROJECT_DIR, "policies") });
        let stderr = "";
        child.stderr?.on("data", (d) => (stderr += String(d)));
        port = await new Promise<string>((resolve, reject) => {
            child.stdout?.once("data", (d) => resolve(String(d).trim()));
            child.once("exit", (code) => reject(new Error(`pack exited ${code}: ${stderr}`)));
        });
    });

    after(() => {
        child?.kill();
    });

    it("serves every rule and reports violations for an analyzed account", async () => {
        const grpc = require(path.join(PROJECT_DIR, "node_modules/@grpc/grpc-js")) as { credentials: { createInsecure(): unknown } };
        const rpc = req("@pulumi/pulumi/proto/analyzer_grpc_pb");
        const pb = req("@pulumi/pulumi/proto/analyzer_pb");
        const struct = req("google-protobuf/google/protobuf/struct_pb") as unknown as { Struct: { fromJavaScript(o: object): unknown } };
        const empty = req("google-protobuf/google/protobuf/empty_pb");
        const Client = rpc.AnalyzerClient as unknown as new (addr: string, creds: unknown) => Record<string, (r: unknown, cb: (e: Error | null, r: Msg) => void) => void>;
        const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        const call = (m: string, r: unknown) => new Promise<Msg>((res, rej) => client[m](r, (e, out) => (e ? rej(e) : res(out))));

        const info = await call("getAnalyzerInfo", new empty.Empty());
        assert.strictEqual(info.getName(), "cosmos-platform");
        assert.strictEqual((info.getPoliciesList() as unknown[]).length, 27);

        const request = new pb.AnalyzeRequest();
        request.setType("azure-native:cosmosdb:DatabaseAccount");
        request.setUrn("urn:pulumi:prod::cosmos-platform::azure-native:cosmosdb:DatabaseAccount::acct");
        request.setName("acct");
        request.setProperties(struct.Struct.fromJavaScript({ accountName: "contoso-cosmos-prod", publicNetworkAccess: "Enabled", disableLocalAuth: true, minimalTlsVersion: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }));
        const options = new pb.AnalyzerResourceOptions();
        request.setOptions(options);
        const diagnostics = (await call("analyze", request)).getDiagnosticsList() as Msg[];
        const byPolicy = new Map(diagnostics.map((d) => [d.getPolicyname() as string, String(d.getMessage())]));
        assert.match(byPolicy.get("cosmosdb-public-network-disabled") ?? "", /account 'contoso-cosmos-prod' has publicNetworkAccess "Enabled"; accepted: "Disabled"$/);
        assert.match(byPolicy.get("cosmosdb-minimum-tls-1-2") ?? "", /can't run policy 'cosmosdb-minimum-tls-1-2' .* during preview: string value at \.minimalTlsVersion/);
        assert.ok(!byPolicy.has("cosmosdb-local-auth-disabled"));
    });
});
