import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { main } from "../../tooling/ops/cli/restore-drill";
import { assertRefused, filesIn, PROJECT_DIR, run, scratch } from "./helpers";

const RESTORABLE_ID =
    "/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/**
 * A project whose stack files are copies (a write lands here, never in this checkout) and whose
 * program, components and modules are links to this one.
 */
function project() {
    const tmp = scratch("cosmos-hostile-drill-");
    for (const name of fs.readdirSync(PROJECT_DIR)) {
        if (name === ".git" || /^Pulumi\.restore/.test(name)) continue;
        const from = path.join(PROJECT_DIR, name);
        if (/^Pulumi\..*ya?ml$/.test(name)) fs.copyFileSync(from, path.join(tmp.dir, name));
        else fs.symlinkSync(from, path.join(tmp.dir, name));
    }
    return tmp;
}

const drill =
    (dir: string, ...extra: string[]) =>
    (argv: string[]) =>
        main([...argv, "--restorable-id", RESTORABLE_ID, "--ago", "2h", "--cwd", dir, ...extra], { stdout: () => undefined, now: () => new Date() });

describe("hostile input: restore-drill never overwrites a production stack file", function () {
    this.timeout(60_000);

    it("refuses --stack equal to --source-stack, even with --force, and leaves Pulumi.prod.yaml as it was", async () => {
        const p = project();
        try {
            const before = fs.readFileSync(path.join(p.dir, "Pulumi.prod.yaml"), "utf8");
            assertRefused(await run(drill(p.dir), ["--source-stack", "prod", "--stack", "prod", "--force"]), "--stack 'prod' is the source stack");
            assert.strictEqual(fs.readFileSync(path.join(p.dir, "Pulumi.prod.yaml"), "utf8"), before);
        } finally {
            p.remove();
        }
    });

    it("refuses to replace another stack's production file with --force (a dev drill named prod)", async () => {
        const p = project();
        try {
            const before = fs.readFileSync(path.join(p.dir, "Pulumi.prod.yaml"), "utf8");
            assertRefused(
                await run(drill(p.dir), ["--source-stack", "dev", "--stack", "prod", "--force"]),
                "production stack's settings file",
                "never another stack's",
            );
            assert.strictEqual(fs.readFileSync(path.join(p.dir, "Pulumi.prod.yaml"), "utf8"), before);
        } finally {
            p.remove();
        }
    });

    it("replaces an earlier drill's file with --force, whole, leaving no temporary file; a file restore-drill did not write is kept", async () => {
        const p = project();
        try {
            const target = path.join(p.dir, "Pulumi.restore-drill.yaml");
            assert.strictEqual((await run(drill(p.dir), ["--source-stack", "prod"])).code, 0);
            const first = fs.readFileSync(target, "utf8");
            assert.strictEqual((await run(drill(p.dir), ["--source-stack", "prod", "--only", "appdb/orders", "--force"])).code, 0);
            const second = fs.readFileSync(target, "utf8");
            assert.notStrictEqual(second, first);
            assert.deepStrictEqual((parseYaml(second) as { config: Record<string, { databases?: unknown }> }).config["cosmos-platform:restore"].databases, [
                { name: "appdb", containers: ["orders"] },
            ]);
            assert.deepStrictEqual(
                filesIn(p.dir).filter((f) => f.endsWith(".tmp")),
                [],
            );

            fs.writeFileSync(target, "config:\n  cosmos-platform:environment: staging\n");
            assertRefused(await run(drill(p.dir), ["--source-stack", "prod", "--force"]), "not a drill file");
            assert.strictEqual(fs.readFileSync(target, "utf8"), "config:\n  cosmos-platform:environment: staging\n");
        } finally {
            p.remove();
        }
    });

    it("refuses a --stack or --source-stack that is a path, writing nothing outside the project", async () => {
        const p = project();
        try {
            assertRefused(await run(drill(p.dir), ["--source-stack", "prod", "--stack", "../escaped"]), "--stack '../escaped' is not valid");
            assertRefused(await run(drill(p.dir), ["--source-stack", "../prod"]), "--source-stack '../prod' is not valid");
            assert.ok(!fs.existsSync(path.join(path.dirname(p.dir), "Pulumi.escaped.yaml")));
        } finally {
            p.remove();
        }
    });
});
