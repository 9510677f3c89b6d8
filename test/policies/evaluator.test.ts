import * as assert from "assert";
import * as path from "path";
import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { PolicyConfigError } from "../../tooling/review/policy/config";
import { evaluatePolicies, EvaluateOptions } from "../../tooling/review/policy/evaluate";
import { detectFormat, PolicyInputError, readRecords, recordsFrom } from "../../tooling/model/records";
import { runPack, stackConfigFile } from "../../tooling/review/policy/run";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { PROJECT_DIR } from "../helpers/config";
import { rec } from "./estate";

const FIXTURES = path.join(PROJECT_DIR, "test/fixtures/policy");
const fixture = (name: string) => path.join(FIXTURES, name);

describe("policy inputs", () => {
    it("detects the plan document, a stack export and preview JSON by shape", () => {
        assert.deepStrictEqual(
            ["plan.json", "stack-export.json", "preview.json"].map((f) => readRecords(fixture(f)).format),
            ["plan", "stack-export", "preview"],
        );
        assert.strictEqual(detectFormat({ version: 3, deployment: {} }), "stack-export");
        assert.strictEqual(detectFormat([]), undefined);
    });

    it("finds the same violations in all three formats of the same resources", async () => {
        const results = await Promise.all(
            ["plan.json", "stack-export.json", "preview.json"].map(
                async (f) => (await runPack(readRecords(fixture(f)).records, stackConfigFile("prod"))).result,
            ),
        );
        const [plan, exported, preview] = results.map((r) => r.violations);
        assert.deepStrictEqual(
            plan.map((v) => [v.policy, v.level]),
            [
                ["cosmosdb-automatic-failover", "mandatory"],
                ["cosmosdb-max-autoscale-throughput", "mandatory"],
                ["cosmosdb-defender-enabled", "mandatory"],
            ],
        );
        assert.deepStrictEqual(exported, plan);
        assert.deepStrictEqual(preview, plan);
        for (const r of results) assert.deepStrictEqual(r.notJudged, []);
    });

    it("leaves out deleted and pending-delete resources, and keeps options only where the state sets them", () => {
        const exported = readRecords(fixture("stack-export.json")).records;
        const preview = readRecords(fixture("preview.json")).records;
        assert.ok(!exported.some((r) => r.name === "old"), "pending delete");
        assert.ok(!preview.some((r) => r.name === "appdb/legacy"), "deleted");
        assert.strictEqual(preview.filter((r) => r.name === "appdb/orders").length, 1, "one record per replaced resource");
        const group = exported.find((r) => r.type === "azure-native:network:PrivateDnsZoneGroup");
        assert.deepStrictEqual(group?.options, { protect: false, ignoreChanges: [] });
        const account = exported.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
        assert.strictEqual(account?.options.retainOnDelete, true);
        const provider = exported.find((r) => r.type === "pulumi:providers:azure-native");
        assert.strictEqual(provider?.inputs.clientSecret, "[secret]");
        const created = preview.find((r) => r.type === "azure-native:monitor:DiagnosticSetting");
        assert.strictEqual(created?.inputs.resourceUri, UNKNOWN);
    });

    it("rejects an unrecognised document, naming what it accepts", () => {
        assert.throws(
            () => recordsFrom({ name: "x" }, "package.json"),
            (e: unknown) =>
                e instanceof PolicyInputError &&
                /package\.json is not a recognised input \(found top-level keys "name"\); accepted: a plan document/.test(e.message),
        );
        assert.throws(
            () => readRecords(fixture("missing.json")),
            (e: unknown) => e instanceof PolicyInputError && /cannot read .*missing\.json: no such file/.test(e.message),
        );
    });
});

/** A minimal rule set to pin the engine semantics the evaluator reproduces. */
function probe(name: string, body: Partial<ResourceValidationPolicy> = {}): ResourceValidationPolicy {
    return {
        name,
        description: `probe ${name}`,
        validateResource: (args, report) => {
            if (args.type !== "test:index:Thing") args.notApplicable("not a thing");
            const { limit } = args.getConfig<{ limit?: number }>();
            if ((args.props.size as number) > (limit ?? 1)) report(`size ${String(args.props.size)} over ${String(limit)}`);
        },
        configSchema: { properties: { limit: { type: "integer", default: 5, description: "max" } } },
        ...body,
    };
}

const things = [rec("t", "test:index:Thing", "big", { size: 10 }), rec("t", "test:index:Other", "o", {})];
const opts = (policies: EvaluateOptions["policies"], config: EvaluateOptions["config"] = {}): EvaluateOptions => ({
    policies,
    packName: "p",
    packVersion: "1.0.0",
    packLevel: "advisory",
    config,
});

