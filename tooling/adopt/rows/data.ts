/**
 * ARM properties of SQL databases, containers, their throughput settings and scripts (API
 * 2025-10-15), one row each, mapped to the data model (`databases[]`, `throughput`) and to the
 * inputs components/sql/component.ts plans for them.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/sql-resources
 */
import { ETAG_PATH, ROOT_WILDCARD } from "../../../components/sql/indexing";
import { conflictProcedurePath } from "../../../components/shared/naming";
import { restorableAccountId, utcTimestamp } from "../../../components/shared/restore";
import { isEmptyValue, Row, RowContext, sameJson } from "../table";
import { excludedForConfig, fullTextIndexesOf, SEARCH_ROWS, vectorIndexesOf } from "./search";
import { isObject, Json, objects as list } from "../../model/json";

export type AdoptedThroughput = { mode: "manual"; throughput: number } | { mode: "autoscale"; maxThroughput: number };

/** An in-place restore as Azure reports it on the restored database or container. */
export interface AdoptedRestore {
    restoreSource: string;
    timestamp: string;
    ttlDisabled: boolean;
}

export interface DataRowContext extends RowContext {
    /** Records the throughput found (options of a GET, or a throughputSettings document). */
    throughput(value: AdoptedThroughput): void;
    /** Records that the resource was created by an in-place restore. */
    restored(value: AdoptedRestore): void;
}

const SYSTEM = "system property of the resource (read-only)";
const systemRows = (prefix: string, names: string[]): Row<DataRowContext>[] => names.map((n) => ({ arm: `${prefix}.${n}`, ignore: SYSTEM }));

/** `throughput` and `autoscaleSettings` as Azure reports them, as the config's throughput. */
export function throughputOf(resource: Json, report: (property: string, value: unknown, reason: string) => void, at: string): AdoptedThroughput | undefined {
    const autoscale = isObject(resource.autoscaleSettings) ? resource.autoscaleSettings : undefined;
    if (autoscale) {
        if (autoscale.autoUpgradePolicy !== undefined)
            report(`${at}.autoscaleSettings.autoUpgradePolicy`, autoscale.autoUpgradePolicy, "an autoscale upgrade policy is not in the stack config");
        if (typeof autoscale.maxThroughput === "number") return { mode: "autoscale", maxThroughput: autoscale.maxThroughput };
    }
    if (typeof resource.throughput === "number") return { mode: "manual", throughput: resource.throughput };
    return undefined;
}

/** The `options` input the program plans for a throughput. */
export function throughputInput(t: AdoptedThroughput): Json {
    return t.mode === "autoscale" ? { autoscaleSettings: { maxThroughput: t.maxThroughput } } : { throughput: t.throughput };
}

const optionsRows: Row<DataRowContext>[] = [
    { arm: "properties.options.throughput", ignore: "read by the options row below" },
    { arm: "properties.options.autoscaleSettings", ignore: "read by the options row below" },
];
const optionsRow: Row<DataRowContext> = {
    arm: "properties.options",
    apply(value, ctx) {
        const t = isObject(value) ? throughputOf(value, (property, v, reason) => ctx.gap(property, v, reason), "properties.options") : undefined;
        if (t) ctx.throughput(t);
    },
};

const tagsRow: Row<DataRowContext> = {
    arm: "tags",
    azureDefault: {},
    apply(value, ctx) {
        if (!isObject(value)) return ctx.gap("tags", value, "tags are string values");
        ctx.set(["tags"], value);
        ctx.input(["tags"], value);
    },
};

/** A sub-resource's location is its account's; the program does not send one. */
const locationRow: Row<DataRowContext> = { arm: "location", ignore: "the account's location, not sent for a child resource" };

const idRow = (what: string): Row<DataRowContext> => ({
    arm: "properties.resource.id",
    apply(value, ctx) {
        if (value !== ctx.doc.name) return ctx.gap("properties.resource.id", value, `the ${what}'s id differs from its ARM name '${ctx.doc.name}'`);
        ctx.set(["name"], value);
        ctx.input(["resource", "id"], value);
    },
});

/**
 * A database or container restored in place reports `createMode: Restore` and its restore
 * parameters: that is the stack config's `restoreInPlace` entry, marked completed (Azure reads it
 * only at creation; components/sql/component.ts sends it as it was and ignores later changes to it).
 * https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-resource-model
 */
