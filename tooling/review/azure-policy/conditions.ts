/**
 * The policy rule language: `allOf`, `anyOf`, `not`, and conditions on a `field`, a `value` or
 * a `count`, with Azure's comparison rules (case-insensitive except match/notMatch, `[*]`
 * aliases true only when every member matches, location names normalised).
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule
 *
 * Logic is three-valued: a condition that reads a value the plan does not know is Unknown, and
 * stays Unknown only if the rule's result depends on it (`false` in an allOf decides anyway).
 */
import "./functions";
import { describe, EvaluationError, ExpressionContext, isUnknown, PolicyLimitError, resolve, Unknown, UnsupportedError, Value } from "./expression";
import { PolicyResource, readField, ReadOnlyMode, select } from "./resource";
import { lookupAlias } from "./aliases";

export type Truth = boolean | Unknown;

export interface Verdict {
    result: Truth;
    /** Why: the conditions that decided the result, with the values they saw. */
    why: string[];
}

export interface RuleContext {
    resource: PolicyResource;
    readOnly: ReadOnlyMode;
    parameters: Record<string, Value>;
    requestContext: Value;
    resourceGroup: Value;
    subscription: Value;
    policy: Value;
    now: Date;
    /** In an existenceCondition, field() reads the evaluated resource while conditions read the related one. */
    functionResource?: PolicyResource;
}

interface Scope {
    bindings: Map<string, Value>;
    currents: Map<string, Value>;
    innermost?: Value;
    /** Iterations of the enclosing value counts, multiplied (Azure's limit counts them together). */
    valueIterations: number;
    /** Condition evaluations so far for this rule and resource, shared by every nested scope. */
    work: { count: number };
}

/**
 * Azure's authoring limits on a rule (a definition beyond one is refused when created or assigned):
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-rule-limits
 * and "Policy rule: nested conditionals 512" in
 * https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-policy-limits
 */
export const RULE_LIMITS = {
    ifConditions: 4096,
    existenceConditions: 128,
    functions: 2048,
    fieldCountsPerArray: 5,
    valueCounts: 10,
    valueCountIterations: 100,
    nesting: 512,
} as const;

/** Not an Azure limit: a guard that ends an evaluation this evaluator would take too long on (thousands of members counted in nested counts). */
const WORK_LIMIT = 20_000;

export const OPERATORS = [
    "equals",
    "notEquals",
    "like",
    "notLike",
    "match",
    "notMatch",
    "matchInsensitively",
    "notMatchInsensitively",
    "contains",
    "notContains",
    "in",
    "notIn",
    "containsKey",
    "notContainsKey",
    "less",
    "lessOrEquals",
    "greater",
    "greaterOrEquals",
    "exists",
] as const;
export type Operator = (typeof OPERATORS)[number];

const isObj = (v: Value): v is { [k: string]: Value } => v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v);
const show = (v: Value): string => (isUnknown(v) ? "(unknown)" : JSON.stringify(v));

/** Azure's equality for conditions: case-insensitive strings; a scalar equals its string form; absent equals "". */
export function policyEquals(a: Value, b: Value): boolean {
    if ((a === null && b === "") || (a === "" && b === null)) return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => policyEquals(x, b[i]));
    if (isObj(a) && isObj(b)) {
        const kb = Object.keys(b);
        return (
            Object.keys(a).length === kb.length &&
            Object.entries(a).every(([k, v]) => {
                const key = kb.find((x) => x.toLowerCase() === k.toLowerCase());
                return key !== undefined && policyEquals(v, b[key]);
            })
        );
    }
    const scalar = (v: Value) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    if (scalar(a) && scalar(b) && (typeof a === "string" || typeof b === "string")) return String(a).toLowerCase() === String(b).toLowerCase();
    return a === b;
}

/**
 * `like`: `*` matches any run of characters, case-insensitive. Matched piece by piece (the first
 * piece as a prefix, the last as a suffix, the ones between leftmost in order), so a pattern with
 * many wildcards takes linear time instead of a backtracking regular expression's exponential one.
 * (The docs ask for at most one `*`; Azure still accepts more.)
 */
