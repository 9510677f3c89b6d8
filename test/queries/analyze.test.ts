import * as assert from "assert";
import { analyzeQuery } from "../../tooling/queries/analyze";
import { isIndexed, policyFromInputs } from "../../tooling/queries/index-policy";
import { parseQuery } from "../../stack/queries/parser";
import { shapeOf } from "../../stack/queries/shape";
import { codes, container, query, withCode } from "./helpers";

const run = (sql: string, options: Parameters<typeof container>[0] = {}, calls = 1, partitions = 4) =>
    analyzeQuery(query(sql, calls), container(options), partitions).entry;

const OPT_IN = (...paths: string[]) => ({ includedPaths: paths.map((path) => ({ path })), excludedPaths: [{ path: "/*" }] });

describe("queries: analyzer — partition routing", () => {
    it("routes a query that fixes the key by equality to one partition", () => {
        const e = run("SELECT * FROM c WHERE c.tenantId = @t AND c.status = 'open'");
        assert.deepStrictEqual([e.routing, e.partitionKeyFixed, e.fanOut], ["single", ["/tenantId"], 1]);
        assert.deepStrictEqual(codes(e.findings), []);
    });

    it("resolves FROM ROOT without an alias", () => {
        assert.strictEqual(run("SELECT root.id FROM root WHERE root.tenantId = @t").routing, "single");
    });

    it("treats the key on the right of '=' and IN with one value as fixed", () => {
        assert.strictEqual(run("SELECT * FROM c WHERE @t = c.tenantId").routing, "single");
        assert.strictEqual(run("SELECT * FROM c WHERE c.tenantId IN (@t)").routing, "single");
    });

    it("fans out a query that filters the key by range, OR or not at all", () => {
        for (const sql of ["SELECT * FROM c WHERE c.tenantId > @t", "SELECT * FROM c WHERE c.tenantId = @a OR c.tenantId = @b", "SELECT * FROM c"]) {
            const e = run(sql);
            assert.deepStrictEqual([e.routing, e.fanOut], ["cross", 4], sql);
            withCode(e.findings, "cross-partition");
        }
    });

    it("limits the fan-out of IN on the key to the values listed", () => {
        const e = run("SELECT * FROM c WHERE c.tenantId IN ('a', 'b')", {}, 1, 8);
        assert.deepStrictEqual([e.routing, e.fanOut], ["cross", 2]);
    });

    it("warns on a cross-partition query on a hot path and only notes a rare one", () => {
        assert.strictEqual(withCode(run("SELECT * FROM c WHERE c.status = 'open'", {}, 5).findings, "cross-partition")[0].severity, "warning");
        assert.strictEqual(withCode(run("SELECT * FROM c WHERE c.status = 'open'", {}, 0.1).findings, "cross-partition")[0].severity, "info");
    });

    it("routes a hierarchical key's prefix to one partition and notes it; a later level alone fans out", () => {
        const keys = ["/tenantId", "/customerId"];
        const prefix = run("SELECT * FROM c WHERE c.tenantId = @t", { keys });
        assert.deepStrictEqual([prefix.routing, prefix.partitionKeyFixed], ["single", ["/tenantId"]]);
        withCode(prefix.findings, "key-prefix");
        const full = run("SELECT * FROM c WHERE c.customerId = @c AND c.tenantId = @t", { keys });
        assert.deepStrictEqual([full.routing, full.partitionKeyFixed], ["single", keys]);
        assert.ok(!codes(full.findings).includes("key-prefix"));
        assert.strictEqual(run("SELECT * FROM c WHERE c.customerId = @c", { keys }).routing, "cross");
    });

    it("suggests a point read when id and the whole key are fixed", () => {
        withCode(run("SELECT * FROM c WHERE c.id = @id AND c.tenantId = @t").findings, "point-read");
        assert.ok(!codes(run("SELECT * FROM c WHERE c.id = @id").findings).includes("point-read"));
    });

    it("estimates the RU charge from the fan-out unless a measurement is declared", () => {
        const estimated = run("SELECT * FROM c", {}, 1, 5);
        assert.deepStrictEqual(estimated.ruPerCall, { value: 15, measured: false });
        const measured = analyzeQuery({ ...query("SELECT * FROM c"), ruPerCall: 42 }, container(), 5).entry;
        assert.deepStrictEqual(measured.ruPerCall, { value: 42, measured: true });
    });
});

