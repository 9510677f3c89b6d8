import * as assert from "assert";
import { databaseAccountArgs, restoreArgs } from "../../components/account/component";
import { resolveAccountNetwork } from "../../components/account/defaults";
import { estateArgs } from "../../stack/args";
import { ConfigProblem, formatPath, PlatformConfig } from "../../stack/config";
import { restoreProblems, restoreWindow } from "../../stack/config/restore-rules";
import { AccountView, stackConfigSchema } from "../../stack/config/schema";
import { baseline, expectProblem, parse } from "../helpers/config";

const NOW = new Date("2026-11-27T12:00:00Z");
const RESTORABLE_ID =
    "/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** A restore stack's raw config: the parts these tests change, and the rest as it is. */
type RestoreStack = Record<string, unknown> & {
    account: Record<string, unknown>;
    restore: { source: Record<string, unknown>; timestamp: string; [field: string]: unknown };
};

/** The baseline's data model. */
const baselineDatabases = (): unknown => (baseline() as Record<string, unknown>).databases;

/** A valid restore stack: the baseline with no data model of its own, restoring the whole source. */
function restoreStack(restore: Record<string, unknown> = {}, source: Record<string, unknown> = {}): RestoreStack {
    const raw: Record<string, unknown> = baseline();
    raw.databases = [];
    raw.restore = {
        source: { restorableAccountId: RESTORABLE_ID, accountName: "contoso-cosmos-prod", backupTier: "Continuous30Days", ...source },
        timestamp: "2026-11-27T08:00:00Z",
        ...restore,
    };
    return raw as RestoreStack;
}

/** The problems at the fixed instant NOW, as `path: message` lines. */
function problemsAt(raw: Record<string, unknown>, now = NOW): string[] {
    const cfg = stackConfigSchema.parse(raw) as AccountView;
    return restoreProblems(cfg, now).map((p: ConfigProblem) => `${formatPath(p.path)}: ${p.message}`);
}

/** The DatabaseAccount inputs the stack layer produces for a resolved config. */
function accountInputs(config: PlatformConfig) {
    const a = estateArgs(config, "rg-test");
    return databaseAccountArgs({ account: config.account, network: resolveAccountNetwork(a.network), resourceGroupName: "rg-test", restore: a.restore });
}