const restoreRows: Row<DataRowContext>[] = [
    { arm: "properties.resource.restoreParameters", ignore: "read with createMode below" },
    {
        arm: "properties.resource.createMode",
        azureDefault: "Default",
        apply(value, ctx) {
            const at = "properties.resource.restoreParameters";
            const params = isObject(ctx.doc.properties.resource) ? ctx.doc.properties.resource.restoreParameters : undefined;
            if (value === "Default") {
                if (params !== undefined && !isEmptyValue(params))
                    ctx.gap(at, params, "restore parameters on a resource created without a restore (createMode Default)");
                return;
            }
            if (value !== "Restore") return ctx.gap("properties.resource.createMode", value, "expected Default or Restore");
            if (!isObject(params)) return ctx.gap(at, params, "a restored resource without its restore parameters");
            const extra = Object.keys(params).filter((k) => !["restoreSource", "restoreTimestampInUtc", "restoreWithTtlDisabled"].includes(k));
            for (const k of extra) ctx.gap(`${at}.${k}`, params[k], "not a restore setting the stack config knows");
            const source = restorableAccountId.safeParse(params.restoreSource);
            if (!source.success) ctx.gap(`${at}.restoreSource`, params.restoreSource, source.error.issues[0].message);
            const timestamp = utcTimestamp.safeParse(params.restoreTimestampInUtc);
            if (!timestamp.success)
                ctx.gap(`${at}.restoreTimestampInUtc`, params.restoreTimestampInUtc, `${timestamp.error.issues[0].message}, as the stack config takes it`);
            if (extra.length > 0 || !source.success || !timestamp.success) return;
            const ttlDisabled = params.restoreWithTtlDisabled === true;
            ctx.restored({ restoreSource: source.data, timestamp: timestamp.data, ttlDisabled });
            ctx.input(["resource", "createMode"], "Restore");
            ctx.input(["resource", "restoreParameters"], {
                restoreSource: source.data,
                restoreTimestampInUtc: timestamp.data,
                ...(ttlDisabled ? { restoreWithTtlDisabled: true } : {}),
            });
        },
    },
];

export const DATABASE_ROWS: readonly Row<DataRowContext>[] = [
    locationRow,
    tagsRow,
    idRow("database"),
    ...systemRows("properties.resource", ["_rid", "_ts", "_etag", "_self", "_colls", "_users"]),
    ...restoreRows,
    ...optionsRows,
    optionsRow,
];

/** Composite indexes: a list of lists of `{ path, order }`. */
function composites(policy: Json): Json[][] {
    return (Array.isArray(policy.compositeIndexes) ? policy.compositeIndexes : []).filter(Array.isArray).map((c: unknown[]) => list(c));
}

/** The indexing policy as the stack config says it (undefined: the project's default policy). */
function indexingConfig(policy: Json, resource: Json, ctx: DataRowContext): Json | undefined {
    const mode = typeof policy.indexingMode === "string" ? policy.indexingMode.toLowerCase() : "consistent";
    if (mode !== "consistent" && mode !== "none")
        ctx.gap("properties.resource.indexingPolicy.indexingMode", policy.indexingMode, "indexing mode is consistent or none (lazy is retired)");
    if (policy.automatic === false && mode === "consistent")
        ctx.gap("properties.resource.indexingPolicy.automatic", false, "the project indexes automatically in consistent mode");
    const paths = (key: string) =>
        list(policy[key]).map((p) => {
            // Legacy index specs: Azure fills Range with precision -1 for every path; anything else is a choice we cannot express.
            for (const index of list(p.indexes)) {
                if (!(index.kind === "Range" && (index.precision === -1 || index.precision === undefined)))
                    ctx.gap(`properties.resource.indexingPolicy.${key}`, index, "legacy index kinds other than Range/-1 are not modelled");
            }
            return String(p.path);
        });
    const included = paths("includedPaths");
    const excluded = paths("excludedPaths");
    // The normaliser appends the service's etag path; keep it only where Azure has it elsewhere.
    const excludedConfig = excluded[excluded.length - 1] === ETAG_PATH ? excluded.slice(0, -1) : excluded;
    const composite = composites(policy).length
        ? composites(policy).map((c) => c.map((p) => ({ path: String(p.path), order: p.order ?? "ascending" })))
        : undefined;
    const spatial = list(policy.spatialIndexes).length ? list(policy.spatialIndexes).map((s) => ({ path: String(s.path), types: s.types })) : undefined;
    const vector = vectorIndexesOf(policy, ctx);
    const fullText = fullTextIndexesOf(policy, ctx);
    if (mode === "none") return { mode: "none" };
    const excludedOwn = excludedForConfig(excludedConfig, resource, ctx);
    // Neither list declared: the normaliser includes `/*` by itself.
    const defaultPaths = sameJson(included, [ROOT_WILDCARD]) && excludedOwn.length === 0;
    const config: Json = {
        ...(included.length && !defaultPaths ? { includedPaths: included } : {}),
        ...(excludedOwn.length ? { excludedPaths: excludedOwn } : {}),
        ...(composite ? { compositeIndexes: composite } : {}),
        ...(spatial ? { spatialIndexes: spatial } : {}),
        ...(vector.length ? { vectorIndexes: vector } : {}),
        ...(fullText.length ? { fullTextIndexes: fullText } : {}),
    };
    const isDefault = defaultPaths && !composite && !spatial && !vector.length && !fullText.length;
    return isDefault ? undefined : config;
}

