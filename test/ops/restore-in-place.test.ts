import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { UsageError } from "../../tooling/review/cli/common";
import { synthesize } from "../../tooling/review/synth";
import { main } from "../../tooling/ops/cli/restore-drill";
import { DrillError } from "../../tooling/ops/restore-drill";
import { buildInPlaceRestore, databaseUrn, InPlaceOptions, setInPlaceRestore } from "../../tooling/ops/restore-in-place";
import { baseline, parse, PROJECT_DIR } from "../helpers/config";
import { one } from "../helpers/records";
import { ACTIVITY_ALERTS } from "../../components/monitoring/catalog";
import { StackConfigInput, stackConfigSchema } from "../../stack/config";

const RESTORABLE_ID =
    "/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** The stack file's config: `cosmos-platform:<key>` for each key of the stack config. */
type StackFileConfig = { [K in keyof StackConfigInput as `cosmos-platform:${K}`]: StackConfigInput[K] };

/** A project directory that links this one's files, with real copies of the stack files the test edits. */
function scratchProject(...copies: string[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-inplace-"));
    for (const name of fs.readdirSync(PROJECT_DIR)) {
        if (name === ".git" || /^Pulumi\.restore/.test(name)) continue;
        if (copies.includes(name)) fs.copyFileSync(path.join(PROJECT_DIR, name), path.join(dir, name));
        else fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    return dir;
}

function options(overrides: Partial<InPlaceOptions> = {}): InPlaceOptions {
    return {
        sourceStack: "test",
        timestamp: "2026-11-27T08:00:00Z",
        restorableAccountId: RESTORABLE_ID,
        targets: ["app/orders"],
        ttlDisabled: false,
        now: new Date("2026-11-27T12:00:00Z"),
        ...overrides,
    };
}

describe("npm run restore-drill -- --in-place", function () {
    this.timeout(60_000);
    const out: string[] = [];
    const io = () => ({ stdout: (t: string) => out.push(t), now: () => new Date() });

    it("adds the entry to the prod stack file, keeps the rest of the file byte for byte, and the plan restores the database", async () => {
        const dir = scratchProject("Pulumi.prod.yaml");
        const before = fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8");
        const code = await main(["--source-stack", "prod", "--restorable-id", RESTORABLE_ID, "--ago", "2h", "--in-place", "appdb", "--cwd", dir], io());
        assert.strictEqual(code, 0);
        const text = fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8");
        assert.ok(text.startsWith(before.trimEnd()), "only appended: comments and formatting of the other keys stay");
        const entry = (parseYaml(text) as { config: StackFileConfig }).config["cosmos-platform:restoreInPlace"]!;
        assert.strictEqual(entry.restorableAccountId, RESTORABLE_ID);
        assert.deepStrictEqual(
            entry.resources.map((r) => r.name),
            ["appdb"],
        );
        const printed = out.join("");
        assert.match(printed, /restoreInPlace appdb of contoso-cosmos-prod at \S+Z/);
        assert.match(printed, /1\. pulumi refresh --stack prod/);
        const urn = /--target '([^']+)'/.exec(printed)?.[1];

        const synth = await synthesize(dir, "prod");
        const db = one(synth.resources, "cosmosdb:SqlResourceSqlDatabase", "appdb");
        assert.strictEqual(urn, db.urn, "the printed --target is the database's real URN");
        assert.strictEqual((db.inputs.resource as { createMode?: string }).createMode, "Restore");
    });

    it("adds a second entry next to the first, and refuses a target that has one already", async () => {
        const dir = scratchProject("Pulumi.dev.yaml");
        await main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--in-place", "appdb/orders", "--cwd", dir], io());
        await main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "30m", "--in-place", "ops", "--ttl-disabled", "--cwd", dir], io());
        const entry = (parseYaml(fs.readFileSync(path.join(dir, "Pulumi.dev.yaml"), "utf8")) as { config: StackFileConfig }).config[
            "cosmos-platform:restoreInPlace"
        ]!;
        assert.deepStrictEqual(
            entry.resources.map((r) => [r.name, r.ttlDisabled]),
            [
                ["appdb/orders", undefined],
                ["ops", true],
            ],
        );
        await assert.rejects(
            main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "10m", "--in-place", "ops", "--cwd", dir], io()),
            (e: unknown) => e instanceof UsageError && /already has a restoreInPlace entry for 'ops'/.test(e.message),
        );
    });

    it("keeps the file unchanged when the config boundary refuses the entry", async () => {
        const dir = scratchProject("Pulumi.prod.yaml");
        const before = fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8");
        // ops/leases lives on the ops database's shared throughput: Azure restores it only with ops.
        await assert.rejects(
            main(["--source-stack", "prod", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--in-place", "ops/leases", "--cwd", dir], io()),
            /restoreInPlace\.resources\[0\]\.name: container 'ops\/leases' uses the shared throughput of database 'ops'/,
        );
        assert.strictEqual(fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8"), before);
    });

    it("refuses the new-account options and --ttl-disabled without --in-place", async () => {
        const dir = scratchProject();
        await assert.rejects(
            main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--in-place", "appdb", "--only", "appdb", "--cwd", dir], io()),
            /--only prepares a restore into a new account and does not go with --in-place/,
        );
        await assert.rejects(
            main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--ttl-disabled", "--cwd", dir], io()),
            /--ttl-disabled goes with --in-place/,
        );
    });
});

describe("in-place restore config", () => {
    it("refuses a periodic account, a point outside its window, an undeclared target and another restorable id", () => {
        const periodic = baseline() as Record<string, unknown> & { account: Record<string, unknown> };
        periodic.account.backup = { type: "Periodic", intervalMinutes: 240, retentionHours: 8 };
        assert.throws(
            () => buildInPlaceRestore(parse(periodic), undefined, options()),
            (e: unknown) => e instanceof DrillError && /uses periodic backup: restoring in place needs continuous backup/.test(e.message),
        );
        const source = parse(baseline());
        assert.throws(
            () => buildInPlaceRestore(source, undefined, options({ timestamp: "2026-11-19T08:00:00Z" })),
            /outside the window .* \(test-account keeps 7 days: Continuous7Days\)/,
        );
        assert.throws(
            () => buildInPlaceRestore(source, undefined, options({ targets: ["app/carts"] })),
            /--in-place 'app\/carts' is not a database or <database>\/<container> of account test-account; it has app, app\/orders/,
        );
        const other = { restorableAccountId: RESTORABLE_ID.replace("aaaaaaaa", "bbbbbbbb"), resources: [] };
        assert.throws(() => buildInPlaceRestore(source, other, options()), /already restores in place from .*bbbbbbbb.*; an account has one restorable id/);
    });

    it("keeps the existing entries and appends the new ones", () => {
        const existing = { restorableAccountId: `${RESTORABLE_ID}/`, resources: [{ name: "app", timestamp: "2026-11-20T08:00:00Z", completed: true }] };
        assert.deepStrictEqual(buildInPlaceRestore(parse(baseline()), existing, options({ ttlDisabled: true })), {
            restorableAccountId: RESTORABLE_ID,
            resources: [
                { name: "app", timestamp: "2026-11-20T08:00:00Z", completed: true },
                { name: "app/orders", timestamp: "2026-11-27T08:00:00Z", ttlDisabled: true },
            ],
        });
    });

    it("replaces an existing entry in place, and writes into an account of the accounts form", () => {
        const single = "config:\n  # the account\n  p:account: { name: a }\n  p:restoreInPlace:\n    restorableAccountId: old\n  # kept\n  p:tags: [x, y]\n";
        assert.strictEqual(
            setInPlaceRestore(single, "p", undefined, { restorableAccountId: "new" }),
            "config:\n  # the account\n  p:account: { name: a }\n  p:restoreInPlace:\n    restorableAccountId: new\n  # kept\n  p:tags: [x, y]\n",
        );
        const multi = "config:\n  p:accounts:\n    - name: a\n      regions: [{ name: westeurope }]\n    - name: b\n      regions: [{ name: westeurope }]\n";
        const written = setInPlaceRestore(multi, "p", 1, { restorableAccountId: "id" });
        assert.strictEqual(written, `${multi}      restoreInPlace:\n        restorableAccountId: id\n`);
        assert.deepStrictEqual((parseYaml(written) as { config: { "p:accounts": Record<string, unknown>[] } }).config["p:accounts"][1].restoreInPlace, {
            restorableAccountId: "id",
        });
        assert.throws(() => setInPlaceRestore("config: { p:account: {} }\n", "p", undefined, {}), /flow style/);
    });

    it("derives the database URN from the account's name prefix", () => {
        const cfg = parse(baseline());
        assert.strictEqual(
            databaseUrn("s", "p", cfg, "app"),
            "urn:pulumi:s::p::cosmos-platform:index:CosmosPlatform$cosmos-platform:index:CosmosEstate$cosmos-platform:index:SqlData$azure-native:cosmosdb:SqlResourceSqlDatabase::app",
        );
        assert.match(databaseUrn("s", "p", { ...cfg, childNamePrefix: "acct/" }, "app"), /::acct\/app$/);
    });
});

describe("in-place restore runbooks", () => {
    it("send the deleted-database and deleted-container alerts to the in-place command and a section restore.md has", async () => {
        const restoreDoc = fs.readFileSync(path.join(PROJECT_DIR, "docs", "restore.md"), "utf8");
        assert.match(restoreDoc, /^## Restore a deleted database or container in place$/m, "the anchor the schema description links to");
        const description = stackConfigSchema.shape.restoreInPlace.description ?? "";
        assert.match(description, /docs\/restore\.md#restore-a-deleted-database-or-container-in-place/);
        for (const key of ["database-deleted", "container-deleted"]) {
            const alert = ACTIVITY_ALERTS.find((a) => a.key === key);
            assert.ok(
                alert?.firstChecks.some((c) => /npm run restore-drill -- --in-place <database>/.test(c)),
                `${key} points at the in-place command`,
            );
        }
        // The command the runbooks name is one the CLI accepts (it fails later, on the missing stack, not on the flag).
        const dir = scratchProject();
        await assert.rejects(
            main(["--source-stack", "nosuch", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--in-place", "appdb", "--cwd", dir], {
                stdout: () => undefined,
                now: () => new Date(),
            }),
            /Pulumi\.nosuch\.yaml/,
        );
    });
});
