import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { UsageError } from "../../tooling/review/cli/common";
import { synthesize } from "../../tooling/review/synth";
import { main, timestampAgo } from "../../tooling/ops/cli/restore-drill";
import { buildDrillConfig, DrillError, DrillOptions, drillAccountName, restoreSelection } from "../../tooling/ops/restore-drill";
import { baseline, parse, PROJECT_DIR } from "../helpers/config";
import { MULTI_ACCOUNTS, MULTI_STACK, multiAccountProject } from "../helpers/multi-account";
import { one, ofType } from "../helpers/records";
import { StackConfigInput } from "../../stack/config/schema";

const RESTORABLE_ID =
    "/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const OPERATOR = "00000000-0000-0000-0000-0000000000c1";

/** The stack file's config: `cosmos-platform:<key>` for each key of the stack config. */
type StackFileConfig = { [K in keyof StackConfigInput as `cosmos-platform:${K}`]: StackConfigInput[K] };

/** A project directory that links every file of this one except drill stack files. */
function scratchProject(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-drill-"));
    for (const name of fs.readdirSync(PROJECT_DIR)) {
        if (name === ".git" || /^Pulumi\.restore/.test(name)) continue;
        fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    return dir;
}

function drillOptions(overrides: Partial<DrillOptions> = {}): DrillOptions {
    return {
        sourceStack: "test",
        timestamp: "2026-11-27T08:00:00Z",
        restorableAccountId: RESTORABLE_ID,
        stack: "restore-drill",
        only: [],
        grants: [],
        allowIps: [],
        production: false,
        now: new Date("2026-11-27T12:00:00Z"),
        ...overrides,
    };
}

describe("npm run restore-drill", function () {
    this.timeout(60_000);
    const out: string[] = [];
    const io = (now = new Date()) => ({ stdout: (t: string) => out.push(t), now: () => now });

    it("writes a drill stack for the prod account that passes the config boundary and plans a restore, not a data model", async () => {
        const dir = scratchProject();
        const code = await main(
            [
                "--source-stack",
                "prod",
                "--restorable-id",
                RESTORABLE_ID,
                "--ago",
                "2h",
                "--only",
                "appdb/orders",
                "--only",
                "appdb/customers",
                "--grant",
                OPERATOR,
                "--allow-ip",
                "203.0.113.7",
                "--cwd",
                dir,
            ],
            io(),
        );
        assert.strictEqual(code, 0);
        assert.match(out.join(""), /wrote .*Pulumi\.restore-drill\.yaml: restore contoso-cosmos-prod at \S+Z into contoso-cosmos-prod-r\d{12}/);
        const text = fs.readFileSync(path.join(dir, "Pulumi.restore-drill.yaml"), "utf8");
        assert.match(text, /^# Restore drill of stack 'prod' at /);
        const config = (parseYaml(text) as { config: StackFileConfig }).config;
        const restore = config["cosmos-platform:restore"]!;
        assert.deepStrictEqual(restore.source, {
            restorableAccountId: RESTORABLE_ID,
            accountName: "contoso-cosmos-prod",
            backupTier: "Continuous30Days",
            regions: ["westeurope", "northeurope", "swedencentral"],
            production: true,
            stack: "prod",
        });
        assert.deepStrictEqual(restore.databases, [{ name: "appdb", containers: ["orders", "customers"] }]);
        assert.strictEqual(restore.ttlDisabled, true);
        assert.deepStrictEqual(config["cosmos-platform:databases"], []);
        assert.deepStrictEqual(config["cosmos-platform:account"]!.regions, [{ name: "westeurope", zoneRedundant: true }]);

        const synth = await synthesize(dir, "restore-drill");
        const account = one(synth.resources, "cosmosdb:DatabaseAccount");
        assert.strictEqual(account.inputs.createMode, "Restore");
        assert.deepStrictEqual(account.inputs.restoreParameters, {
            databasesToRestore: [{ collectionNames: ["orders", "customers"], databaseName: "appdb" }],
            restoreMode: "PointInTime",
            restoreSource: RESTORABLE_ID,
            restoreTimestampInUtc: restore.timestamp,
            restoreWithTtlDisabled: true,
        });
        assert.strictEqual(account.inputs.accountName, config["cosmos-platform:account"]!.name);
        assert.strictEqual(account.inputs.disableLocalAuth, true, "restored production data keeps keys off");
        assert.strictEqual(account.options.protect, false, "a drill is torn down afterwards");
        assert.strictEqual(ofType(synth.resources, "cosmosdb:SqlResourceSqlDatabase").length, 0, "the restore brings the databases back");
        assert.strictEqual(ofType(synth.resources, "cosmosdb:SqlResourceSqlRoleAssignment").length, 1, "the operator can run verify");
    });

    it("restores one account of a multi-account stack: its own regions, data model and monitoring", async () => {
        const dir = multiAccountProject();
        try {
            await assert.rejects(
                main(["--source-stack", MULTI_STACK, "--restorable-id", RESTORABLE_ID, "--ago", "2h", "--cwd", dir], io()),
                (e: unknown) =>
                    e instanceof UsageError &&
                    e.message === `stack '${MULTI_STACK}' has 3 accounts; name the source with --source-account (${MULTI_ACCOUNTS.join(", ")})`,
            );
            await assert.rejects(
                main(
                    [
                        "--source-stack",
                        MULTI_STACK,
                        "--source-account",
                        "contoso-cosmos-eu",
                        "--restorable-id",
                        RESTORABLE_ID,
                        "--ago",
                        "2h",
                        "--only",
                        "tenants/profiles",
                        "--cwd",
                        dir,
                    ],
                    io(),
                ),
                (e: unknown) =>
                    e instanceof UsageError &&
                    /--only 'tenants\/profiles' is not a database or <database>\/<container> of the source; it has appdb, /.test(e.message),
                "--only is checked against the chosen account's data model",
            );
            const code = await main(
                [
                    "--source-stack",
                    MULTI_STACK,
                    "--source-account",
                    "contoso-cosmos-us",
                    "--restorable-id",
                    RESTORABLE_ID,
                    "--ago",
                    "2h",
                    "--only",
                    "tenants/profiles",
                    "--production",
                    "--cwd",
                    dir,
                ],
                io(),
            );
            assert.strictEqual(code, 0);
            const config = (parseYaml(fs.readFileSync(path.join(dir, "Pulumi.restore-drill.yaml"), "utf8")) as { config: StackFileConfig }).config;
            const restore = config["cosmos-platform:restore"]!;
            assert.deepStrictEqual([restore.source.accountName, restore.source.regions, restore.source.stack], ["contoso-cosmos-us", ["eastus"], MULTI_STACK]);
            assert.deepStrictEqual(restore.databases, [{ name: "tenants", containers: ["profiles"] }]);
            assert.deepStrictEqual(config["cosmos-platform:account"]!.regions, [{ name: "eastus", zoneRedundant: false }]);
            assert.strictEqual(config["cosmos-platform:monitoring"]!.workspace!.name, "log-contoso-cosmos-us", "the account's own monitoring, not the stack's");
            assert.strictEqual(config["cosmos-platform:accounts"], undefined, "the drill stack has one account");

            const synth = await synthesize(dir, "restore-drill");
            const account = one(synth.resources, "cosmosdb:DatabaseAccount");
            assert.deepStrictEqual([account.name, account.inputs.createMode], [config["cosmos-platform:account"]!.name, "Restore"]);
            assert.deepStrictEqual((account.inputs.restoreParameters as Record<string, unknown>).databasesToRestore, [
                { collectionNames: ["profiles"], databaseName: "tenants" },
            ]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("refuses a restore point outside the source's window, and keeps no file", async () => {
        const dir = scratchProject();
        await assert.rejects(
            main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "8d", "--cwd", dir], io()),
            (e: unknown) => e instanceof UsageError && /outside the window .* \(contoso-cosmos-dev keeps 7 days: Continuous7Days\)/.test(e.message),
        );
        assert.ok(!fs.existsSync(path.join(dir, "Pulumi.restore-drill.yaml")));
    });

    it("says a --time that is not an ISO 8601 UTC time is malformed (naming --time, the value and the form), not outside the window, and writes nothing", async () => {
        const dir = scratchProject();
        const cases: [string, RegExp][] = [
            [
                "2026-11-27 08:00",
                /^--time "2026-11-27 08:00" is not an ISO 8601 UTC time such as 2026-11-27T08:00:00Z \(YYYY-MM-DDThh:mm:ss, optional fraction, then Z; no offset\)$/,
            ],
            ["2026-11-27T08:00:00+01:00", /^--time "2026-11-27T08:00:00\+01:00" is not an ISO 8601 UTC time such as 2026-11-27T08:00:00Z/],
            ["yesterday", /^--time "yesterday" is not an ISO 8601 UTC time/],
            ["", /^--time "" is not an ISO 8601 UTC time/],
            ["2026-02-30T08:00:00Z", /^--time "2026-02-30T08:00:00Z" is not a real date and time; accepted: an ISO 8601 UTC time such as 2026-11-27T08:00:00Z/],
            ["2026-11-27T24:00:00Z", /^--time "2026-11-27T24:00:00Z" is not a real date and time/],
        ];
        for (const [time, expected] of cases) {
            await assert.rejects(
                main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--time", time, "--cwd", dir], io(new Date("2026-11-27T12:00:00Z"))),
                (e: unknown) => e instanceof UsageError && expected.test(e.message) && !e.message.includes("\n") && !/outside the window/.test(e.message),
                time,
            );
        }
        // The same flag with a well-formed time outside the backup window still says so.
        await assert.rejects(
            main(
                ["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--time", "2020-01-01T00:00:00Z", "--cwd", dir],
                io(new Date("2026-11-27T12:00:00Z")),
            ),
            /outside the window/,
        );
        assert.deepStrictEqual(
            fs.readdirSync(dir).filter((f) => /^Pulumi\.restore/.test(f)),
            [],
        );
    });

    it("does not overwrite an existing drill file without --force, and asks for exactly one restore point", async () => {
        const dir = scratchProject();
        fs.writeFileSync(path.join(dir, "Pulumi.restore-drill.yaml"), "config: {}\n");
        await assert.rejects(main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "1h", "--cwd", dir], io()), /exists; pass --force/);
        await assert.rejects(main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--cwd", dir], io()), /exactly one of --time and --ago/);
        await assert.rejects(
            main(["--source-stack", "dev", "--restorable-id", RESTORABLE_ID, "--ago", "2 hours", "--cwd", dir], io()),
            /--ago is a number with m, h or d/,
        );
    });
});

describe("restore drill config", () => {
    it("refuses a source on periodic backup, saying what to do", () => {
        const raw = baseline() as Record<string, unknown> & { account: Record<string, unknown> };
        raw.account.backup = { type: "Periodic", intervalMinutes: 240, retentionHours: 8 };
        assert.throws(
            () => buildDrillConfig(parse(raw), raw, drillOptions()),
            (e: unknown) =>
                e instanceof DrillError && /stack 'test' \(test-account\) uses periodic backup: point-in-time restore needs continuous backup/.test(e.message),
        );
    });

    it("checks --only against the source's data model", () => {
        const source = parse(baseline());
        assert.deepStrictEqual(restoreSelection(source, ["app", "app/orders"]), [{ name: "app" }]);
        assert.throws(
            () => restoreSelection(source, ["appdb"]),
            /--only 'appdb' is not a database or <database>\/<container> of the source; it has app, app\/orders/,
        );
        assert.throws(() => restoreSelection(source, ["app/carts"]), /database 'app' has no container 'carts'; it has orders/);
    });

    it("names the account after the source and the restore point, within 44 characters", () => {
        assert.strictEqual(drillAccountName("contoso-cosmos-prod", "2026-11-27T08:05:00Z"), "contoso-cosmos-prod-r202611270805");
        const long = drillAccountName("a-very-long-source-account-name-for-tests-x", "2026-11-27T08:05:00Z");
        assert.ok(long.length <= 44 && long.endsWith("-r202611270805") && !long.includes("--"), long);
    });

    it("marks a production restore as production, keeping TTL, the source's tier and its monitoring", () => {
        const raw = { ...baseline(), monitoring: { actionGroups: [{ name: "ag", shortName: "ag", emails: [{ name: "a", address: "a@example.com" }] }] } };
        const config = buildDrillConfig(parse(raw), raw, drillOptions({ production: true }));
        assert.strictEqual(config.production, true);
        assert.deepStrictEqual((config.account as Record<string, unknown>).backup, { type: "Continuous", tier: "Continuous7Days" });
        assert.strictEqual((config.restore as Record<string, unknown>).ttlDisabled, undefined);
        assert.deepStrictEqual(config.monitoring, raw.monitoring);
    });

    it("turns --ago into a UTC restore point", () => {
        assert.strictEqual(timestampAgo("90m", new Date("2026-11-27T12:00:00.123Z")), "2026-11-27T10:30:00Z");
    });
});
