import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Container } from "@azure/cosmos";
import { UsageError } from "../../tooling/review/cli/common";
import { main } from "../../tooling/ops/cli/verify";
import { runVerify, verifyPassed, VerifyReport } from "../../tooling/ops/verify/run";
import { MARKER } from "../../tooling/ops/verify/items";
import { Step, STEPS } from "../../tooling/ops/verify/steps";
import { schemaCheck } from "../../tooling/ops/verify/schema-lookup";
import { PROJECT_DIR } from "../helpers/config";
import { LOCAL_KEY, LOCAL_KEY_VAR, LocalCosmos, startLocalCosmos } from "./local-cosmos";

const SKIPPED_LOCALLY = ["transactional-batch", "ttl-expiry", "schema-accepts-valid", "schema-rejects-invalid", "delete-by-partition-key"];

describe("npm run verify against a local Cosmos-compatible server", function () {
    this.timeout(30_000);
    let local: LocalCosmos;
    let orders: Container;
    let plain: Container;
    const out: string[] = [];
    const io = () => ({ stdout: (t: string) => out.push(t), env: { [LOCAL_KEY_VAR]: LOCAL_KEY }, cwd: PROJECT_DIR });
    const localArgs = (container: string) => [
        "--endpoint",
        local.endpoint,
        "--database",
        "appdb",
        "--container",
        container,
        "--key-from-env",
        LOCAL_KEY_VAR,
        "--allow-self-signed",
        "--profile",
        "cosmosdb-server",
        "--timeout",
        "5",
    ];

    before(async () => {
        local = await startLocalCosmos();
        const { database } = await local.client.databases.createIfNotExists({ id: "appdb" });
        // As in Pulumi.yaml: a hierarchical key, no TTL; and a container with TTL on and a unique key.
        orders = (
            await database.containers.createIfNotExists({
                id: "orders",
                partitionKey: { paths: ["/tenantId", "/customerId"], kind: "MultiHash" as never, version: 2 },
            })
        ).container;
        plain = (
            await database.containers.createIfNotExists({
                id: "customers",
                partitionKey: { paths: ["/tenantId"] },
                defaultTtl: -1,
                uniqueKeyPolicy: { uniqueKeys: [{ paths: ["/email"] }] },
            })
        ).container;
    });
    after(async () => {
        await local.stop();
    });
    beforeEach(() => {
        out.length = 0;
    });

    async function remaining(container: Container): Promise<number> {
        const { resources } = await container.items.query(`SELECT VALUE COUNT(1) FROM c WHERE IS_DEFINED(c.${MARKER}) OR STARTSWITH(c.id, "vfy-")`).fetchAll();
        return resources[0] as number;
    }

    it("runs every supported operation with RU and latency, lists the Azure-only ones as skipped, and cleans up", async () => {
        const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-")), "baseline.json");
        const code = await main([...localArgs("customers"), "--json", json], io());
        const text = out.join("");
        assert.strictEqual(code, 0, text);
        const report = JSON.parse(fs.readFileSync(json, "utf8")) as VerifyReport;
        const status = Object.fromEntries(report.steps.map((s) => [s.name, s.status]));
        for (const name of [
            "read-container",
            "create",
            "point-read",
            "replace-if-match",
            "replace-stale-etag",
            "upsert",
            "patch",
            "bulk-insert",
            "query-partition",
            "query-cross-partition",
            "soft-delete-ttl",
            "hard-delete",
        ]) {
            assert.strictEqual(status[name], "ok", `${name}: ${JSON.stringify(report.steps.find((s) => s.name === name))}`);
        }
        for (const name of SKIPPED_LOCALLY) assert.strictEqual(status[name], "skipped", name);
        const ran = report.steps.filter((s) => s.status === "ok");
        assert.ok(
            ran.every((s) => s.ru > 0 && s.ms >= 0),
            "every operation that ran records its RU charge",
        );
        assert.match(text, /transactional-batch +skipped +@vercel\/cosmosdb-server has no transactional batch; runs against Azure/);
        assert.match(text, /query-cross-partition +ok .*6 items in 3 pages/);
        assert.match(text, /replace-stale-etag +ok .*412 as expected/);
        assert.strictEqual(report.cleanup.leftBehind.length, 0);
        assert.ok(report.cleanup.deleted >= 8, `deleted ${report.cleanup.deleted}`);
        assert.strictEqual(await remaining(plain), 0, "verify leaves no item behind");
    });

    it("uses hierarchical partition key values of its own and skips per-item TTL where the container has none", async () => {
        const code = await main(localArgs("orders"), io());
        const text = out.join("");
        assert.strictEqual(code, 0, text);
        assert.match(text, /read-container +ok .*partition key \/tenantId, \/customerId/);
        assert.match(text, /soft-delete-ttl +skipped +the container has no defaultTtl/);
        assert.match(text, /schema-accepts-valid +skipped .*does not run triggers/);
        assert.strictEqual(await remaining(orders), 0);
    });

    it("fails a schema check that the server does not enforce, naming the missing field", async () => {
        // The local server ignores triggers, so an invalid item is accepted: the step must say so.
        const schema = schemaCheck(PROJECT_DIR, "schemas/appdb/orders.schema.json");
        const steps = STEPS.filter((s) => s.name.startsWith("schema-"));
        const report = await runVerify(orders, { host: "127.0.0.1", database: "appdb", container: "orders", auth: "key", profile: "full", schema, steps });
        const byName = Object.fromEntries(report.steps.map((s) => [s.name, s]));
        assert.strictEqual(byName["schema-accepts-valid"].status, "ok");
        assert.strictEqual(byName["schema-rejects-invalid"].status, "failed");
        assert.match(byName["schema-rejects-invalid"].note ?? "", /without required 'status' was accepted: is the trigger deployed/);
        assert.strictEqual(report.cleanup.leftBehind.length, 0);
        assert.strictEqual(await remaining(orders), 0);
    });

    it("skips a step whose prerequisite was skipped, fails one whose prerequisite failed, and stops after an access failure", async () => {
        const step = (name: string, run: Step["run"], needs?: string[]): Step => ({ name, does: name, run, ...(needs ? { needs } : {}) });
        const base = { host: "127.0.0.1", database: "appdb", container: "orders", auth: "key" as const, profile: "full" as const };
        const chained = await runVerify(orders, {
            ...base,
            steps: [step("a", () => Promise.resolve({ skipped: "not here" })), step("b", () => Promise.resolve({}), ["a"])],
        });
        assert.deepStrictEqual(
            chained.steps.slice(1).map((s) => [s.name, s.status, s.note]),
            [
                ["a", "skipped", "not here"],
                ["b", "skipped", "needs a, which was skipped"],
            ],
        );
        assert.ok(verifyPassed(chained), "skips alone do not fail a run");

        const denied = Object.assign(
            new Error(
                "Request blocked by Auth: principal does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create]",
            ),
            { code: 403, substatus: 5301 },
        );
        const broken = await runVerify(orders, {
            ...base,
            steps: [
                step("a", () => Promise.reject(new Error("boom"))),
                step("b", () => Promise.resolve({}), ["a"]),
                step("c", () => Promise.reject(denied)),
                step("d", () => Promise.resolve({})),
            ],
        });
        assert.deepStrictEqual(
            broken.steps.slice(1).map((s) => [s.name, s.status]),
            [
                ["a", "failed"],
                ["b", "not run"],
                ["c", "failed"],
                ["d", "not run"],
            ],
        );
        assert.match(broken.accessProblem ?? "", /lacks the data action .*items\/create/);
        assert.ok(!verifyPassed(broken));
    });

    it("stops with a clear message when the container does not exist", async () => {
        const code = await main(localArgs("nope"), io());
        const text = out.join("");
        assert.strictEqual(code, 1);
        assert.match(text, /access: database 'appdb', container 'nope' does not exist at 127\.0\.0\.1:\d+ \(404\)/);
        assert.match(text, /create +not run/);
    });

    it("says which network path is missing when nothing listens", async () => {
        const started = Date.now();
        const closed = local.endpoint.replace(/:\d+$/, ":9");
        const code = await main(
            ["--endpoint", closed, "--database", "appdb", "--container", "orders", "--key-from-env", LOCAL_KEY_VAR, "--allow-self-signed", "--timeout", "2"],
            io(),
        );
        assert.strictEqual(code, 1);
        assert.match(out.join(""), /cannot reach 127\.0\.0\.1:9 \(ECONNREFUSED\): no network path to the account/);
        assert.ok(Date.now() - started < 15_000, "gives up within the timeout");
    });

    it("refuses keys and self-signed certificates away from loopback", async () => {
        await assert.rejects(
            main(
                [
                    "--endpoint",
                    "https://contoso-cosmos-dev.documents.azure.com:443/",
                    "--database",
                    "appdb",
                    "--container",
                    "orders",
                    "--key-from-env",
                    LOCAL_KEY_VAR,
                ],
                io(),
            ),
            (e: unknown) => e instanceof UsageError && /--key-from-env is for a local emulator/.test(e.message),
        );
        await assert.rejects(
            main(["--endpoint", local.endpoint, "--database", "appdb", "--container", "orders", "--allow-self-signed"], io()),
            (e: unknown) => e instanceof UsageError && /needs --key-from-env and a loopback endpoint/.test(e.message),
        );
        await assert.rejects(
            main(["--endpoint", local.endpoint, "--database", "appdb"], io()),
            (e: unknown) => e instanceof UsageError && /--container is required/.test(e.message),
        );
        await assert.rejects(
            main(
                localArgs("orders").map((a) => (a === "cosmosdb-server" ? "emulator" : a)),
                io(),
            ),
            (e: unknown) => e instanceof UsageError && /--profile is full or cosmosdb-server; got 'emulator'/.test(e.message),
        );
    });
});
