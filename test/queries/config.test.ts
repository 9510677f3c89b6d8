import * as assert from "assert";
import { gatewayProperties } from "../../components/gateway/component";
import { baseline, expectProblem, parse } from "../helpers/config";

const AP = "databases[0].containers[0].accessPatterns";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withPatterns(patterns: Record<string, any>): Record<string, any> {
    const raw = baseline();
    (raw.databases as { containers: Record<string, unknown>[] }[])[0].containers[0].accessPatterns = patterns;
    return raw;
}

const valid = () => ({
    dataSizeGB: 20,
    itemSizeKB: 2,
    peakRUs: 1000,
    partitionKeyCardinality: 500,
    queries: [{ name: "open", sql: "SELECT * FROM c WHERE c.tenantId = @t AND c.status = 'open'", parameters: { "@t": "contoso" }, callsPerSecond: 3 }],
});

describe("stack config: access patterns and the dedicated gateway", () => {
    it("carries declarations into the resolved container with defaults for the optional rates", () => {
        const config = parse(withPatterns(valid()));
        assert.deepStrictEqual(config.databases[0].containers[0].accessPatterns, {
            ...valid(),
            pointReadsPerSecond: 0,
            writesPerSecond: 0,
        });
        assert.strictEqual(parse(baseline()).databases[0].containers[0].accessPatterns, undefined);
    });

    it("rejects a query that is not valid Cosmos DB SQL, naming the line and column", () => {
        const p = valid();
        p.queries[0].sql = "SELECT * FROM c\nWHERE c.tenantId = = @t";
        expectProblem(withPatterns(p), `${AP}.queries[0].sql`, "query 'open' is not valid Cosmos DB SQL", "line 2, column 20");
    });

    it("rejects parameters the query uses but does not declare, and declared ones it does not use", () => {
        const p = valid();
        p.queries[0].parameters = {} as never;
        expectProblem(withPatterns(p), `${AP}.queries[0].parameters`, "uses @t but parameters does not declare it");
        const q = valid();
        q.queries[0].parameters = { "@t": "x", "@status": "open" } as never;
        expectProblem(withPatterns(q), `${AP}.queries[0].parameters["@status"]`, "does not use @status", "@t");
    });

    it("rejects parameter names without '@' and duplicate query names", () => {
        const p = valid();
        p.queries[0].parameters = { t: "x" } as never;
        expectProblem(withPatterns(p), `${AP}.queries[0].parameters`, "parameter 't' is not a parameter name", "'@' followed by");
        const d = valid();
        d.queries.push({ ...d.queries[0] });
        expectProblem(withPatterns(d), `${AP}.queries[1].name`, "'open' is declared twice", "queries[0]");
    });

    it("rejects workload figures that contradict each other or the limits", () => {
        expectProblem(withPatterns({ ...valid(), averageRUs: 2000 }), `${AP}.averageRUs`, "above peakRUs (1000)");
        expectProblem(withPatterns({ ...valid(), hotKeyShare: 0.001 }), `${AP}.hotKeyShare`, "below 1 / partitionKeyCardinality");
        expectProblem(withPatterns({ ...valid(), itemSizeKB: 4096 }), `${AP}.itemSizeKB`, "at most 2 MB", "got 4096");
        expectProblem(withPatterns({ ...valid(), partitionKeyCardinality: 0 }), `${AP}.partitionKeyCardinality`, "at least 1");
        expectProblem(withPatterns({ ...valid(), dataSizeGB: -1 }), `${AP}.dataSizeGB`, "above 0");
        expectProblem(withPatterns({ ...valid(), extra: 1 }), AP, "unknown key 'extra'", "dataSizeGB");
    });

    it("accepts a gateway of a known size with 1 to 5 nodes, and builds its service properties", () => {
        const raw = baseline();
        raw.gateway = { size: "Cosmos.D8s", instances: 2 };
        assert.deepStrictEqual(parse(raw).gateway, { size: "Cosmos.D8s", instances: 2 });
        assert.strictEqual(parse(baseline()).gateway, undefined);
        assert.deepStrictEqual(gatewayProperties({ size: "Cosmos.D8s", instances: 2 }), {
            serviceType: "SqlDedicatedGateway",
            instanceSize: "Cosmos.D8s",
            instanceCount: 2,
            dedicatedGatewayType: "IntegratedCache",
        });
        raw.gateway = { size: "D4s", instances: 6 };
        expectProblem(raw, "gateway.size", "one of Cosmos.D4s, Cosmos.D8s, Cosmos.D16s", 'got "D4s"');
        expectProblem(raw, "gateway.instances", "1 to 5 instances", "got 6");
    });
});
