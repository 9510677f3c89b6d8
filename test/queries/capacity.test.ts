import * as assert from "assert";
import { indexAdviceFor, indexedTerms, writeRUsPerItem } from "../../tooling/queries/advice";
import { analyzeQuery } from "../../tooling/queries/analyze";
import { cachingAdvice, hitRatio, recommendedStaleness } from "../../tooling/queries/caching";
import { capacityCosts, capacityFor, physicalPartitions, storageMinimum } from "../../tooling/queries/capacity";
import { policyFromInputs } from "../../tooling/queries/index-policy";
import { codes, container, ONE_REGION, query, withCode, workload } from "./helpers";

describe("queries: capacity model", () => {
    it("counts physical partitions as max(storage ÷ 50 GB, RU/s ÷ 10,000), at least 1", () => {
        assert.deepStrictEqual(
            [physicalPartitions(0, 0), physicalPartitions(120, 4000), physicalPartitions(10, 35000), physicalPartitions(50, 10000)],
            [1, 3, 4, 1],
        );
        assert.strictEqual(
            capacityFor(container({ throughput: { mode: "autoscale", max: 40000 } }), ONE_REGION, workload({ dataSizeGB: 60 })).physicalPartitions,
            4,
        );
    });

    it("derives the storage-based minimum: 1 RU/s per GB manual, 10 per GB autoscale max", () => {
        assert.deepStrictEqual(storageMinimum(5), { manualRUs: 400, autoscaleMaxRUs: 1000 });
        assert.deepStrictEqual(storageMinimum(250), { manualRUs: 400, autoscaleMaxRUs: 3000 });
        assert.deepStrictEqual(storageMinimum(1234), { manualRUs: 1300, autoscaleMaxRUs: 13000 });
        const e = capacityFor(container({ throughput: { mode: "autoscale", max: 1000 } }), ONE_REGION, workload({ dataSizeGB: 250 }));
        assert.match(withCode(e.findings, "storage-minimum")[0].message, /3000 RU\/s/);
    });

    it("fails a design whose largest logical partition passes 20 GB and warns past half of it", () => {
        const over = capacityFor(container(), ONE_REGION, workload({ dataSizeGB: 500, partitionKeyCardinality: 20 }));
        assert.strictEqual(over.logicalPartition?.largestGB, 25);
        assert.strictEqual(withCode(over.findings, "logical-partition-limit")[0].severity, "error");
        const skewed = capacityFor(container(), ONE_REGION, workload({ dataSizeGB: 100, partitionKeyCardinality: 10000, hotKeyShare: 0.12 }));
        assert.strictEqual(withCode(skewed.findings, "logical-partition-large")[0].severity, "warning");
        assert.ok(
            !codes(capacityFor(container(), ONE_REGION, workload({ dataSizeGB: 100, partitionKeyCardinality: 10000 })).findings).some((c) =>
                c.startsWith("logical"),
            ),
        );
    });

    it("names the full key of a hierarchical key in the logical-partition message", () => {
        const e = capacityFor(container({ keys: ["/tenantId", "/userId"] }), ONE_REGION, workload({ dataSizeGB: 500, partitionKeyCardinality: 10 }));
        assert.match(withCode(e.findings, "logical-partition-limit")[0].message, /full key \(\/tenantId, \/userId\)/);
    });

    it("warns when the busiest key needs more than its physical partition's share", () => {
        // 20,000 RU/s over 2 partitions = 10,000 each; a key with 60% of 20,000 RU/s peak needs 12,000.
        const e = capacityFor(container({ throughput: { mode: "autoscale", max: 20000 } }), ONE_REGION, workload({ peakRUs: 20000, hotKeyShare: 0.6 }));
        assert.deepStrictEqual(e.hotPartition, { hottestKeyRUs: 12000, perPartitionRUs: 10000 });
        withCode(e.findings, "hot-partition");
    });

    it("warns on a peak above the ceiling and on fewer key values than partitions", () => {
        const e = capacityFor(container({ throughput: { mode: "manual", ru: 400 } }), ONE_REGION, workload({ peakRUs: 900 }));
        withCode(e.findings, "under-provisioned");
        const few = capacityFor(
            container({ throughput: { mode: "autoscale", max: 30000 } }),
            ONE_REGION,
            workload({ partitionKeyCardinality: 2, peakRUs: 1000 }),
        );
        withCode(few.findings, "few-key-values");
    });

    it("prices manual, autoscale and serverless and recommends the cheapest available", () => {
        // Steady load: manual 1,000 RU/s = 10 × $0.008 × 730 = $58.40; autoscale bills the 900 RU/s average at $0.012.
        const steady = capacityCosts(1000, 900, 10, ONE_REGION);
        assert.deepStrictEqual([steady.manual.monthlyUSD, steady.autoscale.monthlyUSD], [58.4, 78.84]);
        assert.deepStrictEqual(steady.serverless, { monthlyUSD: 591.3 });
        const e = capacityFor(container({ throughput: { mode: "autoscale", max: 1000 } }), ONE_REGION, workload({ peakRUs: 1000, averageRUs: 900 }));
        assert.strictEqual(e.recommendation?.mode, "manual");
        assert.match(withCode(e.findings, "capacity-mode")[0].message, /migrate-to-manual/);
        // Spiky, mostly idle: serverless on one region.
        assert.strictEqual(capacityFor(container(), ONE_REGION, workload({ peakRUs: 1000, averageRUs: 5 })).recommendation?.mode, "serverless");
    });

    it("applies regions, zone redundancy to manual only, and refuses serverless on several regions", () => {
        const three = { ...ONE_REGION, regions: 3, zoneRedundant: true };
        const c = capacityCosts(1000, 500, 10, three);
        assert.strictEqual(c.manual.monthlyUSD, round(58.4 * 3 * 1.25));
        assert.strictEqual(c.autoscale.monthlyUSD, round(5 * 0.012 * 730 * 3));
        assert.ok("unavailable" in c.serverless);
    });

    it("leaves shared-throughput containers to their database and notes undeclared ones", () => {
        const shared = capacityFor(container({ throughput: { mode: "shared", database: { mode: "autoscale", max: 4000 } } }), ONE_REGION, workload());
        assert.deepStrictEqual([shared.recommendation?.mode, shared.costs], ["shared", undefined]);
        const none = capacityFor(container(), ONE_REGION, undefined);
        assert.deepStrictEqual([none.declared, codes(none.findings)], [false, ["not-declared"]]);
    });
});

