import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeFailure } from "../tooling/review/cli/common";
import { main } from "../tooling/review/cli/plan";
import { PlanDocument, renderPlan } from "../tooling/review/plan";
import { UNKNOWN } from "../tooling/model/plan-record";
import { PROJECT_DIR } from "./helpers/config";

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
    return spawnSync(process.execPath, ["-r", path.join(PROJECT_DIR, "tooling/build/register.js"), path.join(PROJECT_DIR, "tooling/review/cli/plan.ts"), ...args], {
        cwd: PROJECT_DIR,
        encoding: "utf8",
    });
}

describe("npm run plan", () => {
    let doc: PlanDocument;
    before(async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-plan-")), "plan.json");
        const code = await main(["--stack", "prod", "--json", out, "--quiet", "--cwd", PROJECT_DIR]);
        assert.strictEqual(code, 0);
        doc = JSON.parse(fs.readFileSync(out, "utf8"));
    });

    it("writes the documented plan document", () => {
        assert.strictEqual(doc.project, "cosmos-platform");
        assert.strictEqual(doc.stack, "prod");
        assert.strictEqual(doc.formatVersion, 1);
        for (const r of doc.resources) {
            for (const key of ["urn", "type", "name", "inputs", "options", "dependencies"]) assert.ok(key in r, `${r.urn} lacks ${key}`);
        }
        const account = doc.resources.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
        assert.ok(account?.parent?.includes("cosmos-platform:index:Account"));
        assert.strictEqual(doc.summary.resources, doc.resources.length);
        assert.strictEqual(doc.summary.byType["azure-native:cosmosdb:SqlResourceSqlContainer"], 7);
        assert.strictEqual(doc.summary.protected, 11);
    });

    it("renders a tree with the settings a reviewer checks first", () => {
        const text = renderPlan(doc);
        assert.match(text, /cosmosdb:DatabaseAccount contoso-cosmos-prod .*westeurope\(0,zones\) northeurope\(1,zones\) swedencentral\(2,zones\)/);
        assert.match(text, /backup continuous Continuous30Days; public network Disabled; keys off/);
        assert.match(text, /SqlResourceSqlContainer appdb\/orders +pk \/tenantId,\/customerId \(hierarchical\); autoscale max 10000 RU\/s; 2 composite; \[protected\]/);
        const s = doc.summary;
        assert.ok(text.includes(`${s.resources} resources (${s.azureResources} Azure, ${s.resources - s.azureResources} components and stack); ${s.protected} protected`));
        assert.strictEqual(s.azureResources, doc.resources.filter((r) => r.custom).length);
        assert.match(text, /known only after deployment: accountId/);
        assert.strictEqual(doc.outputs.endpoint, UNKNOWN);
    });

    it("indents children under their parents", () => {
        const lines = renderPlan(doc).split("\n");
        const account = lines.find((l) => l.includes("DatabaseAccount")) ?? "";
        const component = lines.find((l) => l.includes("component:Account")) ?? "";
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
        assert.match((missing as { message: string }).message, /^error: cannot read stack settings file .*Pulumi\.nope\.yaml/);
        const usage = await main([]).catch(describeFailure);
        assert.deepStrictEqual(usage, { code: 2, message: `error: --stack is required\n${"usage: npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--quiet]"}\n` });
        const unknownFlag = await main(["--stak", "dev"]).catch(describeFailure);
        assert.strictEqual(typeof unknownFlag === "object" && unknownFlag.code, 2);
        assert.strictEqual(describeFailure(new TypeError("boom")).code, 3);
    });
});
