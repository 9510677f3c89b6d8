import * as assert from "assert";
import { checkIndexPath, checkPropertyPath, checkRootWildcard, checkSpatialPath, ETAG_PATH, normaliseIndexingPolicy } from "../components/sql/indexing";

describe("index policy normalisation", () => {
    it("emits the service default for a container that declares nothing", () => {
        assert.deepStrictEqual(normaliseIndexingPolicy(), {
            indexingMode: "consistent",
            automatic: true,
            includedPaths: [{ path: "/*" }],
            excludedPaths: [{ path: ETAG_PATH }],
        });
    });

    it("appends the _etag exclusion once, after the declared paths", () => {
        const p = normaliseIndexingPolicy({ includedPaths: ["/*"], excludedPaths: ["/big/*"] });
        assert.deepStrictEqual(p.excludedPaths, [{ path: "/big/*" }, { path: ETAG_PATH }]);
        const again = normaliseIndexingPolicy({ includedPaths: ["/*"], excludedPaths: [ETAG_PATH, "/big/*"] });
        assert.deepStrictEqual(again.excludedPaths, [{ path: ETAG_PATH }, { path: "/big/*" }]);
    });

    it("trims and de-duplicates paths, keeping the declared order", () => {
        const p = normaliseIndexingPolicy({ includedPaths: [" /b/? ", "/a/?", "/b/?"], excludedPaths: ["/*"] });
        assert.deepStrictEqual(p.includedPaths, [{ path: "/b/?" }, { path: "/a/?" }]);
    });

    it("makes composite orders and spatial types explicit", () => {
        const p = normaliseIndexingPolicy({
            includedPaths: ["/*"],
            compositeIndexes: [[{ path: "/status" }, { path: "/createdAt", order: "descending" }]],
            spatialIndexes: [{ path: "/location/*" }],
        });
        assert.deepStrictEqual(p.compositeIndexes, [
            [
                { path: "/status", order: "ascending" },
                { path: "/createdAt", order: "descending" },
            ],
        ]);
        assert.deepStrictEqual(p.spatialIndexes, [{ path: "/location/*", types: ["Point", "LineString", "Polygon", "MultiPolygon"] }]);
    });

    it("gives mode none no paths and automatic false", () => {
        assert.deepStrictEqual(normaliseIndexingPolicy({ mode: "none" }), { indexingMode: "none", automatic: false, includedPaths: [], excludedPaths: [] });
    });

    it("is idempotent: normalising the normalised form changes nothing", () => {
        const first = normaliseIndexingPolicy({ includedPaths: ["/*"], excludedPaths: ["/x/*"], compositeIndexes: [[{ path: "/a" }, { path: "/b" }]] });
        const second = normaliseIndexingPolicy({
            includedPaths: first.includedPaths.map((p) => p.path),
            excludedPaths: first.excludedPaths.map((p) => p.path),
            compositeIndexes: first.compositeIndexes,
        });
        assert.deepStrictEqual(second, first);
    });
});

describe("path checks", () => {
    it("accepts index paths ending in /? or /*, quoted segments and array items", () => {
        for (const p of ["/*", "/name/?", "/a/b/*", '/"my-prop"/?', "/tags/[]/?", ETAG_PATH]) assert.strictEqual(checkIndexPath(p), undefined, p);
    });

    it("rejects index paths without a leading slash, a proper ending, or with bad segments", () => {
        assert.match(checkIndexPath("name/?") ?? "", /starts with/);
        assert.match(checkIndexPath("/name") ?? "", /ends in/);
        assert.match(checkIndexPath("/my-prop/?") ?? "", /quoted name/);
    });

    it("accepts property paths and rejects wildcards", () => {
        assert.strictEqual(checkPropertyPath("/tenantId"), undefined);
        assert.strictEqual(checkPropertyPath("/address/city"), undefined);
        assert.match(checkPropertyPath("/tenantId/*") ?? "", /without a trailing/);
        assert.match(checkPropertyPath("tenantId") ?? "", /starts with/);
    });

    it("accepts spatial paths that end in /* after a property", () => {
        assert.strictEqual(checkSpatialPath("/location/*"), undefined);
        assert.match(checkSpatialPath("/*") ?? "", /followed by/);
        assert.match(checkSpatialPath("/location") ?? "", /followed by/);
    });

    it("places the root wildcard in exactly one list", () => {
        assert.strictEqual(checkRootWildcard({}), undefined);
        assert.strictEqual(checkRootWildcard({ includedPaths: ["/*"] }), undefined);
        assert.strictEqual(checkRootWildcard({ excludedPaths: ["/*"], includedPaths: ["/a/?"] }), undefined);
        assert.match(checkRootWildcard({ includedPaths: ["/*"], excludedPaths: ["/*"] }) ?? "", /both/);
        assert.match(checkRootWildcard({ includedPaths: ["/a/?"] }) ?? "", /neither/);
        assert.strictEqual(checkRootWildcard({ mode: "none" }), undefined);
    });
});
