/**
 * zod issues as config problems: one line each, naming the key path, what is wrong and what is
 * accepted, with the value found (never a secret one). Used for stack files and component
 * arguments alike, so both read the same.
 */
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
            return { path, message: `${what} ${issue.keys.map(label).join(", ")}; accepted keys: ${accepted.map((k) => acceptedLabel(k).replace(/^'|'$/g, "")).join(", ")}` };
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
