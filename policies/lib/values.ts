/**
 * Reading resource properties the way the engine hands them over: during a preview any value may
 * be unknown, and the SDK's proxy throws `UnknownValueError` when a rule reads one. A rule that
 * lets the error escape is reported by the engine as "can't run during preview" (advisory). The
 * helpers here are for rules that can still decide something without the unknown value.
 */
import { PolicyConfigSchema } from "@pulumi/policy";
import { UnknownValueError } from "./sdk";

export type Peeked<T> = { known: true; value: T } | { known: false };

/** Runs a read; an unknown value comes back as `{ known: false }` instead of throwing. */
export function peek<T>(read: () => T): Peeked<T> {
    try {
        return { known: true, value: read() };
    } catch (e) {
        if (e instanceof UnknownValueError) return { known: false };
        throw e;
    }
}

/** The value if it is known, else undefined. */
export function known<T>(read: () => T): T | undefined {
    const p = peek(read);
    return p.known ? p.value : undefined;
}

/** True when the property is set: a known value other than undefined/null, or an unknown one. */
export function isPresent(read: () => unknown): boolean {
    const p = peek(read);
    return !p.known || (p.value !== undefined && p.value !== null && p.value !== "");
}

/** Every known string leaf of a value (unknown branches are skipped, never read). */
export function knownStrings(value: unknown, out: string[] = [], depth = 0): string[] {
    if (typeof value === "string") {
        out.push(value);
        return out;
    }
    if (value === null || typeof value !== "object" || depth > 10) return out;
    for (const key of Object.keys(value)) {
        const child = peek(() => (value as Record<string, unknown>)[key]);
        if (child.known) knownStrings(child.value, out, depth + 1);
    }
    return out;
}

/** Arrays as the rules want them: a missing list is empty. */
export function list<T>(value: readonly T[] | undefined | null): readonly T[] {
    return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** A JSON rendering of a value for messages (`"Enabled"`, `true`, `(not set)`). */
export function show(value: unknown): string {
    return value === undefined ? "(not set)" : JSON.stringify(value);
}

/** Azure location names as ARM normalises them: "West Europe" and "westeurope" are one region. */
export function normaliseLocation(name: string): string {
    return name.replace(/\s+/g, "").toLowerCase();
}

/**
 * The policy's config with the `configSchema` defaults underneath. The Pulumi CLI already fills
 * defaults before the pack sees them; doing it again here keeps each default in one place (the
 * schema) even where a caller did not.
 */
export function configWithDefaults<T extends object>(schema: PolicyConfigSchema, given: object): T {
    const defaults: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema.properties)) if (prop.default !== undefined) defaults[key] = prop.default;
    return { ...defaults, ...given } as T;
}

/** The reason prefix of a rule that cannot judge with what the records carry (see cannotJudge). */
export const CANNOT_JUDGE = "cannot judge: ";

/**
 * Ends the rule without a verdict because the input lacks what it needs (e.g. the engine passes
 * no retainOnDelete). Uses the SDK's notApplicable, so the engine shows the reason; the offline
 * evaluator lists it under "not judged" rather than among the skipped types.
 */
export function cannotJudge(args: { notApplicable(reason?: string): never }, reason: string): never {
    return args.notApplicable(`${CANNOT_JUDGE}${reason}`);
}