/** The policy as Azure stores it, in the input's shape: legacy index specs and empty lists dropped. */
function indexingInput(policy: Json): Json {
    const mode = typeof policy.indexingMode === "string" ? policy.indexingMode.toLowerCase() : "consistent";
    const out: Json = {
        automatic: policy.automatic ?? mode === "consistent",
        excludedPaths: list(policy.excludedPaths).map((p) => ({ path: p.path })),
        includedPaths: list(policy.includedPaths).map((p) => ({ path: p.path })),
        indexingMode: mode,
    };
    if (composites(policy).length) out.compositeIndexes = composites(policy).map((c) => c.map((p) => ({ order: p.order ?? "ascending", path: p.path })));
    if (list(policy.spatialIndexes).length) out.spatialIndexes = list(policy.spatialIndexes).map((s) => ({ path: s.path, types: s.types }));
    if (list(policy.vectorIndexes).length) out.vectorIndexes = list(policy.vectorIndexes);
    if (list(policy.fullTextIndexes).length) out.fullTextIndexes = list(policy.fullTextIndexes).map((p) => ({ path: p.path }));
    return out;
}

export const CONTAINER_ROWS: readonly Row<DataRowContext>[] = [
    locationRow,
    tagsRow,
    idRow("container"),
    ...systemRows("properties.resource", ["_rid", "_ts", "_etag", "_self"]),
    ...restoreRows,
    ...optionsRows,
    optionsRow,
    {
        arm: "properties.resource.partitionKey",
        apply(value, ctx) {
            const key = isObject(value) ? value : {};
            const paths = Array.isArray(key.paths) ? key.paths.map(String) : [];
            const expectedKind = paths.length > 1 ? "MultiHash" : "Hash";
            if (key.kind !== undefined && key.kind !== expectedKind)
                return ctx.gap("properties.resource.partitionKey.kind", key.kind, `a key of ${paths.length} path(s) is ${expectedKind} in the stack config`);
            // No version means the legacy hash (1); Azure reports 2 for today's containers.
            const version = typeof key.version === "number" ? key.version : 1;
            ctx.set(["partitionKey"], version === 2 || paths.length > 1 ? { paths } : { paths, version });
            if (version !== 2) ctx.comment(["partitionKey"], "project default: version 2 (keys over 101 bytes); fixed at creation");
            ctx.input(["resource", "partitionKey"], { kind: expectedKind, paths, version: paths.length > 1 ? 2 : version });
        },
    },
    {
        arm: "properties.resource.indexingPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            const config = indexingConfig(policy, isObject(ctx.doc.properties.resource) ? ctx.doc.properties.resource : {}, ctx);
            if (config) ctx.set(["indexingPolicy"], config);
            ctx.input(["resource", "indexingPolicy"], indexingInput(policy));
        },
    },
    {
        arm: "properties.resource.defaultTtl",
        apply(value, ctx) {
            ctx.set(["defaultTtl"], value);
            ctx.input(["resource", "defaultTtl"], value);
        },
    },
    {
        arm: "properties.resource.analyticalStorageTtl",
        apply(value, ctx) {
            ctx.set(["analyticalTtl"], value);
            ctx.input(["resource", "analyticalStorageTtl"], value);
        },
    },
    {
        arm: "properties.resource.uniqueKeyPolicy",
        apply(value, ctx) {
            const keys = list(isObject(value) ? value.uniqueKeys : undefined).map((k) => (Array.isArray(k.paths) ? k.paths.map(String) : []));
            if (keys.length === 0) return;
            ctx.set(["uniqueKeys"], keys);
            ctx.input(["resource", "uniqueKeyPolicy"], { uniqueKeys: keys.map((paths) => ({ paths })) });
        },
    },
    {
        arm: "properties.resource.conflictResolutionPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            const mode = policy.mode ?? "LastWriterWins";
            if (mode === "LastWriterWins") {
                const path = typeof policy.conflictResolutionPath === "string" && policy.conflictResolutionPath !== "" ? policy.conflictResolutionPath : "/_ts";
                if (path === "/_ts") return; // Azure's default; the program sends no policy
                ctx.set(["conflictResolution"], { mode, path });
                ctx.input(["resource", "conflictResolutionPolicy"], { conflictResolutionPath: path, mode });
            } else if (mode === "Custom") {
                const procedure = typeof policy.conflictResolutionProcedure === "string" ? policy.conflictResolutionProcedure : "";
                if (procedure === "") {
                    ctx.set(["conflictResolution"], { mode });
                    ctx.input(["resource", "conflictResolutionPolicy"], { mode });
                    return;
                }
                const name = /sprocs\/([^/]+)$/.exec(procedure)?.[1];
                const db = ctx.doc.database ?? "";
                const container = ctx.doc.container ?? "";
                if (!name || procedure.replace(/^\//, "") !== conflictProcedurePath(db, container, name)) {
                    return ctx.gap(
                        "properties.resource.conflictResolutionPolicy.conflictResolutionProcedure",
                        procedure,
                        `the project names a procedure of the same container, as ${conflictProcedurePath(db, container, "<name>")}`,
                    );
                }
                ctx.set(["conflictResolution"], { mode, procedure: name });
                ctx.input(["resource", "conflictResolutionPolicy"], { conflictResolutionProcedure: conflictProcedurePath(db, container, name), mode });
            } else {
                ctx.gap("properties.resource.conflictResolutionPolicy.mode", mode, "expected LastWriterWins or Custom");
            }
        },
    },
    { arm: "properties.resource.clientEncryptionPolicy", gap: "client-side encryption policies are not in the stack config" },
    ...SEARCH_ROWS,
    { arm: "properties.resource.geospatialConfig", azureDefault: { type: "Geography" }, gap: "only the Geography spatial type is modelled" },
];

