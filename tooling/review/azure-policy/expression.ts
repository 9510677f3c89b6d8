/**
 * The template-expression language of Azure Policy rules: a string in brackets such as
 * `[concat('tags[', parameters('tagName'), ']')]` is an expression; anything else is a literal
 * (`[[` escapes a leading bracket). Parsed into a small tree and evaluated against a context
 * that answers `parameters()`, `field()`, `current()` and the other policy functions.
 *
 * Values the plan does not know (UNKNOWN, SECRET) travel through evaluation as an `Unknown`,
 * so a condition that depends on one is reported as not evaluated instead of being guessed.
 *
 * Language reference: https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions
 * Functions allowed in policy rules: https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-functions
 */

/** A value only Azure knows (an output, a secret, a read-only property), with why. */
export class Unknown {
    constructor(readonly reason: string) {}
}

/** A JSON value, or a value the plan does not know. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Unknown;

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** Azure fails the evaluation (and treats the request as denied): a function error, a type error. */
export class EvaluationError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "EvaluationError";
    }
}

/** Something this evaluator does not implement or cannot know offline: the result is not evaluated. */
export class UnsupportedError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UnsupportedError";
    }
}

export type Expr =
    | { kind: "literal"; value: Value }
    | { kind: "call"; name: string; args: Expr[] }
    | { kind: "property"; target: Expr; name: string }
    | { kind: "index"; target: Expr; index: Expr };

/** Whether a JSON string is an expression (starts with `[` but not `[[`, ends with `]`). */
export function isExpression(text: string): boolean {
    return text.length >= 2 && text.startsWith("[") && !text.startsWith("[[") && text.endsWith("]");
}

class Parser {
    private pos = 0;
    constructor(private readonly src: string) {}

