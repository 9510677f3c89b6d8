/**
 * The shape of a parsed query that the analysis needs: which document paths it filters on and
 * how (equality, range, function, spatial), what it orders by, which parameters it uses. Paths
 * are written like index paths without the trailing `/?`: `/status`, `/lines/[]/sku`,
 * `/"my-prop"`; JOIN and IN aliases resolve to their array (`l IN c.lines` is `/lines/[]`).
 */
import { Call, Expr, FromSource, Query, SUBQUERY_KINDS } from "./ast";

export type FilterKind = "eq" | "in" | "range" | "function" | "spatial" | "array-contains" | "search";

export interface Filter {
    kind: FilterKind;
    path: string;
    /** For `in`: how many values; for `function`/`spatial`/`search`: the function name. */
    values?: number;
    fn?: string;
}

export interface OrderTerm {
    /** Undefined when the item is not a document path (a computed expression). */
    path?: string;
    direction: "ASC" | "DESC";
    /** `ORDER BY VectorDistance(...)`: a score, not a path (queries/search.ts judges it). */
    score?: "VECTORDISTANCE";
}

export interface QueryShape {
    /** Top-level conjuncts of the WHERE clause on the queried documents, classified. */
    filters: Filter[];
    /** Every other path the WHERE clause reads (under OR, NOT, EXISTS subqueries, ...). */
    otherFilterPaths: string[];
    orderBy: OrderTerm[];
    parameters: string[];
    joins: number;
    groupBy: boolean;
    distinct: boolean;
    offset: boolean;
    aggregate: boolean;
}

export const SPATIAL_FUNCTIONS = new Set(["ST_DISTANCE", "ST_WITHIN", "ST_INTERSECTS"]);
/**
 * Vector and full-text functions: their first argument is served by a vector or full-text index,
 * never by the range index, so its path is not a range-index need (queries/search.ts judges them).
 */
export const SEARCH_FUNCTIONS: ReadonlySet<string> = new Set([
    "VECTORDISTANCE",
    "FULLTEXTCONTAINS",
    "FULLTEXTCONTAINSALL",
    "FULLTEXTCONTAINSANY",
    "FULLTEXTSCORE",
]);

/** The arguments of a search function that name the searched path: either vector of VectorDistance, the first argument of the full-text functions. */
export function searchedArguments(call: Call): Expr[] {
    return call.name === "VECTORDISTANCE" ? call.args.slice(0, 2) : call.args.slice(0, 1);
}
const AGGREGATES = new Set(["COUNT", "SUM", "AVG", "MIN", "MAX"]);
/** String and type functions whose first argument is the filtered path (a range index serves most). */
const PATH_FUNCTIONS = new Set([
    "STARTSWITH",
    "ENDSWITH",
    "CONTAINS",
    "STRINGEQUALS",
    "REGEXMATCH",
    "IS_DEFINED",
    "IS_NULL",
    "IS_STRING",
    "IS_NUMBER",
    "IS_BOOL",
    "IS_ARRAY",
    "IS_OBJECT",
    "IS_PRIMITIVE",
    "LOWER",
    "UPPER",
    "ARRAY_LENGTH",
    "ARRAY_CONTAINS_ANY",
    "ARRAY_CONTAINS_ALL",
]);
/**
 * Index paths need no quotes for letters, digits and `_` only; any other character (`-`, `$`,
 * a space) is quoted: https://learn.microsoft.com/azure/cosmos-db/index-policy#includeexclude-strategy
 */
const SIMPLE_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Scope = ReadonlyMap<string, string>;
/** Declared `@parameter` values, for `c[@key]`; a query's analysis passes its declaration's. */
export type ParameterValues = Readonly<Record<string, unknown>>;
const NO_VALUES: ParameterValues = {};
const SUBQUERIES: ReadonlySet<string> = new Set(SUBQUERY_KINDS);