function round(n: number): number {
    return Math.round(n * 100) / 100;
}

describe("queries: index advice", () => {
    const orders = container({
        policy: {
            includedPaths: [{ path: "/*" }],
            excludedPaths: [{ path: "/blob/?" }, { path: '/"_etag"/?' }],
            compositeIndexes: [
                [
                    { path: "/status", order: "ascending" },
                    { path: "/createdAt", order: "descending" },
                ],
                [
                    { path: "/customerId", order: "ascending" },
                    { path: "/createdAt", order: "descending" },
                ],
            ],
        },
    });
    const needsOf = (...sqls: string[]) => sqls.map((s) => analyzeQuery(query(s), orders, 1).needs);

    it("builds the minimal policy: queried paths and the key included, /* excluded, the composites used", () => {
        const advice = indexAdviceFor(
            orders,
            workload({ writesPerSecond: 10 }),
            needsOf("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.status ASC, c.createdAt DESC", "SELECT * FROM c WHERE c.tenantId = @t AND c.total > 5"),
        );
        assert.deepStrictEqual(advice.minimalPolicy, {
            indexingMode: "consistent",
            automatic: true,
            includedPaths: [{ path: "/tenantId/?" }, { path: "/total/?" }],
            excludedPaths: [{ path: "/*" }, { path: '/"_etag"/?' }],
            compositeIndexes: [
                [
                    { path: "/status", order: "ascending" },
                    { path: "/createdAt", order: "descending" },
                ],
            ],
        });
        assert.deepStrictEqual(advice.unusedComposites, ["(/customerId ASC, /createdAt DESC)"]);
        withCode(advice.findings, "unused-composite");
    });

    it("estimates the write saving of the smaller index from the indexed terms", () => {
        // 1 KB item, 10 properties: 5 RU + (10 - 1 excluded + 2 composites) × 0.1 now; 5 + (2 paths + 1 composite) × 0.1 minimal.
        const advice = indexAdviceFor(
            orders,
            workload({ writesPerSecond: 100 }),
            needsOf("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.status ASC, c.createdAt DESC", "SELECT * FROM c WHERE c.tenantId = @t AND c.total > 5"),
        );
        assert.deepStrictEqual(advice.writeRUs, { current: 6.1, minimal: 5.3, savingRUs: 80, upperBound: false });
        assert.match(withCode(advice.findings, "smaller-index")[0].message, /about 80 RU\/s at 100 writes\/s/);
    });

    it("says 'up to' when the current policy excludes subtrees of unknown size", () => {
        assert.deepStrictEqual(indexedTerms(policyFromInputs({ includedPaths: [{ path: "/*" }], excludedPaths: [{ path: "/lines/*" }] }), 40), {
            terms: 40,
            upperBound: true,
        });
        assert.deepStrictEqual(indexedTerms(policyFromInputs({ indexingMode: "none" }), 40), { terms: 0, upperBound: false });
        assert.strictEqual(writeRUsPerItem(2, 10), 11);
    });

    it("recommends indexing the partition key under an opt-in policy", () => {
        const c = container({ keys: ["/sku"], policy: { includedPaths: [{ path: "/warehouseId/?" }], excludedPaths: [{ path: "/*" }] } });
        withCode(indexAdviceFor(c, workload(), []).findings, "key-not-indexed");
    });
});

