import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../tooling/review/cli/plan";
import { stackConfig } from "../../tooling/review/full-plan";
import { PlanDocument } from "../../tooling/review/plan";
import { allFindings, analyzeAccessPatterns, AccessPatternAnalysis, hasErrors } from "../../tooling/queries/analysis";
import { declarationSection } from "../../stack/queries/declarations";
import { accessPatternNotes, renderAccessPatterns } from "../../tooling/queries/render";
import { PROJECT_DIR } from "../helpers/config";
import { withStderr } from "../helpers/stderr";
import { committedStack } from "../helpers/stacks";
import { codes } from "./helpers";

async function analysisOf(stack: "prod" | "dev"): Promise<AccessPatternAnalysis> {
    const result = await committedStack(stack);
    return analyzeAccessPatterns(result.resources, declarationSection(stackConfig(PROJECT_DIR, stack).accounts[0].databases));
}

/** A project that links to this one, with one stack file: a query Cosmos DB rejects, and a gateway. */
function projectWithRejectedQuery(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-apq-"));
    for (const name of ["Pulumi.yaml", "index.ts", "tsconfig.json", "package.json", "components", "tooling", "scripts", "node_modules"]) {
        fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    fs.writeFileSync(
        path.join(dir, "Pulumi.apq.yaml"),
        `config:
  cosmos-platform:environment: qa
  cosmos-platform:resourceGroup: { name: rg-apq }
  cosmos-platform:account:
    name: apq-account
    regions: [{ name: westeurope, zoneRedundant: false }]
  cosmos-platform:throughput:
    default: { mode: autoscale, maxThroughput: 1000 }
  cosmos-platform:gateway: { size: Cosmos.D4s, instances: 2 }
  cosmos-platform:databases:
    - name: app
      containers:
        - name: tasks
          partitionKey: { paths: [/userId] }
          accessPatterns:
            dataSizeGB: 1
            itemSizeKB: 1
            peakRUs: 500
            partitionKeyCardinality: 1000
            queries:
              - name: board
                sql: SELECT * FROM c WHERE c.userId = @u ORDER BY c.priority DESC, c.dueAt ASC
                parameters: { "@u": u1 }
                callsPerSecond: 5
`,
    );
    return dir;
}

describe("access patterns in the plan", () => {
    it("finds no errors in the committed prod data model, and one entry per declared query and per container", async () => {
        const a = await analysisOf("prod");
        assert.ok(
            !hasErrors(a),
            allFindings(a)
                .filter((f) => f.severity === "error")
                .map((f) => f.message)
                .join("\n"),
        );
        assert.strictEqual(a.queries.length, 18);
        assert.deepStrictEqual(
            a.capacity.map((c) => `${c.database}/${c.container}:${c.declared}`),
            [
                "appdb/customers:true",
                "appdb/inventory:true",
                "appdb/orders:true",
                "appdb/products:true",
                "appdb/stores:true",
                "ops/audit:true",
                "ops/leases:true",
            ],
        );
        assert.deepStrictEqual(a.unmatched, []);
    });

    it("reads the prod design from the records: hierarchical routing, composite use, the unused composite", async () => {
        const a = await analysisOf("prod");
        const q = (name: string) => a.queries.find((x) => x.name === name);
        assert.deepStrictEqual([q("customerOrders")?.routing, q("customerOrders")?.partitionKeyFixed], ["single", ["/tenantId", "/customerId"]]);
        assert.deepStrictEqual([q("byStatus")?.routing, codes(q("byStatus")?.findings ?? [])], ["single", ["key-prefix"]]);
        assert.deepStrictEqual([q("monthlyRevenue")?.routing, q("monthlyRevenue")?.fanOut], ["cross", 8]);
        assert.deepStrictEqual(a.indexAdvice.find((i) => i.container === "orders")?.unusedComposites, ["(/customerId ASC, /createdAt DESC)"]);
        assert.strictEqual(a.capacity.find((c) => c.container === "orders")?.physicalPartitions, 8);
        assert.strictEqual(a.caching[0].gateway.configured, false);
        assert.strictEqual(a.caching[0].verdict, "does-not-pay-off");
    });

    it("names no account in a single-account stack: entries and the one caching section are as before", async () => {
        const a = await analysisOf("prod");
        assert.strictEqual(a.caching.length, 1);
        const named = [...a.queries, ...a.capacity, ...a.indexAdvice, ...a.caching, ...a.caching[0].candidates].filter((x) => "account" in x);
        assert.deepStrictEqual(named, []);
    });

    it("keeps the dev stack free of errors too and renders a report with the counts", async () => {
        const a = await analysisOf("dev");
        assert.ok(!hasErrors(a));
        const text = renderAccessPatterns(a, "cosmos-platform/dev");
        // dev declares 1 % of production (workloadScale 0.01): one partition, a fifth of a call per second.
        assert.match(text, /^appdb\/orders {2}serverless; 1 physical partition$/m);
        assert.match(text, /query byStatus: single on \/tenantId; 0.2\/s/);
        assert.match(text, /18 queries on 7 declared containers: 0 errors, \d+ warnings?, \d+ notes/);
    });

    it("exits 1 when a declared query would be rejected, with the sections and the gateway in the plan", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-apq-plan-")), "plan.json");
        const { result: code } = await withStderr(() => main(["--stack", "apq", "--json", out, "--quiet", "--cwd", projectWithRejectedQuery()]));
        assert.strictEqual(code, 1);
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
        assert.deepStrictEqual(
            doc.accessPatterns?.map((d) => `${d.database}/${d.container}`),
            ["app/tasks"],
        );
        const [board] = doc.queries ?? [];
        assert.deepStrictEqual(
            [board.name, board.routing, board.findings.map((f) => `${f.severity} ${f.code}`)],
            ["board", "single", ["error order-by-composite-missing"]],
        );
        assert.strictEqual(doc.capacity?.length, 1);
        const service = doc.resources.find((r) => r.type === "azure-native:cosmosdb:Service");
        assert.deepStrictEqual(service?.inputs.properties, {
            dedicatedGatewayType: "IntegratedCache",
            instanceCount: 2,
            instanceSize: "Cosmos.D4s",
            serviceType: "SqlDedicatedGateway",
        });
        assert.strictEqual(service?.inputs.serviceName, "SqlDedicatedGateway");
        assert.ok(service?.parent?.includes("cosmos-platform:index:DedicatedGateway"));
        assert.deepStrictEqual([doc.caching?.gateway.configured, doc.caching?.gateway.instances], [true, 2]);
        assert.strictEqual(doc.cachingByAccount, undefined, "one account: one caching section, as before");
        assert.strictEqual(doc.summary.accounts, undefined);
        assert.ok(
            doc.accessPatterns?.every((d) => !("account" in d)),
            "declarations name no account",
        );
    });
});

