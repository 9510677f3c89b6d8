/**
 * The pack as the Pulumi CLI runs it: @pulumi/pulumi/cmd/run-policy-pack started in policies/ with
 * the pack directory as its program (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs, RunPlugin),
 * so package.json's `main`, the build in policies/dist, is what loads; then spoken to over the
 * engine's gRPC Analyzer protocol (GetAnalyzerInfo, Configure, Analyze, AnalyzeStack) with the
 * resources the engine would send. Its answers are checked on their own terms and against the
 * offline evaluator (tooling/review/policy) on the same resources.
 */
import * as assert from "assert";
import { ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { PACK_ENFORCEMENT_LEVEL, PACK_NAME, policies } from "../../policies/pack";
import { readPolicyConfig, resolvePolicyConfig } from "../../tooling/review/policy/config";
import { engineValue } from "../../tooling/review/policy/evaluate";
import { POLICIES_DIR, runPack, stackConfigFile } from "../../tooling/review/policy/run";
import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { connectAnalyzer, startPolicyPack } from "../../tooling/bench/policy-pack";
import { find, prodEstate } from "./estate";

const LEVEL: Record<string, pb.EnforcementLevel> = {
    advisory: pb.EnforcementLevel.ADVISORY,
    mandatory: pb.EnforcementLevel.MANDATORY,
    disabled: pb.EnforcementLevel.DISABLED,
    remediate: pb.EnforcementLevel.REMEDIATE,
};
const LEVEL_NAME = Object.fromEntries(Object.entries(LEVEL).map(([k, v]) => [v, k]));
const VERSION = (JSON.parse(fs.readFileSync(path.join(POLICIES_DIR, "package.json"), "utf8")) as { version: string }).version;

const struct = (value: Record<string, unknown>) => Struct.fromJavaScript(engineValue(value) as Parameters<typeof Struct.fromJavaScript>[0]);

/** The engine's options for a resource (pkg/resource/plugin/analyzer_plugin.go marshalResourceOptions): no retainOnDelete. */
function options(r: PolicyRecord): pb.AnalyzerResourceOptions {
    const o = new pb.AnalyzerResourceOptions().setProtect(r.options.protect).setIgnorechangesList(r.options.ignoreChanges);
    if (r.options.deleteBeforeReplace !== undefined) o.setDeletebeforereplace(r.options.deleteBeforeReplace).setDeletebeforereplacedefined(true);
    if (r.parent) o.setParent(r.parent);
    return o;
}

const analyzeRequest = (r: PolicyRecord) =>
    new pb.AnalyzeRequest().setType(r.type).setUrn(r.urn).setName(r.name).setProperties(struct(r.inputs)).setOptions(options(r));

function stackRequest(records: PolicyRecord[]): pb.AnalyzeStackRequest {
    return new pb.AnalyzeStackRequest().setResourcesList(
        records.map((r) => {
            const resource = new pb.AnalyzerResource().setType(r.type).setUrn(r.urn).setName(r.name).setProperties(struct(r.inputs)).setOptions(options(r));
            if (r.parent) resource.setParent(r.parent);
            return resource.setDependenciesList(r.dependencies);
        }),
    );
}

/** What the engine sees of a record: no retainOnDelete, which it never passes to policies. */
const asEngineSees = (records: PolicyRecord[]): PolicyRecord[] =>
    records.map((r) => {
        const options = { ...r.options };
        delete options.retainOnDelete;
        return { ...r, options };
    });

interface Answer {
    policy: string;
    level: string;
    urn: string;
    message: string;
}

function answers(response: pb.AnalyzeResponse, defaultUrn: string): Answer[] {
    return response
        .getDiagnosticsList()
        .map((d) => ({ policy: d.getPolicyname(), level: LEVEL_NAME[d.getEnforcementlevel()], urn: d.getUrn() || defaultUrn, message: d.getMessage() }));
}

const byKey = (xs: Answer[]) => [...xs].sort((a, b) => `${a.policy} ${a.urn}`.localeCompare(`${b.policy} ${b.urn}`));

describe("policy pack under the Pulumi policy runtime (run-policy-pack, gRPC)", function () {
    // ~1.5 s on a quiet 2-core machine (the built pack); far more when the machine is busy.
    this.timeout(120_000);
    let child: ChildProcess;
    let call: <Req, Res>(method: string, request: Req) => Promise<Res>;
    let close: () => void;
    let loadMs = 0;

    before(async () => {
        const started = performance.now();
        const pack = await startPolicyPack(POLICIES_DIR);
        child = pack.child;
        const connection = connectAnalyzer(pack.port);
        call = connection.call.bind(connection);
        close = connection.close.bind(connection);
        await call("getAnalyzerInfo", new Empty());
        loadMs = performance.now() - started;
    });

    after(() => {
        close?.();
        child?.kill();
        if (loadMs) console.log(`\n      policy pack, launch to first answer: ${loadMs.toFixed(0)} ms`);
    });

    /** The engine's per-resource and whole-stack calls over records, with the stack's config. */
    async function judge(records: PolicyRecord[]): Promise<Answer[]> {
        const out: Answer[] = [];
        for (const r of records) out.push(...answers(await call<pb.AnalyzeRequest, pb.AnalyzeResponse>("analyze", analyzeRequest(r)), r.urn));
        const stackUrn = records.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
        out.push(...answers(await call<pb.AnalyzeStackRequest, pb.AnalyzeResponse>("analyzeStack", stackRequest(records)), stackUrn));
        return byKey(out);
    }

    async function configure(stack: string): Promise<void> {
        const request = new pb.ConfigureAnalyzerRequest();
        const { resolved } = resolvePolicyConfig(policies, PACK_ENFORCEMENT_LEVEL, readPolicyConfig(stackConfigFile(stack)));
        for (const [name, c] of resolved)
            request.getPolicyconfigMap().set(name, new pb.PolicyConfig().setEnforcementlevel(LEVEL[c.enforcementLevel]).setProperties(struct(c.properties)));
        await call("configure", request);
    }

    /** The offline evaluator's verdict on the same records, in the engine's terms (message = description, newline, message). */
    async function offline(records: PolicyRecord[], stack: string): Promise<Answer[]> {
        const { result } = await runPack(records, stackConfigFile(stack));
        const description = new Map(policies.map((p) => [p.name, p.description]));
        const violations = result.violations.map((v) => ({
            policy: v.policy,
            level: v.level,
            urn: v.urn,
            message: `${description.get(v.policy)}\n${v.message}`,
        }));
        const notJudged = result.notJudged
            .filter((n) => n.reason.startsWith("can't run"))
            .map((n) => ({ policy: n.policy, level: "advisory", urn: n.urn, message: n.reason }));
        return byKey([...violations, ...notJudged]);
    }

    it("serves every rule of the pack with its own enforcement level, under the pack's name and version", async () => {
        const info = await call<Empty, pb.AnalyzerInfo>("getAnalyzerInfo", new Empty());
        assert.deepStrictEqual([info.getName(), info.getVersion()], [PACK_NAME, VERSION]);
        assert.deepStrictEqual(
            info.getPoliciesList().map((p) => [p.getName(), LEVEL_NAME[p.getEnforcementlevel()]]),
            policies.map((p) => [p.name, p.enforcementLevel ?? PACK_ENFORCEMENT_LEVEL]),
        );
    });

    it("finds nothing in the compliant prod estate, resource by resource and as a stack", async () => {
        await configure("prod");
        assert.deepStrictEqual(await judge(asEngineSees(prodEstate())), []);
    });

    it("reports a violating resource with the level the stack's config gives each rule, as the offline evaluator does", async () => {
        await configure("prod");
        const estate = asEngineSees(prodEstate());
        const account = find(estate, "cosmosdb:DatabaseAccount");
        account.inputs.publicNetworkAccess = "Enabled"; // two mandatory rules in prod
        delete account.inputs.keyVaultKeyUri; // advisory in prod

        const got = await judge(estate);
        assert.deepStrictEqual(
            got.map((a) => [a.policy, a.level, a.urn]),
            [
                ["cosmosdb-customer-managed-key", "advisory", account.urn],
                ["cosmosdb-network-restricted", "mandatory", account.urn],
                ["cosmosdb-public-network-disabled", "mandatory", account.urn],
            ],
        );
        assert.match(got[2].message, /\naccount 'contoso-cosmos-prod' has publicNetworkAccess "Enabled"; accepted: "Disabled"$/);
        assert.deepStrictEqual(got, await offline(estate, "prod"), "the engine and the offline evaluator disagree");
    });

    it("reports a stack rule's violation from AnalyzeStack, and the dev config's levels once configured for dev", async () => {
        await configure("prod");
        const estate = asEngineSees(prodEstate()).filter((r) => !r.type.startsWith("azure-native:network:"));
        const account = find(estate, "cosmosdb:DatabaseAccount");
        const got = await judge(estate);
        assert.deepStrictEqual(
            got.map((a) => [a.policy, a.level, a.urn]),
            [["cosmosdb-private-endpoint", "mandatory", account.urn]],
        );
        assert.deepStrictEqual(got, await offline(estate, "prod"));

        await configure("dev");
        const devLevels = resolvePolicyConfig(policies, PACK_ENFORCEMENT_LEVEL, readPolicyConfig(stackConfigFile("dev"))).resolved;
        const expected = devLevels.get("cosmosdb-private-endpoint")?.enforcementLevel;
        assert.strictEqual(expected, "advisory", "policies/config/dev.json no longer makes the private endpoint advisory; pick another rule");
        const again = await judge(estate);
        assert.deepStrictEqual(
            again.filter((a) => a.policy === "cosmosdb-private-endpoint").map((a) => [a.level, a.urn]),
            [["advisory", account.urn]],
        );
        assert.deepStrictEqual(again, await offline(estate, "dev"));
    });

    it("reports a rule that reads a value unknown during preview as advisory, not as a violation", async () => {
        await configure("prod");
        const estate = asEngineSees(prodEstate());
        find(estate, "cosmosdb:DatabaseAccount").inputs.minimalTlsVersion = UNKNOWN;
        const got = await judge(estate);
        assert.deepStrictEqual(
            got.map((a) => [a.policy, a.level]),
            [["cosmosdb-minimum-tls-1-2", "advisory"]],
        );
        assert.match(got[0].message, /^can't run policy 'cosmosdb-minimum-tls-1-2' from policy pack 'cosmos-platform@v0\.1\.0' during preview: /);
        assert.deepStrictEqual(got, await offline(estate, "prod"));
    });
});
