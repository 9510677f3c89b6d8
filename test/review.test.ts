import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as diffMain, synthSide } from "../tooling/review/cli/diff";
import { checkoutRef } from "../tooling/review/git-base";
import { buildFullPlan } from "../tooling/review/full-plan";
import { ConfigError } from "../stack/config";
import { describeFailure } from "../tooling/review/cli/common";
import { estimateCost } from "../tooling/review/cost";
import { PRICES } from "../tooling/model/prices";
import { Change, diffRecords, DiffSummary, propertyChanges, summariseChanges } from "../tooling/review/diff";
import { PolicyRecord } from "../tooling/model/records";
import { renderReport, topologyDiagram } from "../tooling/review/report";
import { UNKNOWN } from "../tooling/model/plan-record";
import { committedStack } from "./helpers/stacks";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** What `npm run diff -- --json` writes, as far as the tests read it. */
type DiffJson = { base: string; summary: DiffSummary; changes: Change[] };
/** The Azure resource of that logical name (a component may share it: CosmosEstate is named after its account). */
const byName = (records: PolicyRecord[], name: string) => records.find((r) => r.custom && r.name === name) as PolicyRecord;

/** A minimal account record for cost maths. */
function account(over: Record<string, unknown> = {}): PolicyRecord {
    return {
        urn: "urn:pulumi:t::p::azure-native:cosmosdb:DatabaseAccount::acct",
        type: "azure-native:cosmosdb:DatabaseAccount",
        name: "acct",
        custom: true,
        inputs: { locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: false }], capabilities: [], ...over },
        options: { protect: false, ignoreChanges: [] },
        dependencies: [],
    };
}
function container(name: string, options?: Record<string, unknown>): PolicyRecord {
    return {
        urn: `urn:pulumi:t::p::azure-native:cosmosdb:SqlResourceSqlContainer::${name}`,
        type: "azure-native:cosmosdb:SqlResourceSqlContainer",
        name,
        custom: true,
        inputs: {
            containerName: name.split("/")[1],
            resource: { id: name.split("/")[1], partitionKey: { paths: ["/id"], kind: "Hash", version: 2 } },
            ...(options ? { options } : {}),
        },
        options: { protect: false, ignoreChanges: [] },
        dependencies: [],
    };
}

describe("cost estimate", () => {
    it("prices manual throughput per region with the zone factor on zone-redundant regions", () => {
        const zones = [
            { locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true },
            { locationName: "northeurope", failoverPriority: 1, isZoneRedundant: false },
        ];
        const cost = estimateCost([account({ locations: zones }), container("db/c", { throughput: 400 })]);
        // 4 x $0.008 x 730 h x (1.25 + 1) = 52.56
        assert.strictEqual(cost.lines[0].monthly, 52.56);
        assert.strictEqual(cost.monthly, 52.56);
    });

    it("prices autoscale at its max without the zone factor, and multi-region writes at the multi-write rate", () => {
        const zones = [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true }];
        assert.strictEqual(estimateCost([account({ locations: zones }), container("db/c", { autoscaleSettings: { maxThroughput: 4000 } })]).monthly, 350.4); // 40 x 0.012 x 730
        const multi = [zones[0], { locationName: "northeurope", failoverPriority: 1, isZoneRedundant: true }];
        assert.strictEqual(
            estimateCost([account({ locations: multi, enableMultipleWriteLocations: true }), container("db/c", { throughput: 1000 })]).monthly,
            233.6,
        ); // 10 x 0.016 x 730 x 2
    });

    it("prices serverless from declared RU, storage and 30-day backup from declared size", () => {
        const records = [account({ capabilities: [{ name: "EnableServerless" }] }), container("db/c")];
        const serverless = estimateCost(records, [{ database: "db", container: "c", dataSizeGB: 100, averageRUs: 100 }]);
        // 100 RU/s x 730 h x 3600 s = 262.8 M RU x $0.25 = 65.70; 100 GB x $0.25 = 25
        assert.deepStrictEqual(
            serverless.lines.map((l) => l.monthly),
            [65.7, 25],
        );
        const backup = estimateCost(
            [account({ backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } } }), container("db/c", { throughput: 400 })],
            [{ database: "db", container: "c", dataSizeGB: 100 }],
        );
        assert.ok(backup.lines.some((l) => l.item === "continuous backup, 30 days" && l.monthly === 20));
    });

    it("takes the free tier off and compares with the budget", () => {
        const budget: PolicyRecord = { ...account(), urn: "urn:b", type: "azure-native:consumption:Budget", name: "b", inputs: { amount: 50 } };
        const cost = estimateCost([account({ enableFreeTier: true }), container("db/c", { throughput: 1000 }), budget]);
        assert.strictEqual(cost.monthly, 0); // 1000 RU/s free
        const paid = estimateCost([account(), container("db/c", { throughput: 1000 }), budget]);
        assert.deepStrictEqual(paid.budget, { amount: 50, share: 1.17 }); // 58.40 / 50
    });

    it("prices the prod stack's autoscale containers and shared database across three regions", async () => {
        const prod = await committedStack("prod");
        const cost = estimateCost(prod.resources);
        const throughput = cost.lines.filter((l) => l.item.includes("throughput"));
        // (orders 10000 + customers 4000 + products 6000 + inventory 1000 + stores 1000 + ops 1000) RU/s / 100 x $0.012 x 730 h x 3 regions
        const expected = (23000 / 100) * PRICES.autoscalePer100RuHour * 730 * 3;
        assert.strictEqual(Math.round(throughput.reduce((s, l) => s + l.monthly, 0) * 100) / 100, Math.round(expected * 100) / 100);
    });
});