describe("docs/access-patterns.md", () => {
    it("documents every finding code the analysis emits", () => {
        const dir = path.join(PROJECT_DIR, "tooling", "queries");
        const emitted = new Set(
            fs
                .readdirSync(dir)
                .filter((f) => f.endsWith(".ts"))
                .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/code: "([a-z-]+)"/g)].map((m) => m[1])),
        );
        const doc = fs.readFileSync(path.join(PROJECT_DIR, "docs", "access-patterns.md"), "utf8");
        assert.ok(emitted.size > 20, `found ${emitted.size} codes`);
        assert.deepStrictEqual(
            [...emitted].filter((c) => !doc.includes(`\`${c}\``)),
            [],
        );
    });
});

describe("access patterns in the pull-request report", () => {
    it("lists errors and warnings with where they are, then the counts", async () => {
        const notes = accessPatternNotes(await analysisOf("prod"));
        assert.deepStrictEqual(notes.slice(0, -1), [
            "- **warning** `appdb/orders` query `ordersWithSku` `filter-excluded`: filters on /lines/[]/sku, which is excluded from the index: each call scans every item of the partitions it visits, so its RU charge grows with the data; include /lines/[]/sku/?",
        ]);
        assert.match(notes[notes.length - 1], /^- 18 declared queries: 0 errors \(rejected at run time: the plan exits 1\), 1 warning, \d+ notes/);
    });
});
