/**
 * Reading untyped JSON safely: resource inputs (plan records, stack exports, previews), ARM
 * documents, policy definitions. Every part of the tooling reads through these.
 */
import { SECRET, UNKNOWN } from "./plan-record";

export type Json = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value at a property path, or undefined when any step is missing or not an object. */
export function get(value: unknown, ...keys: string[]): unknown {
    return keys.reduce<unknown>((node, k) => (node !== null && typeof node === "object" ? (node as Json)[k] : undefined), value);
}

/** The objects of an array; anything else is an empty list. */
export const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** The strings of an array; anything else is an empty list. */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** A value as text for a message or a plan line: a string as it is, anything else as JSON (`3`, `true`, `null`, `{"a":1}`). */
export const valueText = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));

/** A finite number, else undefined. */
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * A plan value that is a string known before deployment: not UNKNOWN or SECRET, not empty, and not
 * a resource reference (records carry those as the resource's URN). Else undefined.
 */
export function knownString(v: unknown): string | undefined {
    return typeof v === "string" && v !== "" && v !== UNKNOWN && v !== SECRET && !v.startsWith("urn:") ? v : undefined;
}