    parse(): Expr {
        const expr = this.expression();
        this.skipSpace();
        if (this.pos !== this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`);
        return expr;
    }

    private fail(message: string): never {
        throw new UnsupportedError(`cannot parse expression [${this.src}] at ${this.pos}: ${message}`);
    }

    private skipSpace(): void {
        while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
    }

    private peek(): string {
        this.skipSpace();
        return this.src[this.pos] ?? "";
    }

    private expect(ch: string): void {
        if (this.peek() !== ch) this.fail(`expected '${ch}'`);
        this.pos++;
    }

    private expression(): Expr {
        let expr = this.primary();
        for (;;) {
            const ch = this.peek();
            if (ch === ".") {
                this.pos++;
                expr = { kind: "property", target: expr, name: this.identifier() };
            } else if (ch === "[") {
                this.pos++;
                const index = this.expression();
                this.expect("]");
                expr = { kind: "index", target: expr, index };
            } else {
                return expr;
            }
        }
    }

    private identifier(): string {
        this.skipSpace();
        const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.src.slice(this.pos));
        if (!m) this.fail("expected a name");
        this.pos += m[0].length;
        return m[0];
    }

    private primary(): Expr {
        const ch = this.peek();
        if (ch === "'") return { kind: "literal", value: this.string() };
        if (/[-0-9]/.test(ch)) {
            const m = /^-?[0-9]+(\.[0-9]+)?/.exec(this.src.slice(this.pos));
            if (!m) this.fail("expected a number");
            this.pos += m[0].length;
            return { kind: "literal", value: Number(m[0]) };
        }
        const name = this.identifier();
        // Bare true/false/null (no parentheses) read as the JSON literals.
        if (this.peek() !== "(" && /^(true|false|null)$/i.test(name)) return { kind: "literal", value: name.toLowerCase() === "null" ? null : name.toLowerCase() === "true" };
        this.expect("(");
        const args: Expr[] = [];
        if (this.peek() !== ")") {
            args.push(this.expression());
            while (this.peek() === ",") {
                this.pos++;
                args.push(this.expression());
            }
        }
        this.expect(")");
        return { kind: "call", name: name.toLowerCase(), args };
    }

    private string(): string {
        this.pos++; // opening quote
        let out = "";
        for (;;) {
            if (this.pos >= this.src.length) this.fail("unterminated string");
            const c = this.src[this.pos++];
            if (c === "'") {
                if (this.src[this.pos] === "'") {
                    out += "'";
                    this.pos++;
                    continue;
                }
                return out;
            }
            out += c;
        }
    }
}

const parsed = new Map<string, Expr>();

/** Parses the inside of `[...]`; cached, since rules repeat the same expressions per resource. */
export function parseExpression(text: string): Expr {
    const inner = text.slice(1, -1);
    let expr = parsed.get(inner);
    if (!expr) {
        expr = new Parser(inner).parse();
        parsed.set(inner, expr);
    }
    return expr;
}

/** What functions can ask of the evaluation: the policy-specific lookups. */
export interface ExpressionContext {
    parameter(name: string): Value;
    field(name: string): Value;
    current(name?: string): Value;
    requestContext(): Value;
    resourceGroup(): Value;
    subscription(): Value;
    policy(): Value;
    now(): Date;
}

export type FunctionImpl = (args: Value[], ctx: ExpressionContext, name: string) => Value;

/** Property access on an object: exact key first, then case-insensitive (ARM's lookup). */
export function property(target: Value, name: string): Value {
    if (isUnknown(target)) return target;
    if (target === null || typeof target !== "object" || Array.isArray(target)) {
        throw new EvaluationError(`cannot read property '${name}' of ${describe(target)}`);
    }
    if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
    const key = Object.keys(target).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw new EvaluationError(`the object has no property '${name}'`);
    return target[key];
}

export function describe(v: Value): string {
    if (isUnknown(v)) return "an unknown value";
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}

function evaluate(expr: Expr, ctx: ExpressionContext, functions: Record<string, FunctionImpl>): Value {
    switch (expr.kind) {
        case "literal":
            return expr.value;
        case "property":
            return property(evaluate(expr.target, ctx, functions), expr.name);
        case "index": {
            const target = evaluate(expr.target, ctx, functions);
            const index = evaluate(expr.index, ctx, functions);
            if (isUnknown(target)) return target;
            if (isUnknown(index)) return index;
            if (Array.isArray(target) && typeof index === "number") {
                if (index < 0 || index >= target.length) throw new EvaluationError(`index ${index} is outside an array of ${target.length}`);
                return target[index];
            }
            if (typeof index === "string") return property(target, index);
            throw new EvaluationError(`cannot index ${describe(target)} with ${describe(index)}`);
        }
        case "call": {
            // if() evaluates only the branch it takes: built-ins rely on it to guard int('').
            if (expr.name === "if") {
                if (expr.args.length !== 3) throw new EvaluationError("if() takes 3 arguments");
                const cond = evaluate(expr.args[0], ctx, functions);
                if (isUnknown(cond)) return cond;
                if (typeof cond !== "boolean") throw new EvaluationError(`if() needs a boolean condition, got ${describe(cond)}`);
                return evaluate(expr.args[cond ? 1 : 2], ctx, functions);
            }
            const fn = functions[expr.name];
            if (!fn) throw new UnsupportedError(`function ${expr.name}() is not supported offline`);
            const args = expr.args.map((a) => evaluate(a, ctx, functions));
            // current() and field() resolve names; the rest see Unknown arguments as Unknown.
            const unknown = args.find(isUnknown);
            if (unknown && expr.name !== "coalesce") return unknown;
            return fn(args, ctx, expr.name);
        }
    }
}

let library: Record<string, FunctionImpl> = {};

/** Installs the function table (functions.ts); kept separate so each file stays one concern. */
export function registerFunctions(functions: Record<string, FunctionImpl>): void {
    library = { ...library, ...functions };
}

/**
 * A JSON value from a definition, with every expression string in it evaluated. Non-expression
 * strings are literals; `[[...]` becomes `[...]`.
 */
export function resolve(value: unknown, ctx: ExpressionContext): Value {
    if (typeof value === "string") {
        if (isExpression(value)) return evaluate(parseExpression(value), ctx, library);
        return value.startsWith("[[") ? value.slice(1) : value;
    }
    if (Array.isArray(value)) return value.map((v) => resolve(v, ctx));
    if (value !== null && typeof value === "object") {
        const out: Record<string, Value> = {};
        for (const [k, v] of Object.entries(value)) out[k] = resolve(v, ctx);
        return out;
    }
    if (value === undefined) return null;
    return value as Value;
}