/** The value of an expression made of literals and declared parameters (`"a" || "b"`, `1 + 1`, `@key`); undefined otherwise. */
export function constantValue(e: Expr, values: ParameterValues = NO_VALUES): string | number | undefined {
    switch (e.kind) {
        case "literal":
            return "undefined" in e || (typeof e.value !== "string" && typeof e.value !== "number") ? undefined : e.value;
        case "parameter": {
            const v = values[e.name];
            return typeof v === "string" || typeof v === "number" ? v : undefined;
        }
        case "unary": {
            const v = constantValue(e.operand, values);
            return typeof v === "number" && (e.op === "-" || e.op === "+") ? (e.op === "-" ? -v : v) : undefined;
        }
        case "binary": {
            const [l, r] = [constantValue(e.left, values), constantValue(e.right, values)];
            if (e.op === "||") return typeof l === "string" && typeof r === "string" ? l + r : undefined;
            if (typeof l !== "number" || typeof r !== "number") return undefined;
            const ops: Partial<Record<string, number>> = { "+": l + r, "-": l - r, "*": l * r, "/": l / r, "%": l % r };
            return ops[e.op];
        }
        default:
            return undefined;
    }
}

function segment(name: string): string {
    return SIMPLE_SEGMENT.test(name) ? name : JSON.stringify(name);
}

/**
 * The document path an expression reads, or undefined when it is computed. "" is the document
 * itself. `[...]` with a number is an array position (`/[]`), with a string a property; a
 * parameter without a known value is taken as a position (`c.lines[@i]`); any other expression
 * inside `[...]` makes the path unknown.
 */
export function pathOf(e: Expr, scope: Scope, values: ParameterValues = NO_VALUES): string | undefined {
    switch (e.kind) {
        case "identifier":
            return scope.get(e.root ? "root" : e.name);
        case "property": {
            const base = pathOf(e.object, scope, values);
            return base === undefined ? undefined : `${base}/${segment(e.property)}`;
        }
        case "index": {
            const base = pathOf(e.object, scope, values);
            if (base === undefined) return undefined;
            const key = constantValue(e.index, values);
            if (typeof key === "string") return `${base}/${segment(key)}`;
            return typeof key === "number" || e.index.kind === "parameter" ? `${base}/[]` : undefined;
        }
        default:
            return undefined;
    }
}

const readPath = pathOf;

/** Adds the aliases a FROM clause binds to a scope. The first source is the container itself. */
function bind(source: FromSource, scope: Map<string, string>, isContainer: boolean): void {
    if (source.kind === "iteration") {
        const base = isContainer ? containerPath(source.expr, scope) : pathOf(source.expr, scope);
        if (base !== undefined) scope.set(source.alias, `${base}/[]`);
        return;
    }
    const base = isContainer ? containerPath(source.expr, scope) : pathOf(source.expr, scope);
    const name = source.alias ?? (source.expr.kind === "identifier" ? source.expr.name : undefined);
    if (name !== undefined && base !== undefined) scope.set(name, base);
}

/** `FROM c` / `FROM ROOT` / `FROM orders o` is the document; `FROM c.lines` is a path of it. */
function containerPath(e: Expr, scope: Map<string, string>): string | undefined {
    if (e.kind === "identifier") return "";
    if (e.kind === "property" || e.kind === "index") {
        const probe = new Map(scope);
        let root: Expr = e;
        while (root.kind === "property" || root.kind === "index") root = root.object;
        if (root.kind === "identifier") probe.set(root.root ? "root" : root.name, "");
        return pathOf(e, probe);
    }
    return undefined;
}

export function scopeOf(query: Query, outer: Scope = new Map()): Map<string, string> {
    const scope = new Map(outer);
    if (query.from) {
        bind(query.from.source, scope, outer.size === 0);
        for (const j of query.from.joins) bind(j, scope, false);
    }
    return scope;
}

