import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";

const DIR = path.join(__dirname, "..", ".github", "workflows");
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");
type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; "continue-on-error"?: boolean };
type Job = { needs?: string | string[]; environment?: string; if?: string; steps: Step[]; strategy?: { matrix: { stack: string[] } } };
const jobs = (name: string) => (parse(read(name)) as { jobs: Record<string, Job> }).jobs;
const workflows = () => fs.readdirSync(DIR).filter((f) => f.endsWith(".yml"));
/** The index of the first step whose `run` matches, or -1. */
const stepIndex = (job: Job, pattern: RegExp) => job.steps.findIndex((s) => pattern.test(s.run ?? ""));

describe("GitHub workflows", () => {
    for (const file of workflows()) {
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
        assert.ok(
            review.steps.some((s) => s.uses?.startsWith("actions/github-script") && String(s.with?.script).includes("cosmos-platform-review")),
            "sticky comment",
        );
        assert.deepStrictEqual(preview.strategy?.matrix.stack, ["dev", "prod"]);
        const pulumi = preview.steps.find((s) => s.uses?.startsWith("pulumi/actions"));
        assert.deepStrictEqual([pulumi?.with?.command, pulumi?.with?.policyPacks], ["preview", "policies"]);
        assert.match(String(preview.if), /AZURE_CLIENT_ID/);
    });

    it("every `npm run` script and policy config a workflow names exists", () => {
        const scripts = Object.keys(
            (JSON.parse(fs.readFileSync(path.join(DIR, "..", "..", "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
        );
        for (const file of workflows()) {
            for (const [, script] of read(file).matchAll(/npm run ([\w:-]+)/g))
                assert.ok(scripts.includes(script), `${file} runs npm run ${script}, which package.json lacks`);
            for (const [config] of read(file).matchAll(/policies\/config\/[\w.-]+\.json/g))
                assert.ok(fs.existsSync(path.join(DIR, "..", "..", config)), `${file} names ${config}`);
        }
    });

    it("deploys guard each stack against its exported deployed state, not against the previous commit", () => {
        assert.doesNotMatch(read("deploy.yml"), /HEAD~1|fetch-depth/);
        for (const [name, job] of Object.entries(jobs("deploy.yml")).filter(([n]) => n !== "test")) {
            const exported = stepIndex(job, new RegExp(`^pulumi stack export --stack ${name} --file ${name}-state\\.json$`));
            const guard = stepIndex(job, new RegExp(`^npm run review -- --stack ${name} --base ${name}-state\\.json `));
            const up = job.steps.findIndex((s) => s.uses?.startsWith("pulumi/actions") && s.with?.command === "up");
            const cli = job.steps.findIndex((s) => s.uses?.startsWith("pulumi/actions") && s.with === undefined);
            assert.ok(
                cli >= 0 && cli < exported && exported < guard && guard < up,
                `${name}: install the CLI, export, guard, then up (${[cli, exported, guard, up].join(",")})`,
            );
            assert.strictEqual(job.steps[guard]["continue-on-error"], undefined, `${name}: a failed guard stops the job`);
        }
    });

    it("a nightly drift check previews every stack with refresh and the policy pack, checks throughput, and fails loudly", () => {
        const doc = parse(read("drift.yml")) as { on: { schedule: { cron: string }[] }; permissions: Record<string, string> };
        assert.ok(doc.on.schedule[0].cron.split(" ").length === 5);
        assert.strictEqual(doc.permissions.issues, "write");
        const { drift } = jobs("drift.yml");
        assert.deepStrictEqual(drift.strategy?.matrix.stack, ["dev", "prod"]);
        assert.match(String(drift.if), /AZURE_CLIENT_ID/);
        const preview = drift.steps.find((s) => s.id === "preview")?.run ?? "";
        for (const flag of [
            "pulumi preview",
            '--stack "${{ matrix.stack }}"',
            "--refresh",
            "--expect-no-changes",
            "--policy-pack policies",
            '--policy-pack-config "policies/config/${{ matrix.stack }}.json"',
        ]) {
            assert.ok(preview.includes(flag), `preview lacks ${flag}: ${preview}`);
        }
        assert.match(drift.steps.find((s) => s.id === "throughput")?.run ?? "", /^npm run verify:throughput -- --stack "\$\{\{ matrix.stack \}\}"/);
        const issue = drift.steps.find((s) => s.uses?.startsWith("actions/github-script"));
        assert.match(String(issue?.with?.script), /Drift in stack \$\{stack\}/);
        assert.match(String(issue?.with?.script), /docs\/runbooks\/drift\.md/);
        const last = drift.steps[drift.steps.length - 1];
        for (const step of [issue, last]) assert.strictEqual(step?.if, "steps.preview.outcome == 'failure' || steps.throughput.outcome == 'failure'");
        assert.match(last.run ?? "", /::error .*\n?exit 1/);
        assert.ok(fs.existsSync(path.join(DIR, "..", "..", "docs", "runbooks", "drift.md")));
    });

    it("every job that runs Pulumi builds first: `npm ci`, whose prepare script builds the program and the policy pack", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(DIR, "..", "..", "package.json"), "utf8")) as { scripts: Record<string, string> };
        assert.strictEqual(pkg.scripts.prepare, "node tooling/build/build.js");
        let checked = 0;
        for (const file of workflows()) {
            for (const [name, job] of Object.entries(jobs(file))) {
                const pulumi = job.steps.findIndex(
                    (s) => (s.uses?.startsWith("pulumi/actions") && s.with?.command !== undefined) || /^pulumi (preview|up)\b/.test(s.run ?? ""),
                );
                if (pulumi < 0) continue;
                const install = stepIndex(job, /^npm ci$/);
                assert.ok(install >= 0 && install < pulumi, `${file} ${name}: runs Pulumi without \`npm ci\` (the build) before it`);
                checked++;
            }
        }
        assert.ok(checked >= 4, `only ${checked} jobs run Pulumi`);
    });

    it("main deploys dev, then prod behind the production environment", () => {
        const { dev, prod } = jobs("deploy.yml");
        assert.strictEqual(prod.needs, "dev");
        assert.strictEqual(prod.environment, "production");
        const up = prod.steps.find((s) => s.uses?.startsWith("pulumi/actions") && s.with?.command === "up");
        assert.deepStrictEqual([up?.with?.["stack-name"], up?.with?.policyPackConfigs], ["prod", "policies/config/prod.json"]);
        assert.ok(dev.steps.some((s) => s.uses?.startsWith("pulumi/actions") && s.with?.command === "up" && s.with?.["stack-name"] === "dev"));
    });
});
