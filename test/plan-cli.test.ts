import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeFailure } from "../tooling/review/cli/common";
import { main } from "../tooling/review/cli/plan";
import { PlanDocument, renderPlan } from "../tooling/review/plan";
import type { PolicySection } from "../tooling/review/policy/render";
import { UNKNOWN } from "../tooling/model/plan-record";
import { PROJECT_DIR } from "./helpers/config";
import { withStderr } from "./helpers/stderr";

/** A project directory that links to this one but carries its own stack file. */
function projectWithStack(stack: string, yaml: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-cli-"));
    for (const name of ["Pulumi.yaml", "index.ts", "tsconfig.json", "package.json", "components", "scripts", "node_modules"]) {
        fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), yaml);
    return dir;
}

function runPlan(args: string[]) {
    return spawnSync(
        process.execPath,
        ["-r", path.join(PROJECT_DIR, "tooling/build/register.js"), path.join(PROJECT_DIR, "tooling/review/cli/plan.ts"), ...args],
        {
            cwd: PROJECT_DIR,
            encoding: "utf8",
        },
    );
}

describe("npm run plan", () => {
    let doc: PlanDocument;
    before(async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-plan-")), "plan.json");
        const code = await main(["--stack", "prod", "--json", out, "--quiet", "--cwd", PROJECT_DIR]);
        assert.strictEqual(code, 0);
        doc = JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
    });

    it("writes the documented plan document", () => {
        assert.strictEqual(doc.project, "cosmos-platform");
        assert.strictEqual(doc.stack, "prod");
        assert.strictEqual(doc.formatVersion, 1);
        for (const r of doc.resources) {
            for (const key of ["urn", "type", "name", "inputs", "options", "dependencies"]) assert.ok(key in r, `${r.urn} lacks ${key}`);
        }
        const account = doc.resources.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
        assert.ok(account?.parent?.endsWith("cosmos-platform:index:CosmosEstate$cosmos-platform:index:CosmosAccount::account"));
        assert.strictEqual(doc.summary.resources, doc.resources.length);
        assert.strictEqual(doc.summary.byType["azure-native:cosmosdb:SqlResourceSqlContainer"], 7);
        assert.strictEqual(doc.summary.protected, 11);
    });

    it("renders a tree with the settings a reviewer checks first", () => {
        const text = renderPlan(doc);
        assert.match(text, /cosmosdb:DatabaseAccount contoso-cosmos-prod .*westeurope\(0,zones\) northeurope\(1,zones\) swedencentral\(2,zones\)/);
        assert.match(text, /backup continuous Continuous30Days; public network Disabled; keys off/);
        assert.match(
            text,
            /SqlResourceSqlContainer appdb\/orders +pk \/tenantId,\/customerId \(hierarchical\); autoscale max 10000 RU\/s; 2 composite; \[protected\]/,
        );
        const s = doc.summary;
        assert.ok(
            text.includes(
                `${s.resources} resources (${s.azureResources} Azure, ${s.resources - s.azureResources} components and stack); ${s.protected} protected`,
            ),
        );
        assert.strictEqual(s.azureResources, doc.resources.filter((r) => r.custom).length);
        assert.match(text, /known only after deployment: accountId/);
        assert.strictEqual(doc.outputs.endpoint, UNKNOWN);
    });

    it("indents children under their parents", () => {
        const lines = renderPlan(doc).split("\n");
        const account = lines.find((l) => l.includes("DatabaseAccount")) ?? "";
        const component = lines.find((l) => l.includes("component:CosmosAccount")) ?? "";
        assert.strictEqual(account.search(/\S/), component.search(/\S/) + 2);
    });

    it("exits 2 with the key path and no stack trace on an invalid config", () => {
        const dir = projectWithStack(
            "broken",
            "config:\n  cosmos-platform:environment: dev\n  cosmos-platform:resourceGroup: { name: rg }\n  cosmos-platform:account:\n    name: x\n    regions: [{ name: westeurope }]\n    serverless: true\n",
        );
        const r = runPlan(["--stack", "broken", "--cwd", dir]);
        assert.strictEqual(r.status, 2, r.stderr);
        assert.match(r.stderr, /account\.name: an account name is 3-44 characters/);
        assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
        assert.strictEqual(r.stdout, "");
    });

    it("exits 2 on an unreadable stack file and on a missing --stack, 3 on a bug", async () => {
        const missing = await main(["--stack", "nope", "--cwd", PROJECT_DIR]).catch(describeFailure);
        assert.strictEqual(typeof missing === "object" && missing.code, 2);
        assert.match(
            (missing as { message: string }).message,
            /^error: --stack 'nope' has no stack settings file \(.*Pulumi\.nope\.yaml does not exist\); stacks of this project: dev, prod\n$/,
        );
        const usage = await main([]).catch(describeFailure);
        assert.deepStrictEqual(usage, {
            code: 2,
            message: `error: --stack is required\n${"usage: npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--policy-config <file>] [--quiet]"}\n`,
        });
        const unknownFlag = await main(["--stak", "dev"]).catch(describeFailure);
        assert.strictEqual(typeof unknownFlag === "object" && unknownFlag.code, 2);
        assert.strictEqual(describeFailure(new TypeError("boom")).code, 3);
    });
});

