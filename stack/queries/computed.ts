/**
 * Computed properties as the analyzer sees them: top-level paths `/<name>` whose value is the
 * `SELECT VALUE <expr> FROM c` of their definition. A query may read them like any property
 * (`c.cp_lowerName`); they are indexed only by paths that name them, never by `/*`; ORDER BY on
 * one fails unless it is indexed. A query that spells out a definition (`ORDER BY LOWER(c.name)`)
 * is shown the computed property that holds it.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties
 */
import type { Expr, Query } from "./ast";
import { tryParseQuery } from "./parser";
import { printExpr } from "./print";
import { scopeOf } from "./shape";

/** A container's computed property as declared: its name and the query that derives it. */
export interface ComputedProperty {
    name: string;
    query: string;
}

/** Functions a computed property's query may not call: aggregates, spatial, nondeterministic (the page's "Query constraints"). */
const REFUSED_FUNCTIONS = new Set([
    "COUNT",
    "SUM",
    "AVG",
    "MIN",
    "MAX",
    "ST_DISTANCE",
    "ST_WITHIN",
    "ST_INTERSECTS",
    "ST_ISVALID",
    "ST_ISVALIDDETAILED",
    "ST_AREA",
    "GETCURRENTDATETIME",
    "GETCURRENTTIMESTAMP",
    "GETCURRENTTICKS",
    "RAND",
]);
const REFUSED_SUBQUERIES: ReadonlyMap<string, string> = new Map([
    ["subquery", "a scalar subquery"],
    ["exists", "EXISTS"],
    ["all", "ALL"],
    ["first", "FIRST"],
    ["last", "LAST"],
]);
const DOCUMENT = "__document";

/** Prints an expression with the query's own document alias replaced, so two spellings of one computation compare equal. */
function canonical(e: Expr, documentAliases: ReadonlySet<string>): string {
    const rename = (x: Expr): Expr => {
        switch (x.kind) {
            case "identifier":
                return documentAliases.has(x.root ? "root" : x.name) ? { kind: "identifier", name: DOCUMENT } : x;
            case "property":
                return { ...x, object: rename(x.object) };
            case "index":
                return { ...x, object: rename(x.object), index: rename(x.index) };
            case "call":
                return { ...x, args: x.args.map(rename) };
            case "unary":
                return { ...x, operand: rename(x.operand) };
            case "binary":
            case "coalesce":
                return { ...x, left: rename(x.left), right: rename(x.right) };
            case "conditional":
                return { ...x, test: rename(x.test), consequent: rename(x.consequent), alternate: rename(x.alternate) };
            case "between":
                return { ...x, value: rename(x.value), low: rename(x.low), high: rename(x.high) };
            case "in":
                return { ...x, value: rename(x.value), list: x.list.map(rename) };
            case "like":
                return { ...x, value: rename(x.value), pattern: rename(x.pattern) };
            case "array":
                return { ...x, items: x.items.map(rename) };
            case "object":
                return { ...x, properties: x.properties.map((p) => ({ key: p.key, value: rename(p.value) })) };
            default:
                return x;
        }
    };
    return printExpr(rename(e));
}

/** The aliases that name the queried document itself (`c` in `FROM c`, `root`). */
export function documentAliases(query: Query): Set<string> {
    return new Set([...scopeOf(query)].filter(([, path]) => path === "").map(([alias]) => alias));
}

export interface ComputedDefinition {
    name: string;
    /** The definition's expression, canonically printed; undefined when the definition is not `SELECT VALUE <expr> FROM <alias>`. */
    canonical?: string;
}

export function computedDefinitions(properties: readonly ComputedProperty[]): ComputedDefinition[] {
    return properties.map((p) => {
        const parsed = tryParseQuery(p.query);
        if ("error" in parsed || parsed.query.select.kind !== "value") return { name: p.name };
        return { name: p.name, canonical: canonical(parsed.query.select.expr, documentAliases(parsed.query)) };
    });
}

