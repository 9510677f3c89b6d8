import * as assert from "assert";
import { baseline, expectProblem, parse } from "./helpers/config";

const C = "databases[0].containers[0]";

/** The baseline config as far as these tests reach into it; the values they replace are open (many are invalid on purpose). */
interface RawContainer {
    [key: string]: unknown;
    partitionKey: Record<string, unknown>;
}
interface RawConfig {
    [key: string]: unknown;
    account: Record<string, unknown>;
    databases: { [key: string]: unknown; containers: RawContainer[] }[];
    throughput: Record<string, unknown>;
}

describe("stack config: data model rules", () => {
    it("rejects duplicate database names", () => {
        const raw = baseline() as RawConfig;
        raw.databases.push({ name: "app", containers: [] });
        expectProblem(raw, "databases[1].name", "'app' is declared twice", "databases[0]");
    });

    it("rejects duplicate container names in a database", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers.push({ name: "orders", partitionKey: { paths: ["/id"] } });
        expectProblem(raw, "databases[0].containers[1].name", "'orders' is declared twice");
    });

    it("rejects more than 500 databases and containers in one account", () => {
        const raw = baseline() as RawConfig;
        raw.databases = Array.from({ length: 25 }, (_, d) => ({
            name: `db${d}`,
            containers: Array.from({ length: 20 }, (_, c) => ({ name: `c${c}`, partitionKey: { paths: ["/id"] } })),
        }));
        expectProblem(raw, "databases", "at most 500 databases and containers", "got 525");
    });

    it("rejects a partition key without paths and one with four", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].partitionKey.paths = [];
        expectProblem(raw, `${C}.partitionKey.paths`, "1 to 3 paths", "got []");
        raw.databases[0].containers[0].partitionKey.paths = ["/a", "/b", "/c", "/d"];
        expectProblem(raw, `${C}.partitionKey.paths`, "at most 3 levels");
    });

    it("rejects a partition key path without a leading slash or with a wildcard", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].partitionKey.paths = ["/tenantId", "userId"];
        expectProblem(raw, `${C}.partitionKey.paths[1]`, "starts with '/'", 'got "userId"');
        raw.databases[0].containers[0].partitionKey.paths = ["/tenantId/?"];
        expectProblem(raw, `${C}.partitionKey.paths[0]`, "without a trailing");
    });

    it("rejects a repeated level in a hierarchical key", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].partitionKey.paths = ["/tenantId", "/tenantId"];
        expectProblem(raw, `${C}.partitionKey.paths[1]`, "listed twice");
    });

    it("rejects version 1 on a hierarchical key", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].partitionKey = { paths: ["/a", "/b"], version: 1 };
        expectProblem(raw, `${C}.partitionKey.version`, "use version 2", "got 1");
    });

    it("rejects included and excluded paths of the wrong form", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { includedPaths: ["/*", "name/?"], excludedPaths: ["/payload"] };
        expectProblem(raw, `${C}.indexingPolicy.includedPaths[1]`, "starts with '/'", 'got "name/?"');
        expectProblem(raw, `${C}.indexingPolicy.excludedPaths[0]`, "ends in '/?'", 'got "/payload"');
    });

    it("rejects /* in both included and excluded paths", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { includedPaths: ["/*"], excludedPaths: [" /*"] };
        expectProblem(raw, `${C}.indexingPolicy`, "in both includedPaths and excludedPaths");
    });

    it("rejects /* in neither included nor excluded paths", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { includedPaths: ["/name/?"] };
        expectProblem(raw, `${C}.indexingPolicy`, "in neither includedPaths nor excludedPaths");
    });

    it("rejects paths on an indexing policy with mode none", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { mode: "none", includedPaths: ["/*"] };
        expectProblem(raw, `${C}.indexingPolicy.includedPaths`, "mode 'none' takes no includedPaths");
    });

    it("rejects a composite index with fewer than two paths", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { compositeIndexes: [[{ path: "/a" }]] };
        expectProblem(raw, `${C}.indexingPolicy.compositeIndexes[0]`, "at least two paths");
    });

    it("rejects composite paths with a trailing wildcard and unknown orders", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { compositeIndexes: [[{ path: "/a/?" }, { path: "/b", order: "desc" }]] };
        expectProblem(raw, `${C}.indexingPolicy.compositeIndexes[0][0].path`, "without a trailing", 'got "/a/?"');
        expectProblem(raw, `${C}.indexingPolicy.compositeIndexes[0][1].order`, "'ascending' or 'descending'", 'got "desc"');
    });

    it("rejects a spatial path that does not end in /*", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].indexingPolicy = { spatialIndexes: [{ path: "/location" }] };
        expectProblem(raw, `${C}.indexingPolicy.spatialIndexes[0].path`, "followed by '/*'", 'got "/location"');
    });

    it("rejects a TTL of 0, below -1 or fractional", () => {
        for (const ttl of [0, -5]) {
            const raw = baseline() as RawConfig;
            raw.databases[0].containers[0].defaultTtl = ttl;
            expectProblem(raw, `${C}.defaultTtl`, "-1 (on", `got ${ttl}`);
        }
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].defaultTtl = 1.5;
        expectProblem(raw, `${C}.defaultTtl`, "whole number of seconds", "got 1.5");
    });

    it("accepts a TTL of -1 and a positive TTL", () => {
        for (const ttl of [-1, 3600]) {
            const raw = baseline() as RawConfig;
            raw.databases[0].containers[0].defaultTtl = ttl;
            assert.strictEqual(parse(raw).databases[0].containers[0].defaultTtl, ttl);
        }
    });

    it("rejects analyticalTtl without the analytical store", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].analyticalTtl = -1;
        expectProblem(raw, `${C}.analyticalTtl`, "account.analyticalStorage");
    });

    it("rejects an empty unique key", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].uniqueKeys = [[]];
        expectProblem(raw, `${C}.uniqueKeys[0]`, "at least one path");
    });

    it("rejects a custom conflict procedure that the container does not declare", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].conflictResolution = { mode: "Custom", procedure: "resolve" };
        expectProblem(raw, `${C}.conflictResolution.procedure`, "'resolve' is not a stored procedure", "declared: reserveStock");
    });

    it("rejects a script file that does not exist", () => {
        const raw = baseline() as RawConfig;
        const sprocs = raw.databases[0].containers[0].storedProcedures as { file: string }[];
        sprocs[0].file = "scripts/sprocs/missing.js";
        expectProblem(raw, `${C}.storedProcedures[0].file`, "'scripts/sprocs/missing.js' does not exist");
    });

    it("rejects a script file with a syntax error or no content", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].triggers = [{ name: "t", file: "test/fixtures/scripts/broken.js", type: "Pre", operation: "All" }];
        raw.databases[0].containers[0].userDefinedFunctions = [{ name: "u", file: "test/fixtures/scripts/empty.js" }];
        expectProblem(raw, `${C}.triggers[0].file`, "not valid JavaScript");
        expectProblem(raw, `${C}.userDefinedFunctions[0].file`, "is empty");
    });

    it("rejects a script path outside the project or absolute", () => {
        const raw = baseline() as RawConfig;
        const sprocs = raw.databases[0].containers[0].storedProcedures as { file: string }[];
        sprocs[0].file = "../elsewhere.js";
        expectProblem(raw, `${C}.storedProcedures[0].file`, "outside the project");
        sprocs[0].file = "/etc/x.js";
        expectProblem(raw, `${C}.storedProcedures[0].file`, "relative to the project root");
    });

    it("rejects a trigger with an unknown operation", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].triggers = [{ name: "t", file: "scripts/triggers/stampUpdatedAt.js", type: "Pre", operation: "Upsert" }];
        expectProblem(raw, `${C}.triggers[0].operation`, "All, Create, Update, Delete or Replace", 'got "Upsert"');
    });
});