export function likeMatch(pattern: string, text: string): boolean {
    const p = pattern.toLowerCase();
    const t = text.toLowerCase();
    const pieces = p.split("*");
    if (pieces.length === 1) return p === t;
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first.length + last.length > t.length || !t.startsWith(first) || !t.endsWith(last)) return false;
    let at = first.length;
    const end = t.length - last.length;
    for (const piece of pieces.slice(1, -1)) {
        if (!piece) continue;
        const found = t.indexOf(piece, at);
        if (found < 0 || found + piece.length > end) return false;
        at = found + piece.length;
    }
    return true;
}

/** `match`: `#` a digit, `?` a letter, `.` any character, anything else itself. */
export function matchPattern(pattern: string, insensitive: boolean): RegExp {
    const body = Array.from(pattern)
        .map((c) => (c === "#" ? "[0-9]" : c === "?" ? "[A-Za-z]" : c === "." ? "." : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("");
    return new RegExp(`^${body}$`, insensitive ? "is" : "s");
}

function asText(v: Value): string {
    return v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
}

function order(a: Value, b: Value, op: string): number | undefined {
    if (a === null || b === null) return undefined;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "string" && typeof b === "string") {
        const da = Date.parse(a);
        const db = Date.parse(b);
        if (/^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b) && !Number.isNaN(da) && !Number.isNaN(db) && /T/.test(a + b)) return da - db;
        return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
    }
    throw new EvaluationError(`${op} compares values of one type; got ${describe(a)} and ${describe(b)}`);
}

/** One condition operator applied to one value. Throws EvaluationError where Azure's evaluation fails. */
export function applyOperator(op: Operator, actual: Value, expected: Value): boolean {
    switch (op) {
        case "equals":
            return policyEquals(actual, expected);
        case "notEquals":
            return !policyEquals(actual, expected);
        case "like":
        case "notLike":
            return likeMatch(asText(expected), asText(actual)) === (op === "like");
        case "match":
        case "notMatch":
            return matchPattern(asText(expected), false).test(asText(actual)) === (op === "match");
        case "matchInsensitively":
        case "notMatchInsensitively":
            return matchPattern(asText(expected), true).test(asText(actual)) === (op === "matchInsensitively");
        case "contains":
        case "notContains": {
            const has = Array.isArray(actual)
                ? actual.some((x) => policyEquals(x, expected))
                : typeof actual === "string" && actual.toLowerCase().includes(asText(expected).toLowerCase());
            return has === (op === "contains");
        }
        case "in":
        case "notIn": {
            if (!Array.isArray(expected)) throw new EvaluationError(`${op} needs an array, got ${describe(expected)}`);
            return expected.some((x) => policyEquals(actual, x)) === (op === "in");
        }
        case "containsKey":
        case "notContainsKey": {
            const has = isObj(actual) && Object.keys(actual).some((k) => k.toLowerCase() === asText(expected).toLowerCase());
            return has === (op === "containsKey");
        }
        case "less":
        case "lessOrEquals":
        case "greater":
        case "greaterOrEquals": {
            const c = order(actual, expected, op);
            if (c === undefined) return false;
            return op === "less" ? c < 0 : op === "lessOrEquals" ? c <= 0 : op === "greater" ? c > 0 : c >= 0;
        }
        case "exists": {
            const want = typeof expected === "string" ? expected.toLowerCase() === "true" : expected === true;
            return (actual !== null) === want;
        }
    }
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v);
const CONDITION_KEYS = ["allOf", "anyOf", "not", "field", "value", "count", ...OPERATORS] as const;
const COUNT_KEYS = ["field", "value", "name", "where"] as const;

