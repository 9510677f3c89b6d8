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

/**
 * Azure's authoring limits on expressions (a definition that exceeds one is refused when it is
 * created): https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-rule-limits
 */
export const EXPRESSION_LIMITS = { length: 81920, depth: 64, parameters: 128 } as const;

/** An expression or rule beyond a limit Azure enforces when the definition is created or assigned. */
export class PolicyLimitError extends UnsupportedError {
    constructor(message: string) {
        super(message);
        this.name = "PolicyLimitError";
    }
}

class Parser {
    private pos = 0;
    private depth = 0;
    /** Function calls seen, for the per-rule limit. */
    calls = 0;
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
        if (this.peek() !== "(" && /^(true|false|null)$/i.test(name))
            return { kind: "literal", value: name.toLowerCase() === "null" ? null : name.toLowerCase() === "true" };
        this.expect("(");
        this.calls++;
        if (++this.depth > EXPRESSION_LIMITS.depth)
            throw new PolicyLimitError(
                `expression [${this.src.slice(0, 60)}...] nests functions more than ${EXPRESSION_LIMITS.depth} deep, which Azure refuses`,
            );
        const args: Expr[] = [];
        if (this.peek() !== ")") {
            args.push(this.expression());
            while (this.peek() === ",") {
                this.pos++;
                args.push(this.expression());
                if (args.length > EXPRESSION_LIMITS.parameters)
                    throw new PolicyLimitError(
                        `${name}() in [${this.src.slice(0, 60)}...] has more than ${EXPRESSION_LIMITS.parameters} parameters, which Azure refuses`,
                    );
            }
        }
        this.expect(")");
        this.depth--;
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

const parsed = new Map<string, { expr: Expr; calls: number }>();

/** Parses the inside of `[...]`; cached, since rules repeat the same expressions per resource. */
export function parseExpression(text: string): Expr {
    return parseCounted(text).expr;
}

/** The parse and the number of function calls in it (PolicyLimitError beyond Azure's authoring limits). */
export function parseCounted(text: string): { expr: Expr; calls: number } {
    if (text.length > EXPRESSION_LIMITS.length)
        throw new PolicyLimitError(`an expression of ${text.length} characters is longer than the ${EXPRESSION_LIMITS.length} Azure allows`);
    const inner = text.slice(1, -1);
    let entry = parsed.get(inner);
    if (!entry) {
        const parser = new Parser(inner);
        entry = { expr: parser.parse(), calls: parser.calls };
        if (parsed.size > 10_000) parsed.clear();
        parsed.set(inner, entry);
    }
    return entry;
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

/** Objects only partly known offline (requestContext()): a property they lack is Unknown, with this reason. */
const openObjects = new WeakMap<object, string>();

/** An object whose other properties exist in Azure but are not known offline. */
export function openObject(known: { [key: string]: Value }, reason: string): { [key: string]: Value } {
    openObjects.set(known, reason);
    return known;
}

/**
 * Property access on an object: exact key first, then case-insensitive (ARM's lookup). A missing
 * property reads as null, which conditions compare equal to "": the built-ins that inherit a tag
 * from the resource group guard `[resourceGroup().tags[parameters('tagName')]]` with
 * `notEquals ""` and rely on it (Tags/InheritTag_*; the rule-language example in
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#use-tags-with-parameters
 * reads the same lookup as a modify value). Reading a property of null or of a string fails the
 * evaluation, as in ARM.
 */
export function property(target: Value, name: string): Value {
    if (isUnknown(target)) return target;
    if (target === null || typeof target !== "object" || Array.isArray(target)) {
        throw new EvaluationError(`cannot read property '${name}' of ${describe(target)}`);
    }
    if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
    const key = Object.keys(target).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return target[key];
    const open = openObjects.get(target);
    return open !== undefined ? new Unknown(`${name}: ${open}`) : null;
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
            return withinLimits(expr.name, fn(args, ctx, expr.name));
        }
    }
}

/**
 * Azure's limits on values during evaluation: a function that returns more fails the evaluation,
 * which is an implicit deny.
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#limits-enforced-during-evaluation
 */
export const VALUE_LIMITS = { stringLength: 131072, depth: 128, nodes: 32768 } as const;

/** Throws EvaluationError when a function's result is beyond VALUE_LIMITS; stops counting at the limit. */
export function withinLimits(name: string, value: Value): Value {
    if (typeof value === "string") {
        if (value.length > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`${name}() returns a string of ${value.length} characters; Azure allows ${VALUE_LIMITS.stringLength}`);
        return value;
    }
    if (value === null || typeof value !== "object" || isUnknown(value)) return value;
    let nodes = 0;
    const stack: [Value, number][] = [[value, 1]];
    while (stack.length) {
        const [v, depth] = stack.pop() as [Value, number];
        if (++nodes > VALUE_LIMITS.nodes)
            throw new EvaluationError(`${name}() returns more than ${VALUE_LIMITS.nodes} values; Azure allows ${VALUE_LIMITS.nodes}`);
        if (depth > VALUE_LIMITS.depth)
            throw new EvaluationError(`${name}() returns a value nested more than ${VALUE_LIMITS.depth} deep; Azure allows ${VALUE_LIMITS.depth}`);
        if (typeof v === "string" && v.length > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`${name}() returns a string of ${v.length} characters; Azure allows ${VALUE_LIMITS.stringLength}`);
        if (v !== null && typeof v === "object" && !isUnknown(v)) for (const c of Array.isArray(v) ? v : Object.values(v)) stack.push([c, depth + 1]);
    }
    return value;
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
