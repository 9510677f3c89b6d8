import * as assert from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main as adoptMain } from "../../tooling/adopt/cli";
import { main as restoreDrillMain } from "../../tooling/ops/cli/restore-drill";
import { main as verifyMain } from "../../tooling/ops/cli/verify";
import { main as throughputMain } from "../../tooling/ops/cli/verify-throughput";
import { main as azurePolicyMain } from "../../tooling/review/cli/azure-policy";
import { UsageError, writeOutputs } from "../../tooling/review/cli/common";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { main as docsConfigMain } from "../../tooling/review/cli/docs-config";
import { main as docsMonitoringMain } from "../../tooling/review/cli/docs-monitoring";
import { main as planMain } from "../../tooling/review/cli/plan";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { main as reviewMain } from "../../tooling/review/cli/review";
import { main as apiReportMain } from "../../tooling/package/api-report";
import { main as packageCheckMain } from "../../tooling/package/check";
import { main as packageMain } from "../../tooling/package/cli";
import { assertRefused, documents, filesIn, PROJECT_DIR, run, scratch } from "./helpers";

const DEFINITIONS = path.join(PROJECT_DIR, "test", "fixtures", "azure-policy", "builtin");
const quietIo = { stdout: () => undefined, env: {}, cwd: PROJECT_DIR };
const never = () => {
    throw new Error("not reached");
};

