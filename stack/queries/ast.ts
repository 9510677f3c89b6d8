/**
 * The syntax tree of a Cosmos DB for NoSQL query, as built by `cosmos-sql.peggy`. Plain JSON
 * objects: no positions, no classes, so two parses of the same text are deep-equal and tests can
 * compare trees directly. Parentheses leave no node: `(a + b)` is the `binary` node itself.
 */

/** Reserved words: never an identifier; a property named like one is written `c["value"]`. */
export const KEYWORDS: ReadonlySet<string> = new Set([
    "SELECT",
    "FROM",
    "WHERE",
    "AND",
    "OR",
    "NOT",
    "IN",
    "BETWEEN",
    "LIKE",
    "ESCAPE",
    "ORDER",
    "GROUP",
    "BY",
    "ASC",
    "DESC",
    "TOP",
    "DISTINCT",
    "VALUE",
    "AS",
    "JOIN",
    "OFFSET",
    "LIMIT",
    "TRUE",
    "FALSE",
    "NULL",
    "UNDEFINED",
    "EXISTS",
    "ARRAY",
    "ROOT",
    "UDF",
]);

export type Literal =
    | { kind: "literal"; value: string | number | boolean | null }
    /** The `undefined` keyword; `value` holds the text so the node stays JSON. */
    | { kind: "literal"; value: "undefined"; undefined: true };

export interface Parameter {
    kind: "parameter";
    /** With the leading `@`, as in the query text. */
    name: string;
}

export interface Identifier {
    kind: "identifier";
    name: string;
    /** The `ROOT` keyword in a FROM clause. */
    root?: true;
}

export interface PropertyAccess {
    kind: "property";
    object: Expr;
    /** `c.name` and `c["name"]` both give `name`. */
    property: string;
}

export interface IndexAccess {
    kind: "index";
    object: Expr;
    /**
     * Any scalar expression other than a lone string literal (that one is a `property`):
     * `c.lines[0]`, `c.lines[@i]`, `c[@key]`, `c["a" || "b"]`, `c.arr[1 + 1]`. Whether it names a
     * property or an array position is known only from its value (see shape.ts).
     */
    index: Expr;
}

export interface Call {
    kind: "call";
    /** Built-in functions are upper-cased (`ARRAY_CONTAINS`); udf names keep their case. */
    name: string;
    udf: boolean;
    args: Expr[];
}

export type UnaryOp = "NOT" | "-" | "+" | "~";
export type BinaryOp = "AND" | "OR" | "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "|" | "^" | "&" | "<<" | ">>" | ">>>" | "||" | "+" | "-" | "*" | "/" | "%";

export interface Unary {
    kind: "unary";
    op: UnaryOp;
    operand: Expr;
}

export interface Binary {
    kind: "binary";
    op: BinaryOp;
    left: Expr;
    right: Expr;
}

export interface Between {
    kind: "between";
    value: Expr;
    low: Expr;
    high: Expr;
    not: boolean;
}

export interface In {
    kind: "in";
    value: Expr;
    list: Expr[];
    not: boolean;
}

export interface Like {
    kind: "like";
    value: Expr;
    pattern: Expr;
    escape?: Literal;
    not: boolean;
}

export interface Conditional {
    kind: "conditional";
    test: Expr;
    consequent: Expr;
    alternate: Expr;
}

export interface Coalesce {
    kind: "coalesce";
    left: Expr;
    right: Expr;
}

export interface ArrayLiteral {
    kind: "array";
    items: Expr[];
}

export interface ObjectLiteral {
    kind: "object";
    properties: { key: string; value: Expr }[];
}

/**
 * `(SELECT ...)`, `EXISTS(...)`, `ARRAY(...)`, and `ALL(...)`, `FIRST(...)`, `LAST(...)` (in
 * Microsoft's grammar, azure-cosmos-dotnet-v3 sql.g4: AllScalarExpression, FirstScalarExpression,
 * LastScalarExpression).
 */
export interface Subquery {
    kind: SubqueryKind;
    query: Query;
}

export const SUBQUERY_KINDS = ["subquery", "exists", "array-subquery", "all", "first", "last"] as const;
export type SubqueryKind = (typeof SUBQUERY_KINDS)[number];

export type Expr =
    | Literal
    | Parameter
    | Identifier
    | PropertyAccess
    | IndexAccess
    | Call
    | Unary
    | Binary
    | Between
    | In
    | Like
    | Conditional
    | Coalesce
    | ArrayLiteral
    | ObjectLiteral
    | Subquery;

export type SelectSpec = { kind: "star" } | { kind: "value"; expr: Expr } | { kind: "list"; items: { expr: Expr; alias?: string }[] };

/** `FROM c`, `FROM orders o`, `FROM c.lines l` (alias) or `FROM l IN c.lines` (iteration). */
export type FromSource = { kind: "alias"; expr: Expr; alias?: string } | { kind: "iteration"; alias: string; expr: Expr };

export interface OrderItem {
    expr: Expr;
    direction: "ASC" | "DESC";
}

/** One item of `ORDER BY RANK`: a scoring function call (VectorDistance, FullTextScore, RRF). */
export interface RankItem {
    expr: Call;
    /** Only when written; a score orders by relevance either way. */
    direction?: "ASC" | "DESC";
}

export interface Query {
    kind: "query";
    distinct: boolean;
    top?: Literal | Parameter;
    select: SelectSpec;
    from?: { source: FromSource; joins: FromSource[] };
    where?: Expr;
    groupBy?: Expr[];
    orderBy?: OrderItem[];
    /** `ORDER BY RANK <score>`: https://learn.microsoft.com/azure/cosmos-db/nosql/query/order-by-rank */
    orderByRank?: RankItem[];
    offset?: Literal | Parameter;
    limit?: Literal | Parameter;
}