/** Keys matched case-insensitively to their documented spelling; two spellings of one key are an error. */
function canonicalKeys(node: Record<string, unknown>, known: readonly string[], what: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
        const key = known.find((x) => x.toLowerCase() === k.toLowerCase()) ?? k;
        if (Object.prototype.hasOwnProperty.call(out, key))
            throw new UnsupportedError(`${what} names "${key}" twice (names in a policy rule are case-insensitive)`);
        out[key] = v;
    }
    return out;
}

const canonical = new WeakMap<object, unknown>();

/**
 * A condition with its operator and property names in their documented spelling: Azure reads
 * them case-insensitively (built-ins write `notin`, `anyof`; JSON property names in ARM requests
 * are case-insensitive, https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * and the rule schema https://schema.management.azure.com/schemas/2020-10-01/policyDefinition.json).
 * Operand values are left as written. Nesting beyond Azure's 512 levels is refused.
 */
export function canonicalCondition(node: unknown, depth = 0): unknown {
    if (!isPlain(node)) return node;
    const cached = canonical.get(node);
    if (cached !== undefined) return cached;
    if (depth > RULE_LIMITS.nesting) throw new PolicyLimitError(`the rule nests conditions more than ${RULE_LIMITS.nesting} deep, which Azure refuses`);
    const n = canonicalKeys(node, CONDITION_KEYS, "a condition");
    for (const op of ["allOf", "anyOf"] as const) if (Array.isArray(n[op])) n[op] = (n[op] as unknown[]).map((c) => canonicalCondition(c, depth + 1));
    if ("not" in n) n.not = canonicalCondition(n.not, depth + 1);
    if (isPlain(n.count)) {
        const c = canonicalKeys(n.count, COUNT_KEYS, "a count");
        if ("where" in c) c.where = canonicalCondition(c.where, depth + 1);
        n.count = c;
    }
    canonical.set(node, n);
    canonical.set(n, n);
    return n;
}

/** Kleene AND / OR over truths. */
function and(values: Truth[]): Truth {
    if (values.some((v) => v === false)) return false;
    return values.find(isUnknown) ?? true;
}