describe("policy evaluator (engine semantics)", () => {
    it("resolves the level from the policy config, else the rule, else the pack", async () => {
        const r = await evaluatePolicies(
            things,
            opts([probe("a"), probe("b", { enforcementLevel: "mandatory" }), probe("c", { enforcementLevel: "mandatory" })], {
                c: { enforcementLevel: "advisory", properties: {} },
            }),
        );
        assert.deepStrictEqual(
            r.violations.map((v) => [v.policy, v.level]),
            [
                ["a", "advisory"],
                ["b", "mandatory"],
                ["c", "advisory"],
            ],
        );
    });

    it("applies an 'all' level, then per-rule levels, and skips disabled rules", async () => {
        const r = await evaluatePolicies(
            things,
            opts([probe("a"), probe("b")], { all: { enforcementLevel: "mandatory", properties: {} }, b: { enforcementLevel: "disabled", properties: {} } }),
        );
        assert.deepStrictEqual(
            r.violations.map((v) => [v.policy, v.level]),
            [["a", "mandatory"]],
        );
    });

    it("fills config defaults from the configSchema and lets the config override them", async () => {
        const r = await evaluatePolicies(things, opts([probe("a"), probe("b")], { b: { properties: { limit: 20 } } }));
        assert.deepStrictEqual(
            r.violations.map((v) => v.message),
            ["size 10 over 5"],
        );
    });

    it("records notApplicable and skips a typed rule on other types", async () => {
        const typed = probe("typed");
        (typed.validateResource as unknown as { __pulumiType: string }).__pulumiType = "test:index:Thing";
        const r = await evaluatePolicies(things, opts([probe("a"), typed]));
        assert.deepStrictEqual(r.notApplicable, [
            { policy: "a", urn: things[1].urn, reason: "not a thing" },
            { policy: "typed", urn: things[1].urn, reason: "Policy only applies to resources of type 'test:index:Thing'" },
        ]);
    });

    it("reports a rule that reads an unknown value as not judged, with the engine's message", async () => {
        const r = await evaluatePolicies([rec("t", "test:index:Thing", "u", { size: UNKNOWN })], opts([probe("a")]));
        assert.deepStrictEqual(r.violations, []);
        assert.deepStrictEqual(
            r.notJudged.map((n) => n.reason),
            ["can't run policy 'a' from policy pack 'p@v1.0.0' during preview: string value at .size can't be known during preview"],
        );
    });

    it("remediates first, and counts a remediate rule that still fails as mandatory", async () => {
        const shrink = probe("shrink", { enforcementLevel: "remediate", remediateResource: (args) => ({ ...args.props, size: 4 }) });
        const stubborn = probe("stubborn", { enforcementLevel: "remediate", remediateResource: () => undefined });
        const r = await evaluatePolicies([things[0]], opts([shrink]));
        assert.deepStrictEqual(r.violations, []);
        const r2 = await evaluatePolicies([things[0]], opts([stubborn]));
        assert.deepStrictEqual(
            r2.violations.map((v) => [v.policy, v.level]),
            [["stubborn", "mandatory"]],
        );
    });

    it("gives stack rules linked dependencies and reports on the stack when no urn is named", async () => {
        const stack = rec("t", "pulumi:pulumi:Stack", "s", {});
        const a = rec("t", "test:index:Thing", "a", {});
        const b = rec("t", "test:index:Thing", "b", {}, { dependencies: [a.urn] });
        const rule: StackValidationPolicy = {
            name: "deps",
            description: "d",
            enforcementLevel: "mandatory",
            validateStack: (args, report) => {
                const dep = args.resources.find((r) => r.name === "b")?.dependencies[0];
                report(`b depends on ${dep?.name}`);
            },
        };
        const r = await evaluatePolicies([stack, a, b], opts([rule]));
        assert.deepStrictEqual(r.violations, [{ policy: "deps", level: "mandatory", urn: stack.urn, message: "b depends on a" }]);
    });

    it("rejects a config value outside the schema, naming the rule, the value and what is accepted", async () => {
        await assert.rejects(
            evaluatePolicies(things, opts([probe("a")], { a: { properties: { limit: "ten" } } })),
            (e: unknown) => e instanceof PolicyConfigError && e.message.includes(`a.limit is "ten" (string); accepted: integer`),
        );
    });

    it("lists config entries that match no rule", async () => {
        const r = await evaluatePolicies(things, opts([probe("a")], { typo: { enforcementLevel: "mandatory", properties: {} } }));
        assert.deepStrictEqual(r.unknownConfigNames, ["typo"]);
    });
});
