/**
 * The template functions a policy rule may call, with ARM's semantics:
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions
 * and the policy-only ones (field, current, requestContext, policy, addDays, utcNow, ipRangeContains):
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-functions
 *
 * Functions ARM offers but a policy rule may not use (reference, resourceId, list*, newGuid, ...)
 * are absent and report "not supported offline"; so are guid() and uniqueString(), whose hashes
 * we do not reproduce.
 */
import { describe, EvaluationError, FunctionImpl, isUnknown, registerFunctions, Value, VALUE_LIMITS } from "./expression";

type Obj = { [key: string]: Value };
const isObj = (v: Value): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v);

function arity(name: string, args: Value[], min: number, max = min): void {
    if (args.length < min || args.length > max) {
        throw new EvaluationError(`${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? "" : "s"}, got ${args.length}`);
    }
}
function str(name: string, v: Value): string {
    if (typeof v !== "string") throw new EvaluationError(`${name}() needs a string, got ${describe(v)}`);
    return v;
}
function int(name: string, v: Value): number {
    if (typeof v !== "number" || !Number.isInteger(v)) throw new EvaluationError(`${name}() needs an integer, got ${describe(v)}`);
    return v;
}
function arr(name: string, v: Value): Value[] {
    if (!Array.isArray(v)) throw new EvaluationError(`${name}() needs an array, got ${describe(v)}`);
    return v;
}

/** ARM's equals(): deep, type-strict, case-sensitive for strings (Bicep's `==`). */
export function deepEquals(a: Value, b: Value): boolean {
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEquals(x, b[i]));
    if (isObj(a) && isObj(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEquals(a[k], b[k]));
    }
    return a === b;
}