describe("queries: integrated cache advice", () => {
    it("recommends 10% of the time between changes, from 1 s to 1 h, and nothing under 1 s", () => {
        assert.deepStrictEqual(
            [recommendedStaleness(600), recommendedStaleness(1e9), recommendedStaleness(5), recommendedStaleness(Infinity)],
            [60, 3600, null, 3600],
        );
    });

    it("counts one miss per key per node per staleness window", () => {
        assert.deepStrictEqual([hitRatio(10, 60, 10, 1), hitRatio(10, 60, 10, 2), hitRatio(1, 60, 100, 1)], [0.98, 0.97, 0]);
    });

    const stores = container({ keys: ["/region"] });
    const decl = workload({ dataSizeGB: 0.05, itemSizeKB: 2, partitionKeyCardinality: 12, pointReadsPerSecond: 50, writesPerSecond: 0.01 });
    const listing = analyzeQuery({ ...query("SELECT * FROM c WHERE c.region = @r"), name: "inRegion", callsPerSecond: 10 }, stores, 1).entry;

    it("lists the reads the cache serves with their staleness and weighs the gateway's cost", () => {
        const section = cachingAdvice(
            [
                {
                    container: stores,
                    declaration: { ...decl, queries: [{ ...query("SELECT * FROM c WHERE c.region = @r"), name: "inRegion", callsPerSecond: 10 }] },
                    queries: [listing],
                },
            ],
            ONE_REGION,
            undefined,
        );
        assert.deepStrictEqual(
            section.candidates.map((c) => [c.read, c.stalenessSeconds]),
            [
                ["point reads", 3600],
                ["query inRegion", 120],
            ],
        );
        assert.strictEqual(section.gateway.configured, false);
        assert.strictEqual(section.gateway.monthlyUSD, 299.3);
        assert.strictEqual(section.verdict, "does-not-pay-off");
        withCode(section.findings, "gateway-not-worth");
        assert.ok(section.requirements.some((r) => r.includes("https://acct.sqlx.cosmos.azure.com")));
    });

    it("warns when a configured gateway does not pay off and when consistency bypasses the cache", () => {
        const section = cachingAdvice(
            [{ container: stores, declaration: decl, queries: [] }],
            { ...ONE_REGION, consistency: "Strong" },
            { size: "Cosmos.D8s", instances: 1 },
        );
        assert.strictEqual(section.gateway.monthlyUSD, round(0.82 * 730));
        withCode(section.findings, "gateway-cost");
        withCode(section.findings, "cache-consistency");
        withCode(section.findings, "gateway-single-node");
    });

    it("advises a gateway when heavy repeated reads save more than it costs", () => {
        const hot = workload({
            dataSizeGB: 1,
            itemSizeKB: 30,
            partitionKeyCardinality: 100,
            pointReadsPerSecond: 20000,
            pointReadWorkingSet: 5000,
            writesPerSecond: 1,
        });
        const big = container({ throughput: { mode: "manual", ru: 100000 } });
        const section = cachingAdvice([{ container: big, declaration: hot, queries: [] }], ONE_REGION, undefined);
        assert.strictEqual(section.verdict, "pays-off");
        withCode(section.findings, "gateway-advice");
    });
});
