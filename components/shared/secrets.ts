/**
 * Config values that may hold secrets (a webhook URL carries its token in the URL).
 *
 * How Pulumi hands secrets to a program: the CLI decrypts every `secure:` value and passes the
 * config as plain text (`PULUMI_CONFIG`), marking a top-level key secret as a whole when any part
 * of it is `secure:` (`PULUMI_CONFIG_SECRET_KEYS`; sdk/nodejs/runtime/config.ts). Reading it with
 * `allConfig()` yields plain text, so the program itself must wrap what came from a secret key in
 * `pulumi.secret` before it reaches a resource input; only then does the engine encrypt it in state
 * and mask it in previews.
 *
 * The engine does not say where inside a key the secret sits, so the schema names the fields that
 * may hold one (`secretCapable`), and under a secret key those fields reach every resource input as
 * Pulumi secrets. A `secure:` value anywhere else could not be kept secret without hiding the whole
 * section, so the offline plan (which does see where each `secure:` sits) refuses it, naming the
 * fields that may hold secrets.
 */
import { z } from "zod";
import type { ConfigProblem, PathSegment } from "./errors";
import { wrappedSchema } from "./zod";

/**
 * What a `secure:` value reads as where it cannot be decrypted (the offline plan). Secret-capable
 * fields accept it in place of a real value under a secret key; shape checks run on real values.
 */
export const SECRET_PLACEHOLDER = "[secret]";

/** A config value, and whether it came from a secret config key. */
export interface Sensitive {
    value: string;
    secret: boolean;
}

type AnySchema = z.core.$ZodType;

const secretFields = z.registry<{ secret: true }>();

/**
 * Marks a string field as one that may hold a secret: documented as such (docs/config.md), sent
 * to Azure as a Pulumi secret when its config key is secret, and accepting the offline placeholder
 * in place of a value that cannot be decrypted. `check` validates real values.
 */
export function secretCapable(check: z.ZodString): z.ZodType<string> {
    const field = z.string().superRefine((value, ctx) => {
        if (value === SECRET_PLACEHOLDER) return;
        const result = check.safeParse(value);
        if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    });
    secretFields.add(field, { secret: true });
    return field;
}

/** True when the schema, or one it was cloned from (`.describe()`, `.optional()`...), is secret-capable. */
export function isSecretCapable(schema: AnySchema): boolean {
    for (let s: AnySchema | undefined = schema; s; s = (s._zod as { parent?: AnySchema }).parent) {
        if (secretFields.has(s)) return true;
    }
    return false;
}

/** A path of keys, where `[]` stands for any array index and `{}` for any record key. */
export type PathPattern = string[];

/** Every path in the schema that may hold a secret, e.g. `monitoring.actionGroups[].webhooks[].uri`. */
export function secretFieldPatterns(schema: AnySchema, prefix: PathPattern = []): PathPattern[] {
    if (isSecretCapable(schema)) return [prefix];
    const inner = wrappedSchema(schema);
    if (inner) return secretFieldPatterns(inner, prefix);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
        case "array":
            return secretFieldPatterns(def.element as AnySchema, [...prefix, "[]"]);
        case "record":
            return secretFieldPatterns(def.valueType as AnySchema, [...prefix, "{}"]);
        case "union": {
            const seen = new Map<string, PathPattern>();
            for (const o of def.options as AnySchema[]) for (const p of secretFieldPatterns(o, prefix)) seen.set(p.join("\u0000"), p);
            return [...seen.values()];
        }
        case "object":
            return Object.entries(def.shape as Record<string, AnySchema>).flatMap(([k, v]) => secretFieldPatterns(v, [...prefix, k]));
        default:
            return [];
    }
}

/** `monitoring.actionGroups[].webhooks[].uri`. */
export function formatPattern(pattern: PathPattern): string {
    return pattern.map((p, i) => (p === "[]" ? "[]" : p === "{}" ? "[<key>]" : i === 0 ? p : `.${p}`)).join("");
}

export function matchesPattern(path: readonly PathSegment[], pattern: PathPattern): boolean {
    return (
        path.length === pattern.length &&
        pattern.every((p, i) => (p === "[]" ? typeof path[i] === "number" : p === "{}" ? typeof path[i] === "string" : p === path[i]))
    );
}

/** Paths of the offline placeholders in a raw config (keys without the project namespace). */
export function placeholderPaths(raw: Record<string, unknown>): PathSegment[][] {
    const found: PathSegment[][] = [];
    const visit = (value: unknown, path: PathSegment[]) => {
        if (value === SECRET_PLACEHOLDER) found.push(path);
        else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
        else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    for (const [key, value] of Object.entries(raw)) visit(value, [key]);
    return found;
}

/**
 * A `secure:` value (seen offline as the placeholder, under a secret key) outside the fields that
 * may hold secrets: it would reach Azure, state and previews as plain text.
 */
export function misplacedSecrets(raw: Record<string, unknown>, secretKeys: ReadonlySet<string>, patterns: readonly PathPattern[]): ConfigProblem[] {
    const accepted = patterns.map(formatPattern).join(", ") || "none";
    const problems: ConfigProblem[] = [];
    for (const path of placeholderPaths(raw)) {
        if (!secretKeys.has(String(path[0]))) {
            problems.push({
                path,
                message: `'${SECRET_PLACEHOLDER}' is how a secret reads where it cannot be decrypted, not a value; set the real value with \`pulumi config set --secret --path\``,
            });
        } else if (!patterns.some((p) => matchesPattern(path, p))) {
            problems.push({
                path,
                message: `holds a secret (secure:), but this field is not sent to Azure as one, so its value would be stored in plain text in state; fields that may hold secrets: ${accepted}`,
            });
        }
    }
    return problems;
}
