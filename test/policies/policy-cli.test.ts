import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeFailure } from "../../tooling/review/cli/common";
import { main } from "../../tooling/review/cli/policy";
import { main as planMain } from "../../tooling/review/cli/plan";
import { PlanDocument } from "../../tooling/review/plan";
import { readRecords } from "../../tooling/model/records";
import { PolicySection, policySection, renderPolicy } from "../../tooling/review/policy/render";
import { runPack, stackConfigFile } from "../../tooling/review/policy/run";
import { PROJECT_DIR } from "../helpers/config";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-policy-"));
const fixture = (name: string) => path.join(PROJECT_DIR, "test/fixtures/policy", name);

describe("npm run policy", () => {
    it("exits 1 on a mandatory violation and writes { violations: [{ policy, level, urn, message }] }", async () => {
        const out = path.join(tmp(), "policy.json");
        assert.strictEqual(await main(["--from", fixture("stack-export.json"), "--stack", "prod", "--json", out, "--quiet"]), 1);
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as PolicySection;
        assert.deepStrictEqual(Object.keys(doc.violations[0]), ["policy", "level", "urn", "message"]);
        assert.strictEqual(
            doc.violations[0].message,
            "account 'contoso-cosmos-prod' has 3 regions and a single write region but enableAutomaticFailover false; accepted: true",
        );
        assert.strictEqual(doc.config, "policies/config/prod.json");
    });

    it("exits 0 when only advisory violations remain, reading the stack from the input", async () => {
        const config = path.join(tmp(), "all-advisory.json");
        fs.writeFileSync(config, JSON.stringify({ all: "advisory" }));
        assert.strictEqual(await main(["--from", fixture("preview.json"), "--config", config, "--quiet"]), 0);
        assert.strictEqual(await main(["--from", fixture("plan.json"), "--config", config, "--quiet"]), 0);
    });

    it("groups violations by resource in the human output", async () => {
        const loaded = readRecords(fixture("plan.json"));
        const text = renderPolicy(policySection(await runPack(loaded.records, stackConfigFile("prod"))), loaded.records, "plan.json");
        assert.match(
            text,
            /\ncosmosdb:DatabaseAccount contoso-cosmos-prod\n {2}mandatory cosmosdb-automatic-failover: account 'contoso-cosmos-prod' has 3 regions.*\n {2}mandatory cosmosdb-defender-enabled: /,
        );
        assert.match(
            text,
            /\ncosmosdb:SqlResourceSqlContainer appdb\/orders\n {2}mandatory cosmosdb-max-autoscale-throughput: container 'appdb\/orders' has autoscale max throughput 20000 RU\/s/,
        );
        assert.match(text, /3 mandatory, 0 advisory violations; 0 not judged$/);
    });

    it("exits 2 with one line when the plan, stack export or preview holds another stack than --stack", async () => {
        for (const f of ["plan.json", "stack-export.json", "preview.json"]) {
            const failure = describeFailure(await main(["--from", fixture(f), "--stack", "dev", "--quiet"]).catch((e: unknown) => e));
            assert.strictEqual(failure.code, 2, failure.message);
            assert.match(failure.message, new RegExp(`^error: .*${f.replace(".", "\\.")} holds stack 'prod' but --stack is 'dev': .*pass --stack prod`));
            assert.strictEqual(failure.message.trimEnd().split("\n").length, 1, "one line");
        }
        assert.strictEqual(await main(["--from", fixture("plan.json"), "--stack", "prod", "--quiet"]), 1, "the same stack is judged");
    });

    it("exits 2 with one clear message and no stack trace on unreadable or unrecognised input", async function () {
        // One child process, as the command runs, for the exit code and stderr; the other inputs
        // through main(), which the command calls (describeFailure is how it prints a failure).
        this.timeout(60_000);
        const unrecognised = spawnSync(
            process.execPath,
            [
                "-r",
                path.join(PROJECT_DIR, "tooling/build/register.js"),
                path.join(PROJECT_DIR, "tooling/review/cli/policy.ts"),
                "--from",
                path.join(PROJECT_DIR, "package.json"),
                "--stack",
                "prod",
            ],
            { cwd: PROJECT_DIR, encoding: "utf8" },
        );
        assert.strictEqual(unrecognised.status, 2, unrecognised.stderr);
        assert.match(unrecognised.stderr, /^error: .*package\.json is not a recognised input .*accepted: a plan document/);
        assert.doesNotMatch(unrecognised.stderr, /\n\s+at /, "no stack trace");
        const notJson = path.join(tmp(), "x.json");
        fs.writeFileSync(notJson, "{ nope");
        const failure = async (...args: string[]) => describeFailure(await main(args).catch((e: unknown) => e));
        const broken = await failure("--from", notJson, "--stack", "prod");
        assert.strictEqual(broken.code, 2);
        assert.match(broken.message, /x\.json is not JSON/);
        const qaPlan = path.join(tmp(), "qa.json");
        fs.writeFileSync(qaPlan, JSON.stringify({ ...JSON.parse(fs.readFileSync(fixture("plan.json"), "utf8")), stack: "qa", resources: [] }));
        const noStack = await failure("--from", qaPlan, "--stack", "qa");
        assert.strictEqual(noStack.code, 2);
        assert.match(noStack.message, /no policy config for stack 'qa'.*accepted: one of dev, prod, or --config <file>/);
        for (const f of [broken, noStack]) assert.doesNotMatch(f.message, /\n\s+at /, "no stack trace");
    });
});

describe("npm run plan with the policy pack", () => {
    it("adds the policy section to the plan document", async () => {
        const out = path.join(tmp(), "plan.json");
        assert.strictEqual(await planMain(["--stack", "dev", "--json", out, "--quiet", "--cwd", PROJECT_DIR]), 0);
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
        assert.strictEqual(doc.policy?.pack, "cosmos-platform@0.1.0");
        assert.strictEqual(doc.policy?.config, "policies/config/dev.json");
        assert.ok(
            doc.policy?.violations.every((v) => v.level === "advisory"),
            JSON.stringify(doc.policy?.violations),
        );
    });
});