describe("queries: analyzer — index coverage", () => {
    it("rejects ORDER BY on several properties without a composite index (error)", () => {
        const e = run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.status ASC, c.createdAt DESC");
        const [f] = withCode(e.findings, "order-by-composite-missing");
        assert.strictEqual(f.severity, "error");
        assert.match(f.message, /\(\/status ASC, \/createdAt DESC\)/);
    });

    it("accepts the composite in the same directions or all reversed, not mixed or reordered", () => {
        const policy = {
            compositeIndexes: [
                [
                    { path: "/status", order: "ascending" },
                    { path: "/createdAt", order: "descending" },
                ],
            ],
        };
        const ok = (sql: string) => assert.ok(!codes(run(sql, { policy }).findings).includes("order-by-composite-missing"), sql);
        const rejected = (sql: string) => withCode(run(sql, { policy }).findings, "order-by-composite-missing");
        ok("SELECT * FROM c ORDER BY c.status ASC, c.createdAt DESC");
        ok("SELECT * FROM c ORDER BY c.status DESC, c.createdAt ASC");
        rejected("SELECT * FROM c ORDER BY c.status ASC, c.createdAt ASC");
        rejected("SELECT * FROM c ORDER BY c.createdAt DESC, c.status ASC");
        rejected("SELECT * FROM c ORDER BY c.status ASC, c.createdAt DESC, c.id ASC");
    });

    it("rejects ORDER BY on an excluded path and on a computed expression", () => {
        const excluded = withCode(
            run("SELECT * FROM c ORDER BY c.payload.size", { policy: { excludedPaths: [{ path: "/payload/*" }] } }).findings,
            "order-by-excluded",
        );
        assert.strictEqual(excluded[0].severity, "error");
        assert.strictEqual(withCode(run("SELECT * FROM c ORDER BY LOWER(c.name)").findings, "order-by-expression")[0].severity, "error");
    });

    it("orders by id and _ts under an opt-in policy that lists neither", () => {
        assert.deepStrictEqual(codes(run("SELECT * FROM c WHERE c.tenantId = @t ORDER BY c._ts DESC", { policy: OPT_IN("/status/?") }).findings), []);
    });

    it("warns on a filter on an excluded path, including through a JOIN alias", () => {
        const policy = { excludedPaths: [{ path: "/lines/*" }] };
        const [f] = withCode(run("SELECT VALUE c.id FROM c JOIN l IN c.lines WHERE c.tenantId = @t AND l.sku = @sku", { policy }).findings, "filter-excluded");
        assert.strictEqual(f.severity, "warning");
        assert.match(f.message, /\/lines\/\[\]\/sku/);
    });

    it("does not ask the index for the partition key paths a single-partition query fixes", () => {
        assert.deepStrictEqual(codes(run("SELECT * FROM c WHERE c.tenantId = @t AND c.status = @s", { policy: OPT_IN("/status/?") }).findings), []);
    });

    it("warns on a spatial filter without a spatial index and accepts one with it", () => {
        const sql = "SELECT * FROM c WHERE c.tenantId = @t AND ST_DISTANCE(c.location, @here) < 500";
        assert.strictEqual(withCode(run(sql).findings, "spatial-index-missing")[0].severity, "warning");
        const policy = { spatialIndexes: [{ path: "/location/*", types: ["Point"] }] };
        assert.deepStrictEqual(codes(run(sql, { policy }).findings), []);
        withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND ST_WITHIN(c.location, @area)").findings, "spatial-index-missing");
    });

    it("rejects filters and sorts on a container with indexing mode none", () => {
        const policy = { indexingMode: "none", automatic: false, includedPaths: [], excludedPaths: [] };
        assert.strictEqual(
            withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND c.status = 'x'", { policy }).findings, "indexing-none")[0].severity,
            "error",
        );
        assert.ok(!codes(run("SELECT * FROM c", { policy }).findings).includes("indexing-none"));
    });

    it("advises a composite for an equality filter with ORDER BY, with the rewritten ORDER BY", () => {
        const [f] = withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND c.status = @s ORDER BY c.createdAt DESC").findings, "composite-advice");
        assert.strictEqual(f.severity, "info");
        assert.match(f.message, /\(\/status ASC, \/createdAt DESC\) with ORDER BY c\.status ASC, c\.createdAt DESC/);
    });

    it("points to an existing composite, reversed, that serves the query once ORDER BY names the filtered path", () => {
        const policy = {
            compositeIndexes: [
                [
                    { path: "/status", order: "descending" },
                    { path: "/createdAt", order: "ascending" },
                ],
            ],
        };
        const [f] = withCode(
            run("SELECT * FROM c WHERE c.tenantId = @t AND c.status = @s ORDER BY c.createdAt DESC", { policy }).findings,
            "composite-rewrite",
        );
        assert.match(f.message, /ORDER BY c\.status ASC, c\.createdAt DESC$/);
    });

    it("advises a composite for equality plus range filters and for several ranges, but not for one range", () => {
        assert.match(
            withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND c.kind = @k AND c.total > 10").findings, "composite-advice")[0].message,
            /\(\/kind ASC, \/total ASC\)/,
        );
        withCode(run("SELECT * FROM c WHERE c.tenantId = @t AND c.total > 10 AND c.createdAt > @since").findings, "composite-advice");
        assert.deepStrictEqual(codes(run("SELECT * FROM c WHERE c.tenantId = @t AND c.total > 10").findings), []);
    });

    it("notes OFFSET LIMIT paging and undeclared parameters", () => {
        withCode(run("SELECT * FROM c WHERE c.tenantId = @t OFFSET 100 LIMIT 10").findings, "offset-limit");
        const e = analyzeQuery({ name: "q", sql: "SELECT * FROM c WHERE c.tenantId = @t", parameters: {}, callsPerSecond: 1 }, container(), 1).entry;
        withCode(e.findings, "parameter-undeclared");
    });

    it("reports a syntax error as an error finding with its position", () => {
        const [f] = withCode(run("SELECT * FROM c WHERE").findings, "syntax");
        assert.match(f.message, /line 1, column 22/);
    });
});

