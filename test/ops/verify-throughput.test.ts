import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeFailure } from "../../tooling/review/cli/common";
import { PolicyRecord } from "../../tooling/model/records";
import { main } from "../../tooling/ops/cli/verify-throughput";
import {
    armThroughputReader,
    checkThroughput,
    compareThroughput,
    declaredThroughput,
    DeployedThroughput,
    parseThroughputSettings,
    ThroughputReader,
    ThroughputTarget,
    throughputUrl,
} from "../../tooling/ops/verify/throughput";
import { PROJECT_DIR } from "../helpers/config";
import { committedStack } from "../helpers/stacks";

/** A REST API example: the body of its 200 response. */
const example = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "test/fixtures/throughput", name), "utf8")) as { responses: { "200": { body: unknown } } }).responses[
        "200"
    ].body;
const ORDERS: ThroughputTarget = {
    name: "appdb/orders",
    resourceGroup: "rg-cosmos-platform-prod",
    account: "contoso-cosmos-prod",
    database: "appdb",
    container: "orders",
    declared: { mode: "autoscale", maxThroughput: 10000 },
};

/** A fake Azure: the deployed settings by target name. */
const fakeReader = (deployed: Record<string, DeployedThroughput | undefined>): ThroughputReader => ({
    read: (t) => Promise.resolve(deployed[t.name]),
});

describe("verify:throughput: what the stack declares", () => {
    it("lists prod's databases and containers with dedicated throughput, and nothing shared or serverless", async () => {
        const targets = declaredThroughput((await committedStack("prod")).resources);
        assert.deepStrictEqual(
            targets.map((t) => [t.name, t.container ?? null, t.declared]),
            [
                ["appdb/customers", "customers", { mode: "autoscale", maxThroughput: 4000 }],
                ["appdb/inventory", "inventory", { mode: "autoscale", maxThroughput: 1000 }],
                ["appdb/orders", "orders", { mode: "autoscale", maxThroughput: 10000 }],
                ["appdb/products", "products", { mode: "autoscale", maxThroughput: 6000 }],
                ["appdb/stores", "stores", { mode: "autoscale", maxThroughput: 1000 }],
                ["ops", null, { mode: "autoscale", maxThroughput: 1000 }],
            ],
        );
        assert.ok(targets.every((t) => t.account === "contoso-cosmos-prod" && t.resourceGroup === "rg-cosmos-platform-prod"));
        assert.deepStrictEqual(declaredThroughput((await committedStack("dev")).resources as PolicyRecord[]), []);
    });
});

describe("verify:throughput: reading Azure Resource Manager", () => {
    it("GETs the container's and the database's throughputSettings/default with a bearer token", async () => {
        const seen: { url: string; auth: string }[] = [];
        const fakeFetch = ((url: string, init: { headers: Record<string, string> }) => {
            seen.push({ url, auth: init.headers.authorization });
            return Promise.resolve(new Response(JSON.stringify(example("CosmosDBSqlContainerMigrateToAutoscale.json")), { status: 200 }));
        }) as unknown as typeof fetch;
        const reader = armThroughputReader({ subscriptionId: "sub-1", token: () => Promise.resolve("tok"), fetch: fakeFetch });
        assert.deepStrictEqual(await reader.read(ORDERS), { throughput: 400, autoscaleMaxThroughput: 4000, minimumThroughput: 4000, pending: false });
        await reader.read({ ...ORDERS, name: "ops", database: "ops", container: undefined });
        assert.deepStrictEqual(seen, [
            {
                url: "https://management.azure.com/subscriptions/sub-1/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod/sqlDatabases/appdb/containers/orders/throughputSettings/default?api-version=2025-10-15",
                auth: "Bearer tok",
            },
            {
                url: "https://management.azure.com/subscriptions/sub-1/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod/sqlDatabases/ops/throughputSettings/default?api-version=2025-10-15",
                auth: "Bearer tok",
            },
        ]);
        assert.strictEqual(throughputUrl("s", { ...ORDERS, container: "a b" }).includes("/containers/a%20b/"), true);
    });

    it("reads Azure's example of a manual container, with string minimum and a pending change", () => {
        assert.deepStrictEqual(parseThroughputSettings(example("CosmosDBSqlContainerThroughputGet.json")), {
            throughput: 400,
            minimumThroughput: 400,
            pending: true,
        });
    });

    it("answers undefined on 404, and names the permission on 403", async () => {
        const answer = (status: number, body: unknown) =>
            armThroughputReader({
                subscriptionId: "s",
                token: () => Promise.resolve("t"),
                fetch: () => Promise.resolve(new Response(JSON.stringify(body), { status })),
            });
        assert.strictEqual(await answer(404, {}).read(ORDERS), undefined);
        await assert.rejects(
            answer(403, { error: { code: "AuthorizationFailed", message: "no access" } }).read(ORDERS),
            /answered 403 \(AuthorizationFailed: no access\); the identity needs Microsoft\.DocumentDB\/databaseAccounts\/sqlDatabases\/throughputSettings\/read/,
        );
    });
});

