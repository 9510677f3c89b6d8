/**
 * The Cosmos DB for NoSQL query parser. The grammar (`cosmos-sql.peggy`) is compiled with peggy
 * the first time a query is parsed in a process (a few tens of milliseconds) and kept; there is
 * no generated file to go stale. Pure: no Pulumi, no I/O beyond reading the grammar once.
 */
import * as fs from "fs";
import * as path from "path";
import * as peggy from "peggy";
import { KEYWORDS, Query } from "./ast";

export const GRAMMAR_FILE = path.join(__dirname, "cosmos-sql.peggy");

/** A query that is not valid Cosmos DB SQL, with the 1-based line and column of the problem. */
export class QuerySyntaxError extends Error {
    constructor(
        /** What was expected and what was found, without the position. */
        readonly reason: string,
        readonly line: number,
        readonly column: number,
        readonly offset: number,
    ) {
        super(`syntax error at line ${line}, column ${column}: ${reason}`);
        this.name = "QuerySyntaxError";
    }
}

let compiled: peggy.Parser | undefined;

function parser(): peggy.Parser {
    compiled ??= peggy.generate(fs.readFileSync(GRAMMAR_FILE, "utf8"), { output: "parser" });
    return compiled;
}

/** Tokens that can start an expression: listed one by one they hide the message's point. */
const EXPRESSION_STARTS = new Set(["identifier", "number", "string", "parameter", "'('", "'['", "'{'", "'-'", "'+'", "'~'", "'ARRAY'", "'EXISTS'", "'NOT'", "'TRUE'", "'FALSE'", "'NULL'", "'UNDEFINED'", "'UDF'", "'ROOT'", "'ALL'", "'FIRST'", "'LAST'"]);


/** Peggy's expectation list, shortened to what a person reads: names of rules and literal tokens. */
function describeExpected(expected: peggy.parser.Expectation[] | null): string {
    if (!expected || expected.length === 0) return "nothing more";
    const names = new Set<string>();
    for (const e of expected) {
        if (e.type === "end") names.add("the end of the query");
        else if (e.type === "literal") names.add(`'${e.ignoreCase ? e.text.toUpperCase() : e.text}'`);
        else if (e.type === "other" && e.description !== "whitespace") names.add(e.description);
    }
    if (["identifier", "number", "string"].every((n) => names.has(n))) {
        for (const n of EXPRESSION_STARTS) names.delete(n);
        names.add("an expression");
    }
    // Character classes are internal detail; a named rule around them says it better.
    if (names.size === 0) names.add("a valid token");
    // Names of rules first, then keywords, then symbols: the words say most.
    const rank = (n: string) => (!n.startsWith("'") ? 0 : /^'[A-Z]/.test(n) ? 1 : 2);
    const list = [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const shown = list.length > 8 ? [...list.slice(0, 8), `${list.length - 8} more`] : list;
    return shown.length === 1 ? shown[0] : `one of ${shown.join(", ")}`;
}

/** The word or symbol at an offset, for "but found ...". */
function tokenAt(text: string, offset: number): string {
    const token = /^(?:[A-Za-z_$@][A-Za-z0-9_$]*|\d+(?:\.\d+)?|\S)/.exec(text.slice(offset));
    return token ? token[0] : "";
}

/** Why a name that looks like a property is not one, and how to write it. */
function hintFor(text: string, offset: number, token: string): string {
    if (KEYWORDS.has(token.toUpperCase()) && text[offset - 1] === ".") return ` (a property named like a keyword is written ["${token}"])`;
    if (/\bORDER\s+BY\s+RANK\s+[A-Za-z_][A-Za-z0-9_]*\s*$/i.test(text.slice(0, offset))) return " (ORDER BY RANK takes a scoring function call: VectorDistance, FullTextScore or RRF)";
    // Identifiers are letters, digits and '_' (Microsoft's grammar, LEX_IDENTIFIER): `c.$type` and `c.a$b` are refused.
    if (token.startsWith("$")) {
        const head = /[A-Za-z0-9_]*$/.exec(text.slice(0, offset))?.[0] ?? "";
        const name = head + token;
        return text[offset - head.length - 1] === "." ? ` ('$' is not allowed in a name: write ["${name}"] instead of .${name})` : ` ('$' is not allowed in a name: write c["${name}"])`;
    }
    return "";
}

function isPeggyError(e: unknown): e is peggy.parser.SyntaxError {
    return e instanceof Error && e.name === "SyntaxError" && "location" in e && "expected" in e;
}

/** Parses one query; throws QuerySyntaxError (with line and column) when the text is not valid. */
export function parseQuery(text: string): Query {
    try {
        return parser().parse(text) as Query;
    } catch (e) {
        // The generated parser throws its own SyntaxError class, shaped like peggy.parser.SyntaxError.
        if (isPeggyError(e)) {
            const { line, column, offset } = e.location.start;
            const token = tokenAt(text, offset);
            const quote = text[offset];
            const unterminated = (quote === "'" || quote === '"') && !text.slice(offset + 1).includes(quote);
            const found = token === "" ? "the end of the query" : unterminated ? "a string that is never closed" : `'${token}'`;
            const hint = hintFor(text, offset, token);
            throw new QuerySyntaxError(`expected ${describeExpected(e.expected)} but found ${found}${hint}`, line, column, offset);
        }
        throw e;
    }
}

/** Parses a query, returning the error instead of throwing it. */
export function tryParseQuery(text: string): { query: Query } | { error: QuerySyntaxError } {
    try {
        return { query: parseQuery(text) };
    } catch (e) {
        if (e instanceof QuerySyntaxError) return { error: e };
        throw e;
    }
}