describe("diff classification", () => {
    let base: PolicyRecord[];
    before(async () => {
        base = clone((await committedStack("prod")).resources) as PolicyRecord[];
    });
    const head = () => clone(base);
    const only = (changes: ReturnType<typeof diffRecords>, name: string) => changes.filter((c) => c.urn.endsWith(`::${name}`));

    it("finds no change between identical plans", () => {
        assert.deepStrictEqual(diffRecords(base, head()), []);
    });

    it("plans a partition-key change as a replace that loses data", () => {
        const h = head();
        (byName(h, "appdb/orders").inputs.resource as { partitionKey: { paths: string[] } }).partitionKey.paths = ["/tenantId"];
        const [c] = diffRecords(base, h);
        assert.deepStrictEqual([c.kind, c.dataLoss], ["replace", true]);
        assert.deepStrictEqual(
            c.properties.map((p) => p.path),
            ["resource.partitionKey.paths"],
        );
        assert.ok(c.warnings.some((w) => /protected/.test(w)));
    });

    it("flags a deleted container and a rename as data loss", () => {
        const deleted = head().filter((r) => r.name !== "ops/audit");
        const [d] = diffRecords(base, deleted);
        assert.deepStrictEqual([d.kind, d.dataLoss], ["delete", true]);
        const renamed = head().map((r) => (r.name === "ops/audit" ? { ...r, name: "ops/audit-log", urn: r.urn.replace(/ops\/audit$/, "ops/audit-log") } : r));
        const changes = diffRecords(base, renamed);
        const del = changes.find((c) => c.kind === "delete");
        assert.ok(del?.warnings.some((w) => /looks like a rename to 'ops\/audit-log'/.test(w)));
        assert.ok(changes.some((c) => c.kind === "create"));
    });

    it("replaces on a name or location change, and ignores an unknown value", () => {
        const h = head();
        byName(h, "vnet-cosmos-platform-prod").inputs.location = "northeurope";
        assert.strictEqual(only(diffRecords(base, h), "vnet-cosmos-platform-prod")[0].kind, "replace");
        const u = head();
        byName(u, "pe-contoso-cosmos-prod").inputs.privateEndpointName = UNKNOWN;
        assert.strictEqual(only(diffRecords(base, u), "pe-contoso-cosmos-prod")[0].kind, "update");
    });

    it("warns when regions change together with other account settings, and on region or priority changes alone", () => {
        const acct = (h: PolicyRecord[]) => byName(h, "contoso-cosmos-prod");
        const mixed = head();
        (acct(mixed).inputs.locations as unknown[]).pop();
        acct(mixed).inputs.enableBurstCapacity = false;
        assert.ok(diffRecords(base, mixed)[0].warnings.some((w) => /Azure rejects this/.test(w)));
        const alone = head();
        (acct(alone).inputs.locations as unknown[]).pop();
        assert.ok(diffRecords(base, alone)[0].warnings.some((w) => /its own deployment/.test(w)));
        const swap = head();
        const locs = acct(swap).inputs.locations as { failoverPriority: number }[];
        [locs[0].failoverPriority, locs[1].failoverPriority] = [1, 0];
        assert.ok(diffRecords(base, swap)[0].warnings.some((w) => /failover priorities change/.test(w)));
        acct(swap).inputs.enableAutomaticFailover = false;
        assert.ok(
            diffRecords(base, swap)[0].warnings.some((w) =>
                /priorities change together with other account changes \(enableAutomaticFailover\); Azure rejects this/.test(w),
            ),
        );
    });

    it("tells a feature capability added to a live account from one fixed at creation", () => {
        const b = clone(base);
        byName(b, "contoso-cosmos-prod").inputs.capabilities = [];
        const h = head();
        byName(h, "contoso-cosmos-prod").inputs.capabilities = [{ name: "EnableNoSQLVectorSearch" }];
        const warnings = diffRecords(b, h)[0].warnings.join("\n");
        assert.match(warnings, /capability EnableNoSQLVectorSearch is added: applied to the live account/);
        assert.doesNotMatch(warnings, /fixed when the account is created/);
        const dropped = diffRecords(h, b)[0].warnings.join("\n");
        assert.match(dropped, /capability EnableNoSQLVectorSearch is removed/);
    });

    it("warns on impossible account changes: multi-region writes off, Continuous to Periodic, capabilities", () => {
        const b = clone(base);
        byName(b, "contoso-cosmos-prod").inputs.enableMultipleWriteLocations = true;
        const h = head();
        const acct = byName(h, "contoso-cosmos-prod");
        acct.inputs.backupPolicy = { type: "Periodic", periodicModeProperties: { backupIntervalInMinutes: 240 } };
        acct.inputs.capabilities = [{ name: "EnableServerless" }];
        const warnings = diffRecords(b, h)[0].warnings.join("\n");
        assert.match(warnings, /multi-region writes are turned off/);
        assert.match(warnings, /Continuous to Periodic: Azure does not allow this/);
        assert.match(warnings, /capability EnableServerless changes: fixed when the account is created/);
        const tier = head();
        (byName(tier, "contoso-cosmos-prod").inputs.backupPolicy as { continuousModeProperties: { tier: string } }).continuousModeProperties.tier =
            "Continuous7Days";
        assert.match(diffRecords(base, tier)[0].warnings.join(), /tier changes/);
    });

    it("warns on throughput mode switches and on added dedicated throughput", () => {
        const h = head();
        byName(h, "appdb/orders").inputs.options = { throughput: 4000 };
        byName(h, "ops/audit").inputs.options = { throughput: 400 };
        const changes = diffRecords(base, h);
        assert.match(only(changes, "appdb/orders")[0].warnings.join(), /from autoscale to manual: Azure needs the migrate API/);
        assert.match(only(changes, "ops/audit")[0].warnings.join(), /created without it/);
    });

    it("warns that an index change on a large container rebuilds for a long time", () => {
        const h = head();
        const policy = (byName(h, "appdb/orders").inputs.resource as { indexingPolicy: { excludedPaths: { path: string }[] } }).indexingPolicy;
        policy.excludedPaths.unshift({ path: "/notes/*" });
        assert.match(diffRecords(base, h, new Map([["appdb/orders", 200]]))[0].warnings.join(), /large container \(200 GB declared\)/);
        assert.match(diffRecords(base, h)[0].warnings.join(), /rebuilt in the background/);
    });

    it("warns when protection or the delete lock is removed", () => {
        const h = head();
        byName(h, "appdb/orders").options.protect = false;
        const lockless = h.filter((r) => r.type !== "azure-native:authorization:ManagementLockAtResourceLevel");
        const changes = diffRecords(base, lockless);
        assert.match(only(changes, "appdb/orders")[0].warnings.join(), /protection is removed/);
        assert.match(only(changes, "contoso-cosmos-prod/cannot-delete")[0].warnings.join(), /delete lock is removed/);
        assert.deepStrictEqual(summariseChanges(changes).dataLoss, 0);
    });

    it("reports leaf property paths", () => {
        assert.deepStrictEqual(
            propertyChanges({ a: { b: 1, c: [1] } }, { a: { b: 2, c: [1, 2] } }).map((p) => p.path),
            ["a.b", "a.c"],
        );
    });
});

