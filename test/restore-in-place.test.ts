import * as assert from "assert";
import { containerResource, databaseResource, sqlDataArgsProblems } from "../components/sql/component";
import type { SqlDataArgs } from "../components/sql/args";
import { formatPath } from "../components/shared/errors";
import { diffRecords } from "../tooling/review/diff";
import { PolicyRecord } from "../tooling/model/records";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";
import { one, ofType } from "./helpers/records";
import { committedStack } from "./helpers/stacks";

const SUB = "11111111-2222-3333-4444-555555555555";
const RESTORABLE_ID = `/subscriptions/${SUB}/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`;
const TS = "2026-11-27T08:00:00Z";
const restore = { restoreSource: RESTORABLE_ID, timestamp: TS };
const armId = (db: string, c: string) =>
    `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct/sqlDatabases/${db}/containers/${c}`;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The restore problems of a data model on a provisioned account; a container that sets no throughput gets 400 RU/s of its own, so only the restore rules speak. */
function problems(databases: SqlDataArgs["databases"]): string[] {
    const sized = databases.map((db) => ({
        ...db,
        containers: (db.containers ?? []).map((c) => (c.throughput || db.throughput ? c : { ...c, throughput: { mode: "manual" as const, throughput: 400 } })),
    }));
    return sqlDataArgsProblems({ databases: sized, accountSettings: { name: "acc", regions: [{ name: "westeurope" }] } }).map(
        (p) => `${formatPath(p.path)}: ${p.message}`,
    );
}