/** Every expression node, depth first, including those inside subqueries (with their scope). */
export function visit(query: Query, fn: (e: Expr, scope: Scope) => void, outer: Scope = new Map()): void {
    const scope = scopeOf(query, outer);
    const walk = (e: Expr): void => {
        fn(e, scope);
        switch (e.kind) {
            case "property":
            case "index":
                walk(e.object);
                if (e.kind === "index") walk(e.index);
                return;
            case "call":
                e.args.forEach(walk);
                return;
            case "unary":
                walk(e.operand);
                return;
            case "binary":
            case "coalesce":
                walk(e.left);
                walk(e.right);
                return;
            case "between":
                [e.value, e.low, e.high].forEach(walk);
                return;
            case "in":
                walk(e.value);
                e.list.forEach(walk);
                return;
            case "like":
                walk(e.value);
                walk(e.pattern);
                return;
            case "conditional":
                [e.test, e.consequent, e.alternate].forEach(walk);
                return;
            case "array":
                e.items.forEach(walk);
                return;
            case "object":
                e.properties.forEach((p) => walk(p.value));
                return;
            case "subquery":
            case "exists":
            case "array-subquery":
            case "all":
            case "first":
            case "last":
                visit(e.query, fn, scope);
                return;
            default:
                return;
        }
    };
    const s = query.select;
    if (s.kind === "value") walk(s.expr);
    if (s.kind === "list") s.items.forEach((i) => walk(i.expr));
    if (query.top) walk(query.top);
    if (query.from) [query.from.source, ...query.from.joins].forEach((src) => walk(src.expr));
    if (query.where) walk(query.where);
    query.groupBy?.forEach(walk);
    query.orderBy?.forEach((o) => walk(o.expr));
    query.orderByRank?.forEach((o) => walk(o.expr));
    if (query.offset) walk(query.offset);
    if (query.limit) walk(query.limit);
}

/** The `@parameters` a query uses, sorted, each once. */
export function parametersOf(query: Query): string[] {
    const names = new Set<string>();
    visit(query, (e) => {
        if (e.kind === "parameter") names.add(e.name);
    });
    return [...names].sort();
}

/** True when an expression reads no document path (a literal, parameter or computation of them). */
function isConstant(e: Expr, scope: Scope): boolean {
    let constant = true;
    visit({ kind: "query", distinct: false, select: { kind: "value", expr: e } }, (node) => {
        if (node.kind === "identifier" && scope.has(node.root ? "root" : node.name)) constant = false;
        if (SUBQUERIES.has(node.kind)) constant = false;
    });
    return constant;
}