describe("npm run diff and the report", () => {
    let dir: string;
    let baseFile: string;
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-diff-"));
        baseFile = path.join(dir, "base.json");
        fs.writeFileSync(
            baseFile,
            JSON.stringify({ formatVersion: 1, project: "cosmos-platform", stack: "prod", resources: (await committedStack("prod")).resources }),
        );
    });
    const quiet = async (argv: string[]) => {
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = () => true;
        try {
            return await diffMain(argv);
        } finally {
            process.stdout.write = write;
        }
    };

    it("exits 1 on data loss, 0 when allowed or when nothing is lost, 2 on bad input", async () => {
        const doc = JSON.parse(fs.readFileSync(baseFile, "utf8")) as { resources: PolicyRecord[] };
        doc.resources = doc.resources.filter((r) => r.name !== "ops/leases");
        const headFile = path.join(dir, "head.json");
        fs.writeFileSync(headFile, JSON.stringify(doc));
        const out = path.join(dir, "diff.json");
        assert.strictEqual(await quiet(["--base", baseFile, "--head", headFile, "--json", out]), 1);
        const json = JSON.parse(fs.readFileSync(out, "utf8")) as DiffJson;
        assert.deepStrictEqual(json.summary, { create: 0, update: 0, replace: 0, delete: 1, dataLoss: 1, warnings: 1 });
        assert.strictEqual(json.changes[0].kind, "delete");
        assert.strictEqual(await quiet(["--base", baseFile, "--head", headFile, "--allow-data-loss"]), 0);
        assert.strictEqual(await quiet(["--base", baseFile, "--head", baseFile]), 0);
        const bad = path.join(dir, "bad.json");
        fs.writeFileSync(bad, '{"hello": 1}');
        assert.strictEqual(describeFailure(await quiet(["--base", baseFile, "--head", bad]).catch((e: unknown) => e)).code, 2);
        assert.strictEqual(describeFailure(await quiet(["--base", baseFile]).catch((e: unknown) => e)).code, 2);
    });

    it("draws regions, databases, endpoints and alert routing", async () => {
        const diagram = topologyDiagram((await committedStack("prod")).resources);
        assert.match(diagram, /^```mermaid\nflowchart LR/);
        assert.match(diagram, /westeurope \(write, zones\)/);
        assert.match(diagram, /swedencentral \(failover 2, zones\)/);
        assert.match(diagram, /c_appdb_orders\["orders<br\/>\/tenantId, \/customerId"\]/);
        assert.match(diagram, /vnet_vnet_cosmos_platform_prod --- pe_pe_contoso_cosmos_prod/);
        assert.match(diagram, /-\. "\d+ alerts" \.-> ag_ag_cosmos_prod_oncall/);
    });

    it("renders the report as in its snapshot", () => {
        const acct = account();
        const c = container("db/c", { throughput: 400 });
        const changes = diffRecords([acct, c], [acct]);
        const report = renderReport(
            [{ stack: "demo", changes, summary: summariseChanges(changes), cost: estimateCost([acct]), baseCost: estimateCost([acct, c]), records: [acct] }],
            "origin/main",
        );
        const snapshot = path.join(__dirname, "fixtures", "review", "report.snapshot.md");
        if (process.env.UPDATE_SNAPSHOTS === "1") fs.writeFileSync(snapshot, report);
        assert.strictEqual(report, fs.readFileSync(snapshot, "utf8"));
    });
});

describe("the base side from a git ref", () => {
    it("plans a stack as it is at a commit, and refuses an unknown ref", async () => {
        const projectDir = path.join(__dirname, "..");
        const dir = checkoutRef(projectDir, "HEAD");
        try {
            assert.ok(fs.existsSync(path.join(dir, "Pulumi.yaml")) && fs.existsSync(path.join(dir, "index.ts")));
            const side = await synthSide(dir, "dev", "HEAD");
            assert.ok(side.records.some((r) => r.type === "azure-native:cosmosdb:DatabaseAccount" && r.inputs.accountName === "contoso-cosmos-dev"));
            assert.deepStrictEqual(await synthSide(dir, "no-such-stack", "HEAD"), { label: "HEAD", records: [], sizes: [] });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
        assert.throws(() => checkoutRef(projectDir, "no-such-ref-anywhere"), /is not a commit/);
    });
});

describe("the base side of a review", () => {
    it("plans a base whose stack files this checkout's schema rejects, without declarations", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-old-base-"));
        const root = path.join(__dirname, "..");
        for (const name of ["tsconfig.json", "package.json", "node_modules"]) fs.symlinkSync(path.join(root, name), path.join(dir, name));
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: cosmos-platform\nruntime:\n  name: nodejs\n");
        // An older schema accepted this; today's does not. The old program itself planned fine.
        fs.writeFileSync(path.join(dir, "Pulumi.old.yaml"), "config:\n  cosmos-platform:environment: old\n  cosmos-platform:legacyKey: true\n");
        fs.writeFileSync(path.join(dir, "index.ts"), "export const ok = true;\n");
        const lenient = await buildFullPlan(dir, "old", { lenientDeclarations: true });
        assert.deepStrictEqual(lenient.doc.accessPatterns, []);
        await assert.rejects(buildFullPlan(dir, "old"), (e: unknown) => ConfigError.isInstance(e));
    });
});
