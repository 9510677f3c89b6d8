import * as assert from "assert";
import fc from "fast-check";
import { Expr, KEYWORDS, Query, RankItem } from "../../stack/queries/ast";
import { parseQuery, QuerySyntaxError } from "../../stack/queries/parser";
import { printQuery } from "../../stack/queries/print";

const RUNS = { numRuns: 200, seed: 7 };

const name = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,6}$/).filter((s) => !KEYWORDS.has(s.toUpperCase()));
const alias = fc.constantFrom("c", "l", "t", "o");
const literal: fc.Arbitrary<Expr> = fc.oneof(
    fc.integer({ min: -1000, max: 100000 }).map((value): Expr => ({ kind: "literal", value })),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }).map((value): Expr => ({ kind: "literal", value })),
    fc.string({ maxLength: 8 }).map((value): Expr => ({ kind: "literal", value })),
    fc.constantFrom<Expr>(
        { kind: "literal", value: true },
        { kind: "literal", value: false },
        { kind: "literal", value: null },
        { kind: "literal", value: "undefined", undefined: true },
    ),
);
const parameter = name.map((n): Expr => ({ kind: "parameter", name: `@${n}` }));
/** Any expression but a lone string literal (that one parses as a property name): c.a[0], c[@key], c["a" || "b"], c.a[1 + 1]. */
const indexExpr: fc.Arbitrary<Expr> = fc.oneof(
    fc.nat({ max: 9 }).map((value): Expr => ({ kind: "literal", value })),
    name.map((n): Expr => ({ kind: "parameter", name: `@${n}` })),
    fc
        .tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }))
        .map(([l, r]): Expr => ({ kind: "binary", op: "||", left: { kind: "literal", value: l }, right: { kind: "literal", value: r } })),
    fc
        .tuple(fc.nat({ max: 9 }), fc.nat({ max: 9 }))
        .map(([l, r]): Expr => ({ kind: "binary", op: "+", left: { kind: "literal", value: l }, right: { kind: "literal", value: r } })),
);
/** Property paths: c.a, c["a-b"], c["$type"], c.a[0], c.a[@i], c.a["x" || "y"]. */
const path: fc.Arbitrary<Expr> = fc
    .tuple(
        alias,
        fc.array(fc.oneof(name, fc.constantFrom("my-prop", "value", "a b", "$type", "rank", "first")), { minLength: 1, maxLength: 3 }),
        fc.option(indexExpr),
    )
    .map(([a, props, index]) => {
        let e: Expr = { kind: "identifier", name: a };
        for (const p of props) e = { kind: "property", object: e, property: p };
        return index === null ? e : { kind: "index", object: e, index };
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
            name: fc.constantFrom(
                "ARRAY_CONTAINS",
                "IS_DEFINED",
                "STARTSWITH",
                "ST_DISTANCE",
                "LOWER",
                "COUNT",
                "VECTORDISTANCE",
                "FULLTEXTCONTAINS",
                "FULLTEXTSCORE",
                "RRF",
            ),
            udf: fc.constant(false),
            args: fc.array(tie("expr"), { maxLength: 3 }),
        }),
        fc.record({ kind: fc.constant("call" as const), name, udf: fc.constant(true), args: fc.array(tie("expr"), { maxLength: 2 }) }),
        fc.record({ kind: fc.constant("array" as const), items: fc.array(tie("expr"), { maxLength: 3 }) }),
        fc.record({
            kind: fc.constant("object" as const),
            properties: fc.array(fc.record({ key: fc.string({ maxLength: 5 }), value: tie("expr") }), { maxLength: 2 }),
        }),
        fc.record({
            kind: fc.constantFrom("exists" as const, "subquery" as const, "array-subquery" as const, "all" as const, "first" as const, "last" as const),
            query: tie("query"),
        }),
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
                    fc.record({
                        kind: fc.constant("list" as const),
                        items: fc.array(fc.record({ expr: tie("expr"), alias: name }, { requiredKeys: ["expr"] }), { minLength: 1, maxLength: 3 }),
                    }),
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
        }),
}));

/** ORDER BY RANK items: a scoring call, optionally with a direction; RRF may end with weights. */
const rankItem = fc
    .tuple(
        fc.constantFrom("VECTORDISTANCE", "FULLTEXTSCORE", "RRF"),
        fc.array(path, { minLength: 1, maxLength: 2 }),
        fc.option(fc.constantFrom("ASC" as const, "DESC" as const)),
        fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
    )
    .map(([fn, args, direction, weights]): RankItem => {
        const call: Expr[] =
            fn === "RRF" ? args.map((a): Expr => ({ kind: "call", name: "VECTORDISTANCE", udf: false, args: [a, { kind: "parameter", name: "@q" }] })) : args;
        if (fn === "RRF" && weights.length > 0) call.push({ kind: "array", items: weights.map((value): Expr => ({ kind: "literal", value })) });
        const item: RankItem = { expr: { kind: "call", name: fn, udf: false, args: call } };
        return direction === null ? item : { ...item, direction };
    });

const queries = fc
    .record({
        where: expr,
        orderBy: fc.array(fc.record({ expr: path, direction: fc.constantFrom("ASC" as const, "DESC" as const) }), { maxLength: 3 }),
        rank: fc.array(rankItem, { maxLength: 2 }),
        distinct: fc.boolean(),
        joins: fc.array(path, { maxLength: 2 }),
    })
    .map(
        ({ where, orderBy, rank, distinct, joins }): Query => ({
            kind: "query",
            distinct,
            select: { kind: "star" },
            from: {
                source: { kind: "alias", expr: { kind: "identifier", name: "c" } },
                joins: joins.map((e, i) => ({ kind: "iteration", alias: `j${i}`, expr: e })),
            },
            where,
            // One ORDER BY clause: by paths, or by rank.
            ...(rank.length > 0 ? { orderByRank: rank } : orderBy.length > 0 ? { orderBy } : {}),
        }),
    );

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

    it("refuses '$' in a name after a dot, at the '$', and accepts the same name in brackets", () => {
        const parts = fc.tuple(fc.stringMatching(/^[a-z_]{0,4}$/), fc.stringMatching(/^[A-Za-z0-9_$]{0,4}$/));
        fc.assert(
            fc.property(parts, ([head, tail]) => {
                const nameWithDollar = `${head}$${tail}`;
                const prefix = `SELECT * FROM c WHERE c.${head}`;
                assert.throws(
                    () => parseQuery(`${prefix}$${tail} = 1`),
                    (e: unknown) =>
                        e instanceof QuerySyntaxError &&
                        e.column === prefix.length + 1 &&
                        e.message.includes(`write ["${nameWithDollar}"] instead of .${nameWithDollar}`),
                );
                const q = parseQuery(`SELECT * FROM c WHERE c[${JSON.stringify(nameWithDollar)}] = 1`);
                assert.ok(q.where?.kind === "binary" && q.where.left.kind === "property" && q.where.left.property === nameWithDollar);
            }),
            RUNS,
        );
    });

    it("never fails on a broken query with anything but a positioned syntax error", () => {
        const edits = fc.tuple(
            queries,
            fc.nat(),
            fc.constantFrom("delete", "insert", "truncate"),
            fc.constantFrom("(", ")", "'", ",", "=", " AND ", "SELECT", "@", "."),
        );
        fc.assert(
            fc.property(edits, ([q, at, edit, piece]) => {
                const text = printQuery(q);
                const i = at % (text.length + 1);
                const broken =
                    edit === "delete" ? text.slice(0, i) + text.slice(i + 1) : edit === "insert" ? text.slice(0, i) + piece + text.slice(i) : text.slice(0, i);
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