describe("restore config: validation", () => {
    it("accepts a restore inside the window of the declared tier", () => {
        assert.deepStrictEqual(problemsAt(restoreStack()), []);
        assert.deepStrictEqual(problemsAt(restoreStack({ timestamp: "2026-10-28T12:00:00Z" })), [], "exactly 30 days back is inside");
    });

    it("rejects a timestamp in the future and says the window", () => {
        const [problem] = problemsAt(restoreStack({ timestamp: "2026-11-27T12:00:01Z" }));
        assert.strictEqual(
            problem,
            "restore.timestamp: a restore timestamp lies in the past, between 2026-10-28T12:00:00Z and 2026-11-27T12:00:00Z (the last 30 days that Continuous30Days keeps); got 2026-11-27T12:00:01Z, which is in the future",
        );
    });

    it("rejects a timestamp older than the tier keeps, with the 7-day window for Continuous7Days", () => {
        const [problem] = problemsAt(restoreStack({ timestamp: "2026-11-19T12:00:00Z" }, { backupTier: "Continuous7Days" }));
        assert.match(
            problem,
            /^restore\.timestamp: a restore timestamp lies inside the backup window, between 2026-11-20T12:00:00Z and 2026-11-27T12:00:00Z \(the last 7 days that Continuous7Days keeps\); got 2026-11-19T12:00:00Z, which is older$/,
        );
    });

    it("checks against the clock it is given, and stops checking once the restore is completed", () => {
        const raw = restoreStack();
        assert.strictEqual(problemsAt(raw, new Date("2027-02-01T00:00:00Z")).length, 1);
        raw.restore.completed = true;
        assert.deepStrictEqual(problemsAt(raw, new Date("2027-02-01T00:00:00Z")), []);
    });

    it("computes the window from the tier's retention", () => {
        assert.deepStrictEqual(restoreWindow("Continuous7Days", NOW), { earliest: new Date("2026-11-20T12:00:00Z"), latest: NOW });
    });

    it("refuses a source on periodic backup, whatever the time", () => {
        const problems = problemsAt(restoreStack({}, { backupTier: "Periodic" }));
        assert.deepStrictEqual(problems, [
            "restore.source.backupTier: point-in-time restore needs the source on continuous backup; 'contoso-cosmos-prod' is declared Periodic (a periodic backup is restored by a support request, or migrate the source to continuous first: docs/restore.md)",
        ]);
    });

    it("requires a new account name and continuous backup on the target", () => {
        const raw = restoreStack();
        raw.account.name = "contoso-cosmos-prod";
        raw.account.backup = { type: "Periodic", intervalMinutes: 240, retentionHours: 8 };
        const problems = problemsAt(raw);
        assert.ok(
            problems.includes(
                "account.name: a restore creates a new account; choose a name other than the source's 'contoso-cosmos-prod' (Azure refuses to restore over an existing account)",
            ),
            problems.join("\n"),
        );
        assert.ok(
            problems.includes("account.backup: a restored account keeps continuous backup; remove account.backup or use type Continuous"),
            problems.join("\n"),
        );
    });

    it("requires the write region to be one where the source has backups, when the source's regions are declared", () => {
        const problems = problemsAt(restoreStack({}, { regions: ["northeurope", "swedencentral"] }));
        assert.deepStrictEqual(problems, [
            'account.regions: a restore lands in a region where the source has backups (northeurope, swedencentral); got write region "westeurope"',
        ]);
    });

    it("keeps keys off for restored production data and the delete lock on a production target", () => {
        const raw = restoreStack({}, { production: true });
        raw.account.localAuth = true;
        raw.production = true;
        raw.security = { deleteLock: false };
        const problems = problemsAt(raw);
        assert.ok(
            problems.some((p) => p.startsWith("account.localAuth: restored production data keeps account keys off")),
            problems.join("\n"),
        );
        assert.ok(
            problems.some((p) => p.startsWith("security.deleteLock: a production restore target keeps its delete lock")),
            problems.join("\n"),
        );
    });

    it("refuses to declare databases the restore brings back, but allows others", () => {
        const whole = restoreStack();
        whole.databases = baselineDatabases();
        assert.match(
            problemsAt(whole)[0],
            /^databases\[0\]\.name: database 'app' comes back with the restore, so declaring it makes Pulumi create it again, which Azure refuses/,
        );
        const subset = restoreStack({ databases: [{ name: "appdb", containers: ["orders"] }] });
        subset.databases = baselineDatabases();
        assert.deepStrictEqual(problemsAt(subset), []);
    });

    it("rejects a database or container listed twice", () => {
        const problems = problemsAt(restoreStack({ databases: [{ name: "appdb", containers: ["orders", "orders"] }, { name: "appdb" }] }));
        assert.ok(problems.includes("restore.databases[0].containers[1]: container 'orders' is listed twice in database 'appdb'"), problems.join("\n"));
        assert.ok(
            problems.some((p) => p.startsWith("restore.databases[1].name: database 'appdb' is listed twice (also at restore.databases[0])")),
            problems.join("\n"),
        );
    });

    it("rejects a malformed restorable id, timestamp or tier at the schema, with what is accepted", () => {
        expectProblem(
            restoreStack({}, { restorableAccountId: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod" }),
            "restore.source.restorableAccountId",
            "restorableDatabaseAccounts/<instance id>",
            "az cosmosdb restorable-database-account list",
        );
        expectProblem(restoreStack({ timestamp: "2026-11-27 08:00" }), "restore.timestamp", "ISO 8601 UTC instant");
        expectProblem(restoreStack({ timestamp: "2026-02-30T08:00:00+01:00" }), "restore.timestamp", "ISO 8601 UTC instant");
        expectProblem(restoreStack({ timestamp: "2026-02-30T08:00:00Z" }), "restore.timestamp", "a real date and time");
        expectProblem(restoreStack({}, { backupTier: "Continuous90Days" }), "restore.source.backupTier", "Continuous7Days, Continuous30Days, Periodic");
    });

    it("runs at the config boundary with the real clock", () => {
        // Far in the past: outside any window today, so the boundary must refuse it.
        expectProblem(restoreStack({ timestamp: "2020-01-01T00:00:00Z" }), "restore.timestamp", "which is older");
    });
});

describe("restore config: the account it creates", () => {
    it("creates the account in Restore mode from the restorable source and time, whole account by default", () => {
        const raw = restoreStack({ timestamp: new Date(Date.now() - 3600_000).toISOString().replace(/\.\d+Z$/, "Z") });
        raw.restore.source.restorableAccountId = `${RESTORABLE_ID}/`;
        const cfg = parse(raw);
        assert.deepStrictEqual(restoreArgs(cfg.restore!), {
            createMode: "Restore",
            restoreParameters: { restoreMode: "PointInTime", restoreSource: RESTORABLE_ID, restoreTimestampInUtc: raw.restore.timestamp },
        });
    });

    it("lists the databases and containers to restore, and turns TTL off when asked", () => {
        const args = restoreArgs({
            restoreSource: RESTORABLE_ID,
            timestamp: "2026-11-27T08:00:00Z",
            databases: [{ name: "appdb", containers: ["orders", "customers"] }, { name: "ops" }],
            ttlDisabled: true,
        });
        assert.deepStrictEqual(args.restoreParameters, {
            restoreMode: "PointInTime",
            restoreSource: RESTORABLE_ID,
            restoreTimestampInUtc: "2026-11-27T08:00:00Z",
            databasesToRestore: [{ databaseName: "appdb", collectionNames: ["orders", "customers"] }, { databaseName: "ops" }],
            restoreWithTtlDisabled: true,
        });
    });

    it("leaves an ordinary stack without create mode or restore parameters", () => {
        const args = accountInputs(parse(baseline()));
        assert.ok(!("createMode" in args) && !("restoreParameters" in args), JSON.stringify(Object.keys(args)));
        const restored = accountInputs(parse(restoreStack({ timestamp: new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, "Z") })));
        assert.strictEqual(restored.createMode, "Restore");
    });
});
