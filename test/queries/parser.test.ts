import * as assert from "assert";
import type { Expr, Query } from "../../stack/queries/ast";
import { parseQuery, QuerySyntaxError } from "../../stack/queries/parser";
import { printQuery } from "../../stack/queries/print";

/** Valid queries from the Cosmos DB for NoSQL reference, one per construct. */
const VALID = [
    "SELECT * FROM c",
    "SELECT 1",
    "select value c.id from c",
    "SELECT TOP 10 c.id FROM c",
    "SELECT TOP @n c.id FROM c",
    "SELECT DISTINCT VALUE c.status FROM c",
    "SELECT DISTINCT TOP 5 c.a, c.b FROM c",
    "SELECT c.id, c.name AS customerName, c.total t FROM c",
    "SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId",
    "SELECT * FROM orders o WHERE o.total > 10",
    "SELECT * FROM ROOT r",
    "SELECT root.id FROM root WHERE root.tenantId = @t",
    "SELECT * FROM c.lines l",
    "SELECT VALUE l FROM l IN c.lines",
    "SELECT c.id, l.sku FROM c JOIN l IN c.lines",
    "SELECT c.id FROM c JOIN l IN c.lines JOIN t IN l.tags WHERE t = 'x'",
    "SELECT * FROM c WHERE c.a = 1 AND (c.b = 2 OR NOT c.c = 3)",
    "SELECT * FROM c WHERE c.a != 1 AND c.b <> 2 AND c.c <= 3 AND c.d >= 4 AND c.e < 5 AND c.f > 6",
    "SELECT * FROM c WHERE c.total BETWEEN 10 AND 20",
    "SELECT * FROM c WHERE c.total NOT BETWEEN @low AND @high",
    "SELECT * FROM c WHERE c.status IN ('open', 'paid', @other)",
    "SELECT * FROM c WHERE c.status NOT IN ('void')",
    "SELECT * FROM c WHERE c.name LIKE 'An%'",
    "SELECT * FROM c WHERE c.code LIKE 'a!%b' ESCAPE '!'",
    "SELECT * FROM c WHERE c.name NOT LIKE @pattern",
    "SELECT * FROM c WHERE IS_DEFINED(c.deletedAt) = false",
    "SELECT * FROM c WHERE ARRAY_CONTAINS(c.tags, 'vip')",
    "SELECT * FROM c WHERE ARRAY_CONTAINS(c.lines, { sku: 'A' }, true)",
    "SELECT * FROM c WHERE STARTSWITH(c.name, 'An', true) AND CONTAINS(LOWER(c.city), 'dam')",
    "SELECT * FROM c WHERE EXISTS(SELECT VALUE t FROM t IN c.tags WHERE t = 'vip')",
    "SELECT c.id, ARRAY(SELECT VALUE l.sku FROM l IN c.lines) AS skus FROM c",
    "SELECT c.id, (SELECT VALUE COUNT(1) FROM l IN c.lines) AS lineCount FROM c",
    "SELECT * FROM c WHERE ST_DISTANCE(c.location, {'type': 'Point', 'coordinates': [4.89, 52.37]}) < 5000",
    "SELECT * FROM c WHERE ST_WITHIN(c.location, @area)",
    "SELECT udf.taxFor(c.total) AS tax FROM c WHERE udf.taxFor(c.total) > 10",
    'SELECT c["my-prop"], c.tags[0], c.lines[@i].sku FROM c',
    "SELECT c.a ?? 'none', c.b ? 1 : 2, -c.c, ~c.d, c.e || 'x' FROM c",
    "SELECT c.a + c.b * c.c - c.d / 2 % 3, c.f & 1, c.g | 2, c.h ^ 3, c.i << 1, c.j >> 1, c.k >>> 1 FROM c",
    "SELECT * FROM c WHERE c.a = true OR c.b = null OR c.c = undefined OR c.d = 0x1F OR c.e = 1.5e3 OR c.f = .5",
    'SELECT * FROM c WHERE c.s = "double \\"quoted\\" \\u00e9\\n"',
    "SELECT c.status, COUNT(1) AS n FROM c GROUP BY c.status",
    "SELECT * FROM c ORDER BY c.createdAt DESC",
    "SELECT * FROM c ORDER BY c.status ASC, c.createdAt DESC",
    "SELECT * FROM c ORDER BY c.a OFFSET 10 LIMIT 20",
    "SELECT * FROM c OFFSET @skip LIMIT @take",
    'SELECT {"id": c.id, total: c.total} AS o FROM c',
    "SELECT [c.a, c.b, []] FROM c",
    "  SELECT *\n  FROM c -- all of them\n  WHERE c.a = 1 -- and a filter\n",
    // Vector and full-text search, from Microsoft's pages on ORDER BY RANK, RRF, FullTextScore, VectorDistance.
    "SELECT TOP 10 c.text FROM c ORDER BY RANK FullTextScore(c.text, 'a', 'b')",
    'SELECT TOP 10 c.text FROM c WHERE FullTextContains(c.text, "keyword1") ORDER BY RANK FullTextScore(c.text, "keyword1", "keyword2")',
    "SELECT TOP 10 * FROM c ORDER BY RANK RRF(VectorDistance(c.v, @q), FullTextScore(c.t, 'x'))",
    'SELECT TOP 10 * FROM c ORDER BY RANK RRF(FullTextScore(c.text, "keyword"), VectorDistance(c.vector, [1,2,3]), [2,1])',
    "SELECT TOP 5 * FROM c ORDER BY RANK VectorDistance(c.vector1, [1,2,3]) DESC, FullTextScore(c.t, 'x')",
    "SELECT TOP @k * FROM c WHERE FullTextContains(c.text, 'red') AND FullTextContainsAll(c.text, 'a', 'b') AND FullTextContainsAny(c.text, 'bicycle', 'skateboard')",
    "SELECT TOP 10 s.name, VectorDistance(c.vector1, @v, true, {'distanceFunction':'cosine', 'dataType':'float32'}) FROM c ORDER BY VectorDistance(c.vector1, @v)",
    // ALL / FIRST / LAST subqueries (Microsoft's grammar: AllScalarExpression, FirstScalarExpression, LastScalarExpression).
    "SELECT c.id, ALL(SELECT VALUE t.ok FROM t IN c.tags) AS allOk, FIRST(SELECT VALUE t FROM t IN c.tags) AS f, LAST(SELECT VALUE t FROM t IN c.tags) AS l FROM c",
    "SELECT * FROM c WHERE ALL(SELECT VALUE l.qty > 0 FROM l IN c.lines) AND first(SELECT VALUE 1) = 1",
    // Any expression inside [...].
    'SELECT c[@key], c["a" || "b"], c.arr[1+1], c.arr[-1], c[c.keyName], c["$type"] FROM c',
    // all, first, last and rank are not reserved: they stay property and alias names.
    "SELECT c.rank, c.first, c.all, c.last, rank.x FROM c JOIN rank IN c.ranks ORDER BY c.rank DESC",
];