describe("SqlData: in-place restore arguments", () => {
    const pk = { paths: ["/id"] };

    it("emits createMode Restore and the restore parameters on the database and container resource", () => {
        assert.deepStrictEqual(databaseResource({ name: "appdb", restore: { ...restore, ttlDisabled: true } }), {
            id: "appdb",
            createMode: "Restore",
            restoreParameters: { restoreSource: RESTORABLE_ID, restoreTimestampInUtc: TS, restoreWithTtlDisabled: true },
        });
        const resource = containerResource("appdb", { name: "orders", partitionKey: pk, restore: { ...restore, restoreSource: `${RESTORABLE_ID}/` } });
        assert.strictEqual(resource.createMode, "Restore");
        assert.deepStrictEqual(
            resource.restoreParameters,
            { restoreSource: RESTORABLE_ID, restoreTimestampInUtc: TS },
            "no trailing slash, no TTL flag unless asked",
        );
        assert.deepStrictEqual(databaseResource({ name: "appdb" }), { id: "appdb" }, "nothing without a restore");
    });

    it("accepts a database restore whose containers are adopted by their own ARM ids", () => {
        assert.deepStrictEqual(
            problems([{ name: "appdb", restore, containers: [{ name: "orders", partitionKey: pk, importId: armId("appdb", "orders") }] }]),
            [],
        );
    });

    it("rejects restoring a container of a database that is restored too", () => {
        assert.deepStrictEqual(problems([{ name: "appdb", restore, containers: [{ name: "orders", partitionKey: pk, restore }] }]), [
            "databases[0].containers[0].restore: container 'appdb/orders' comes back with its database's restore; restore only the database (and adopt the container with importId)",
        ]);
    });

    it("rejects restoring a container on shared throughput", () => {
        const databases: SqlDataArgs["databases"] = [
            {
                name: "ops",
                throughput: { mode: "manual", throughput: 400 },
                containers: [{ name: "leases", partitionKey: pk, throughput: { mode: "shared" }, restore }],
            },
        ];
        assert.deepStrictEqual(problems(databases), [
            "databases[0].containers[0].restore: container 'ops/leases' uses the shared throughput of database 'ops', and Azure restores such containers only with their database; restore the database instead",
        ]);
    });

    it("rejects an import id of another container, and one next to a restore", () => {
        assert.deepStrictEqual(problems([{ name: "appdb", containers: [{ name: "orders", partitionKey: pk, importId: armId("appdb", "carts") }] }]), [
            "databases[0].containers[0].importId: the import id names container 'appdb/carts'; expected one ending in /sqlDatabases/appdb/containers/orders",
        ]);
        assert.deepStrictEqual(problems([{ name: "appdb", containers: [{ name: "orders", partitionKey: pk, restore, importId: armId("appdb", "orders") }] }]), [
            "databases[0].containers[0].importId: a restored container is created by the restore, not imported; set restore or importId, not both",
        ]);
    });

    it("rejects a malformed restore source, timestamp or import id by path", () => {
        const found = problems([
            {
                name: "appdb",
                restore: { restoreSource: "/subscriptions/x", timestamp: "yesterday" },
                containers: [{ name: "orders", partitionKey: pk, importId: "orders" }],
            },
        ]);
        const at = (path: string) => found.filter((p) => p.startsWith(`${path}: `));
        assert.deepStrictEqual(found.map((p) => p.split(":")[0]).sort(), [
            "databases[0].containers[0].importId",
            "databases[0].restore.restoreSource",
            "databases[0].restore.timestamp",
        ]);
        assert.match(at("databases[0].restore.restoreSource")[0], /restorableDatabaseAccounts\/<instance id>/);
        assert.match(at("databases[0].restore.timestamp")[0], /ISO 8601 UTC instant/);
        assert.match(at("databases[0].containers[0].importId")[0], /the container's ARM id/);
    });
});

describe("in-place restore in the plan and the diff", function () {
    this.timeout(60_000);
    let prod: SynthResult;
    let restored: SynthResult;
    const ts = new Date(Date.now() - 2 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");

    before(async () => {
        prod = await committedStack("prod");
        const files = loadStackFiles(PROJECT_DIR, "prod");
        files.config["cosmos-platform:restoreInPlace"] = JSON.stringify({
            restorableAccountId: RESTORABLE_ID,
            resources: [
                { name: "appdb", timestamp: ts },
                { name: "ops", timestamp: ts, ttlDisabled: true },
            ],
        });
        restored = await synthesizeFiles(files);
    });

    it("registers the restored database with createMode Restore and adopts its containers by ARM id", () => {
        const appdb = one(restored.resources, "cosmosdb:SqlResourceSqlDatabase", "appdb");
        assert.deepStrictEqual(appdb.inputs.resource, {
            createMode: "Restore",
            id: "appdb",
            restoreParameters: { restoreSource: RESTORABLE_ID, restoreTimestampInUtc: ts },
        });
        const orders = one(restored.resources, "cosmosdb:SqlResourceSqlContainer", "appdb/orders");
        assert.strictEqual(
            orders.options.import,
            `/subscriptions/${SUB}/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod/sqlDatabases/appdb/containers/orders`,
        );
        assert.strictEqual((orders.inputs.resource as Record<string, unknown>).createMode, undefined, "the container is not restored on its own");
        assert.strictEqual(orders.options.protect, true, "still protected in production");
        const ops = one(restored.resources, "cosmosdb:SqlResourceSqlDatabase", "ops");
        assert.strictEqual((ops.inputs.resource as { restoreParameters: { restoreWithTtlDisabled?: boolean } }).restoreParameters.restoreWithTtlDisabled, true);
    });

    it("ignores the create-only restore settings on every database and container, without an import where none is needed", () => {
        for (const r of [...ofType(prod.resources, "cosmosdb:SqlResourceSqlDatabase"), ...ofType(prod.resources, "cosmosdb:SqlResourceSqlContainer")]) {
            assert.deepStrictEqual(r.options.ignoreChanges, ["resource.createMode", "resource.restoreParameters"], r.name);
            assert.strictEqual(r.options.import, undefined, r.name);
        }
    });

    it("shows the restore as a create without data loss, and the adopted containers as imports", () => {
        const changes = diffRecords(prod.resources, restored.resources);
        const db = changes.find((c) => c.urn.endsWith("SqlResourceSqlDatabase::appdb"));
        assert.deepStrictEqual([db?.kind, db?.dataLoss], ["create", false]);
        assert.match(
            db?.warnings[0] ?? "",
            new RegExp(
                `^restores the deleted database \\(with its containers\\) from the account's continuous backup at ${ts}: Azure creates it from the backup, no data is lost`,
            ),
        );
        assert.ok(
            changes.every((c) => !c.dataLoss && c.kind !== "delete" && c.kind !== "replace"),
            JSON.stringify(changes.map((c) => [c.kind, c.urn])),
        );
        const orders = changes.find((c) => c.urn.endsWith("SqlResourceSqlContainer::appdb/orders"));
        assert.match(orders?.warnings.join() ?? "", /adopted as it exists in Azure \(import of \/subscriptions\/.*\/containers\/orders\), not created/);
    });

    it("shows nothing once the finished entry is removed: the settings are create-only and ignored", () => {
        const after = clone(prod.resources) as PolicyRecord[];
        assert.deepStrictEqual(diffRecords(restored.resources as PolicyRecord[], after), []);
    });
});