/** The computed property a document path reads (`/cp_x`: computed properties are top-level only), if any. */
export function computedPropertyAt(path: string, names: ReadonlySet<string>): string | undefined {
    const m = /^\/("(?:[^"\\]|\\.)*"|[^/]+)$/.exec(path);
    if (!m) return undefined;
    const name = m[1].startsWith('"') ? (JSON.parse(m[1]) as string) : m[1];
    return names.has(name) ? name : undefined;
}

/** The computed property whose definition is this expression of the query, if any. */
export function computedPropertyFor(e: Expr, aliases: ReadonlySet<string>, definitions: readonly ComputedDefinition[]): string | undefined {
    if (e.kind === "literal" || e.kind === "parameter" || e.kind === "identifier" || e.kind === "property") return undefined;
    const text = canonical(e, aliases);
    return definitions.find((d) => d.canonical === text)?.name;
}

/**
 * What Cosmos DB would refuse in a computed property's query, one line each (empty: acceptable).
 * The page's "Query constraints": a FROM on the root item, a VALUE projection, no JOIN, no
 * WHERE / GROUP BY / ORDER BY / TOP / DISTINCT / OFFSET LIMIT, no EXISTS / ALL / FIRST / LAST or
 * scalar subquery, no aggregate, spatial or nondeterministic function, no UDF.
 */
export function computedPropertyProblems(query: string): string[] {
    const parsed = tryParseQuery(query);
    if ("error" in parsed) return [`not valid Cosmos DB SQL: ${parsed.error.message}`];
    const q = parsed.query;
    const problems: string[] = [];
    const source = q.from?.source;
    if (!source || source.kind !== "alias" || source.expr.kind !== "identifier") problems.push("needs a FROM clause on the root item (FROM c)");
    if (q.select.kind !== "value") problems.push("needs a VALUE projection (SELECT VALUE ...)");
    if ((q.from?.joins.length ?? 0) > 0) problems.push("cannot use JOIN");
    const clauses: [boolean, string][] = [
        [q.where !== undefined, "WHERE"],
        [q.groupBy !== undefined, "GROUP BY"],
        [q.orderBy !== undefined || q.orderByRank !== undefined, "ORDER BY"],
        [q.top !== undefined, "TOP"],
        [q.distinct, "DISTINCT"],
        [q.offset !== undefined, "OFFSET LIMIT"],
    ];
    for (const [present, clause] of clauses) if (present) problems.push(`cannot use ${clause}`);
    const found = new Set<string>();
    const walk = (e: Expr): void => {
        const subquery = REFUSED_SUBQUERIES.get(e.kind);
        if (subquery !== undefined) found.add(`cannot use ${subquery}`);
        if (e.kind === "call" && e.udf) found.add(`cannot call a user-defined function (udf.${e.name})`);
        if (e.kind === "call" && !e.udf && REFUSED_FUNCTIONS.has(e.name))
            found.add(`cannot call ${e.name} (aggregate, spatial and nondeterministic functions are refused)`);
        for (const child of children(e)) walk(child);
    };
    if (q.select.kind === "value") walk(q.select.expr);
    if (q.select.kind === "list") q.select.items.forEach((i) => walk(i.expr));
    return [...problems, ...found];
}

/** Direct sub-expressions, not entering subqueries (a computed property may not have any). */
function children(e: Expr): Expr[] {
    switch (e.kind) {
        case "property":
            return [e.object];
        case "index":
            return [e.object, e.index];
        case "call":
            return e.args;
        case "unary":
            return [e.operand];
        case "binary":
        case "coalesce":
            return [e.left, e.right];
        case "conditional":
            return [e.test, e.consequent, e.alternate];
        case "between":
            return [e.value, e.low, e.high];
        case "in":
            return [e.value, ...e.list];
        case "like":
            return [e.value, e.pattern];
        case "array":
            return e.items;
        case "object":
            return e.properties.map((p) => p.value);
        default:
            return [];
    }
}
