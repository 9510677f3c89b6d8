/** Reading untyped resource inputs (plan records, stack exports, previews) safely. */

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value at a property path, or undefined when any step is missing or not an object. */
export function get(value: unknown, ...keys: string[]): unknown {
    return keys.reduce<unknown>((node, k) => (node !== null && typeof node === "object" ? (node as Json)[k] : undefined), value);
}

/** A list from untyped input: the value if it is an array, else empty (unknown, a secret, malformed). */
export const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
