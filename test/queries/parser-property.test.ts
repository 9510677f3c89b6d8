import * as assert from "assert";
import fc from "fast-check";
import { Expr, KEYWORDS, Query } from "../../queries/ast";
import { parseQuery, QuerySyntaxError } from "../../queries/parser";
import { printQuery } from "../../queries/print";

const RUNS = { numRuns: 200, seed: 7 };

const name = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,6}$/).filter((s) => !KEYWORDS.has(s.toUpperCase()));
const alias = fc.constantFrom("c", "l", "t", "o");
const literal: fc.Arbitrary<Expr> = fc.oneof(
    fc.integer({ min: -1000, max: 100000 }).map((value): Expr => ({ kind: "literal", value })),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }).map((value): Expr => ({ kind: "literal", value })),
    fc.string({ maxLength: 8 }).map((value): Expr => ({ kind: "literal", value })),
    fc.constantFrom<Expr>({ kind: "literal", value: true }, { kind: "literal", value: false }, { kind: "literal", value: null }, { kind: "literal", value: "undefined", undefined: true }),
);
const parameter = name.map((n): Expr => ({ kind: "parameter", name: `@${n}` }));
/** Property paths: c.a, c["a-b"], c.a[0], c.a[@i]. */
const path: fc.Arbitrary<Expr> = fc
    .tuple(alias, fc.array(fc.oneof(name, fc.constantFrom("my-prop", "value", "a b")), { minLength: 1, maxLength: 3 }), fc.option(fc.nat({ max: 9 })))
    .map(([a, props, index]) => {
        let e: Expr = { kind: "identifier", name: a };
        for (const p of props) e = { kind: "property", object: e, property: p };
        return index === null ? e : { kind: "index", object: e, index: { kind: "literal", value: index } };
    });

const BINARY = ["AND", "OR", "=", "!=", "<>", "<", "<=", ">", ">=", "|", "^", "&", "<<", ">>", ">>>", "||", "+", "-", "*", "/", "%"] as const;

const { expr } = fc.letrec<{ expr: Expr; query: Query }>((tie) => ({
    expr: fc.oneof(
        { depthSize: "small", maxDepth: 4, withCrossShrink: true },
        literal,
        parameter,
        path,
        fc.record({ kind: fc.constant("binary" as const), op: fc.constantFrom(...BINARY), left: tie("expr"), right: tie("expr") }),
        fc.record({ kind: fc.constant("unary" as const), op: fc.constantFrom("NOT" as const, "~" as const, "+" as const), operand: tie("expr") }),
        fc.record({ kind: fc.constant("between" as const), value: tie("expr"), low: tie("expr"), high: tie("expr"), not: fc.boolean() }),
        fc.record({ kind: fc.constant("in" as const), value: tie("expr"), list: fc.array(tie("expr"), { minLength: 1, maxLength: 3 }), not: fc.boolean() }),
        fc.record({ kind: fc.constant("like" as const), value: tie("expr"), pattern: tie("expr"), not: fc.boolean() }),
        fc.record({ kind: fc.constant("conditional" as const), test: tie("expr"), consequent: tie("expr"), alternate: tie("expr") }),
        fc.record({ kind: fc.constant("coalesce" as const), left: tie("expr"), right: tie("expr") }),
        fc.record({
            kind: fc.constant("call" as const),
            name: fc.constantFrom("ARRAY_CONTAINS", "IS_DEFINED", "STARTSWITH", "ST_DISTANCE", "LOWER", "COUNT"),
            udf: fc.constant(false),
            args: fc.array(tie("expr"), { maxLength: 3 }),
        }),
        fc.record({ kind: fc.constant("call" as const), name, udf: fc.constant(true), args: fc.array(tie("expr"), { maxLength: 2 }) }),
        fc.record({ kind: fc.constant("array" as const), items: fc.array(tie("expr"), { maxLength: 3 }) }),
        fc.record({ kind: fc.constant("object" as const), properties: fc.array(fc.record({ key: fc.string({ maxLength: 5 }), value: tie("expr") }), { maxLength: 2 }) }),
        fc.record({ kind: fc.constantFrom("exists" as const, "subquery" as const, "array-subquery" as const), query: tie("query") }),
    ) as fc.Arbitrary<Expr>,
    query: fc
        .record(
            {
                kind: fc.constant("query" as const),
                distinct: fc.boolean(),
                top: fc.nat({ max: 100 }).map((value): Expr => ({ kind: "literal", value })),
                select: fc.oneof(
                    fc.constant({ kind: "star" as const }),
                    fc.record({ kind: fc.constant("value" as const), expr: tie("expr") }),
                    fc.record({ kind: fc.constant("list" as const), items: fc.array(fc.record({ expr: tie("expr"), alias: name }, { requiredKeys: ["expr"] }), { minLength: 1, maxLength: 3 }) }),
                ),
                from: fc.record({
                    source: fc.constant({ kind: "alias" as const, expr: { kind: "identifier" as const, name: "c" } }),
                    joins: fc.array(fc.record({ kind: fc.constant("iteration" as const), alias: fc.constantFrom("l", "t"), expr: path }), { maxLength: 2 }),
                }),
                where: tie("expr"),
                groupBy: fc.array(path, { minLength: 1, maxLength: 2 }),
                orderBy: fc.array(fc.record({ expr: path, direction: fc.constantFrom("ASC" as const, "DESC" as const) }), { minLength: 1, maxLength: 3 }),
                offset: fc.nat({ max: 50 }).map((value): Expr => ({ kind: "literal", value })),
                limit: parameter,
            },
            { requiredKeys: ["kind", "distinct", "select"] },
        )
        .map((q) => {
            // OFFSET and LIMIT come together.
            const out = { ...q } as Query;
            if ((out.offset === undefined) !== (out.limit === undefined)) {
                delete out.offset;
                delete out.limit;
            }
            return out;
        }) as fc.Arbitrary<Query>,
}));

