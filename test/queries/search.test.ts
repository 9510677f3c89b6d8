import * as assert from "assert";
import { indexAdviceFor } from "../../tooling/queries/advice";
import { analyzeAccessPatterns, searchWorkload } from "../../tooling/queries/analysis";
import { analyzeQuery } from "../../tooling/queries/analyze";
import type { Finding } from "../../tooling/queries/findings";
import { factsFromRecords } from "../../tooling/queries/records";
import { SearchWorkload } from "../../tooling/queries/search";
import { codes, containerRecord, factsOf, query, withCode, workload } from "./helpers";
import { PRODUCT_SEARCH_ACCESS_PATTERNS, PRODUCT_SEARCH_RESOURCE } from "./product-search";

/** A container record with a 256-dimension float32 embedding on /v (1 KB a vector), full text on /text, and the vector index given. */
function searchContainer(vectorIndex?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    return factsOf(
        containerRecord({
            vectorEmbeddingPolicy: { vectorEmbeddings: [{ path: "/v", dataType: "float32", dimensions: 256, distanceFunction: "cosine" }] },
            fullTextPolicy: { defaultLanguage: "en-US", fullTextPaths: [{ path: "/text", language: "en-US" }] },
            indexingPolicy: {
                includedPaths: [{ path: "/*" }],
                excludedPaths: [{ path: '/"_etag"/?' }, { path: "/v/*" }],
                fullTextIndexes: [{ path: "/text" }],
                ...(vectorIndex ? { vectorIndexes: [vectorIndex] } : {}),
            },
            ...extra,
        }),
    );
}

const BIG: SearchWorkload = { itemsPerPartition: 100_000, itemsPerKey: 250, itemSizeKB: 2 };
const run = (sql: string, c = searchContainer({ path: "/v", type: "diskANN" }), w: SearchWorkload | undefined = BIG, partitions = 1) =>
    analyzeQuery(query(sql), c, partitions, w).entry;
const severityOf = (findings: readonly Finding[], code: string) => withCode(findings, code)[0].severity;
/** Finding codes other than routing: these queries are about search, most do not fix the key. */
const searchCodes = (findings: readonly Finding[]) => codes(findings).filter((c) => c !== "cross-partition");

describe("queries: vector search", () => {
    it("accepts a TOP vector search on a path with an embedding policy and a vector index", () => {
        assert.deepStrictEqual(codes(run("SELECT TOP 10 c.id FROM c WHERE c.tenantId = @t ORDER BY VectorDistance(c.v, @q)").findings), []);
    });

    it("fails VectorDistance on a path the vector embedding policy does not declare (error)", () => {
        const [f] = withCode(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.other, @q)").findings, "vector-policy-missing");
        assert.strictEqual(f.severity, "error");
        assert.match(f.message, /VectorDistance on \/other/);
        // Either argument may be the document's vector.
        assert.match(
            withCode(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(@q, c.other)").findings, "vector-policy-missing")[0].message,
            /on \/other/,
        );
        const bare = factsOf(containerRecord({}));
        assert.strictEqual(severityOf(run("SELECT TOP 5 * FROM c ORDER BY RANK VectorDistance(c.v, @q)", bare).findings, "vector-policy-missing"), "error");
    });

    it("warns on a vector search whose path has a policy but no vector index", () => {
        const [f] = withCode(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)", searchContainer()).findings, "vector-index-missing");
        assert.strictEqual(f.severity, "warning");
        assert.ok(!codes(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)").findings).includes("vector-index-missing"));
    });

    it("warns on ORDER BY VectorDistance or ORDER BY RANK without TOP, not with it", () => {
        assert.strictEqual(severityOf(run("SELECT c.id FROM c ORDER BY VectorDistance(c.v, @q)").findings, "search-top-missing"), "warning");
        assert.strictEqual(severityOf(run("SELECT c.id FROM c ORDER BY RANK FullTextScore(c.text, 'bike')").findings, "search-top-missing"), "warning");
        assert.ok(!codes(run("SELECT TOP @k c.id FROM c ORDER BY RANK FullTextScore(c.text, 'bike')").findings).includes("search-top-missing"));
        // A projected distance with no vector ordering is not a search.
        assert.ok(!codes(run("SELECT c.id, VectorDistance(c.v, @q) AS d FROM c").findings).includes("search-top-missing"));
    });

    it("notes brute force, a quantized index still under 1,000 vectors, and flat indexes past 50,000 vectors", () => {
        withCode(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q, true)").findings, "vector-brute-force");
        const small = run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)", undefined, { itemsPerPartition: 600, itemsPerKey: 6, itemSizeKB: 2 });
        assert.strictEqual(severityOf(small.findings, "vector-index-fallback"), "info");
        assert.match(
            withCode(
                run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)", searchContainer({ path: "/v", type: "quantizedFlat" })).findings,
                "vector-index-choice",
            )[0].message,
            /diskANN above 50,000/,
        );
        assert.ok(!codes(run("SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)").findings).some((c) => c.startsWith("vector-index")));
    });

    it("does not ask the range index for searched vector or text paths", () => {
        const e = analyzeQuery(
            query("SELECT TOP 10 c.id FROM c WHERE FullTextContains(c.text, 'x') AND VectorDistance(c.v, @q) > 0.8 ORDER BY VectorDistance(c.v, @q)"),
            searchContainer({ path: "/v", type: "diskANN" }),
            1,
            BIG,
        );
        assert.ok(!codes(e.entry.findings).includes("filter-excluded"), "the embedding is excluded from the range index on purpose");
        assert.deepStrictEqual(e.needs.paths, []);
    });
});

