/**
 * Azure's rules for databases and containers of the NoSQL API: the zod shapes (key paths, index
 * paths, throughput steps, TTL ranges, names) and the rules that join them (hierarchical keys are
 * version 2, `/*` in exactly one index list, mode `none` takes no paths, shared throughput holds at
 * most 25 containers, an account holds at most 500 databases and containers). The stack schema
 * extends these shapes with what only a stack file has (script files, access patterns); the
 * SqlData component runs the same shapes and rules on its arguments.
 * https://learn.microsoft.com/azure/cosmos-db/concepts-limits
 * https://learn.microsoft.com/azure/cosmos-db/index-policy
 * https://learn.microsoft.com/azure/cosmos-db/hierarchical-partition-keys
 */
import { z } from "zod";
import { checkRootWildcard } from "../indexing";
import { findDuplicates } from "./account";
import { Report } from "./errors";
import { containerThroughput, indexPath, LIMITS, propertyPath, provisionedThroughput, resourceId, spatialPath, ttlSeconds } from "./primitives";

export const partitionKeySchema = z.strictObject({
    paths: z.array(propertyPath).min(1, "a partition key has 1 to 3 paths").max(3, "a partition key has 1 to 3 paths (hierarchical keys allow at most 3 levels)").describe("1 path (`Hash`) or 2-3 paths (hierarchical, `MultiHash` version 2)."),
    version: z.union([z.literal(1), z.literal(2)], { error: "partition key version is 1 or 2" }).optional().describe("Hash version for a single-path key: 2 (default, long keys) or 1 (legacy). Hierarchical keys are always 2."),
});

const compositePath = z.strictObject({
    path: propertyPath,
    order: z.enum(["ascending", "descending"], { error: "composite index order is 'ascending' or 'descending'" }).optional(),
});

const spatialIndex = z.strictObject({
    path: spatialPath,
    types: z
        .array(z.enum(["Point", "LineString", "Polygon", "MultiPolygon"], { error: "spatial type is Point, LineString, Polygon or MultiPolygon" }))
        .optional(),
});

export const indexingPolicySchema = z.strictObject({
    mode: z.enum(["consistent", "none"], { error: "indexing mode is 'consistent' or 'none'" }).optional().describe("`consistent` (default) or `none` (point reads only; no queries on properties)."),
    includedPaths: z.array(indexPath).optional().describe("Paths to index, each ending in `/?` (the value) or `/*` (everything below). `/*` goes in exactly one of includedPaths and excludedPaths."),
    excludedPaths: z.array(indexPath).optional().describe("Paths not to index (saves write RU and storage). `/\"_etag\"/?` is added automatically, as the service does."),
    compositeIndexes: z
        .array(z.array(compositePath).min(2, "a composite index has at least two paths"))
        .optional()
        .describe("Each a list of 2+ `{ path, order }`: needed for ORDER BY on several properties and helps equality + range filters."),
    spatialIndexes: z.array(spatialIndex).optional().describe("Geo indexes: `{ path: /location/*, types: [Point, ...] }` for ST_DISTANCE / ST_WITHIN queries."),
});

export const conflictResolutionSchema = z.discriminatedUnion(
    "mode",
    [
        z.strictObject({
            mode: z.literal("LastWriterWins"),
            path: propertyPath.optional().describe("Numeric property that decides the winner; default `/_ts`."),
        }),
        z.strictObject({
            mode: z.literal("Custom"),
            procedure: z.string().optional().describe("A stored procedure of this container that resolves conflicts; omit to leave conflicts in the feed."),
        }),
    ],
    { error: "conflict resolution mode is 'LastWriterWins' (with optional path) or 'Custom' (with optional procedure)" },
);

export const TRIGGER_TYPES = ["Pre", "Post"] as const;
export const TRIGGER_OPERATIONS = ["All", "Create", "Update", "Delete", "Replace"] as const;
export const triggerType = z.enum(TRIGGER_TYPES, { error: "trigger type is 'Pre' or 'Post'" });
export const triggerOperation = z.enum(TRIGGER_OPERATIONS, { error: "trigger operation is All, Create, Update, Delete or Replace" });

/** A container's settings that Azure stores (the stack schema adds script files and declarations). */
export const containerSettingsShape = {
    name: resourceId("container").describe("Container id; a rename is a delete and a create."),
    partitionKey: partitionKeySchema.describe("Fixed at creation: a change replaces the container (and is refused in prod)."),
    indexingPolicy: indexingPolicySchema.optional().describe("Default: index everything (`/*`), consistent mode. Emitted in the service's normalised form."),
    uniqueKeys: z.array(z.array(propertyPath).min(1, "a unique key has at least one path")).optional().describe("Each unique key is a list of property paths unique together within a logical partition; fixed at creation."),
    defaultTtl: ttlSeconds.optional().describe("Seconds until items expire: -1 = on without a default (items set `ttl`), positive = default (at most 2,147,483,647); omit = off."),
    analyticalTtl: ttlSeconds.optional().describe("Analytical store retention (`analyticalStorageTtl`): -1 = forever, positive = seconds (at most 2,147,483,647). Needs account.analyticalStorage."),
    conflictResolution: conflictResolutionSchema.optional().describe("How multi-region-write conflicts resolve: LastWriterWins on a path, or Custom with a stored procedure."),
    throughput: containerThroughput.optional().describe("Default for every stack; a stack's `throughput.containers` entry wins."),
    tags: z.record(z.string(), z.string()).optional().describe("Azure tags of this container, instead of the stack's (an adopted container keeps its own). Default: the stack's tags."),
};