describe("stack config: throughput rules", () => {
    it("rejects autoscale max below 1,000 and not a multiple of 1,000", () => {
        const raw = baseline() as RawConfig;
        raw.throughput.default = { mode: "autoscale", maxThroughput: 500 };
        expectProblem(raw, "throughput.default.maxThroughput", "at least 1000", "got 500");
        raw.throughput.default = { mode: "autoscale", maxThroughput: 1500 };
        expectProblem(raw, "throughput.default.maxThroughput", "multiple of 1000", "got 1500");
    });

    it("rejects manual throughput below 400 and not a multiple of 100", () => {
        const raw = baseline() as RawConfig;
        raw.throughput.default = { mode: "manual", throughput: 300 };
        expectProblem(raw, "throughput.default.throughput", "at least 400", "got 300");
        raw.throughput.default = { mode: "manual", throughput: 450 };
        expectProblem(raw, "throughput.default.throughput", "multiple of 100", "got 450");
    });

    it("rejects an unknown throughput mode and says which modes exist", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].throughput = { mode: "burst" };
        expectProblem(raw, `${C}.throughput.mode`, "'manual'", "'autoscale'", "'shared'", 'got "burst"');
    });

    it("rejects any throughput on a serverless account, where it was written", () => {
        const raw = baseline() as RawConfig;
        raw.account.serverless = true;
        raw.databases[0].throughput = { mode: "manual", throughput: 400 };
        raw.databases[0].containers[0].throughput = { mode: "autoscale", maxThroughput: 1000 };
        raw.throughput.containers = { "app/orders": { mode: "manual", throughput: 400 } };
        for (const at of ["throughput.default", "databases[0].throughput", `${C}.throughput`, 'throughput.containers["app/orders"]']) {
            expectProblem(raw, at, "serverless account takes no throughput");
        }
    });

    it("rejects more than 25 containers on a shared-throughput database", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].throughput = { mode: "autoscale", maxThroughput: 4000 };
        raw.databases[0].containers = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, partitionKey: { paths: ["/id"] } }));
        expectProblem(raw, "databases[0].containers", "at most 25", "got 26");
    });

    it("counts only the containers that use the shared throughput", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].throughput = { mode: "autoscale", maxThroughput: 4000 };
        raw.databases[0].containers = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, partitionKey: { paths: ["/id"] } }));
        raw.throughput.containers = { "app/c0": { mode: "manual", throughput: 400 } };
        assert.strictEqual(parse(raw).databases[0].containers.filter((c) => c.throughput.mode === "shared").length, 25);
    });

    it("rejects shared throughput on a database that has none", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].throughput = { mode: "shared" };
        expectProblem(raw, `${C}.throughput`, "uses shared throughput but database 'app' has none");
    });

    it("rejects a provisioned container that nothing sizes", () => {
        const raw: Record<string, unknown> = baseline();
        delete raw.throughput;
        expectProblem(raw, C, "container 'app/orders' has no throughput", 'throughput.containers["app/orders"]');
    });

    it("rejects throughput overrides for undeclared databases and containers", () => {
        const raw = baseline() as RawConfig;
        raw.throughput.databases = { nope: { mode: "manual", throughput: 400 } };
        raw.throughput.containers = { "app/nope": { mode: "manual", throughput: 400 } };
        expectProblem(raw, "throughput.databases.nope", "no database named 'nope'", "declared databases: app");
        expectProblem(raw, 'throughput.containers["app/nope"]', "no container 'app/nope'", "declared: app/orders");
    });
});

describe("stack config: workload scale", () => {
    it("scales declared sizes, rates and cardinality for a stack, keeping item size and queries", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].accessPatterns = {
            dataSizeGB: 200,
            itemSizeKB: 2,
            peakRUs: 5000,
            partitionKeyCardinality: 10000,
            pointReadsPerSecond: 300,
            writesPerSecond: 50,
            queries: [{ name: "byTenant", sql: "SELECT * FROM c WHERE c.tenantId = @t", parameters: { "@t": "x" }, callsPerSecond: 20 }],
        };
        raw.workloadScale = 0.01;
        const ap = parse(raw).databases[0].containers[0].accessPatterns;
        assert.deepStrictEqual(
            [
                ap?.dataSizeGB,
                ap?.itemSizeKB,
                ap?.peakRUs,
                ap?.partitionKeyCardinality,
                ap?.pointReadsPerSecond,
                ap?.writesPerSecond,
                ap?.queries[0].callsPerSecond,
            ],
            [2, 2, 50, 100, 3, 0.5, 0.2],
        );
        raw.workloadScale = 0;
        expectProblem(raw, "workloadScale", "positive factor", "got 0");
    });
});
