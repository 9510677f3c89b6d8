import * as assert from "assert";
import { analyzeQuery } from "../../tooling/queries/analyze";
import { computedPropertyProblems } from "../../stack/queries/computed";
import { isIndexed, policyFromInputs } from "../../tooling/queries/index-policy";
import { parseQuery } from "../../stack/queries/parser";
import { computedPropertiesFromInputs, searchPolicyFromInputs } from "../../tooling/queries/search-policy";
import { shapeOf } from "../../stack/queries/shape";
import { codes, container, query, withCode } from "./helpers";

const LOWER_NAME = { name: "cp_lowerName", query: "SELECT VALUE LOWER(c.name) FROM c" };
const YEAR = { name: "cp_year", query: "SELECT VALUE DateTimePart('yyyy', p.createdAt) FROM products p" };
const withComputed = (indexingPolicy?: Record<string, unknown>) =>
    container({ resource: { computedProperties: [LOWER_NAME, YEAR], ...(indexingPolicy ? { indexingPolicy } : {}) } });
const run = (sql: string, indexingPolicy?: Record<string, unknown>, parameters: Record<string, unknown> = {}) =>
    analyzeQuery(query(sql, 1, parameters), withComputed(indexingPolicy), 1).entry;

describe("queries: computed properties", () => {
    it("indexes a computed property only through a path that names it, never through /*", () => {
        const computed = new Set(["cp_lowerName"]);
        const policy = (included: string[], excluded: string[] = []) =>
            policyFromInputs({ includedPaths: included.map((path) => ({ path })), excludedPaths: excluded.map((path) => ({ path })) });
        assert.strictEqual(isIndexed("/cp_lowerName", policy(["/*"]), computed), false);
        assert.strictEqual(isIndexed("/cp_lowerName", policy(["/*"])), true, "a persisted property of that name is covered by /*");
        assert.strictEqual(isIndexed("/cp_lowerName", policy(["/*", "/cp_lowerName/?"]), computed), true);
        assert.strictEqual(isIndexed("/cp_lowerName", policy(["/cp_lowerName/*"], ["/*"]), computed), true);
        assert.strictEqual(isIndexed("/cp_lowerName", policy(["/*", "/cp_lowerName/?"], ["/cp_lowerName/*"]), computed), true, "/? beats /* at the same depth");
        assert.strictEqual(isIndexed("/other/cp_lowerName", policy(["/*"]), computed), true, "only top-level paths are computed");
    });

    it("fails ORDER BY on a computed property that is not indexed, and accepts it indexed", () => {
        const [f] = withCode(run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.cp_lowerName").findings, "order-by-computed-unindexed");
        assert.strictEqual(f.severity, "error");
        assert.match(f.message, /include \/cp_lowerName\/\?/);
        assert.deepStrictEqual(
            codes(
                run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.cp_lowerName", { includedPaths: [{ path: "/*" }, { path: "/cp_lowerName/?" }] }).findings,
            ),
            [],
        );
    });

    it("warns on a filter on an unindexed computed property, as a computed property, not an excluded path", () => {
        const e = run("SELECT * FROM c WHERE c.tenantId = @t AND c.cp_year = 2024");
        assert.strictEqual(withCode(e.findings, "computed-not-indexed")[0].severity, "warning");
        assert.ok(!codes(e.findings).includes("filter-excluded"));
        assert.deepStrictEqual(
            codes(run("SELECT * FROM c WHERE c.tenantId = @t AND c.cp_year = 2024", { includedPaths: [{ path: "/*" }, { path: "/cp_year/?" }] }).findings),
            [],
        );
    });

    it("asks the minimal policy to name the computed properties a query uses", () => {
        const { needs } = analyzeQuery(query("SELECT * FROM c WHERE c.tenantId = @t AND c.cp_year > 2020"), withComputed(), 1);
        assert.deepStrictEqual(needs.paths, ["/tenantId", "/cp_year"]);
    });

    it("points an ORDER BY on an expression to the computed property that holds it, whatever the aliases", () => {
        const indexed = { includedPaths: [{ path: "/*" }, { path: "/cp_lowerName/?" }] };
        const [f] = withCode(run("SELECT * FROM products p WHERE p.tenantId = @t ORDER BY LOWER(p.name)", indexed).findings, "order-by-expression");
        assert.match(f.message, /ORDER BY p\.cp_lowerName, the computed property that holds this expression/);
        const [g] = withCode(run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY DateTimePart('yyyy', c.createdAt)").findings, "order-by-expression");
        assert.match(g.message, /ORDER BY c\.cp_year/);
        const [h] = withCode(run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY UPPER(c.name)").findings, "order-by-expression");
        assert.match(h.message, /define an indexed computed property/);
    });

    it("notes a WHERE clause that computes what a computed property holds", () => {
        const [f] = withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND LOWER(c.name) = @n").findings, "computed-property-available");
        assert.strictEqual(f.severity, "info");
        assert.match(f.message, /filter on c\.cp_lowerName/);
        assert.ok(!codes(run("SELECT * FROM c WHERE c.tenantId = @t AND LOWER(c.city) = @n").findings).includes("computed-property-available"));
    });

    it("accepts a computed property query Cosmos DB accepts and names each constraint a bad one breaks", () => {
        assert.deepStrictEqual(computedPropertyProblems("SELECT VALUE LOWER(c.name) FROM c"), []);
        assert.deepStrictEqual(computedPropertyProblems('SELECT VALUE StringSplit(p.sku, "-") FROM products p'), []);
        const cases: [string, string][] = [
            ["SELECT LOWER(c.name) FROM c", "needs a VALUE projection (SELECT VALUE ...)"],
            ["SELECT VALUE 1", "needs a FROM clause on the root item (FROM c)"],
            ["SELECT VALUE l.sku FROM c JOIN l IN c.lines", "cannot use JOIN"],
            ["SELECT VALUE c.a FROM c WHERE c.b = 1", "cannot use WHERE"],
            ["SELECT TOP 1 VALUE c.a FROM c", "cannot use TOP"],
            ["SELECT DISTINCT VALUE c.a FROM c", "cannot use DISTINCT"],
            ["SELECT VALUE c.a FROM c ORDER BY c.a", "cannot use ORDER BY"],
            ["SELECT VALUE EXISTS(SELECT VALUE t FROM t IN c.tags) FROM c", "cannot use EXISTS"],
            ["SELECT VALUE FIRST(SELECT VALUE t FROM t IN c.tags) FROM c", "cannot use FIRST"],
            ["SELECT VALUE (SELECT VALUE COUNT(1) FROM t IN c.tags) FROM c", "cannot use a scalar subquery"],
            ["SELECT VALUE GetCurrentDateTime() FROM c", "cannot call GETCURRENTDATETIME (aggregate, spatial and nondeterministic functions are refused)"],
            ["SELECT VALUE udf.tax(c.total) FROM c", "cannot call a user-defined function (udf.tax)"],
        ];
        for (const [sql, problem] of cases) assert.deepStrictEqual(computedPropertyProblems(sql), [problem], sql);
        assert.match(computedPropertyProblems("SELECT VALUE c.$x FROM c")[0], /^not valid Cosmos DB SQL: syntax error at line 1, column 16/);
    });

    it("reads computed properties and search settings from a container's resource, skipping incomplete entries", () => {
        assert.deepStrictEqual(computedPropertiesFromInputs({ computedProperties: [LOWER_NAME, { name: "x" }, { query: "SELECT VALUE 1 FROM c" }, "junk"] }), [
            LOWER_NAME,
        ]);
        assert.deepStrictEqual(computedPropertiesFromInputs(undefined), []);
        assert.deepStrictEqual(
            searchPolicyFromInputs({
                vectorEmbeddingPolicy: { vectorEmbeddings: [{ path: "/v", dimensions: 8 }, { dimensions: 3 }] },
                indexingPolicy: { vectorIndexes: [{ path: "/v", type: "quantizedFlat", quantizationByteSize: 96 }], fullTextIndexes: [{ path: "/t" }, {}] },
            }),
            {
                vectorEmbeddings: [{ path: "/v", dataType: "float32", dimensions: 8, distanceFunction: "cosine" }],
                vectorIndexes: [{ path: "/v", type: "quantizedFlat", quantizationByteSize: 96 }],
                fullTextPaths: [],
                fullTextIndexes: ["/t"],
            },
        );
    });
});

describe("queries: paths through [...]", () => {
    const filters = (sql: string, values: Record<string, unknown> = {}) => shapeOf(parseQuery(sql), values);

    it("resolves a declared parameter or a constant expression in [...] to a property or an array position", () => {
        assert.deepStrictEqual(filters("SELECT * FROM c WHERE c[@key] = 1", { "@key": "status" }).filters, [{ kind: "eq", path: "/status" }]);
        assert.deepStrictEqual(filters("SELECT * FROM c WHERE c.lines[@i].qty > 1", { "@i": 2 }).filters, [{ kind: "range", path: "/lines/[]/qty" }]);
        assert.deepStrictEqual(filters(`SELECT * FROM c WHERE c["sta" || "tus"] = 1 AND c.arr[1 + 1] > 2 AND c["$type"] = 'order'`).filters, [
            { kind: "eq", path: "/status" },
            { kind: "range", path: "/arr/[]" },
            { kind: "eq", path: '/"$type"' },
        ]);
    });

    it("takes a parameter without a value as an array position, and a document-dependent key as no path", () => {
        assert.deepStrictEqual(filters("SELECT * FROM c WHERE c.lines[@i].qty > 1").filters, [{ kind: "range", path: "/lines/[]/qty" }]);
        const s = filters("SELECT * FROM c WHERE c[c.field] = 1");
        assert.deepStrictEqual([s.filters, s.otherFilterPaths], [[], ["/field"]]);
    });

    it("analyses a query with c[@key] against the index as the property it names", () => {
        const e = analyzeQuery(
            query("SELECT * FROM c WHERE c.tenantId = @t AND c[@key] = 1", 1, { "@key": "secret" }),
            container({ policy: { excludedPaths: [{ path: "/secret/?" }] } }),
            1,
        ).entry;
        assert.match(withCode(e.findings, "filter-excluded")[0].message, /filters on \/secret,/);
    });
});
