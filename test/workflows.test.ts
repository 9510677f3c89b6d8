import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";

const DIR = path.join(__dirname, "..", ".github", "workflows");
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; environment?: string; if?: string; steps: Step[]; strategy?: { matrix: { stack: string[] } } };
const jobs = (name: string) => (parse(read(name)) as { jobs: Record<string, Job> }).jobs;

describe("GitHub workflows", () => {
    for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".yml"))) {
        it(`${file} is a valid workflow`, () => {
            assert.deepStrictEqual(validateWorkflow(read(file)).errors, []);
        });
    }

    it("the validator rejects a misspelled key (so the checks above can fail)", () => {
        const broken = read("deploy.yml").replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest");
        assert.ok(validateWorkflow(broken).errors.length > 0);
    });

    it("pull requests run the tests and the offline review of both stacks, then the policy preview", () => {
        const { "offline-review": review, preview } = jobs("pull-request.yml");
        const runs = review.steps.map((s) => s.run ?? "").join("\n");
        assert.match(runs, /npm ci/);
        assert.match(runs, /npm test/);
        assert.match(runs, /npm run review -- --stack dev --stack prod --base-ref/);
        assert.ok(review.steps.some((s) => s.uses?.startsWith("actions/github-script") && String(s.with?.script).includes("cosmos-platform-review")), "sticky comment");
        assert.deepStrictEqual(preview.strategy?.matrix.stack, ["dev", "prod"]);
        const pulumi = preview.steps.find((s) => s.uses?.startsWith("pulumi/actions"));
        assert.deepStrictEqual([pulumi?.with?.command, pulumi?.with?.policyPacks], ["preview", "policies"]);
        assert.match(String(preview.if), /AZURE_CLIENT_ID/);
    });

    it("main deploys dev, then prod behind the production environment", () => {
        const { dev, prod } = jobs("deploy.yml");
        assert.strictEqual(prod.needs, "dev");
        assert.strictEqual(prod.environment, "production");
        const up = prod.steps.find((s) => s.uses?.startsWith("pulumi/actions"));
        assert.deepStrictEqual([up?.with?.command, up?.with?.["stack-name"], up?.with?.policyPackConfigs], ["up", "prod", "policies/config/prod.json"]);
        assert.ok(dev.steps.some((s) => s.uses?.startsWith("pulumi/actions") && s.with?.["stack-name"] === "dev"));
    });
});
