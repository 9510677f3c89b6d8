/**
 * zod issues as config problems: one line each, naming the key path, what is wrong and what is
 * accepted, with the value found (never a secret one). Used for stack files and component
 * arguments alike, so both read the same.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { ConfigProblem, PathSegment, valueAt, withValue } from "./errors";

type AnySchema = z.core.$ZodType;

/** The schema a wrapper (optional, default, nullable, prefault, pipe) wraps; undefined for any other. */
export function wrappedSchema(schema: AnySchema): AnySchema | undefined {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
        case "optional":
        case "default":
        case "nullable":
        case "prefault":
            return def.innerType as AnySchema;
        case "pipe":
            return def.in as AnySchema;
        default:
            return undefined;
    }
}

/** The keys an object schema accepts at a path (best effort through optionals, arrays, records, unions). */
export function acceptedKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
    const inner = wrappedSchema(schema);
    if (inner) return acceptedKeys(inner, path);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
        case "array":
            return path.length === 0 ? [] : acceptedKeys(def.element as AnySchema, path.slice(1));
        case "record":
            return path.length === 0 ? [] : acceptedKeys(def.valueType as AnySchema, path.slice(1));
        case "union":
            return [...new Set((def.options as AnySchema[]).flatMap((o) => acceptedKeys(o, path)))];
        case "object": {
            const shape = def.shape as Record<string, AnySchema>;
            if (path.length === 0) return Object.keys(shape);
            const next = shape[String(path[0])];
            return next ? acceptedKeys(next, path.slice(1)) : [];
        }
        default:
            return [];
    }
}

export interface IssueOptions {
    /** How a top-level key is named in messages (a stack file says `'cosmos-platform:<key>'`). */
    topLevelKey?: (key: string) => string;
    /** True for a path whose value must not be echoed (it came from a secret config key). */
    secret?: (path: readonly PathSegment[]) => boolean;
}

function describeIssue(schema: AnySchema, issue: z.core.$ZodIssue, raw: unknown, options: IssueOptions): ConfigProblem {
    const path = issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number");
    const value = valueAt(raw, path);
    let message: string;
    switch (issue.code) {
        case "unrecognized_keys": {
            const accepted = acceptedKeys(schema, path);
            const label = path.length === 0 && options.topLevelKey ? options.topLevelKey : (k: string) => `'${k}'`;
            const acceptedLabel = path.length === 0 && options.topLevelKey ? options.topLevelKey : (k: string) => k;
            const what = path.length === 0 && options.topLevelKey ? "unknown config key" : "unknown key";
            return {
                path,
                message: `${what} ${issue.keys.map(label).join(", ")}; accepted keys: ${accepted.map((k) => acceptedLabel(k).replace(/^'|'$/g, "")).join(", ")}`,
            };
        }
        case "invalid_type":
            if (value === undefined) return { path, message: `is required (expected ${issue.expected})` };
            message = /^Invalid input/.test(issue.message) ? `expected ${issue.expected}` : issue.message;
            break;
        default:
            message = issue.message;
    }
    if (value === undefined) return { path, message };
    return { path, message: withValue(message, value, options.secret?.(path) ?? false) };
}

/** Every shape problem of `raw` against `schema`; empty when it parses. */
export function shapeProblems(schema: AnySchema, raw: unknown, options: IssueOptions = {}): ConfigProblem[] {
    const parsed = z.safeParse(schema, raw);
    return parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(schema, issue, raw, options));
}

/** True when A and B are the same type: the same keys, optional marks and value types, at every depth. */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * Checks, when the project compiles, that a zod shape takes exactly the values of an args
 * interface: `argsShape<AccountRegion>()(z.strictObject({...}))` fails to compile when the shape and
 * the interface differ in a key, an optional mark or a type. The interface is the source of truth
 * (its JSDoc reaches editors and every language's SDK); the shape only adds the messages.
 */
export function argsShape<T>() {
    return <S extends z.ZodType>(schema: S & (Same<z.input<S>, T> extends true ? unknown : { "the zod shape differs from the args interface": T })): S =>
        schema;
}

/**
 * A zod enum over an args enum (`const X = {...} as const`), with a message that names the thing
 * and every accepted value: "consistency level is one of Strong, BoundedStaleness, ...".
 */
export function enumOf<const E extends Record<string, string>>(values: E, what: string, message?: string | ((input: unknown) => string)) {
    const accepted = Object.values(values);
    const text = message ?? `${what} is one of ${accepted.join(", ")}`;
    return z.enum(values, { error: (issue) => (typeof text === "function" ? text(issue.input) : text) });
}

/** A value known only at deployment: another resource's output, or a promise. */
export function isUnknownInput(value: unknown): boolean {
    return pulumi.Output.isInstance(value) || value instanceof Promise;
}

/**
 * A `pulumi.Input<string>` argument: an output of another resource passes (it is checked where it
 * is known, by Azure), a plain string must pass `schema`, with its messages.
 */
export function inputOf(schema: z.ZodType<string, string>) {
    return z
        .custom<pulumi.Input<string>>((v) => isUnknownInput(v) || typeof v === "string", { error: "expected a string" })
        .superRefine((value, ctx) => {
            if (typeof value !== "string") return;
            const parsed = schema.safeParse(value);
            if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
        });
}
