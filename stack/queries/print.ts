/**
 * Prints a syntax tree back as query text that parses to the same tree: every operator is
 * parenthesised, strings are double-quoted with escapes. Used by the property tests (parse of
 * print is the identity) and to show a rewritten query in advice.
 */
import { Expr, FromSource, KEYWORDS, Query, SelectSpec } from "./ast";

/** An identifier of the grammar: letters, digits and `_` (no `$`), not starting with a digit. */
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function printString(value: string): string {
    // Escapes all but printable ASCII (U+0020-U+007E), and `"` (U+0022) and `\` (U+005C) too; per UTF-16 code
    // unit, so U+2028, U+2029 and an astral character's surrogates are escaped as well.
    return `"${value.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, (ch) => {
        switch (ch) {
            case "\\":
                return "\\\\";
            case '"':
                return '\\"';
            case "\n":
                return "\\n";
            case "\r":
                return "\\r";
            case "\t":
                return "\\t";
            default:
                return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
        }
    })}"`;
}

function printNumber(value: number): string {
    // Negative numbers print in parentheses so `a - -1` and `-(1)` stay unambiguous.
    return value < 0 || Object.is(value, -0) ? `(-${String(-value)})` : String(value);
}

function printAccessName(name: string): string {
    return SIMPLE_NAME.test(name) && !KEYWORDS.has(name.toUpperCase()) ? `.${name}` : `[${printString(name)}]`;
}

export function printExpr(e: Expr): string {
    switch (e.kind) {
        case "literal":
            if ("undefined" in e) return "undefined";
            if (e.value === null) return "null";
            if (typeof e.value === "string") return printString(e.value);
            if (typeof e.value === "number") return printNumber(e.value);
            return String(e.value);
        case "parameter":
            return e.name;
        case "identifier":
            return e.root ? "ROOT" : e.name;
        case "property":
            return `${printExpr(e.object)}${printAccessName(e.property)}`;
        case "index":
            return `${printExpr(e.object)}[${printExpr(e.index)}]`;
        case "call":
            return `${e.udf ? "udf." : ""}${e.name}(${e.args.map(printExpr).join(", ")})`;
        case "unary":
            return e.op === "NOT" ? `(NOT ${printExpr(e.operand)})` : `(${e.op}${printExpr(e.operand)})`;
        case "binary":
            return `(${printExpr(e.left)} ${e.op} ${printExpr(e.right)})`;
        case "between":
            return `(${printExpr(e.value)}${e.not ? " NOT" : ""} BETWEEN ${printExpr(e.low)} AND ${printExpr(e.high)})`;
        case "in":
            return `(${printExpr(e.value)}${e.not ? " NOT" : ""} IN (${e.list.map(printExpr).join(", ")}))`;
        case "like":
            return `(${printExpr(e.value)}${e.not ? " NOT" : ""} LIKE ${printExpr(e.pattern)}${e.escape ? ` ESCAPE ${printExpr(e.escape)}` : ""})`;
        case "conditional":
            return `(${printExpr(e.test)} ? ${printExpr(e.consequent)} : ${printExpr(e.alternate)})`;
        case "coalesce":
            return `(${printExpr(e.left)} ?? ${printExpr(e.right)})`;
        case "array":
            return `[${e.items.map(printExpr).join(", ")}]`;
        case "object":
            return `{${e.properties.map((p) => `${printString(p.key)}: ${printExpr(p.value)}`).join(", ")}}`;
        case "subquery":
            return `(${printQuery(e.query)})`;
        case "exists":
            return `EXISTS(${printQuery(e.query)})`;
        case "array-subquery":
            return `ARRAY(${printQuery(e.query)})`;
        case "all":
        case "first":
        case "last":
            return `${e.kind.toUpperCase()}(${printQuery(e.query)})`;
    }
}

function printSelect(s: SelectSpec): string {
    switch (s.kind) {
        case "star":
            return "*";
        case "value":
            return `VALUE ${printExpr(s.expr)}`;
        case "list":
            return s.items.map((i) => `${printExpr(i.expr)}${i.alias ? ` AS ${i.alias}` : ""}`).join(", ");
    }
}

function printSource(s: FromSource): string {
    if (s.kind === "iteration") return `${s.alias} IN ${printExpr(s.expr)}`;
    return `${printExpr(s.expr)}${s.alias ? ` AS ${s.alias}` : ""}`;
}

export function printQuery(q: Query): string {
    const parts = ["SELECT"];
    if (q.distinct) parts.push("DISTINCT");
    if (q.top) parts.push(`TOP ${printExpr(q.top)}`);
    parts.push(printSelect(q.select));
    if (q.from) parts.push(`FROM ${printSource(q.from.source)}${q.from.joins.map((j) => ` JOIN ${printSource(j)}`).join("")}`);
    if (q.where) parts.push(`WHERE ${printExpr(q.where)}`);
    if (q.groupBy) parts.push(`GROUP BY ${q.groupBy.map(printExpr).join(", ")}`);
    if (q.orderBy) parts.push(`ORDER BY ${q.orderBy.map((o) => `${printExpr(o.expr)} ${o.direction}`).join(", ")}`);
    if (q.orderByRank) parts.push(`ORDER BY RANK ${q.orderByRank.map((o) => `${printExpr(o.expr)}${o.direction ? ` ${o.direction}` : ""}`).join(", ")}`);
    if (q.offset && q.limit) parts.push(`OFFSET ${printExpr(q.offset)} LIMIT ${printExpr(q.limit)}`);
    return parts.join(" ");
}