const queries = fc
    .record({ where: expr, orderBy: fc.array(fc.record({ expr: path, direction: fc.constantFrom("ASC" as const, "DESC" as const) }), { maxLength: 3 }), distinct: fc.boolean(), joins: fc.array(path, { maxLength: 2 }) })
    .map(({ where, orderBy, distinct, joins }): Query => ({
        kind: "query",
        distinct,
        select: { kind: "star" },
        from: { source: { kind: "alias", expr: { kind: "identifier", name: "c" } }, joins: joins.map((e, i) => ({ kind: "iteration", alias: `j${i}`, expr: e })) },
        where,
        ...(orderBy.length > 0 ? { orderBy } : {}),
    }));

describe("queries: parser properties (fast-check)", () => {
    it("parses the printed text of any generated query back to the same tree", () => {
        fc.assert(
            fc.property(queries, (q) => {
                // Through JSON: fast-check builds records without a prototype; the parser builds plain objects.
                assert.deepStrictEqual(parseQuery(printQuery(q)), JSON.parse(JSON.stringify(q)));
            }),
            RUNS,
        );
    });

    it("never fails on a broken query with anything but a positioned syntax error", () => {
        const edits = fc.tuple(queries, fc.nat(), fc.constantFrom("delete", "insert", "truncate"), fc.constantFrom("(", ")", "'", ",", "=", " AND ", "SELECT", "@", "."));
        fc.assert(
            fc.property(edits, ([q, at, edit, piece]) => {
                const text = printQuery(q);
                const i = at % (text.length + 1);
                const broken = edit === "delete" ? text.slice(0, i) + text.slice(i + 1) : edit === "insert" ? text.slice(0, i) + piece + text.slice(i) : text.slice(0, i);
                try {
                    parseQuery(broken);
                } catch (e) {
                    assert.ok(e instanceof QuerySyntaxError, `unexpected ${String(e)} for ${broken}`);
                    const lines = broken.split("\n");
                    assert.ok(e.line >= 1 && e.line <= lines.length, `line ${e.line} in ${lines.length} lines`);
                    assert.ok(e.column >= 1 && e.column <= lines[e.line - 1].length + 1, `column ${e.column} of ${JSON.stringify(lines[e.line - 1])}`);
                    assert.strictEqual(e.offset, lines.slice(0, e.line - 1).reduce((n, l) => n + l.length + 1, 0) + e.column - 1);
                }
            }),
            RUNS,
        );
    });
});