describe("queries: full-text search and ranking", () => {
    it("fails FullTextScore on a path without a full-text index, and warns for FullTextContains (it runs, scanning)", () => {
        const score = withCode(run("SELECT TOP 10 c.id FROM c ORDER BY RANK FullTextScore(c.title, 'bike')").findings, "full-text-index-missing")[0];
        assert.deepStrictEqual([score.severity, /neither the full-text policy .* nor a full-text index/.test(score.message)], ["error", true]);
        for (const fn of ["FullTextContains", "FullTextContainsAll", "FullTextContainsAny"]) {
            const [f] = withCode(run(`SELECT TOP 10 c.id FROM c WHERE ${fn}(c.title, 'a', 'b')`).findings, "full-text-index-missing");
            assert.strictEqual(f.severity, "warning", fn);
            assert.ok(f.message.startsWith(`${fn} on /title`), f.message);
        }
        assert.deepStrictEqual(
            searchCodes(run("SELECT TOP 10 c.id FROM c WHERE FullTextContainsAll(c.text, 'a', 'b') ORDER BY RANK FullTextScore(c.text, 'a')").findings),
            [],
        );
    });

    it("says which half is missing: the full-text policy path or the full-text index", () => {
        const policyOnly = searchContainer(undefined, { indexingPolicy: { includedPaths: [{ path: "/*" }] } });
        assert.match(
            withCode(run("SELECT TOP 3 * FROM c ORDER BY RANK FullTextScore(c.text, 'a')", policyOnly).findings, "full-text-index-missing")[0].message,
            /the full-text policy names \/text but no full-text index does/,
        );
        const indexOnly = searchContainer(undefined, { fullTextPolicy: { fullTextPaths: [] } });
        assert.match(
            withCode(run("SELECT TOP 3 * FROM c ORDER BY RANK FullTextScore(c.text, 'a')", indexOnly).findings, "full-text-index-missing")[0].message,
            /a full-text index names \/text but the full-text policy does not/,
        );
    });

    it("fails FullTextScore anywhere but ORDER BY RANK or inside RRF", () => {
        for (const sql of [
            "SELECT TOP 5 FullTextScore(c.text, 'a') AS s FROM c",
            "SELECT TOP 5 * FROM c WHERE FullTextScore(c.text, 'a') > 1",
            "SELECT TOP 5 * FROM c ORDER BY FullTextScore(c.text, 'a')",
        ]) {
            assert.strictEqual(severityOf(run(sql).findings, "full-text-score-placement"), "error", sql);
        }
        assert.deepStrictEqual(searchCodes(run("SELECT TOP 5 * FROM c ORDER BY RANK RRF(FullTextScore(c.text, 'a'), VectorDistance(c.v, @q))").findings), []);
    });

    it("fails RRF outside ORDER BY RANK, a non-scoring ORDER BY RANK, and RRF over something else than scores", () => {
        assert.strictEqual(
            severityOf(run("SELECT TOP 5 RRF(FullTextScore(c.text, 'a'), VectorDistance(c.v, @q)) AS s FROM c").findings, "rrf-placement"),
            "error",
        );
        assert.match(
            withCode(run("SELECT TOP 5 * FROM c ORDER BY RANK LOWER(c.text)").findings, "rank-expression")[0].message,
            /ORDER BY RANK LOWER\(\.\.\.\)/,
        );
        assert.strictEqual(severityOf(run("SELECT TOP 5 * FROM c ORDER BY RANK RRF(c.score, VectorDistance(c.v, @q))").findings, "rank-expression"), "error");
        assert.strictEqual(severityOf(run("SELECT TOP 5 * FROM c ORDER BY RANK udf.score(c.v)").findings, "rank-expression"), "error");
    });

    it("warns when RRF's weights do not match its scoring functions one for one", () => {
        assert.match(
            withCode(run("SELECT TOP 5 * FROM c ORDER BY RANK RRF(FullTextScore(c.text, 'a'), VectorDistance(c.v, @q), [2])").findings, "rrf-weights")[0]
                .message,
            /2 scoring functions but 1 weight/,
        );
        assert.ok(
            !codes(run("SELECT TOP 5 * FROM c ORDER BY RANK RRF(FullTextScore(c.text, 'a'), VectorDistance(c.v, @q), [2, 1])").findings).includes(
                "rrf-weights",
            ),
        );
    });

    it("fails FullTextScore in a query with JOIN", () => {
        assert.strictEqual(
            severityOf(run("SELECT TOP 5 c.id FROM c JOIN t IN c.tags ORDER BY RANK FullTextScore(c.text, 'a')").findings, "full-text-score-join"),
            "error",
        );
        assert.ok(!codes(run("SELECT TOP 5 c.id FROM c JOIN t IN c.tags WHERE FullTextContains(c.text, 'a')").findings).includes("full-text-score-join"));
    });
});