/** A key equal for values deepEquals() calls equal (object keys in sorted order). */
function canonical(v: Value): string {
    if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
    if (isObj(v))
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(",")}}`;
    return JSON.stringify(v) ?? "null";
}

function compare(name: string, a: Value, b: Value): number {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
    throw new EvaluationError(`${name}() compares two numbers or two strings, got ${describe(a)} and ${describe(b)}`);
}

function lengthOf(name: string, v: Value): number {
    if (typeof v === "string" || Array.isArray(v)) return v.length;
    if (isObj(v)) return Object.keys(v).length;
    throw new EvaluationError(`${name}() needs a string, array or object, got ${describe(v)}`);
}

function toStringValue(v: Value): string {
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return v ? "True" : "False";
    return JSON.stringify(v);
}

/** Parses an IPv4 or IPv6 address to a bigint and its family. */
function ipValue(text: string): { family: 4 | 6; value: bigint } {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        const parts = text.split(".").map(Number);
        if (parts.some((p) => p > 255)) throw new EvaluationError(`'${text}' is not an IP address`);
        return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n) };
    }
    if (text.includes(":")) {
        const [head, tail] = text.split("::");
        const groups = (s: string | undefined) => (s ? s.split(":") : []);
        const h = groups(head);
        const t = groups(tail);
        const fill = text.includes("::") ? 8 - h.length - t.length : 0;
        const all = [...h, ...Array<string>(fill).fill("0"), ...t];
        if (all.length !== 8 || all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) throw new EvaluationError(`'${text}' is not an IP address`);
        return { family: 6, value: all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n) };
    }
    throw new EvaluationError(`'${text}' is not an IP address`);
}

/** A range in the three formats ipRangeContains() accepts: address, CIDR, or start-end. */
export function ipRange(text: string): { family: 4 | 6; start: bigint; end: bigint } {
    if (text.includes("/")) {
        const [addr, bitsText] = text.split("/");
        const ip = ipValue(addr);
        const width = ip.family === 4 ? 32 : 128;
        const bits = Number(bitsText);
        if (!Number.isInteger(bits) || bits < 0 || bits > width) throw new EvaluationError(`'${text}' is not a CIDR range`);
        const host = (1n << BigInt(width - bits)) - 1n;
        return { family: ip.family, start: ip.value & ~host, end: (ip.value & ~host) | host };
    }
    if (text.includes("-")) {
        const [a, b] = text.split("-").map(ipValue);
        if (a.family !== b.family || a.value > b.value) throw new EvaluationError(`'${text}' is not an IP range`);
        return { family: a.family, start: a.value, end: b.value };
    }
    const ip = ipValue(text);
    return { family: ip.family, start: ip.value, end: ip.value };
}

const FUNCTIONS: Record<string, FunctionImpl> = {
    // Policy-specific lookups.
    parameters: (a, ctx, n) => (arity(n, a, 1), ctx.parameter(str(n, a[0]))),
    field: (a, ctx, n) => (arity(n, a, 1), ctx.field(str(n, a[0]))),
    current: (a, ctx, n) => (arity(n, a, 0, 1), ctx.current(a.length ? str(n, a[0]) : undefined)),
    requestcontext: (a, ctx, n) => (arity(n, a, 0), ctx.requestContext()),
    resourcegroup: (a, ctx, n) => (arity(n, a, 0), ctx.resourceGroup()),
    subscription: (a, ctx, n) => (arity(n, a, 0), ctx.subscription()),
    policy: (a, ctx, n) => (arity(n, a, 0), ctx.policy()),
    utcnow: (a, ctx, n) => {
        arity(n, a, 0, 1);
        if (a.length) throw new EvaluationError("utcNow() with a format is not supported offline");
        return ctx
            .now()
            .toISOString()
            .replace(/\.(\d{3})Z$/, ".$10000Z");
    },
    adddays: (a, _ctx, n) => {
        arity(n, a, 2);
        const t = Date.parse(str(n, a[0]));
        if (Number.isNaN(t)) throw new EvaluationError(`addDays() needs an ISO 8601 date, got ${describe(a[0])}`);
        return new Date(t + int(n, a[1]) * 86_400_000).toISOString().replace(/\.(\d{3})Z$/, ".$10000Z");
    },
    iprangecontains: (a, _ctx, n) => {
        arity(n, a, 2);
        const outer = ipRange(str(n, a[0]));
        const inner = ipRange(str(n, a[1]));
        if (outer.family !== inner.family) throw new EvaluationError("ipRangeContains() cannot mix IPv4 and IPv6");
        return inner.start >= outer.start && inner.end <= outer.end;
    },
    // Strings.
    tolower: (a, _c, n) => (arity(n, a, 1), str(n, a[0]).toLowerCase()),
    toupper: (a, _c, n) => (arity(n, a, 1), str(n, a[0]).toUpperCase()),
    trim: (a, _c, n) => (arity(n, a, 1), str(n, a[0]).trim()),
    replace: (a, _c, n) => {
        arity(n, a, 3);
        const [text, from, to] = [str(n, a[0]), str(n, a[1]), str(n, a[2])];
        if (from === "") throw new EvaluationError("replace() cannot replace an empty string");
        const parts = text.split(from);
        if (text.length + (parts.length - 1) * (to.length - from.length) > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`replace() returns more than the ${VALUE_LIMITS.stringLength} characters Azure allows`);
        return parts.join(to);
    },
    split: (a, _c, n) => {
        arity(n, a, 2);
        const delimiters = Array.isArray(a[1]) ? a[1].map((d) => str(n, d)) : [str(n, a[1])];
        return delimiters.reduce<string[]>((parts, d) => parts.flatMap((p) => p.split(d)), [str(n, a[0])]);
    },
    substring: (a, _c, n) => {
        arity(n, a, 2, 3);
        const s = str(n, a[0]);
        const start = int(n, a[1]);
        const len = a.length === 3 ? int(n, a[2]) : s.length - start;
        if (start < 0 || len < 0 || start + len > s.length) throw new EvaluationError(`substring() range ${start}+${len} is outside a string of ${s.length}`);
        return s.substr(start, len);
    },
    startswith: (a, _c, n) => (arity(n, a, 2), str(n, a[0]).toLowerCase().startsWith(str(n, a[1]).toLowerCase())),
    endswith: (a, _c, n) => (arity(n, a, 2), str(n, a[0]).toLowerCase().endsWith(str(n, a[1]).toLowerCase())),
    indexof: (a, _c, n) => {
        arity(n, a, 2);
        if (Array.isArray(a[0])) return a[0].findIndex((x) => deepEquals(x, a[1]));
        return str(n, a[0]).toLowerCase().indexOf(str(n, a[1]).toLowerCase());
    },
    lastindexof: (a, _c, n) => {
        arity(n, a, 2);
        if (Array.isArray(a[0])) {
            for (let i = a[0].length - 1; i >= 0; i--) if (deepEquals(a[0][i], a[1])) return i;
            return -1;
        }
        return str(n, a[0]).toLowerCase().lastIndexOf(str(n, a[1]).toLowerCase());
    },
    padleft: (a, _c, n) => {
        arity(n, a, 2, 3);
        const total = int(n, a[1]);
        const pad = a.length === 3 ? str(n, a[2]) : " ";
        if (pad.length !== 1) throw new EvaluationError(`padLeft() pads with a single character, got ${describe(a[2])}`);
        // The result would exceed the string length Azure allows: refuse before building it.
        if (total > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`padLeft() to ${total} characters returns more than the ${VALUE_LIMITS.stringLength} Azure allows`);
        return toStringValue(a[0]).padStart(total, pad);
    },
    format: (a, _c, n) => {
        if (a.length < 1) throw new EvaluationError("format() needs a format string");
        const pattern = str(n, a[0]);
        const texts = a.slice(1).map(toStringValue);
        let length = pattern.length;
        for (const m of pattern.matchAll(/\{(\d+)\}/g)) length += (texts[Number(m[1])]?.length ?? 4) - m[0].length;
        if (length > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`format() returns more than the ${VALUE_LIMITS.stringLength} characters Azure allows`);
        return pattern.replace(/\{(\d+)\}/g, (_m, i: string) => texts[Number(i)] ?? "null");
    },
    string: (a, _c, n) => (arity(n, a, 1), toStringValue(a[0])),
    base64: (a, _c, n) => (arity(n, a, 1), Buffer.from(str(n, a[0]), "utf8").toString("base64")),
    base64tostring: (a, _c, n) => (arity(n, a, 1), Buffer.from(str(n, a[0]), "base64").toString("utf8")),
    // Arrays, objects and strings alike.
    concat: (a) => {
        if (a.length > 0 && a.every(Array.isArray)) {
            if ((a as Value[][]).reduce((sum, l) => sum + l.length, 0) > VALUE_LIMITS.nodes)
                throw new EvaluationError(`concat() returns more than the ${VALUE_LIMITS.nodes} values Azure allows`);
            return (a as Value[][]).flat(1);
        }
        const texts = a.map((v) => (typeof v === "string" ? v : toStringValue(v)));
        if (texts.reduce((sum, t) => sum + t.length, 0) > VALUE_LIMITS.stringLength)
            throw new EvaluationError(`concat() returns more than the ${VALUE_LIMITS.stringLength} characters Azure allows`);
        return texts.join("");
    },
    length: (a, _c, n) => (arity(n, a, 1), lengthOf(n, a[0])),
    empty: (a, _c, n) => (arity(n, a, 1), a[0] === null || (a[0] !== undefined && lengthOf(n, a[0]) === 0)),
    contains: (a, _c, n) => {
        arity(n, a, 2);
        const [container, item] = a;
        if (typeof container === "string") return container.includes(toStringValue(item));
        if (Array.isArray(container)) return container.some((x) => deepEquals(x, item));
        if (isObj(container)) return Object.keys(container).some((k) => k.toLowerCase() === str(n, item).toLowerCase());
        throw new EvaluationError(`contains() needs a string, array or object, got ${describe(container)}`);
    },
    first: (a, _c, n) => {
        arity(n, a, 1);
        if (typeof a[0] === "string") return a[0].slice(0, 1);
        const list = arr(n, a[0]);
        return list.length ? list[0] : null;
    },
    last: (a, _c, n) => {
        arity(n, a, 1);
        if (typeof a[0] === "string") return a[0].slice(-1);
        const list = arr(n, a[0]);
        return list.length ? list[list.length - 1] : null;
    },
    take: (a, _c, n) => (
        arity(n, a, 2), typeof a[0] === "string" ? a[0].slice(0, Math.max(0, int(n, a[1]))) : arr(n, a[0]).slice(0, Math.max(0, int(n, a[1])))
    ),
    skip: (a, _c, n) => (arity(n, a, 2), typeof a[0] === "string" ? a[0].slice(Math.max(0, int(n, a[1]))) : arr(n, a[0]).slice(Math.max(0, int(n, a[1])))),
    array: (a, _c, n) => (arity(n, a, 1), Array.isArray(a[0]) ? a[0] : [a[0]]),
    createarray: (a) => a,
    createobject: (a, _c, n) => {
        if (a.length % 2 !== 0) throw new EvaluationError("createObject() takes key/value pairs");
        const out: Obj = {};
        for (let i = 0; i < a.length; i += 2) out[str(n, a[i])] = a[i + 1];
        return out;
    },
    union: (a, _c, n) => {
        if (a.length && a.every(Array.isArray)) {
            if ((a as Value[][]).reduce((sum, l) => sum + l.length, 0) > VALUE_LIMITS.nodes)
                throw new EvaluationError(`union() takes more than the ${VALUE_LIMITS.nodes} values Azure allows`);
            const seen = new Set<string>();
            return (a as Value[][]).flat(1).filter((x) => !seen.has(canonical(x)) && (seen.add(canonical(x)), true));
        }
        if (a.length && a.every(isObj)) return Object.assign({}, ...a) as Obj;
        throw new EvaluationError(`${n}() takes arrays or objects`);
    },
    intersection: (a, _c, n) => {
        if (a.length && a.every(Array.isArray)) {
            const sets = (a as Value[][]).slice(1).map((l) => new Set(l.map(canonical)));
            const seen = new Set<string>();
            return (a[0] as Value[]).filter((x) => {
                const k = canonical(x);
                if (seen.has(k) || !sets.every((s) => s.has(k))) return false;
                seen.add(k);
                return true;
            });
        }
        if (a.length && a.every(isObj)) return Object.fromEntries(Object.entries(a[0]).filter(([k, v]) => a.every((o) => k in o && deepEquals(o[k], v))));
        throw new EvaluationError(`${n}() takes arrays or objects`);
    },
    range: (a, _c, n) => {
        arity(n, a, 2);
        const [start, count] = [int(n, a[0]), int(n, a[1])];
        if (count < 0 || count > 10000) throw new EvaluationError(`range() count is ${count}; ARM accepts 0 to 10000`);
        if (start + count > 2147483647) throw new EvaluationError("range() startIndex + count is above 2147483647");
        return Array.from({ length: count }, (_v, i) => start + i);
    },
    tryget: (a) => {
        if (a.length < 2) throw new EvaluationError("tryGet() takes an object or array and one or more keys");
        let v: Value = a[0];
        for (const k of a.slice(1)) {
            if (isObj(v) && typeof k === "string") v = v[Object.keys(v).find((x) => x.toLowerCase() === k.toLowerCase()) ?? ""] ?? null;
            else if (Array.isArray(v) && typeof k === "number") v = v[k] ?? null;
            else return null;
        }
        return v;
    },
    json: (a, _c, n) => {
        arity(n, a, 1);
        try {
            return JSON.parse(str(n, a[0])) as Value;
        } catch {
            throw new EvaluationError(`json() cannot parse ${describe(a[0])}`);
        }
    },
    null: (a, _c, n) => (arity(n, a, 0), null),
    coalesce: (a) => {
        for (const v of a) {
            if (isUnknown(v)) return v;
            if (v !== null) return v;
        }
        return null;
    },
    // Logic and comparison.
    and: (a, _c, n) => (arity(n, a, 2, 64), a.every((v) => bool(n, v))),
    or: (a, _c, n) => (arity(n, a, 2, 64), a.some((v) => bool(n, v))),
    not: (a, _c, n) => (arity(n, a, 1), !bool(n, a[0])),
    bool: (a, _c, n) => {
        arity(n, a, 1);
        if (typeof a[0] === "boolean") return a[0];
        if (typeof a[0] === "number") return a[0] !== 0;
        if (typeof a[0] === "string" && /^(true|false)$/i.test(a[0])) return a[0].toLowerCase() === "true";
        throw new EvaluationError(`bool() cannot convert ${describe(a[0])}`);
    },
    true: (a, _c, n) => (arity(n, a, 0), true),
    false: (a, _c, n) => (arity(n, a, 0), false),
    equals: (a, _c, n) => (arity(n, a, 2), deepEquals(a[0], a[1])),
    less: (a, _c, n) => (arity(n, a, 2), compare(n, a[0], a[1]) < 0),
    lessorequals: (a, _c, n) => (arity(n, a, 2), compare(n, a[0], a[1]) <= 0),
    greater: (a, _c, n) => (arity(n, a, 2), compare(n, a[0], a[1]) > 0),
    greaterorequals: (a, _c, n) => (arity(n, a, 2), compare(n, a[0], a[1]) >= 0),
    // Numbers (integers, as ARM's are 64-bit integers).
    int: (a, _c, n) => {
        arity(n, a, 1);
        if (typeof a[0] === "number") return Math.trunc(a[0]);
        if (typeof a[0] === "string" && /^\s*[-+]?\d+\s*$/.test(a[0])) return parseInt(a[0], 10);
        throw new EvaluationError(`int() cannot convert ${describe(a[0])}`);
    },
    add: (a, _c, n) => (arity(n, a, 2), int(n, a[0]) + int(n, a[1])),
    sub: (a, _c, n) => (arity(n, a, 2), int(n, a[0]) - int(n, a[1])),
    mul: (a, _c, n) => (arity(n, a, 2), int(n, a[0]) * int(n, a[1])),
    div: (a, _c, n) => {
        arity(n, a, 2);
        if (int(n, a[1]) === 0) throw new EvaluationError("div() by zero");
        return Math.trunc(int(n, a[0]) / int(n, a[1]));
    },
    mod: (a, _c, n) => {
        arity(n, a, 2);
        if (int(n, a[1]) === 0) throw new EvaluationError("mod() by zero");
        return int(n, a[0]) % int(n, a[1]);
    },
    min: (a, _c, n) => Math.min(...(a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((v) => int(n, v))),
    max: (a, _c, n) => Math.max(...(a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((v) => int(n, v))),
};

function bool(name: string, v: Value): boolean {
    if (typeof v !== "boolean") throw new EvaluationError(`${name}() needs booleans, got ${describe(v)}`);
    return v;
}

/** The names this evaluator implements (lower case), for tests and the docs. */
export const FUNCTION_NAMES = ["if", ...Object.keys(FUNCTIONS)].sort();

registerFunctions(FUNCTIONS);