describe("verify:throughput: declared against deployed", () => {
    it("passes equal values and reports a portal change with both values and what to do", () => {
        assert.strictEqual(compareThroughput(ORDERS, { throughput: 1000, autoscaleMaxThroughput: 10000, pending: false }).status, "ok");
        const drift = compareThroughput(ORDERS, { throughput: 2000, autoscaleMaxThroughput: 20000, pending: false });
        assert.deepStrictEqual([drift.status, drift.declared, drift.deployed], ["drift", "autoscale max 10000 RU/s", "autoscale max 20000 RU/s"]);
        assert.match(drift.message ?? "", /changed outside Pulumi .*refresh does not see it/);
    });

    it("reports a switch of throughput mode, Azure's higher minimum, a pending change and a missing resource", () => {
        const manual: ThroughputTarget = { ...ORDERS, declared: { mode: "manual", throughput: 400 } };
        assert.match(
            compareThroughput(ORDERS, { throughput: 10000, pending: false }).message ?? "",
            /switched to manual outside Pulumi.*runbook: change throughput mode/,
        );
        assert.match(
            compareThroughput(manual, { throughput: 1000, minimumThroughput: 600, pending: false }).message ?? "",
            /Azure's minimum for it is now 600 RU\/s, so the declared value would be refused/,
        );
        assert.strictEqual(compareThroughput(manual, { throughput: 1000, pending: true }).status, "pending");
        assert.strictEqual(compareThroughput(manual, undefined).status, "missing");
    });

    it("reads at most the given number of targets at once and keeps their order", async () => {
        let inFlight = 0;
        let most = 0;
        const reader: ThroughputReader = {
            async read(t) {
                inFlight += 1;
                most = Math.max(most, inFlight);
                await new Promise((r) => setTimeout(r, 2));
                inFlight -= 1;
                if (t.name === "c3") throw new Error("GET throughput settings answered 500");
                return { autoscaleMaxThroughput: 10000, pending: false };
            },
        };
        const targets = Array.from({ length: 20 }, (_, i) => ({ ...ORDERS, name: `c${i}` }));
        const report = await checkThroughput(targets, reader, 4);
        assert.strictEqual(most, 4);
        assert.deepStrictEqual(
            report.findings.map((f) => f.name),
            targets.map((t) => t.name),
        );
        assert.deepStrictEqual(report.summary, { ok: 19, drift: 0, pending: 0, missing: 0, error: 1 });
        assert.match(report.findings[3].message ?? "", /answered 500/);
    });
});

describe("npm run verify:throughput", () => {
    const run = async (argv: string[], deployed: Record<string, DeployedThroughput | undefined>, env: NodeJS.ProcessEnv = { ARM_SUBSCRIPTION_ID: "sub-1" }) => {
        const out: string[] = [];
        const subscriptions: string[] = [];
        const code = await main(argv, {
            stdout: (t) => out.push(t),
            env,
            cwd: PROJECT_DIR,
            reader: (s) => {
                subscriptions.push(s);
                return fakeReader(deployed);
            },
        }).catch((e: unknown) => describeFailure(e));
        return { code, out: out.join(""), subscriptions };
    };
    let planFile: string;
    const asDeclared: Record<string, DeployedThroughput> = {
        "appdb/customers": { autoscaleMaxThroughput: 4000, pending: false },
        "appdb/inventory": { autoscaleMaxThroughput: 1000, pending: false },
        "appdb/orders": { autoscaleMaxThroughput: 10000, pending: false },
        "appdb/products": { autoscaleMaxThroughput: 6000, pending: false },
        "appdb/stores": { autoscaleMaxThroughput: 1000, pending: false },
        ops: { autoscaleMaxThroughput: 1000, pending: false },
    };
    before(async () => {
        planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-throughput-")), "prod.json");
        fs.writeFileSync(
            planFile,
            JSON.stringify({ formatVersion: 1, project: "cosmos-platform", stack: "prod", resources: (await committedStack("prod")).resources }),
        );
    });

    it("exits 0 when Azure runs what the plan declares, 1 with one line per drifted container", async () => {
        const same = await run(["--stack", "prod", "--from", planFile], asDeclared);
        assert.strictEqual(same.code, 0, same.out);
        assert.deepStrictEqual(same.subscriptions, ["sub-1"]);
        assert.match(same.out, /6 ok, 0 drifted, 0 pending, 0 missing, 0 not read/);
        const drifted = await run(["--stack", "prod", "--from", planFile, "--subscription", "sub-2"], {
            ...asDeclared,
            "appdb/orders": { autoscaleMaxThroughput: 40000, pending: false },
        });
        assert.strictEqual(drifted.code, 1);
        assert.deepStrictEqual(drifted.subscriptions, ["sub-2"], "--subscription wins over the environment");
        assert.match(drifted.out, /\n {2}DRIFT appdb\/orders: declared autoscale max 10000 RU\/s, deployed autoscale max 40000 RU\/s: changed outside Pulumi/);
    });

    it("plans the stack itself without --from, and has nothing to compare on serverless dev", async () => {
        const dev = await run(["--stack", "dev"], {});
        assert.deepStrictEqual([dev.code, dev.out], [0, "stack dev declares no dedicated throughput (serverless or shared only): nothing to compare\n"]);
    });

    it("exits 2 without a subscription, or with an input of another stack", async () => {
        const noSub = await run(["--stack", "prod", "--from", planFile], asDeclared, {});
        assert.strictEqual((noSub.code as { code: number }).code, 2);
        assert.match((noSub.code as { message: string }).message, /no subscription: give --subscription <id> or set ARM_SUBSCRIPTION_ID/);
        const other = await run(["--stack", "dev", "--from", planFile], asDeclared);
        assert.match((other.code as { message: string }).message, /^error: .*prod\.json holds stack 'prod' but --stack is 'dev'\n$/);
    });
});
