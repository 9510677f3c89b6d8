/**
 * Items `verify` writes: its own partition key values (never a real tenant's), unique values for
 * the container's unique keys, and a marker so cleanup and queries find exactly its items. Pure.
 */
import { SCHEMA_VERSION_FIELD } from "../../../stack/item-schema";

/** What verify needs to know about a container, read from the service (`container.read()`). */
export interface ContainerShape {
    /** Partition key paths, e.g. ["/tenantId", "/customerId"]. */
    partitionKeyPaths: string[];
    /** Unique key paths, each a list of paths unique together within a logical partition. */
    uniqueKeys: string[][];
    /** The container's default TTL: undefined = off (per-item ttl is ignored), -1 or seconds = on. */
    defaultTtl?: number;
}

export type Item = Record<string, unknown> & { id: string };
export type PartitionKeyValue = string | string[];

/** The property every verify item carries, with the run id as value. */
export const MARKER = "cosmosPlatformVerifyRun";

/** A short, unique, sortable run id: `vfy-<time>-<random>`. */
export function newRunId(now: Date = new Date(), random: () => number = Math.random): string {
    return `vfy-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4)
        .toString(36)
        .padStart(4, "0")}`;
}

/** `/a/b` -> ["a", "b"]; JSON pointer escapes (`~1`, `~0`) undone. */
export function pathSegments(path: string): string[] {
    return path
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** A property reference for Cosmos SQL that works for any name: `c["a"]["b"]`. */
export function sqlProperty(path: string, alias = "c"): string {
    return `${alias}${pathSegments(path)
        .map((s) => `[${JSON.stringify(s)}]`)
        .join("")}`;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
    const segments = pathSegments(path);
    let node = target;
    for (const s of segments.slice(0, -1)) {
        if (typeof node[s] !== "object" || node[s] === null) node[s] = {};
        node = node[s] as Record<string, unknown>;
    }
    node[segments[segments.length - 1]] = value;
}

/** The partition key value of partition number `k` of a run: every level gets the same string. */
export function partitionValue(runId: string, k: number): string {
    return `${runId}-p${k}`;
}

/** The SDK's partition key argument: a string for one path, an array for a hierarchical key. */
export function partitionKeyOf(shape: ContainerShape, runId: string, k: number): PartitionKeyValue {
    const value = partitionValue(runId, k);
    return shape.partitionKeyPaths.length > 1 ? shape.partitionKeyPaths.map(() => value) : value;
}

/**
 * An item of the run in partition `k`, with `extra` merged in. The partition key and the unique
 * key paths are set last, so they always hold the run's own values. `marker` off for items an
 * item schema checks (a schema may forbid unknown properties); they are cleaned up by id.
 */
export function buildItem(shape: ContainerShape, runId: string, name: string, k: number, extra: Record<string, unknown> = {}, marker = true): Item {
    const id = `${runId}-${name}`;
    const item: Item = { ...structuredClone(extra), id, ...(marker ? { [MARKER]: runId } : {}) };
    const pkPaths = new Set(shape.partitionKeyPaths);
    for (const path of shape.partitionKeyPaths) {
        if (path !== "/id") setPath(item, path, partitionValue(runId, k));
    }
    for (const key of shape.uniqueKeys) {
        for (const path of key) {
            if (!pkPaths.has(path) && path !== "/id") setPath(item, path, `${id}${path.replace(/\//g, "-")}@verify.invalid`);
        }
    }
    return item;
}

/** `WHERE` conditions (and parameters) that pin a query to partition `k` of the run. */
export function partitionFilter(
    shape: ContainerShape,
    runId: string,
    k: number,
    prefix = "@pk",
): { sql: string; parameters: { name: string; value: string }[] } {
    const parameters = shape.partitionKeyPaths.map((_, i) => ({ name: `${prefix}${i}`, value: partitionValue(runId, k) }));
    return { sql: shape.partitionKeyPaths.map((p, i) => `${sqlProperty(p)} = ${prefix}${i}`).join(" AND "), parameters };
}

/** The valid item for the schema check: the schema's first example, made the run's own. */
export function schemaSample(shape: ContainerShape, runId: string, example: Record<string, unknown>): Item {
    return buildItem(shape, runId, "schema-valid", 0, example, false);
}

/**
 * An item the schema must reject: the valid sample without a required property that is not
 * part of the partition key, the id or the version (so only the schema can object to it).
 */
export function schemaViolation(
    shape: ContainerShape,
    runId: string,
    example: Record<string, unknown>,
    required: string[],
): { item: Item; removed: string } | undefined {
    const keep = new Set([
        "id",
        SCHEMA_VERSION_FIELD,
        ...shape.partitionKeyPaths.map((p) => pathSegments(p)[0]),
        ...shape.uniqueKeys.flat().map((p) => pathSegments(p)[0]),
    ]);
    const removed = required.find((r) => !keep.has(r));
    if (!removed) return undefined;
    const item = buildItem(shape, runId, "schema-invalid", 0, example, false);
    delete item[removed];
    return { item, removed };
}