describe("queries: RU estimates for search", () => {
    // 1 partition, 100,000 items of 2 KB, 256 float32 dimensions (1 KB), TOP 10, 0.1 RU per KB read, 3 RU base.
    const vectorSql = "SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q)";
    const ru = (c = searchContainer(), sql = vectorSql, w: SearchWorkload | undefined = BIG) => run(sql, c, w).ruPerCall.value;

    it("prices each vector index type by what its search reads", () => {
        assert.strictEqual(ru(searchContainer()), 20003); // no index: every item loaded, 100,000 × 2 KB
        assert.strictEqual(ru(searchContainer({ path: "/v", type: "flat" })), 10003); // every full vector, 100,000 × 1 KB
        assert.strictEqual(ru(searchContainer({ path: "/v", type: "quantizedFlat" })), 629); // 100,000 × 64 B quantized + 10 × 1 KB
        assert.strictEqual(ru(searchContainer({ path: "/v", type: "diskANN" })), 13.63); // 10 × 10 candidates × (64 B + 1 KB)
        assert.strictEqual(ru(searchContainer({ path: "/v", type: "quantizedFlat", quantizationByteSize: 128 })), 1254); // (100,000 × 128 B + 10 × 1 KB) × 0.1 + 3
    });

    it("takes k from TOP or its declared parameter, the search list from searchListSizeMultiplier, and scans without TOP", () => {
        const disk = searchContainer({ path: "/v", type: "DiskANN" });
        assert.strictEqual(
            analyzeQuery(query("SELECT TOP @k c.id FROM c ORDER BY VectorDistance(c.v, @q)", 1, { "@k": 20 }), disk, 1, BIG).entry.ruPerCall.value,
            24.25,
        );
        assert.strictEqual(ru(disk, "SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q, false, {'searchListSizeMultiplier': 20})"), 24.25);
        assert.strictEqual(ru(disk, "SELECT c.id FROM c ORDER BY VectorDistance(c.v, @q)"), 20003);
        assert.strictEqual(ru(disk, "SELECT TOP 10 c.id FROM c ORDER BY VectorDistance(c.v, @q, true)"), 20003);
    });

    it("searches one key's items when the query fixes the partition key, and multiplies by the partitions visited", () => {
        const flat = searchContainer({ path: "/v", type: "flat" });
        assert.strictEqual(ru(flat, "SELECT TOP 10 c.id FROM c WHERE c.tenantId = @t ORDER BY VectorDistance(c.v, @q)"), 28); // 250 vectors × 1 KB × 0.1 + 3
        assert.strictEqual(run(vectorSql, flat, BIG, 4).ruPerCall.value, 40012);
    });

    it("prices full-text functions as index lookups with the index and as a scan without it", () => {
        assert.strictEqual(ru(searchContainer(), "SELECT TOP 10 c.id FROM c WHERE FullTextContains(c.text, 'a')"), 3);
        assert.strictEqual(ru(searchContainer(), "SELECT TOP 10 c.id FROM c ORDER BY RANK FullTextScore(c.text, 'a', 'b')"), 5);
        assert.strictEqual(ru(searchContainer(), "SELECT TOP 10 c.id FROM c WHERE FullTextContains(c.title, 'a')"), 20003);
        // Hybrid: the diskANN search and the two-term score together.
        assert.strictEqual(
            ru(
                searchContainer({ path: "/v", type: "diskANN" }),
                "SELECT TOP 10 c.id FROM c ORDER BY RANK RRF(VectorDistance(c.v, @q), FullTextScore(c.text, 'a', 'b'))",
            ),
            15.63,
        );
    });

    it("keeps a measured charge and leaves size-dependent costs out without a workload", () => {
        assert.strictEqual(analyzeQuery({ ...query(vectorSql), ruPerCall: 42 }, searchContainer(), 1, BIG).entry.ruPerCall.value, 42);
        assert.strictEqual(analyzeQuery(query(vectorSql), searchContainer({ path: "/v", type: "flat" }), 1).entry.ruPerCall.value, 3);
    });

    it("derives the items searched from the declaration: per physical partition and per key value", () => {
        assert.deepStrictEqual(searchWorkload({ dataSizeGB: 100, itemSizeKB: 4, partitionKeyCardinality: 1000 }, 2), {
            itemsPerPartition: 13107200,
            itemsPerKey: 26214.4,
            itemSizeKB: 4,
        });
    });
});