/** Scripts as the component takes them: the JavaScript body itself. */
const scriptBody = z.string().min(1, "a script body is JavaScript source");
export const containerArgsSchema = z.strictObject({
    ...containerSettingsShape,
    storedProcedures: z.array(z.strictObject({ name: resourceId("stored procedure"), body: scriptBody })).optional(),
    triggers: z.array(z.strictObject({ name: resourceId("trigger"), body: scriptBody, type: triggerType, operation: triggerOperation })).optional(),
    userDefinedFunctions: z.array(z.strictObject({ name: resourceId("user-defined function"), body: scriptBody })).optional(),
});

export const databaseArgsSchema = z.strictObject({
    name: resourceId("database").describe("Database id; a rename is a delete and a create."),
    throughput: provisionedThroughput.optional().describe("Shared throughput for the database's containers."),
    tags: z.record(z.string(), z.string()).optional().describe("Azure tags of this database; default: the component's `tags`."),
    containers: z.array(containerArgsSchema).optional(),
});

/** What the rules read of a container: the settings, and script names. */
export interface ContainerRuleInput {
    name: string;
    partitionKey: { paths: string[]; version?: 1 | 2 };
    indexingPolicy?: z.input<typeof indexingPolicySchema>;
    conflictResolution?: z.input<typeof conflictResolutionSchema>;
    throughput?: { mode: string };
    storedProcedures?: readonly { name: string }[];
    triggers?: readonly { name: string }[];
    userDefinedFunctions?: readonly { name: string }[];
}

export interface DatabaseRuleInput {
    name: string;
    /** Shared throughput, or undefined. */
    throughput?: { mode: string };
    containers: readonly ContainerRuleInput[];
}

/** One container's rules; paths relative to the container. */
export function containerRules(c: ContainerRuleInput, report: Report): void {
    for (const d of findDuplicates(c.partitionKey.paths, (p) => p.trim())) {
        report(["partitionKey", "paths", d.index], `partition key path '${d.key}' is listed twice; each level of a hierarchical key is a different property`);
    }
    if (c.partitionKey.paths.length > 1 && c.partitionKey.version === 1) {
        report(["partitionKey", "version"], "hierarchical partition keys (2-3 paths) use version 2; got 1");
    }

    const policy = c.indexingPolicy;
    if (policy) {
        if (policy.mode === "none") {
            for (const key of ["includedPaths", "excludedPaths", "compositeIndexes", "spatialIndexes"] as const) {
                if ((policy[key] ?? []).length > 0) {
                    report(["indexingPolicy", key], `indexing mode 'none' takes no ${key}; remove them or use mode 'consistent'`);
                }
            }
        } else {
            const reason = checkRootWildcard(policy);
            if (reason) report(["indexingPolicy"], reason);
        }
    }

    const resolution = c.conflictResolution;
    if (resolution?.mode === "Custom" && resolution.procedure !== undefined) {
        const names = (c.storedProcedures ?? []).map((s) => s.name);
        if (!names.includes(resolution.procedure)) {
            report(["conflictResolution", "procedure"], `'${resolution.procedure}' is not a stored procedure of this container; declared: ${names.length ? names.join(", ") : "none"}`);
        }
    }

    for (const kind of ["storedProcedures", "triggers", "userDefinedFunctions"] as const) {
        for (const d of findDuplicates(c[kind] ?? [], (s) => s.name)) {
            report([kind, d.index, "name"], `'${d.key}' is declared twice in ${kind} of container '${c.name}'`);
        }
    }
}

/**
 * The account's databases, with paths relative to the list (`[0, "containers", 2, ...]`): unique
 * names, the 500 limit (reported at the list), unique containers per database, and, where the
 * containers carry their throughput, shared throughput that exists and holds at most 25 of them.
 */
export function databaseRules(databases: readonly DatabaseRuleInput[], report: Report): void {
    for (const d of findDuplicates(databases, (db) => db.name)) {
        report([d.index, "name"], `database '${d.key}' is declared twice (also at databases[${d.first}]); database names are unique in an account`);
    }
    const total = databases.reduce((n, db) => n + 1 + db.containers.length, 0);
    if (total > LIMITS.databasesAndContainers) {
        report([], `an account holds at most ${LIMITS.databasesAndContainers} databases and containers together; got ${total} (use another account, or ask Azure support to raise the limit)`);
    }
    databases.forEach((db, i) => {
        for (const d of findDuplicates(db.containers, (c) => c.name)) {
            report([i, "containers", d.index, "name"], `container '${d.key}' is declared twice in database '${db.name}' (also at containers[${d.first}]); container names are unique in a database`);
        }
        const shared = db.containers.filter((c) => c.throughput?.mode === "shared").length;
        if (db.throughput && shared > LIMITS.sharedDatabaseContainers) {
            report([i, "containers"], sharedLimitMessage(db.name, shared));
        }
        db.containers.forEach((c, j) => {
            containerRules(c, (path, message) => report([i, "containers", j, ...path], message));
            if (c.throughput?.mode === "shared" && !db.throughput) {
                report([i, "containers", j, "throughput"], `container '${db.name}/${c.name}' uses shared throughput but database '${db.name}' has none; give the database throughput or the container its own`);
            }
        });
    });
}

export function sharedLimitMessage(database: string, count: number): string {
    return `a shared-throughput database holds at most ${LIMITS.sharedDatabaseContainers} containers on its shared throughput; got ${count} in '${database}' (give some containers dedicated throughput or split the database)`;
}