/** `throughputSettings/default` of a database or container. */
export const THROUGHPUT_ROWS: readonly Row<DataRowContext>[] = [
    locationRow,
    { arm: "tags", ignore: "throughput settings carry no tags of their own" },
    ...systemRows("properties.resource", [
        "_rid",
        "_ts",
        "_etag",
        "minimumThroughput",
        "offerReplacePending",
        "instantMaximumThroughput",
        "softAllowedMaximumThroughput",
    ]),
    { arm: "properties.resource.autoscaleSettings.targetMaxThroughput", ignore: SYSTEM },
    { arm: "properties.resource.throughput", ignore: "read with autoscaleSettings below (under autoscale it is the current RU/s, not a setting)" },
    { arm: "properties.resource.autoscaleSettings.maxThroughput", ignore: "read with the throughput above" },
    { arm: "properties.resource.autoscaleSettings.autoUpgradePolicy", ignore: "reported by throughputOf" },
    {
        arm: "properties.resource",
        apply(value, ctx) {
            const t = isObject(value) ? throughputOf(value, (property, v, reason) => ctx.gap(property, v, reason), "properties.resource") : undefined;
            if (t) ctx.throughput(t);
            else ctx.gap("properties.resource", value, "a throughput settings document without throughput or autoscaleSettings.maxThroughput");
        },
    },
];

/** A stored procedure, trigger or user-defined function; the body becomes a file (set by the converter). */
export function scriptRows(kind: "storedProcedure" | "trigger" | "userDefinedFunction"): Row<DataRowContext>[] {
    const rows: Row<DataRowContext>[] = [
        { arm: "location", ignore: "the account's location" },
        { arm: "tags", ignore: "scripts are sent without tags" },
        idRow(kind === "storedProcedure" ? "stored procedure" : kind === "trigger" ? "trigger" : "function"),
        ...systemRows("properties.resource", ["_rid", "_ts", "_etag", "_self"]),
        {
            arm: "properties.resource.body",
            apply(value, ctx) {
                if (typeof value !== "string" || value.trim() === "") return ctx.gap("properties.resource.body", value, "a script without a body");
                ctx.set(["body"], value);
                ctx.input(["resource", "body"], value);
            },
        },
    ];
    if (kind === "trigger") {
        rows.push(
            { arm: "properties.resource.triggerType", apply: (value, ctx) => (ctx.set(["type"], value), ctx.input(["resource", "triggerType"], value)) },
            {
                arm: "properties.resource.triggerOperation",
                apply: (value, ctx) => (ctx.set(["operation"], value), ctx.input(["resource", "triggerOperation"], value)),
            },
        );
    }
    return rows;
}