function expressionContext(ctx: RuleContext, scope: Scope): ExpressionContext {
    return {
        parameter: (name) => {
            const key = Object.keys(ctx.parameters).find((k) => k.toLowerCase() === name.toLowerCase());
            if (key === undefined) throw new EvaluationError(`parameters('${name}') is not a parameter of the definition`);
            return ctx.parameters[key];
        },
        field: (name) => {
            const f = ctx.functionResource ? readField(ctx.functionResource, name, "unknown") : readField(ctx.resource, name, ctx.readOnly, scope.bindings);
            if (f.unsupported) throw new UnsupportedError(f.unsupported);
            if (f.unknown) return f.unknown;
            // An array with a member the plan does not know is not known as a whole (its length, its contents).
            if (f.collection) return f.values.find(isUnknown) ?? f.values;
            return f.values[0] === null ? "" : f.values[0];
        },
        current: (name) => {
            if (name === undefined) {
                if (scope.innermost === undefined) throw new EvaluationError("current() is only available inside count.where");
                return scope.innermost;
            }
            const named = [...scope.currents.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
            if (named !== undefined) return scope.currents.get(named) as Value;
            const lower = name.toLowerCase();
            const bound = [...scope.bindings.keys()].filter((k) => lower === k || lower.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
            if (bound === undefined) throw new EvaluationError(`current('${name}') names no enclosing count`);
            const member = scope.bindings.get(bound) as Value;
            if (lower === bound) return member;
            const outer = lookupAlias(bound, ctx.resource.armType);
            const inner = lookupAlias(name, ctx.resource.armType);
            if (outer.kind !== "alias" || inner.kind !== "alias") throw new UnsupportedError(`current('${name}') reads an alias not in the offline map`);
            const sel = select(member, inner.entry.inputPath.slice(outer.entry.inputPath.length).replace(/^\./, ""), name);
            return sel.unknown ?? (sel.collection ? sel.values : sel.values[0]);
        },
        requestContext: () => ctx.requestContext,
        resourceGroup: () => ctx.resourceGroup,
        subscription: () => ctx.subscription,
        policy: () => ctx.policy,
        now: () => ctx.now,
    };
}

function operatorOf(node: Record<string, unknown>): Operator {
    const ops = OPERATORS.filter((op) => op in node);
    if (ops.length !== 1)
        throw new UnsupportedError(
            `a condition needs exactly one operator (${OPERATORS.join(", ")}); got ${ops.length ? ops.join(", ") : "none"} in ${JSON.stringify(node).slice(0, 120)}`,
        );
    return ops[0];
}

function countOf(node: Record<string, unknown>, ctx: RuleContext, scope: Scope): { min: number; max: number; unknown?: Unknown; what: string } {
    const spec = node.count as Record<string, unknown>;
    const x = expressionContext(ctx, scope);
    const members: { member: Value; next: () => Scope }[] = [];
    let what: string;
    if (typeof spec.field === "string") {
        const field = resolve(spec.field, x);
        if (typeof field !== "string") throw new EvaluationError(`count.field must be a [*] alias, got ${describe(field)}`);
        const f = readField(ctx.resource, field, ctx.readOnly, scope.bindings);
        if (f.unsupported) throw new UnsupportedError(f.unsupported);
        if (f.unknown) return { min: 0, max: 0, unknown: f.unknown, what: field };
        what = field;
        spend(scope, f.values.length);
        // One scope for every member, rebound before each where (evaluation is synchronous; nested counts copy it).
        const key = field.toLowerCase();
        const next: Scope = { ...scope, bindings: new Map(scope.bindings) };
        for (const member of f.values) members.push({ member, next: () => (next.bindings.set(key, member), (next.innermost = member), next) });
    } else if ("value" in spec) {
        const list = resolve(spec.value, x);
        if (isUnknown(list)) return { min: 0, max: 0, unknown: list, what: "count.value" };
        if (!Array.isArray(list)) throw new EvaluationError(`count.value must be an array, got ${describe(list)}`);
        const iterations = scope.valueIterations * list.length;
        if (iterations > RULE_LIMITS.valueCountIterations) {
            const message = `a value count iterates ${iterations} times (with its enclosing value counts); Azure allows ${RULE_LIMITS.valueCountIterations}`;
            // From the resource's own properties Azure can only fail the evaluation; from the definition or its parameters it refuses the definition or assignment.
            if (/\b(field|current)\s*\(/i.test(JSON.stringify(spec.value))) throw new EvaluationError(message);
            throw new PolicyLimitError(message);
        }
        const name = typeof spec.name === "string" ? spec.name : "default";
        what = `count.value (${list.length} members)`;
        spend(scope, list.length);
        const next: Scope = { ...scope, currents: new Map(scope.currents), valueIterations: iterations };
        for (const member of list) members.push({ member, next: () => (next.currents.set(name, member), (next.innermost = member), next) });
    } else {
        throw new UnsupportedError("count needs a field or a value");
    }
    let min = 0;
    let unknowns = 0;
    let unknown: Unknown | undefined;
    for (const { member, next } of members) {
        const r = spec.where === undefined ? (isUnknown(member) ? member : true) : evaluate(spec.where, ctx, next()).result;
        if (r === true) min++;
        else if (isUnknown(r)) {
            unknowns++;
            unknown = unknown ?? r;
        }
    }
    return { min, max: min + unknowns, unknown, what };
}

/** Counts work (a condition, or an array member selected for a count) against WORK_LIMIT. */
function spend(scope: Scope, units: number): void {
    scope.work.count += units;
    if (scope.work.count > WORK_LIMIT)
        throw new UnsupportedError(
            `the rule takes more than ${WORK_LIMIT} condition evaluations on this resource (counts over large arrays); not evaluated offline`,
        );
}

function evaluate(node: unknown, ctx: RuleContext, scope: Scope): Verdict {
    spend(scope, 1);
    if (node === null || typeof node !== "object" || Array.isArray(node))
        throw new UnsupportedError(`a condition must be an object, got ${JSON.stringify(node)}`);
    const n = node as Record<string, unknown>;
    if (Array.isArray(n.allOf) || Array.isArray(n.anyOf)) {
        const all = Array.isArray(n.allOf);
        const parts: Verdict[] = [];
        for (const child of (all ? n.allOf : n.anyOf) as unknown[]) {
            const v = evaluate(child, ctx, scope);
            parts.push(v);
            if (v.result === !all) return { result: !all, why: v.why }; // short-circuits like Azure
        }
        const unknown = parts.find((p) => isUnknown(p.result));
        if (unknown) return unknown;
        return { result: all, why: all ? parts.flatMap((p) => p.why) : parts.flatMap((p) => p.why).slice(0, 3) };
    }
    if ("not" in n) {
        const v = evaluate(n.not, ctx, scope);
        return { result: isUnknown(v.result) ? v.result : !v.result, why: v.why.map((w) => `not (${w})`) };
    }
    const op = operatorOf(n);
    const x = expressionContext(ctx, scope);
    const expected = resolve(n[op], x);
    if (isUnknown(expected)) return { result: expected, why: [expected.reason] };
    if ("count" in n) {
        const c = countOf(n, ctx, scope);
        if (c.unknown && c.min === c.max) return { result: c.unknown, why: [c.unknown.reason] };
        const outcomes = new Set<boolean>();
        for (let k = c.min; k <= c.max; k++) outcomes.add(applyOperator(op, k, expected));
        if (outcomes.size > 1) return { result: c.unknown as Unknown, why: [(c.unknown as Unknown).reason] };
        const result = [...outcomes][0];
        return { result, why: [`count of ${c.what} is ${c.min === c.max ? c.min : `${c.min}..${c.max}`} (${op} ${show(expected)}: ${result})`] };
    }
    if (typeof n.field === "string") {
        const field = resolve(n.field, x);
        if (typeof field !== "string") throw new EvaluationError(`field must name a field, got ${describe(field)}`);
        const f = readField(ctx.resource, field, ctx.readOnly, scope.bindings);
        if (f.unsupported) throw new UnsupportedError(f.unsupported);
        if (f.unknown) return { result: f.unknown, why: [f.unknown.reason] };
        const location = field.toLowerCase() === "location";
        const norm = (v: Value): Value => (location && typeof v === "string" ? v.replace(/\s/g, "").toLowerCase() : v);
        const expectedN = location ? (Array.isArray(expected) ? expected.map(norm) : norm(expected)) : expected;
        const results: Truth[] = f.values.map((v) => (isUnknown(v) ? v : applyOperator(op, norm(v), expectedN)));
        const result = f.collection ? and(results) : results[0];
        const seen = f.collection ? `[${f.values.map(show).join(", ")}]` : show(f.values[0]);
        if (isUnknown(result)) return { result, why: [result.reason] };
        return { result, why: [`${field} is ${seen} (${op} ${show(expected)}: ${result})`] };
    }
    if ("value" in n) {
        const actual = resolve(n.value, x);
        if (isUnknown(actual)) return { result: actual, why: [actual.reason] };
        const result = applyOperator(op, actual, expected);
        return { result, why: [`value ${typeof n.value === "string" ? n.value : show(actual)} is ${show(actual)} (${op} ${show(expected)}: ${result})`] };
    }
    throw new UnsupportedError(`a condition needs field, value or count: ${JSON.stringify(n).slice(0, 120)}`);
}

const rootScope = (): Scope => ({ bindings: new Map(), currents: new Map(), valueIterations: 1, work: { count: 0 } });

/** Evaluates a rule's `if` (or an existenceCondition) against the resource in `ctx`. */
export function evaluateCondition(node: unknown, ctx: RuleContext): Verdict {
    return evaluate(canonicalCondition(node), ctx, rootScope());
}

/** Resolves a definition value (an effect, a modify value, details) in the rule's context. */
export function resolveValue(value: unknown, ctx: RuleContext): Value {
    return resolve(value, expressionContext(ctx, rootScope()));
}