/**
 * Another project planned with `--project`: examples/two-accounts (accounts named
 * `fabrikam-cosmos-...`, no stack layer) as a throwaway project whose stack is called `prod`, the
 * name of one of this repository's stacks, whose policy config wants `^contoso-cosmos-` names.
 */
function consumerProject(stack: string): string {
    const example = path.join(PROJECT_DIR, "examples", "two-accounts");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-consumer-"));
    for (const name of ["Pulumi.yaml", "index.ts", "tsconfig.json"]) fs.symlinkSync(path.join(example, name), path.join(dir, name));
    fs.copyFileSync(path.join(example, "Pulumi.example.yaml"), path.join(dir, `Pulumi.${stack}.yaml`));
    return dir;
}

/** Runs the plan command in process: its exit code, what it wrote on stderr, and the plan document. */
async function planConsumer(dir: string, stack: string, more: string[] = []): Promise<{ code: number; stderr: string; doc: PlanDocument }> {
    const out = path.join(dir, "plan.json");
    const { result: code, stderr } = await withStderr(() => main(["--project", dir, "--stack", stack, "--json", out, "--quiet", ...more]));
    return { code, stderr, doc: JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument };
}

const violated = (doc: PlanDocument, level: string) => (doc.policy as PolicySection).violations.filter((v) => v.level === level).map((v) => v.policy);

describe("npm run plan -- --project <another project>", () => {
    const dirs: string[] = [];
    const project = (stack: string) => {
        const dir = consumerProject(stack);
        dirs.push(dir);
        return dir;
    };
    after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

    it("judges a stack without a policy config by the rules' defaults, not by this repository's config of the same name, and says so in one line", async () => {
        const { code, stderr, doc } = await planConsumer(project("prod"), "prod");
        assert.strictEqual(code, 0, stderr);
        assert.strictEqual((doc.policy as PolicySection).config, null);
        assert.ok(!violated(doc, "mandatory").length && !violated(doc, "advisory").includes("cosmosdb-account-name"), "no naming rule of this repository");
        assert.match(
            stderr,
            /^plan: no policy config for stack 'prod' \(no .*policies\/config\/prod\.json, no --policy-config\): the policy pack runs every rule at its own level and defaults\n$/,
        );
    });

    it("uses the project's own policies/config/<stack>.json, and exits 1 on a mandatory violation as `pulumi preview --policy-pack` fails", async () => {
        const dir = project("prod");
        fs.mkdirSync(path.join(dir, "policies", "config"), { recursive: true });
        fs.writeFileSync(
            path.join(dir, "policies", "config", "prod.json"),
            JSON.stringify({ "cosmosdb-multi-region": "mandatory", "cosmosdb-customer-managed-key": "disabled" }),
        );
        const { code, stderr, doc } = await planConsumer(dir, "prod");
        assert.strictEqual(code, 1);
        assert.strictEqual(stderr, "", "nothing to say when the project has a config");
        assert.strictEqual((doc.policy as PolicySection).config, "policies/config/prod.json");
        assert.deepStrictEqual(violated(doc, "mandatory"), ["cosmosdb-multi-region", "cosmosdb-multi-region"]);
        assert.ok(!violated(doc, "advisory").includes("cosmosdb-customer-managed-key"), "the project's config disables it");
    });

    it("takes --policy-config over the project's own file, and refuses a missing one with exit 2 and one line", async () => {
        const dir = project("staging");
        const config = path.join(dir, "naming.json");
        fs.writeFileSync(config, JSON.stringify({ "cosmosdb-account-name": { enforcementLevel: "mandatory", namingPattern: "^contoso-cosmos-" } }));
        const { code, doc } = await planConsumer(dir, "staging", ["--policy-config", config]);
        assert.strictEqual(code, 1);
        assert.deepStrictEqual(violated(doc, "mandatory"), ["cosmosdb-account-name", "cosmosdb-account-name"]);
        const missing = await main(["--project", dir, "--stack", "staging", "--quiet", "--policy-config", path.join(dir, "nope.json")]).catch(describeFailure);
        assert.deepStrictEqual(missing, {
            code: 2,
            message: `error: --policy-config ${path.join(dir, "nope.json")}: no such file; accepted: a JSON file mapping rule names to a level or an object (docs/policies.md)\n`,
        });
    });
});