describe("queries: index paths and query shapes", () => {
    it("lets the most precise path win, and /? beat /* at the same depth", () => {
        const policy = policyFromInputs({ includedPaths: [{ path: "/*" }, { path: "/a/b/?" }], excludedPaths: [{ path: "/a/*" }, { path: "/c/?" }] });
        assert.deepStrictEqual(
            ["/x", "/a/b", "/a/z", "/a", "/c", "/c/d", "/id"].map((p) => isIndexed(p, policy)),
            [true, true, false, false, false, true, true],
        );
    });

    it("reads the service default (index everything) when a record has no policy", () => {
        assert.ok(isIndexed("/anything/deep", policyFromInputs(undefined)));
    });

    it("resolves aliases, JOINs, quoted names and EXISTS subqueries to document paths", () => {
        const s = shapeOf(
            parseQuery(
                `SELECT * FROM orders o JOIN l IN o.lines WHERE o["my-tenant"] = @t AND ARRAY_CONTAINS(o.tags, 'x') AND l.qty > 2 AND EXISTS(SELECT VALUE t FROM t IN o.notes WHERE t.author = @u)`,
            ),
        );
        assert.deepStrictEqual(s.filters, [
            { kind: "eq", path: '/"my-tenant"' },
            { kind: "array-contains", path: "/tags/[]" },
            { kind: "range", path: "/lines/[]/qty" },
        ]);
        assert.deepStrictEqual(s.otherFilterPaths, ["/notes/[]/author"]);
        assert.deepStrictEqual(s.parameters, ["@t", "@u"]);
    });
});