/** Invalid queries with the line and column Cosmos DB-style tooling should point at. */
const INVALID: [string, number, number, string][] = [
    ["", 1, 1, "expected 'SELECT'"],
    ["SELEC * FROM c", 1, 1, "found 'SELEC'"],
    ["SELECT * FROM c WHERE", 1, 22, "expected an expression but found the end of the query"],
    ["SELECT * FROM c WHERE c.value = 1", 1, 25, 'written ["value"]'],
    ["SELECT * FROM c\nWHERE c.a = = 1", 2, 13, "found '='"],
    ["SELECT * FROM c ORDER c.a", 1, 23, "expected 'BY'"],
    ["SELECT * FROM c WHERE c.a = 'open", 1, 29, "a string that is never closed"],
    ["SELECT * FROM c WHERE c.a IN ()", 1, 31, "expected an expression"],
    ["SELECT TOP -1 * FROM c", 1, 12, "expected one of number, parameter"],
    ["SELECT * FROM c WHERE c.a BETWEEN 1", 1, 36, "'AND'"],
    ["SELECT * FROM c OFFSET 10", 1, 26, "'LIMIT'"],
    ["SELECT * FROM c JOIN", 1, 21, "identifier"],
    ["SELECT * FROM c\n\n  WHERE c.a = 1 ORDER BY c.a DESCX", 3, 30, "found 'DESCX'"],
    ["SELECT * FROM c WHERE c.a = 1)", 1, 30, "found ')'"],
    ["SELECT * FROM c WHERE @ = 1", 1, 23, "expected an expression"],
    ["SELECT * FROM c WHERE c.$type = 'x'", 1, 25, `'$' is not allowed in a name: write ["$type"] instead of .$type`],
    ["SELECT $x FROM c", 1, 8, `'$' is not allowed in a name: write c["$x"]`],
    ["SELECT * FROM c\nWHERE c.meta.$ref = 1", 2, 14, "found '$ref'"],
    ["SELECT * FROM c ORDER BY RANK c.score", 1, 32, "ORDER BY RANK takes a scoring function call"],
    ["SELECT * FROM c WHERE c[] = 1", 1, 25, "expected an expression but found ']'"],
    ["SELECT * FROM c WHERE FIRST(SELECT) = 1", 1, 35, "expected one of an expression"],
    ["SELECT * FROM c ORDER BY RANK RRF(c.a) ASC, c.b", 1, 46, "expected '('"],
];