function conjuncts(e: Expr): Expr[] {
    return e.kind === "binary" && e.op === "AND" ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

const RANGE_OPS = new Set(["<", "<=", ">", ">=", "!=", "<>"]);

/** Classifies one top-level conjunct; undefined when it is not a simple filter on one path. */
function classify(e: Expr, scope: Scope, values: ParameterValues): Filter | undefined {
    const pathOf = (x: Expr, s: Scope) => readPath(x, s, values);
    if (e.kind === "binary" && (e.op === "=" || RANGE_OPS.has(e.op))) {
        const [pathSide, other] = pathOf(e.left, scope) !== undefined ? [e.left, e.right] : [e.right, e.left];
        const path = pathOf(pathSide, scope);
        if (path !== undefined && path !== "" && isConstant(other, scope)) return { kind: e.op === "=" ? "eq" : "range", path };
        // ST_DISTANCE(c.location, @p) < @r
        const call = [e.left, e.right].find((x) => x.kind === "call" && SPATIAL_FUNCTIONS.has(x.name));
        if (call?.kind === "call") {
            const spatialPath = call.args.map((a) => pathOf(a, scope)).find((p) => p !== undefined && p !== "");
            if (spatialPath !== undefined) return { kind: "spatial", path: spatialPath, fn: call.name };
        }
        return undefined;
    }
    if (e.kind === "between" && !e.not) {
        const path = pathOf(e.value, scope);
        if (path !== undefined && path !== "" && isConstant(e.low, scope) && isConstant(e.high, scope)) return { kind: "range", path };
    }
    if (e.kind === "in" && !e.not) {
        const path = pathOf(e.value, scope);
        if (path !== undefined && path !== "" && e.list.every((x) => isConstant(x, scope))) return { kind: "in", path, values: e.list.length };
    }
    if (e.kind === "like" && !e.not) {
        const path = pathOf(e.value, scope);
        if (path !== undefined && path !== "") return { kind: "function", path, fn: "LIKE" };
    }
    if (e.kind === "call" && !e.udf) {
        if (SEARCH_FUNCTIONS.has(e.name)) {
            const searched = searchedArguments(e)
                .map((a) => pathOf(a, scope))
                .find((p) => p !== undefined && p !== "");
            return searched === undefined ? undefined : { kind: "search", path: searched, fn: e.name };
        }
        const path = e.args.length > 0 ? pathOf(e.args[0], scope) : undefined;
        if (path === undefined || path === "") return undefined;
        if (e.name === "ARRAY_CONTAINS") return { kind: "array-contains", path: `${path}/[]` };
        if (SPATIAL_FUNCTIONS.has(e.name)) return { kind: "spatial", path, fn: e.name };
        if (PATH_FUNCTIONS.has(e.name)) return { kind: "function", path, fn: e.name };
    }
    return undefined;
}

const wrap = (e: Expr): Query => ({ kind: "query", distinct: false, select: { kind: "value", expr: e } });

/** Every non-empty path read anywhere inside an expression (subqueries included), except the searched path of a vector or full-text function. */
function pathsIn(e: Expr, scope: Scope, values: ParameterValues): string[] {
    const found = new Set<string>();
    const searched = new Set<Expr>();
    visit(wrap(e), (node) => {
        if (node.kind === "call" && !node.udf && SEARCH_FUNCTIONS.has(node.name))
            for (const arg of searchedArguments(node)) visit(wrap(arg), (inner) => searched.add(inner));
    });
    visit(
        wrap(e),
        (node, s) => {
            if ((node.kind !== "property" && node.kind !== "index") || searched.has(node)) return;
            const p = readPath(node, s, values);
            if (p !== undefined && p !== "") found.add(p);
        },
        scope,
    );
    // Keep only the longest paths: `c.a.b` also visits `c.a`.
    return [...found].filter((p) => ![...found].some((q) => q !== p && q.startsWith(`${p}/`))).sort();
}

/** The shape of a query; `values` (the declaration's parameter values) resolve `c[@key]`. */
export function shapeOf(query: Query, values: ParameterValues = NO_VALUES): QueryShape {
    const scope = scopeOf(query);
    const filters: Filter[] = [];
    const other = new Set<string>();
    for (const c of query.where ? conjuncts(query.where) : []) {
        const f = classify(c, scope, values);
        if (f) filters.push(f);
        else for (const p of pathsIn(c, scope, values)) other.add(p);
    }
    const orderBy = (query.orderBy ?? []).map((o): OrderTerm => {
        if (o.expr.kind === "call" && !o.expr.udf && o.expr.name === "VECTORDISTANCE") return { direction: o.direction, score: "VECTORDISTANCE" };
        const path = readPath(o.expr, scope, values);
        return path !== undefined && path !== "" ? { path, direction: o.direction } : { direction: o.direction };
    });
    let aggregate = false;
    const s = query.select;
    const selected = s.kind === "value" ? [s.expr] : s.kind === "list" ? s.items.map((i) => i.expr) : [];
    for (const e of selected) if (e.kind === "call" && !e.udf && AGGREGATES.has(e.name)) aggregate = true;
    return {
        filters,
        otherFilterPaths: [...other].sort(),
        orderBy,
        parameters: parametersOf(query),
        joins: query.from?.joins.length ?? 0,
        groupBy: (query.groupBy ?? []).length > 0,
        distinct: query.distinct,
        offset: query.offset !== undefined,
        aggregate,
    };
}