describe("queries: the product-search container", () => {
    const record = containerRecord(PRODUCT_SEARCH_RESOURCE, { autoscaleSettings: { maxThroughput: 6000 } });
    const analysis = analyzeAccessPatterns([record], [{ database: "app", container: "products", ...PRODUCT_SEARCH_ACCESS_PATTERNS }]);
    const entry = (name: string) => {
        const found = analysis.queries.find((q) => q.name === name);
        assert.ok(found, `query ${name}`);
        return found;
    };

    it("reads the vector, full-text and computed-property settings from the container record", () => {
        const [c] = factsFromRecords([record]).containers;
        assert.deepStrictEqual(c.search.vectorEmbeddings, [{ path: "/embedding", dataType: "float32", dimensions: 1536, distanceFunction: "cosine" }]);
        assert.deepStrictEqual(c.search.vectorIndexes, [{ path: "/embedding", type: "diskANN" }]);
        assert.deepStrictEqual(
            [c.search.fullTextDefaultLanguage, c.search.fullTextPaths.map((p) => p.path), c.search.fullTextIndexes],
            ["en-US", ["/name", "/description"], ["/name", "/description"]],
        );
        assert.deepStrictEqual(c.computedProperties, [{ name: "cp_lowerName", query: "SELECT VALUE LOWER(c.name) FROM c" }]);
    });

    it("analyses every declared vector, full-text, hybrid and computed-property query without an error or warning", () => {
        assert.deepStrictEqual(
            analysis.queries.map((q) => q.name),
            ["similarInCategory", "semanticSearch", "keywordSearch", "hybridSearch", "byName"],
        );
        const serious = analysis.queries.flatMap((q) => q.findings.filter((f) => f.severity !== "info").map((f) => `${q.name} ${f.code}`));
        assert.deepStrictEqual(serious, []);
        assert.deepStrictEqual(codes(entry("semanticSearch").findings), ["cross-partition"]);
    });

    it("estimates the diskANN searches from the 1536-dimension embedding and the partitions visited", () => {
        // 120 GB over 50 GB partitions: 3. TOP 10 × 10 candidates × (64 B + 6 KB) × 0.1 RU/KB = 60.63, plus 3.
        assert.deepStrictEqual([entry("similarInCategory").routing, entry("similarInCategory").ruPerCall.value], ["single", 63.63]);
        assert.deepStrictEqual([entry("semanticSearch").fanOut, entry("semanticSearch").ruPerCall.value], [3, 372.75]);
        assert.strictEqual(entry("hybridSearch").ruPerCall.value, 65.63);
        assert.strictEqual(entry("keywordSearch").ruPerCall.value, 5);
    });

    it("keeps the vector and full-text indexes in the minimal policy and names the queried computed property", () => {
        const [advice] = analysis.indexAdvice;
        assert.deepStrictEqual(advice.minimalPolicy.includedPaths, [{ path: "/categoryId/?" }, { path: "/cp_lowerName/?" }]);
        assert.deepStrictEqual(advice.minimalPolicy.vectorIndexes, [{ path: "/embedding", type: "diskANN" }]);
        assert.deepStrictEqual(advice.minimalPolicy.fullTextIndexes, [{ path: "/name" }, { path: "/description" }]);
        const plain = indexAdviceFor(factsOf(containerRecord({})), workload(), []);
        assert.strictEqual(plain.minimalPolicy.vectorIndexes, undefined);
    });
});