function where(q: Query): Expr {
    assert.ok(q.where, "query has a WHERE clause");
    return q.where;
}

describe("queries: Cosmos DB SQL parser", () => {
    for (const text of VALID) {
        it(`parses ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text)}`, () => {
            const q = parseQuery(text);
            // Printing and parsing again gives the same tree: nothing was lost or misread.
            assert.deepStrictEqual(parseQuery(printQuery(q)), q);
        });
    }

    for (const [text, line, column, fragment] of INVALID) {
        it(`rejects ${JSON.stringify(text)} at line ${line}, column ${column}`, () => {
            assert.throws(
                () => parseQuery(text),
                (e: unknown) => {
                    assert.ok(e instanceof QuerySyntaxError, `expected a QuerySyntaxError, got ${String(e)}`);
                    assert.deepStrictEqual([e.line, e.column], [line, column], e.message);
                    assert.ok(e.message.includes(fragment), `${e.message} lacks ${fragment}`);
                    assert.ok(e.message.startsWith(`syntax error at line ${line}, column ${column}: `));
                    return true;
                },
            );
        });
    }

    it("builds the documented tree for filters, joins, ordering and paging", () => {
        const q = parseQuery(
            "SELECT TOP 5 VALUE l.sku FROM c JOIN l IN c.lines WHERE c.tenantId = @t AND l.qty BETWEEN 1 AND 3 ORDER BY c.createdAt DESC, c.id",
        );
        assert.deepStrictEqual(q.top, { kind: "literal", value: 5 });
        assert.deepStrictEqual(q.from?.joins, [
            { kind: "iteration", alias: "l", expr: { kind: "property", property: "lines", object: { kind: "identifier", name: "c" } } },
        ]);
        const w = where(q);
        assert.ok(w.kind === "binary" && w.op === "AND");
        assert.deepStrictEqual(w.left, {
            kind: "binary",
            op: "=",
            left: { kind: "property", property: "tenantId", object: { kind: "identifier", name: "c" } },
            right: { kind: "parameter", name: "@t" },
        });
        assert.strictEqual(w.right.kind, "between");
        assert.deepStrictEqual(
            q.orderBy?.map((o) => o.direction),
            ["DESC", "ASC"],
        );
    });

    it("builds ORDER BY RANK apart from ORDER BY, with RRF's weights as its last argument", () => {
        const q = parseQuery("SELECT TOP 10 * FROM c ORDER BY RANK RRF(VectorDistance(c.v, @q), FullTextScore(c.t, 'x', 'y'), [2, 1])");
        assert.strictEqual(q.orderBy, undefined);
        assert.strictEqual(q.orderByRank?.length, 1);
        const [item] = q.orderByRank ?? [];
        assert.strictEqual(item.direction, undefined);
        assert.deepStrictEqual(
            [item.expr.name, item.expr.args.map((a) => (a.kind === "call" ? a.name : a.kind))],
            ["RRF", ["VECTORDISTANCE", "FULLTEXTSCORE", "array"]],
        );
        assert.deepStrictEqual(parseQuery("SELECT * FROM c ORDER BY RANK FullTextScore(c.t, 'x') DESC").orderByRank?.[0].direction, "DESC");
        // rank is only a keyword right after ORDER BY: an alias named rank still sorts.
        assert.deepStrictEqual(parseQuery("SELECT * FROM c ORDER BY rank").orderBy?.[0].expr, { kind: "identifier", name: "rank" });
    });

    it("builds ALL, FIRST and LAST subquery nodes, and a call when the parentheses hold no query", () => {
        const q = parseQuery("SELECT ALL(SELECT VALUE 1), FIRST(SELECT VALUE 2), LAST(SELECT VALUE 3), first(4) FROM c");
        assert.ok(q.select.kind === "list");
        assert.deepStrictEqual(
            q.select.items.map((i) => i.expr.kind),
            ["all", "first", "last", "call"],
        );
    });

    it("keeps a string in [...] a property name and any other expression an index", () => {
        const q = parseQuery(`SELECT c["$type"], c[@key], c["a" || "b"], c.arr[1 + 1] FROM c`);
        assert.ok(q.select.kind === "list");
        const [dollar, param, concat, sum] = q.select.items.map((i) => i.expr);
        assert.deepStrictEqual(dollar, { kind: "property", property: "$type", object: { kind: "identifier", name: "c" } });
        assert.ok(param.kind === "index" && param.index.kind === "parameter");
        assert.ok(concat.kind === "index" && concat.index.kind === "binary" && concat.index.op === "||");
        assert.ok(sum.kind === "index" && sum.index.kind === "binary" && sum.index.op === "+");
        // A parenthesised string is still a property name.
        assert.deepStrictEqual(parseQuery(`SELECT c[("a")] FROM c`).select, {
            kind: "list",
            items: [{ expr: { kind: "property", property: "a", object: { kind: "identifier", name: "c" } } }],
        });
        // A name with $ prints quoted, so the printed query parses.
        assert.match(printQuery(q), /c\["\$type"\]/);
    });

    it("binds AND tighter than OR and comparison tighter than AND", () => {
        const w = where(parseQuery("SELECT * FROM c WHERE c.a = 1 OR c.b = 2 AND c.c = 3"));
        assert.ok(w.kind === "binary" && w.op === "OR" && w.right.kind === "binary" && w.right.op === "AND");
    });

    it("upper-cases built-in function names and keeps udf names", () => {
        const q = parseQuery("SELECT * FROM c WHERE array_contains(c.tags, 'x') AND udf.taxFor(c.total) > 1");
        const w = where(q);
        assert.ok(w.kind === "binary" && w.left.kind === "call" && w.left.name === "ARRAY_CONTAINS" && !w.left.udf);
        assert.ok(w.right.kind === "binary" && w.right.left.kind === "call" && w.right.left.name === "taxFor" && w.right.left.udf);
    });

    it("keeps keywords case-insensitive and never takes one for an alias", () => {
        const q = parseQuery("select * from c where c.a = 1 order by c.a desc");
        assert.strictEqual(q.from?.source.kind === "alias" && q.from.source.alias, undefined);
        assert.strictEqual(q.orderBy?.[0].direction, "DESC");
    });

    it("parses deeply nested expressions without backtracking blow-up", () => {
        let e = "c.a";
        for (let i = 0; i < 60; i++) e = `(${e} + 1)`;
        const started = Date.now();
        parseQuery(`SELECT * FROM c WHERE ${e} > 0 AND NOT (${e} < 0)`);
        assert.ok(Date.now() - started < 1000, "parsed within a second");
    });
});
