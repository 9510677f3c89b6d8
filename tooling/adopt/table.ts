/**
 * The table machinery. Each ARM property of a resource kind has one row (adopt/rows/*.ts): it is
 * read-only, or a value the config cannot express (a gap, unless it is Azure's default), or it
 * maps to config keys and to the azure-native inputs the program must plan for it. Properties
 * no row knows are "not modelled": an empty one (null, false, [], {}, "") is ignored and listed,
 * any other value is a gap. Adding a property the schema learns is one row (as issue 12's vector
 * and full-text policies, computed properties and account features were: rows/search.ts,
 * rows/account-features.ts).
 */
import { describeValue, PathSegment } from "../../components/shared/errors";
import { ArmDocument } from "./documents";
import { isObject } from "../model/json";
import { Gap } from "./errors";
import { isSecretProperty, NOT_SHOWN } from "./secrets";

/** Where one document's rows write. */
export interface RowContext {
    doc: ArmDocument;
    /** Sets a config value at a path below the document's config object. */
    set(path: readonly PathSegment[], value: unknown): void;
    /** A YAML comment on a config path below the document's config object. */
    comment(path: readonly PathSegment[], text: string): void;
    /** Sets an expected azure-native input (a path into the resource's inputs). */
    input(path: readonly string[], value: unknown): void;
    /** The config cannot express this value. */
    gap(property: string, value: unknown, reason: string): void;
    /** Something the summary lists as not modelled (ignored or handled elsewhere). */
    note(text: string): void;
}

export interface Row<C extends RowContext = RowContext> {
    /** The property's path in the document: `properties.a.b`, or an envelope field (`location`, `tags`, `kind`, `identity`). */
    arm: string;
    /** Read-only or status information, never sent: why it is ignored. */
    ignore?: string;
    /** Azure's value when the document omits it (also what `gap` rows accept). */
    azureDefault?: unknown;
    /** The config cannot express a value other than `azureDefault`: why, and what would. */
    gap?: string;
    /**
     * Writes the config and the expected inputs for the value (the document's, or azureDefault).
     * On a `gap` row it runs only at Azure's default, for inputs the program always sends.
     */
    apply?: (value: unknown, ctx: C) => void;
}

/** Deep equality of JSON values, object key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a).filter((k) => a[k] !== undefined);
        const kb = Object.keys(b).filter((k) => b[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
    }
    return false;
}

/** null, false, "", [] or {}: an unknown property holding this is taken as "not in use". */
export function isEmptyValue(value: unknown): boolean {
    return (
        value === null ||
        value === undefined ||
        value === false ||
        value === "" ||
        (Array.isArray(value) && value.length === 0) ||
        (isObject(value) && Object.keys(value).length === 0)
    );
}

/** The value at a dotted path of a document (`properties.x.y` or an envelope field). */
export function valueOf(doc: ArmDocument, arm: string): unknown {
    const [head, ...rest] = arm.split(".");
    let value: unknown = head === "properties" ? doc.properties : doc.envelope[head];
    for (const key of rest) value = isObject(value) ? value[key] : undefined;
    return value;
}

/**
 * Runs the rows over a document, then reports what no row knows in the `scan` objects (dotted
 * paths such as `properties` or `properties.resource`).
 */
export function applyRows<C extends RowContext>(rows: readonly Row<C>[], ctx: C, scan: readonly string[]): void {
    for (const row of rows) {
        const present = valueOf(ctx.doc, row.arm);
        if (row.ignore) continue;
        const value = present ?? row.azureDefault;
        if (value === undefined) continue;
        if (row.gap !== undefined) {
            // At Azure's default the value needs no config, but the program may still plan it (apply).
            const atDefault = row.azureDefault !== undefined ? sameJson(value, row.azureDefault) : isEmptyValue(value);
            if (!atDefault) ctx.gap(row.arm, value, row.gap);
            else row.apply?.(value, ctx);
            continue;
        }
        row.apply?.(value, ctx);
    }
    const known = new Set(rows.map((r) => r.arm));
    const prefixes = new Set([...rows.map((r) => r.arm), ...scan].flatMap((arm) => arm.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."))));
    for (const path of scan) {
        const object = valueOf(ctx.doc, path);
        if (!isObject(object)) continue;
        for (const [key, value] of Object.entries(object)) {
            const full = `${path}.${key}`;
            if (known.has(full) || prefixes.has(full)) continue;
            if (isEmptyValue(value)) ctx.note(`${ctx.doc.id}: ${full} = ${describeValue(value)}: unknown to adopt, empty, ignored`);
            // Keys and connection strings are Azure's answers to listKeys, never settings: nothing to adopt.
            else if (isSecretProperty(full))
                ctx.note(
                    `${ctx.doc.id}: ${full} = ${NOT_SHOWN}: an account key or connection string, not a setting, ignored; the input file holds a secret, keep it out of version control`,
                );
            else
                ctx.gap(
                    full,
                    value,
                    "not a setting this project's stack config knows; adopt would drop it (add it to the schema, or change it in Azure first)",
                );
        }
    }
}

/** A RowContext over plain objects: config below `root`, inputs into `inputs`, gaps and notes collected. */
export function plainContext(
    doc: ArmDocument,
    root: Record<string, unknown>,
    inputs: Record<string, unknown>,
    sink: { gaps: Gap[]; notes: string[]; comments: { path: PathSegment[]; text: string }[] },
    commentPrefix: readonly PathSegment[],
): RowContext {
    return {
        doc,
        set: (path, value) => setIn(root, path, value),
        comment: (path, text) => sink.comments.push({ path: [...commentPrefix, ...path], text }),
        input: (path, value) => setIn(inputs, path, value),
        gap: (property, value, reason) => sink.gaps.push({ source: doc.source, id: doc.id, property, value, reason }),
        note: (text) => sink.notes.push(text),
    };
}

/** Sets a value at a path, creating objects (or arrays, for numeric segments) on the way. */
export function setIn(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
    let node: Record<string | number, unknown> = root;
    path.forEach((segment, i) => {
        if (i === path.length - 1) {
            node[segment] = value;
            return;
        }
        if (node[segment] === undefined) node[segment] = typeof path[i + 1] === "number" ? [] : {};
        node = node[segment] as Record<string | number, unknown>;
    });
}

/**
 * Why a value fails the stack config's schema, for a gap: the first issue, with where inside the
 * value it is, and "missing" for a value that is not there (zod says "received undefined").
 */
export function schemaReason(issues: readonly { message: string; path?: readonly PropertyKey[] }[]): string {
    const issue = issues[0];
    const where = (issue.path ?? []).map(String).join(".");
    const message = /received undefined$/.test(issue.message) ? "missing" : issue.message;
    return `the stack config cannot say it: ${where ? `${where}: ` : ""}${message}`;
}