describe("hostile input: every command's flags", () => {
    const tmp = scratch();
    after(() => tmp.remove());
    const plan = () => tmp.file("prod-plan.json", documents.plan());

    /** Each command with arguments it would otherwise accept. */
    const commands: { name: string; main: (argv: string[]) => Promise<number>; argv: () => string[]; single: string }[] = [
        { name: "plan", main: planMain, argv: () => ["--stack", "dev", "--cwd", PROJECT_DIR], single: "--stack" },
        { name: "policy", main: policyMain, argv: () => ["--from", plan()], single: "--from" },
        { name: "diff", main: diffMain, argv: () => ["--base", plan(), "--head", plan()], single: "--head" },
        { name: "review", main: reviewMain, argv: () => ["--stack", "prod", "--base-ref", "HEAD", "--cwd", PROJECT_DIR], single: "--base-ref" },
        { name: "azure-policy", main: azurePolicyMain, argv: () => ["--from", plan(), "--definitions", DEFINITIONS], single: "--from" },
        {
            name: "verify",
            main: (argv) => verifyMain(argv, quietIo),
            argv: () => ["--endpoint", "https://a.documents.azure.com:443/", "--database", "d", "--container", "c"],
            single: "--database",
        },
        {
            name: "verify:throughput",
            main: (argv) => throughputMain(argv, { ...quietIo, reader: never }),
            argv: () => ["--stack", "prod", "--subscription", "s"],
            single: "--subscription",
        },
        {
            name: "restore-drill",
            main: (argv) => restoreDrillMain(argv, { stdout: () => undefined, now: () => new Date() }),
            argv: () => ["--source-stack", "prod", "--restorable-id", "x", "--ago", "1h", "--cwd", PROJECT_DIR],
            single: "--ago",
        },
        {
            name: "adopt",
            main: (argv) => adoptMain(argv, { stdout: () => undefined, stderr: () => undefined }),
            argv: () => ["--from", plan(), "--stack", "zz", "--dir", tmp.dir],
            single: "--stack",
        },
        { name: "docs:config", main: docsConfigMain, argv: () => [], single: "" },
        { name: "docs:monitoring", main: docsMonitoringMain, argv: () => [], single: "" },
    ];

    for (const c of commands) {
        it(`${c.name} refuses an unknown flag, a positional argument${c.single ? " and a single-value flag given twice" : ""}`, async () => {
            const refused = async (argv: string[], fragment: string) => {
                const outcome = await run(c.main, argv);
                assert.strictEqual(outcome.code, 2, `${c.name} ${argv.join(" ")}: exit ${outcome.code}\n${outcome.err}`);
                assert.ok(outcome.err.startsWith(`error: ${fragment}`) || outcome.err.includes(fragment), `${c.name}: ${outcome.err}`);
                assert.doesNotMatch(outcome.err, /\n\s+at /);
            };
            await refused([...c.argv(), "--bogus"], "Unknown option '--bogus'");
            await refused([...c.argv(), "stray"], "Unexpected argument 'stray'");
            if (c.single) await refused([...c.argv(), c.single, "again"], `${c.single} is given 2 times`);
        });
    }

    it("the package commands refuse an unknown argument too (package, package:check, api:update)", async () => {
        for (const [name, main] of [
            ["package", packageMain],
            ["package:check", packageCheckMain],
            ["api:update", (argv: string[]) => Promise.resolve(apiReportMain(argv))],
        ] as const) {
            const outcome = await run(main, ["--bogus"]);
            assert.strictEqual(outcome.code, 2, `${name}: ${outcome.err}`);
            assert.match(outcome.err, /unknown argument "--bogus"/);
        }
    });

    it("refuses an output that is an input, another output, inside an input directory, or a Pulumi stack file, before any work", async () => {
        const from = plan();
        const before = fs.readFileSync(from, "utf8");
        assertRefused(await run(policyMain, ["--from", from, "--json", from]), "--json", "is also the input --from");
        assertRefused(await run(diffMain, ["--base", from, "--head", plan(), "--markdown", from]), "is also the input --base");
        const out = path.join(tmp.dir, "diff.out");
        assertRefused(await run(diffMain, ["--base", from, "--head", plan(), "--json", out, "--markdown", out]), "--markdown and --json are both");
        assertRefused(await run(reviewMain, ["--stack", "prod", "--base", from, "--markdown", from, "--cwd", PROJECT_DIR]), "is also the input --base");
        assertRefused(
            await run(azurePolicyMain, ["--from", from, "--definitions", DEFINITIONS, "--json", path.join(DEFINITIONS, "result.json")]),
            "inside the input directory --definitions",
        );
        assertRefused(
            await run(
                (argv) => throughputMain(argv, { ...quietIo, reader: never }),
                ["--stack", "prod", "--subscription", "s", "--from", from, "--json", from],
            ),
            "is also the input --from",
        );
        assert.strictEqual(fs.readFileSync(from, "utf8"), before, "the input is untouched");
        // A link to the input is the input.
        const link = path.join(tmp.dir, "link.json");
        fs.symlinkSync(from, link);
        assertRefused(await run(policyMain, ["--from", from, "--json", link]), "is also the input --from");
        const prodFile = path.join(PROJECT_DIR, "Pulumi.prod.yaml");
        const prod = fs.readFileSync(prodFile, "utf8");
        assertRefused(await run(planMain, ["--stack", "prod", "--cwd", PROJECT_DIR, "--json", prodFile]), "is also the input --stack");
        assertRefused(await run(policyMain, ["--from", from, "--json", path.join(tmp.dir, "Pulumi.dev.yaml")]), "Pulumi project or stack settings file name");
        assert.strictEqual(fs.readFileSync(prodFile, "utf8"), prod);
    });

    it("refuses an output it cannot write before planning: the --json error comes before the stack's own config error", async () => {
        const p = scratch("cosmos-hostile-unwritable-");
        try {
            for (const name of fs.readdirSync(PROJECT_DIR)) {
                if (name === ".git" || /^Pulumi\..*ya?ml$/.test(name)) continue;
                fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(p.dir, name));
            }
            fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(p.dir, "Pulumi.yaml"));
            // A stack that synthesis would refuse: the --json problem must be found first.
            fs.writeFileSync(
                path.join(p.dir, "Pulumi.broken.yaml"),
                "config:\n  cosmos-platform:environment: broken\n  cosmos-platform:account:\n    name: X\n",
            );
            assertRefused(
                await run(planMain, ["--stack", "broken", "--cwd", p.dir, "--json", path.join(p.dir, "no-such-dir", "plan.json")]),
                "--json",
                "does not exist",
            );
            assertRefused(await run(planMain, ["--stack", "broken", "--cwd", p.dir, "--json", p.dir]), "is a directory");
            assert.deepStrictEqual(
                filesIn(p.dir).filter((f) => !fs.lstatSync(path.join(p.dir, f)).isSymbolicLink()),
                ["Pulumi.broken.yaml", "Pulumi.yaml"],
            );
        } finally {
            p.remove();
        }
    });

    it("leaves no --json behind when the plan is refused after synthesis (a malformed azure-policy/ folder)", async function () {
        this.timeout(120_000);
        const p = scratch("cosmos-hostile-refused-plan-");
        try {
            for (const name of fs.readdirSync(PROJECT_DIR)) {
                if (name === ".git" || name === "azure-policy") continue;
                fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(p.dir, name));
            }
            fs.mkdirSync(path.join(p.dir, "azure-policy"));
            fs.writeFileSync(path.join(p.dir, "azure-policy", "broken.json"), "{ not json");
            const out = path.join(p.dir, "plan.json");
            assertRefused(await run(planMain, ["--stack", "dev", "--cwd", p.dir, "--json", out, "--quiet"]), "azure-policy/", "broken.json", "is not JSON");
            assert.ok(!fs.existsSync(out), "no plan document of a refused plan");
        } finally {
            p.remove();
        }
    });

    it("writes outputs whole or not at all: a failed write leaves the earlier file as it was and no temporary file", () => {
        const existing = tmp.file("kept.json", "old\n");
        const blocker = tmp.file("a-file", "x");
        assert.throws(
            () =>
                writeOutputs([
                    { flag: "--json", file: existing, text: "new\n" },
                    { flag: "--markdown", file: path.join(blocker, "report.md"), text: "# r\n" },
                ]),
            (e: unknown) => e instanceof UsageError || (e as NodeJS.ErrnoException).code === "ENOTDIR" || (e as NodeJS.ErrnoException).code === "EEXIST",
        );
        assert.strictEqual(fs.readFileSync(existing, "utf8"), "old\n");
        assert.deepStrictEqual(
            filesIn(tmp.dir).filter((f) => f.endsWith(".tmp")),
            [],
        );
        writeOutputs([{ file: existing, text: "new\n" }]);
        assert.strictEqual(fs.readFileSync(existing, "utf8"), "new\n");
    });

    it("ends quietly when the reader closes the pipe (npm run policy | head): no trace, its own verdict (the CLI, spawned)", async function () {
        this.timeout(60_000);
        const child = spawn(
            process.execPath,
            ["-r", "./tooling/build/register.js", "tooling/review/cli/policy.ts", "--from", path.join(PROJECT_DIR, "test/fixtures/policy/stack-export.json")],
            { cwd: PROJECT_DIR, stdio: ["ignore", "pipe", "pipe"] },
        );
        // The reader is gone before the command writes anything.
        child.stdout.destroy();
        let err = "";
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        assert.doesNotMatch(err, /EPIPE|\n\s+at /, err);
        assert.strictEqual(code, 1, "the fixture breaks three prod rules: the verdict stands");
    });
});
