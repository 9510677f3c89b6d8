import * as assert from "assert";
import { databasesArgs } from "../stack/args";
import { baseline, expectProblem, parse, parseStack } from "./helpers/config";

const SUB = "11111111-2222-3333-4444-555555555555";
const RESTORABLE_ID = `/subscriptions/${SUB}/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number): string => new Date(Date.now() - ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The baseline config as far as these tests reach into it; the values they replace are open (some are invalid on purpose). */
interface RawConfig {
    [key: string]: unknown;
    account: Record<string, unknown>;
    databases: { [key: string]: unknown; containers: Record<string, unknown>[] }[];
}

/** A config with the in-place entries, which the tests change further. */
interface RestoreTestConfig extends RawConfig {
    restoreInPlace: { restorableAccountId: string; resources: Record<string, unknown>[] };
}

/** The baseline (non-production: 7-day tier) with a second container and the in-place entries. */
function withRestore(...resources: Record<string, unknown>[]): RestoreTestConfig {
    const raw = baseline() as RestoreTestConfig;
    raw.databases[0].containers.push({ name: "carts", partitionKey: { paths: ["/cartId"] } });
    raw.restoreInPlace = { restorableAccountId: RESTORABLE_ID, resources };
    return raw;
}

describe("config: restoreInPlace", () => {
    it("maps a database restore to the SqlData args, adopting its containers by ARM id", () => {
        const ts = ago(2 * HOUR);
        const cfg = parse(withRestore({ name: "app", timestamp: ts }));
        const databases = databasesArgs(cfg);
        const db = databases[0];
        assert.deepStrictEqual(db.restore, { restoreSource: RESTORABLE_ID, timestamp: ts });
        assert.deepStrictEqual(
            (db.containers ?? []).map((c) => [c.name, c.restore, c.importId]),
            [
                [
                    "orders",
                    undefined,
                    `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.DocumentDB/databaseAccounts/test-account/sqlDatabases/app/containers/orders`,
                ],
                [
                    "carts",
                    undefined,
                    `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.DocumentDB/databaseAccounts/test-account/sqlDatabases/app/containers/carts`,
                ],
            ],
        );
    });

    it("maps a container restore to that container only, with TTL off when asked", () => {
        const ts = ago(HOUR);
        const databases = databasesArgs(parse(withRestore({ name: "app/carts", timestamp: ts, ttlDisabled: true })));
        const [orders, carts] = databases[0].containers ?? [];
        assert.strictEqual(databases[0].restore, undefined);
        assert.strictEqual(orders.restore, undefined);
        assert.deepStrictEqual(carts.restore, { restoreSource: RESTORABLE_ID, timestamp: ts, ttlDisabled: true });
        assert.strictEqual(carts.importId, undefined, "a restored container is created, not imported");
    });

    it("rejects a database or container that the data model does not declare, listing what it does", () => {
        expectProblem(
            withRestore({ name: "appdb", timestamp: ago(HOUR) }),
            "restoreInPlace.resources[0].name",
            `no database "appdb" in this account's databases; declared: app, app/orders, app/carts`,
        );
        expectProblem(
            withRestore({ name: "app/invoices", timestamp: ago(HOUR) }),
            "restoreInPlace.resources[0].name",
            `database 'app' has no container "invoices"`,
        );
    });

    it("rejects a container listed next to its database, which brings it back anyway", () => {
        expectProblem(
            withRestore({ name: "app", timestamp: ago(HOUR) }, { name: "app/orders", timestamp: ago(HOUR) }),
            "restoreInPlace.resources[1].name",
            "container 'app/orders' comes back with database 'app' (restoreInPlace.resources[0]); remove this entry",
        );
    });

    it("rejects a container on its database's shared throughput: Azure restores it only with the database", () => {
        const raw = withRestore({ name: "app/carts", timestamp: ago(HOUR) });
        raw.throughput = { databases: { app: { mode: "manual", throughput: 400 } } };
        expectProblem(raw, "restoreInPlace.resources[0].name", "container 'app/carts' uses the shared throughput of database 'app'", "restore 'app' instead");
    });

    it("rejects the same entry twice", () => {
        expectProblem(
            withRestore({ name: "app/carts", timestamp: ago(HOUR) }, { name: "app/carts", timestamp: ago(2 * HOUR) }),
            "restoreInPlace.resources[1].name",
            "'app/carts' is listed twice (also at restoreInPlace.resources[0])",
        );
    });

    it("rejects an account on periodic backup", () => {
        const raw = withRestore({ name: "app/carts", timestamp: ago(HOUR) });
        raw.account.backup = { type: "Periodic", intervalMinutes: 240, retentionHours: 8 };
        expectProblem(raw, "restoreInPlace", "needs continuous backup, and account.backup is Periodic");
    });

    it("checks the timestamp against the account's tier window until the entry is completed", () => {
        expectProblem(
            withRestore({ name: "app/carts", timestamp: ago(-HOUR) }),
            "restoreInPlace.resources[0].timestamp",
            "lies in the past",
            "which is in the future",
        );
        // Non-production defaults to 7 days; 8 days ago is outside, and the message names the window.
        expectProblem(
            withRestore({ name: "app/carts", timestamp: ago(8 * DAY) }),
            "restoreInPlace.resources[0].timestamp",
            "inside the backup window",
            "the last 7 days that Continuous7Days keeps",
            "set completed: true",
        );
        assert.doesNotThrow(() => parse(withRestore({ name: "app/carts", timestamp: ago(8 * DAY), completed: true })));
        const thirty = withRestore({ name: "app/carts", timestamp: ago(8 * DAY) });
        thirty.account.backup = { type: "Continuous", tier: "Continuous30Days" };
        assert.doesNotThrow(() => parse(thirty), "8 days is inside a 30-day window");
    });

    it("refuses more than three pending restores, but not finished ones", () => {
        const raw = baseline() as RestoreTestConfig;
        raw.databases = ["a", "b", "c", "d"].map((name) => ({ name, containers: [] }));
        raw.restoreInPlace = { restorableAccountId: RESTORABLE_ID, resources: ["a", "b", "c", "d"].map((name) => ({ name, timestamp: ago(HOUR) })) };
        expectProblem(raw, "restoreInPlace.resources", "at most 3 restore operations at a time", "got 4 pending entries");
        raw.restoreInPlace.resources[0].completed = true;
        assert.doesNotThrow(() => parse(raw));
    });

    it("waits for the account's own restore to finish", () => {
        const raw = withRestore({ name: "app/carts", timestamp: ago(HOUR) });
        raw.account.name = "test-account-restored";
        raw.databases = [];
        raw.restoreInPlace.resources = [];
        raw.restore = { source: { restorableAccountId: RESTORABLE_ID, accountName: "test-account", backupTier: "Continuous7Days" }, timestamp: ago(HOUR) };
        expectProblem(raw, "restoreInPlace.resources", "list at least one deleted database or container");
        raw.restoreInPlace.resources = [{ name: "x", timestamp: ago(HOUR) }];
        expectProblem(raw, "restoreInPlace", "the account itself is still being created by a restore");
    });

    it("rejects a malformed name, restorable id or timestamp, and a misspelt region in the id", () => {
        expectProblem(withRestore({ name: "app/carts/extra", timestamp: ago(HOUR) }), "restoreInPlace.resources[0].name", "'<database>/<container>'");
        expectProblem(withRestore({ name: "app/carts", timestamp: "2026-11-27 08:00" }), "restoreInPlace.resources[0].timestamp", "ISO 8601 UTC instant");
        const raw = withRestore({ name: "app/carts", timestamp: ago(HOUR) });
        raw.restoreInPlace.restorableAccountId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/test-account";
        expectProblem(raw, "restoreInPlace.restorableAccountId", "restorableDatabaseAccounts/<instance id>");
        raw.restoreInPlace.restorableAccountId = RESTORABLE_ID.replace("westeurope", "westeuorpe");
        expectProblem(raw, "restoreInPlace.restorableAccountId", "the location 'westeuorpe' in the id is not an Azure region");
    });

    it("is a per-account key in the accounts form, reported at the account's path", () => {
        const raw = baseline() as RawConfig;
        const { account, ...rest } = raw;
        const restoring = { ...account, restoreInPlace: { restorableAccountId: RESTORABLE_ID, resources: [{ name: "app/orders", timestamp: ago(HOUR) }] } };
        const stack = { ...rest, accounts: [restoring, { ...account, name: "test-account-2" }] };
        const [first, second] = parseStack(stack).accounts;
        assert.strictEqual(first.restoreInPlace?.resources[0].container, "orders");
        assert.strictEqual(second.restoreInPlace, undefined);
        restoring.restoreInPlace.resources[0].name = "app/missing";
        expectProblem(stack, "accounts[0].restoreInPlace.resources[0].name", `database 'app' has no container "missing"`);
    });
});
