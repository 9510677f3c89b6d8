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
import { checkRootWildcard } from "./indexing";
import { findDuplicates } from "../account/rules";
import { Report } from "../shared/errors";
import { indexPath, LIMITS, propertyPath, resourceId, spatialPath, ttlSeconds } from "../shared/primitives";
import { CONTAINER_ARM_ID, inPlaceRestoreSchema } from "../shared/restore";
import { argsShape, enumOf } from "../shared/zod";
import {
    CompositePathOrder,
    ComputedProperty,
    ConflictResolution,
    ConflictResolutionMode,
    ContainerThroughput,
    DistanceFunction,
    FullTextLanguage,
    FullTextPolicy,
    IndexingMode,
    IndexingPolicy,
    PartitionKey,
    PartitionKeyVersion,
    SharedThroughput,
    ProvisionedThroughputMode,
    SpatialType,
    SqlContainer,
    SqlDatabase,
    ThroughputMode,
    TriggerOperation,
    TriggerType,
    VectorDataType,
    VectorEmbedding,
    VectorIndex,
    VectorIndexType,
} from "./args";

const manualThroughput = z
    .number()
    .int("manual throughput is a whole number of RU/s")
    .min(LIMITS.manualMin, `manual throughput is at least ${LIMITS.manualMin} RU/s`)
    .max(LIMITS.maxThroughput, `manual throughput is at most ${LIMITS.maxThroughput} RU/s without a support request`)
    .refine((n) => n % LIMITS.manualStep === 0, `manual throughput is a multiple of ${LIMITS.manualStep} RU/s`);

const autoscaleMax = z
    .number()
    .int("autoscale max throughput is a whole number of RU/s")
    .min(LIMITS.autoscaleMin, `autoscale max throughput is at least ${LIMITS.autoscaleMin} RU/s`)
    .max(LIMITS.maxThroughput, `autoscale max throughput is at most ${LIMITS.maxThroughput} RU/s without a support request`)
    .refine((n) => n % LIMITS.autoscaleStep === 0, `autoscale max throughput is a multiple of ${LIMITS.autoscaleStep} RU/s`);

/** Throughput with its mode's one field: what the stack layer, the tooling and the components read once it is valid. */
export type ProvisionedThroughput = { mode: "manual"; throughput: number } | { mode: "autoscale"; maxThroughput: number };
export type ContainerThroughputInput = ProvisionedThroughput | { mode: "shared" };

/** The field each throughput mode needs; the others are refused. */
const THROUGHPUT_FIELD = { manual: "throughput", autoscale: "maxThroughput", shared: undefined } as const;

/** `mode` chooses the one field that is set: throughput (manual), maxThroughput (autoscale), none (shared). */
function throughputModeRules(t: { mode: ThroughputMode; throughput?: number; maxThroughput?: number }, ctx: z.RefinementCtx): void {
    const needed = THROUGHPUT_FIELD[t.mode];
    for (const key of ["throughput", "maxThroughput"] as const) {
        if (key === needed && t[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `throughput mode '${t.mode}' needs ${key}` });
        if (key !== needed && t[key] !== undefined) {
            const owner = key === "throughput" ? "manual" : "autoscale";
            ctx.addIssue({ code: "custom", path: [key], message: `${key} applies to mode '${owner}' only; got mode '${t.mode}'` });
        }
    }
}

/** Throughput args that passed the mode rules, as the mode's one field. */
export const narrow = <T extends { mode: ThroughputMode; throughput?: number; maxThroughput?: number }>(t: T) =>
    (t.mode === "manual"
        ? { mode: "manual", throughput: t.throughput }
        : t.mode === "autoscale"
          ? { mode: "autoscale", maxThroughput: t.maxThroughput }
          : { mode: "shared" }) as ContainerThroughputInput;

/** Dedicated throughput for a database (shared by its containers); parsed to the mode's one field. */
export const provisionedThroughput = argsShape<SharedThroughput>()(
    z
        .strictObject({
            mode: enumOf(
                ProvisionedThroughputMode,
                "throughput mode",
                "throughput mode is 'manual' (with throughput) or 'autoscale' (with maxThroughput)",
            ).describe("`manual` (with throughput) or `autoscale` (with maxThroughput)."),
            throughput: manualThroughput.optional().describe("manual only, required: RU/s, at least 400, in steps of 100."),
            maxThroughput: autoscaleMax
                .optional()
                .describe("autoscale only, required: the highest RU/s autoscale may reach, at least 1,000, in steps of 1,000."),
        })
        .superRefine(throughputModeRules)
        .transform((t) => narrow(t) as ProvisionedThroughput),
);

/** A container's throughput: dedicated, or `shared` from its database; parsed to the mode's one field. */
export const containerThroughput = argsShape<ContainerThroughput>()(
    z
        .strictObject({
            mode: enumOf(
                ThroughputMode,
                "container throughput mode",
                "container throughput mode is 'manual' (with throughput), 'autoscale' (with maxThroughput) or 'shared' (the database's throughput)",
            ).describe("`manual` (with throughput), `autoscale` (with maxThroughput) or `shared` (the database's throughput)."),
            throughput: manualThroughput.optional().describe("manual only, required: RU/s, at least 400, in steps of 100."),
            maxThroughput: autoscaleMax
                .optional()
                .describe("autoscale only, required: the highest RU/s autoscale may reach, at least 1,000, in steps of 1,000."),
        })
        .superRefine(throughputModeRules)
        .transform(narrow),
);

export const partitionKeySchema = argsShape<PartitionKey>()(
    z.strictObject({
        paths: z
            .array(propertyPath)
            .min(1, "a partition key has 1 to 3 paths")
            .max(3, "a partition key has 1 to 3 paths (hierarchical keys allow at most 3 levels)")
            .describe("1 path (`Hash`) or 2-3 paths (hierarchical, `MultiHash` version 2)."),
        version: z
            .union([z.literal(PartitionKeyVersion.V1), z.literal(PartitionKeyVersion.V2)], { error: "partition key version is 1 or 2" })
            .optional()
            .describe("Hash version for a single-path key: 2 (default, long keys) or 1 (legacy). Hierarchical keys are always 2."),
    }),
);

const compositePath = z.strictObject({
    path: propertyPath,
    order: enumOf(CompositePathOrder, "composite index order", "composite index order is 'ascending' or 'descending'").optional(),
});

const spatialIndex = z.strictObject({
    path: spatialPath,
    types: z.array(enumOf(SpatialType, "spatial type", "spatial type is Point, LineString, Polygon or MultiPolygon")).optional(),
});

/** Vector limits: https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#current-limitations */
export const VECTOR_LIMITS = { flatDimensions: 505, quantizedDimensions: 4096, maxQuantizationBytes: 512, searchListSize: [25, 500] } as const;
export const VECTOR_INDEX_TYPES = Object.values(VectorIndexType);
export const VECTOR_DATA_TYPES = Object.values(VectorDataType);
export const DISTANCE_FUNCTIONS = Object.values(DistanceFunction);
/**
 * Languages of a full-text policy, as the service accepts them (the Azure SDK for Python's
 * full-text policy tests run each against the service: azure-sdk-for-python
 * sdk/cosmos/azure-cosmos/tests/test_full_text_policy.py). https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search
 */
export const FULL_TEXT_LANGUAGES = Object.values(FullTextLanguage);
/** At most 20 computed properties per container: https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties */
export const MAX_COMPUTED_PROPERTIES = 20;

const fullTextLanguage = enumOf(FullTextLanguage, "a full-text language");

export const vectorIndexSchema = argsShape<VectorIndex>()(
    z.strictObject({
        path: propertyPath.describe("An embedding path of vectorEmbeddings (no wildcards)."),
        type: enumOf(VectorIndexType, "a vector index type", `a vector index type is ${VECTOR_INDEX_TYPES.join(", ")}`).describe(
            "`flat` (exact, up to 505 dimensions), `quantizedFlat` (compressed, up to 4,096) or `diskANN` (approximate, up to 4,096; best past about 50,000 vectors per partition).",
        ),
        quantizationByteSize: z
            .number()
            .int()
            .min(1, "quantizationByteSize is at least 1")
            .max(VECTOR_LIMITS.maxQuantizationBytes, `quantizationByteSize is at most ${VECTOR_LIMITS.maxQuantizationBytes}`)
            .optional()
            .describe("quantizedFlat and diskANN: bytes per quantized vector, 1 to min(dimensions, 512)."),
        indexingSearchListSize: z
            .number()
            .int()
            .min(VECTOR_LIMITS.searchListSize[0], "indexingSearchListSize is 25 to 500")
            .max(VECTOR_LIMITS.searchListSize[1], "indexingSearchListSize is 25 to 500")
            .optional()
            .describe("diskANN: candidate list size while building, 25 to 500 (Azure's default 100)."),
        vectorIndexShardKey: z
            .array(propertyPath)
            .min(1)
            .optional()
            .describe("quantizedFlat and diskANN: properties that shard the index, e.g. `[/tenantId]`."),
    }),
);

export const indexingPolicySchema = argsShape<IndexingPolicy>()(
    z.strictObject({
        mode: enumOf(IndexingMode, "indexing mode", "indexing mode is 'consistent' or 'none'")
            .optional()
            .describe("`consistent` (default) or `none` (point reads only; no queries on properties)."),
        includedPaths: z
            .array(indexPath)
            .optional()
            .describe(
                "Paths to index, each ending in `/?` (the value) or `/*` (everything below). `/*` goes in exactly one of includedPaths and excludedPaths.",
            ),
        excludedPaths: z
            .array(indexPath)
            .optional()
            .describe('Paths not to index (saves write RU and storage). `/"_etag"/?` is added automatically, as the service does.'),
        compositeIndexes: z
            .array(z.array(compositePath).min(2, "a composite index has at least two paths"))
            .optional()
            .describe("Each a list of 2+ `{ path, order }`: needed for ORDER BY on several properties and helps equality + range filters."),
        spatialIndexes: z
            .array(spatialIndex)
            .optional()
            .describe("Geo indexes: `{ path: /location/*, types: [Point, ...] }` for ST_DISTANCE / ST_WITHIN queries."),
        vectorIndexes: z.array(vectorIndexSchema).optional().describe("One index per embedding path of vectorEmbeddings, for VectorDistance searches."),
        fullTextIndexes: z.array(propertyPath).optional().describe("Paths of the full-text policy to index, for FullTextContains* and FullTextScore."),
    }),
);

export const vectorEmbeddingSchema = argsShape<VectorEmbedding>()(
    z.strictObject({
        path: propertyPath.describe("Property holding the vector, e.g. `/embedding` (no wildcards)."),
        dataType: enumOf(VectorDataType, "a vector data type", `a vector data type is ${VECTOR_DATA_TYPES.join(", ")}`)
            .optional()
            .describe("float32 (default), float16, int8 or uint8."),
        dimensions: z
            .number()
            .int("dimensions is a whole number")
            .min(1, "dimensions is at least 1")
            .max(VECTOR_LIMITS.quantizedDimensions, `dimensions is at most ${VECTOR_LIMITS.quantizedDimensions}`)
            .describe("Length of every vector at this path (flat indexes take at most 505)."),
        distanceFunction: enumOf(DistanceFunction, "a distance function", `a distance function is ${DISTANCE_FUNCTIONS.join(", ")}`).describe(
            "cosine, dotproduct or euclidean.",
        ),
    }),
);

export const fullTextPolicySchema = argsShape<FullTextPolicy>()(
    z.strictObject({
        defaultLanguage: fullTextLanguage.optional().describe("Language of paths that set none. Default en-US."),
        paths: z
            .array(z.strictObject({ path: propertyPath, language: fullTextLanguage.optional() }))
            .min(1, "a full-text policy has at least one path")
            .describe("Text properties for full-text search, each with an optional language."),
    }),
);

export const computedPropertySchema = argsShape<ComputedProperty>()(
    z.strictObject({
        name: z
            .string()
            .regex(/^[A-Za-z][A-Za-z0-9_]{0,254}$/, "a computed property name starts with a letter and uses letters, digits and '_'")
            .describe("Top-level name queries read it by, e.g. `cp_lowerName`."),
        query: z.string().min(1, "a computed property has a query").describe("`SELECT VALUE <expression> FROM c`."),
    }),
);

/** `mode` chooses: LastWriterWins takes `path`, Custom takes `procedure` (conflictResolutionRules). */
export const conflictResolutionSchema = argsShape<ConflictResolution>()(
    z.strictObject({
        mode: enumOf(
            ConflictResolutionMode,
            "conflict resolution mode",
            "conflict resolution mode is 'LastWriterWins' (with optional path) or 'Custom' (with optional procedure)",
        ),
        path: propertyPath.optional().describe("LastWriterWins only: numeric property that decides the winner; default `/_ts`."),
        procedure: z
            .string()
            .optional()
            .describe("Custom only: a stored procedure of this container that resolves conflicts; omit to leave conflicts in the feed."),
    }),
);

export const TRIGGER_TYPES = Object.values(TriggerType);
export const TRIGGER_OPERATIONS = Object.values(TriggerOperation);
export const triggerType = enumOf(TriggerType, "trigger type", "trigger type is 'Pre' or 'Post'");
export const triggerOperation = enumOf(TriggerOperation, "trigger operation", "trigger operation is All, Create, Update, Delete or Replace");

/** A container's settings that Azure stores (the stack schema adds script files and declarations). */
export const containerSettingsShape = {
    name: resourceId("container").describe("Container id; a rename is a delete and a create."),
    partitionKey: partitionKeySchema.describe("Fixed at creation: a change replaces the container (and is refused in prod)."),
    indexingPolicy: indexingPolicySchema.optional().describe("Default: index everything (`/*`), consistent mode. Emitted in the service's normalised form."),
    uniqueKeys: z
        .array(z.array(propertyPath).min(1, "a unique key has at least one path"))
        .optional()
        .describe("Each unique key is a list of property paths unique together within a logical partition; fixed at creation."),
    defaultTtl: ttlSeconds
        .optional()
        .describe("Seconds until items expire: -1 = on without a default (items set `ttl`), positive = default (at most 2,147,483,647); omit = off."),
    analyticalTtl: ttlSeconds
        .optional()
        .describe(
            "Analytical store retention (`analyticalStorageTtl`): -1 = forever, positive = seconds (at most 2,147,483,647). Needs account.analyticalStorage.",
        ),
    conflictResolution: conflictResolutionSchema
        .optional()
        .describe("How multi-region-write conflicts resolve: LastWriterWins on a path, or Custom with a stored procedure."),
    throughput: containerThroughput.optional().describe("Default for every stack; a stack's `throughput.containers` entry wins."),
    vectorEmbeddings: z
        .array(vectorEmbeddingSchema)
        .optional()
        .describe(
            "Vector embedding policy: each embedding path with its data type, dimensions and distance function. Fixed at creation (a change replaces the container); needs dedicated throughput and the account capability EnableNoSQLVectorSearch (CosmosEstate and the stack add it; SqlData alone refuses the container without it). Embedding paths are excluded from the range index for you.",
        ),
    fullTextPolicy: fullTextPolicySchema
        .optional()
        .describe(
            "Full-text policy: text paths and their language; needs the account capability EnableNoSQLFullTextSearch (CosmosEstate and the stack add it).",
        ),
    computedProperties: z
        .array(computedPropertySchema)
        .optional()
        .describe(
            "Up to 20 `{ name, query }`: values computed from each item, queryable by name. `/*` does not index them: list a path such as `/cp_lowerName/?` to index one.",
        ),
    tags: z
        .record(z.string(), z.string())
        .optional()
        .describe("Azure tags of this container, instead of the stack's (an adopted container keeps its own). Default: the stack's tags."),
};

/** Scripts as the component takes them: the JavaScript body itself. */
const scriptBody = z.string().min(1, "a script body is JavaScript source");
export const containerArgsSchema = argsShape<SqlContainer>()(
    z.strictObject({
        ...containerSettingsShape,
        storedProcedures: z.array(z.strictObject({ name: resourceId("stored procedure"), body: scriptBody })).optional(),
        triggers: z.array(z.strictObject({ name: resourceId("trigger"), body: scriptBody, type: triggerType, operation: triggerOperation })).optional(),
        userDefinedFunctions: z.array(z.strictObject({ name: resourceId("user-defined function"), body: scriptBody })).optional(),
        restore: inPlaceRestoreSchema.optional().describe("Create this (deleted) container by restoring it from the account's continuous backup."),
        importId: z
            .string()
            .regex(
                CONTAINER_ARM_ID,
                "an import id is the container's ARM id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<account>/sqlDatabases/<database>/containers/<container>",
            )
            .optional()
            .describe(
                "Adopt an existing container with this ARM id instead of creating it (Pulumi's `import` option): for containers that came back with their database's restore.",
            ),
    }),
);

export const databaseArgsSchema = argsShape<SqlDatabase>()(
    z.strictObject({
        name: resourceId("database").describe("Database id; a rename is a delete and a create."),
        throughput: provisionedThroughput.optional().describe("Shared throughput for the database's containers."),
        tags: z.record(z.string(), z.string()).optional().describe("Azure tags of this database; default: the component's `tags`."),
        containers: z.array(containerArgsSchema).optional(),
        restore: inPlaceRestoreSchema
            .optional()
            .describe("Create this (deleted) database by restoring it, with its containers, from the account's continuous backup."),
    }),
);

/** What the rules read of a container: the settings, and script names. */
export interface ContainerRuleInput {
    name: string;
    partitionKey: PartitionKey;
    indexingPolicy?: IndexingPolicy;
    vectorEmbeddings?: VectorEmbedding[];
    fullTextPolicy?: FullTextPolicy;
    computedProperties?: ComputedProperty[];
    conflictResolution?: ConflictResolution;
    analyticalTtl?: number;
    throughput?: { mode: string };
    storedProcedures?: readonly { name: string }[];
    triggers?: readonly { name: string }[];
    userDefinedFunctions?: readonly { name: string }[];
    /** Set when the container is restored in place. */
    restore?: object;
    importId?: string;
}

export interface DatabaseRuleInput {
    name: string;
    /** Shared throughput, or undefined. */
    throughput?: { mode: string };
    containers: readonly ContainerRuleInput[];
    /** Set when the database is restored in place. */
    restore?: object;
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
            for (const key of ["includedPaths", "excludedPaths", "compositeIndexes", "spatialIndexes", "vectorIndexes", "fullTextIndexes"] as const) {
                if ((policy[key] ?? []).length > 0) {
                    report(["indexingPolicy", key], `indexing mode 'none' takes no ${key}; remove them or use mode 'consistent'`);
                }
            }
        } else {
            const reason = checkRootWildcard(policy);
            if (reason) report(["indexingPolicy"], reason);
        }
    }

    searchRules(c, report);

    const resolution = c.conflictResolution;
    if (resolution?.mode === "LastWriterWins" && resolution.procedure !== undefined) {
        report(["conflictResolution", "procedure"], "procedure applies to mode 'Custom' only; got mode 'LastWriterWins'");
    }
    if (resolution?.mode === "Custom" && resolution.path !== undefined) {
        report(["conflictResolution", "path"], "path applies to mode 'LastWriterWins' only; got mode 'Custom'");
    }
    if (resolution?.mode === "Custom" && resolution.procedure !== undefined) {
        const names = (c.storedProcedures ?? []).map((s) => s.name);
        if (!names.includes(resolution.procedure)) {
            report(
                ["conflictResolution", "procedure"],
                `'${resolution.procedure}' is not a stored procedure of this container; declared: ${names.length ? names.join(", ") : "none"}`,
            );
        }
    }

    for (const kind of ["storedProcedures", "triggers", "userDefinedFunctions"] as const) {
        for (const d of findDuplicates(c[kind] ?? [], (s) => s.name)) {
            report([kind, d.index, "name"], `'${d.key}' is declared twice in ${kind} of container '${c.name}'`);
        }
    }
}

/**
 * Vector, full-text and computed-property rules Azure enforces on a container.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search ("Each unique path can have at most
 * one policy", index types and their dimension limits), the full-text search page (indexes on policy
 * paths), and https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties (at most 20, unique names).
 */
function searchRules(c: ContainerRuleInput, report: Report): void {
    const embeddings = c.vectorEmbeddings ?? [];
    for (const d of findDuplicates(embeddings, (e) => e.path.trim())) {
        report(
            ["vectorEmbeddings", d.index, "path"],
            `embedding path '${d.key}' is listed twice (also vectorEmbeddings[${d.first}]); each path has one policy`,
        );
    }
    const byPath = new Map(embeddings.map((e) => [e.path.trim(), e]));
    const indexes = c.indexingPolicy?.vectorIndexes ?? [];
    for (const d of findDuplicates(indexes, (v) => v.path.trim())) {
        report(
            ["indexingPolicy", "vectorIndexes", d.index, "path"],
            `vector index path '${d.key}' is listed twice (also vectorIndexes[${d.first}]); one index per embedding path`,
        );
    }
    indexes.forEach((v, i) => {
        const at = ["indexingPolicy", "vectorIndexes", i];
        const embedding = byPath.get(v.path.trim());
        if (!embedding) {
            report(
                [...at, "path"],
                `'${v.path}' has no vector embedding; declared embedding paths: ${[...byPath.keys()].join(", ") || "none"} (add it to vectorEmbeddings)`,
            );
        } else if (v.type === "flat" && embedding.dimensions > VECTOR_LIMITS.flatDimensions) {
            report(
                [...at, "type"],
                `a flat index takes vectors of at most ${VECTOR_LIMITS.flatDimensions} dimensions; '${v.path}' has ${embedding.dimensions} (use quantizedFlat or diskANN)`,
            );
        } else if (v.quantizationByteSize !== undefined && v.quantizationByteSize > embedding.dimensions) {
            report(
                [...at, "quantizationByteSize"],
                `quantizationByteSize is at most the vector's dimensions (${embedding.dimensions}); got ${v.quantizationByteSize}`,
            );
        }
        if (v.type === "flat" && (v.quantizationByteSize !== undefined || v.vectorIndexShardKey !== undefined)) {
            report(at, "quantizationByteSize and vectorIndexShardKey apply to quantizedFlat and diskANN indexes only");
        }
        if (v.type !== "diskANN" && v.indexingSearchListSize !== undefined) {
            report([...at, "indexingSearchListSize"], "indexingSearchListSize applies to diskANN indexes only");
        }
    });

    const fullText = c.fullTextPolicy;
    const textPaths = new Set((fullText?.paths ?? []).map((p) => p.path.trim()));
    for (const d of findDuplicates(fullText?.paths ?? [], (p) => p.path.trim())) {
        report(["fullTextPolicy", "paths", d.index, "path"], `full-text path '${d.key}' is listed twice`);
    }
    (c.indexingPolicy?.fullTextIndexes ?? []).forEach((path, i) => {
        if (!textPaths.has(path.trim())) {
            report(
                ["indexingPolicy", "fullTextIndexes", i],
                `'${path}' is not a path of the full-text policy; declared: ${[...textPaths].join(", ") || "none"} (add it to fullTextPolicy.paths)`,
            );
        }
    });

    const computed = c.computedProperties ?? [];
    if (computed.length > MAX_COMPUTED_PROPERTIES) {
        report(["computedProperties"], `a container has at most ${MAX_COMPUTED_PROPERTIES} computed properties; got ${computed.length}`);
    }
    for (const d of findDuplicates(computed, (p) => p.name)) {
        report(["computedProperties", d.index, "name"], `computed property '${d.key}' is declared twice`);
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
        report(
            [],
            `an account holds at most ${LIMITS.databasesAndContainers} databases and containers together; got ${total} (use another account, or ask Azure support to raise the limit)`,
        );
    }
    databases.forEach((db, i) => {
        for (const d of findDuplicates(db.containers, (c) => c.name)) {
            report(
                [i, "containers", d.index, "name"],
                `container '${d.key}' is declared twice in database '${db.name}' (also at containers[${d.first}]); container names are unique in a database`,
            );
        }
        const shared = db.containers.filter((c) => c.throughput?.mode === "shared").length;
        if (db.throughput && shared > LIMITS.sharedDatabaseContainers) {
            report([i, "containers"], sharedLimitMessage(db.name, shared));
        }
        db.containers.forEach((c, j) => {
            containerRules(c, (path, message) => report([i, "containers", j, ...path], message));
            if ((c.vectorEmbeddings ?? []).length > 0 && db.throughput && (c.throughput === undefined || c.throughput.mode === "shared")) {
                report([i, "containers", j, "vectorEmbeddings"], VECTOR_SHARED_MESSAGE);
            }
            inPlaceRestoreRules(db, c, (path, message) => report([i, "containers", j, ...path], message));
            if (c.throughput?.mode === "shared" && !db.throughput) {
                report(
                    [i, "containers", j, "throughput"],
                    `container '${db.name}/${c.name}' uses shared throughput but database '${db.name}' has none; give the database throughput or the container its own`,
                );
            }
        });
    });
}

/** https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#current-limitations ("Shared throughput databases are unsupported"). */
export const VECTOR_SHARED_MESSAGE = "vector search is not available on a database's shared throughput; give the container dedicated throughput";

export function sharedLimitMessage(database: string, count: number): string {
    return `a shared-throughput database holds at most ${LIMITS.sharedDatabaseContainers} containers on its shared throughput; got ${count} in '${database}' (give some containers dedicated throughput or split the database)`;
}

/**
 * A container's in-place restore and adoption against its database's:
 * https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-introduction
 */
function inPlaceRestoreRules(db: DatabaseRuleInput, c: ContainerRuleInput, report: Report): void {
    if (c.restore && db.restore) {
        report(
            ["restore"],
            `container '${db.name}/${c.name}' comes back with its database's restore; restore only the database (and adopt the container with importId)`,
        );
    } else if (c.restore && c.throughput?.mode === "shared") {
        report(
            ["restore"],
            `container '${db.name}/${c.name}' uses the shared throughput of database '${db.name}', and Azure restores such containers only with their database; restore the database instead`,
        );
    }
    if (c.importId !== undefined) {
        if (c.restore) report(["importId"], "a restored container is created by the restore, not imported; set restore or importId, not both");
        const [, database, container] = CONTAINER_ARM_ID.exec(c.importId) ?? [];
        if (database !== undefined && (database !== db.name || container !== c.name)) {
            report(
                ["importId"],
                `the import id names container '${database}/${container}'; expected one ending in /sqlDatabases/${db.name}/containers/${c.name}`,
            );
        }
    }
}

/** https://learn.microsoft.com/azure/cosmos-db/serverless ("you can't provision throughput"). */
export const SERVERLESS_THROUGHPUT_MESSAGE = "a serverless account takes no throughput settings (it bills per request); remove this or turn serverless off";

/** The capability a container's search settings need on its account, and why. */
export const SEARCH_CAPABILITIES = [
    {
        capability: "EnableNoSQLVectorSearch",
        needs: (c: ContainerRuleInput) => (c.vectorEmbeddings ?? []).length > 0,
        key: "vectorEmbeddings",
        what: "vector embeddings",
    },
    {
        capability: "EnableNoSQLFullTextSearch",
        needs: (c: ContainerRuleInput) => c.fullTextPolicy !== undefined,
        key: "fullTextPolicy",
        what: "a full-text policy",
    },
] as const;

/** What the account-level rules read of the account. */
export interface AccountDataFacts {
    serverless?: boolean;
    capabilities?: readonly string[];
    analyticalStorage?: boolean;
}

/**
 * The data model against its account: a serverless account takes no throughput, a provisioned one
 * needs throughput for every container (its own or its database's), search settings need their
 * capability on the account, analytical TTLs need the analytical store, and vector search is not
 * available with it. Paths: `databases[i]...` and `accountSettings...`.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#current-limitations
 * https://learn.microsoft.com/azure/cosmos-db/analytical-store-introduction
 */
export function accountDataRules(account: AccountDataFacts, databases: readonly DatabaseRuleInput[], report: Report): void {
    const capabilities = new Set(account.capabilities ?? []);
    databases.forEach((db, i) => {
        if (account.serverless && db.throughput) report(["databases", i, "throughput"], SERVERLESS_THROUGHPUT_MESSAGE);
        db.containers.forEach((c, j) => {
            const at = ["databases", i, "containers", j];
            if (account.serverless && c.throughput) report([...at, "throughput"], SERVERLESS_THROUGHPUT_MESSAGE);
            if (!account.serverless && !c.throughput && !db.throughput) {
                report(
                    at,
                    `container '${db.name}/${c.name}' has no throughput on a provisioned account; give it throughput (manual or autoscale) or give database '${db.name}' shared throughput`,
                );
            }
            for (const s of SEARCH_CAPABILITIES) {
                if (s.needs(c) && !capabilities.has(s.capability)) {
                    report(
                        [...at, s.key],
                        `container '${db.name}/${c.name}' declares ${s.what}, which needs the account capability ${s.capability}; add it to the account's capabilities (CosmosEstate and the stack add it for you)`,
                    );
                }
            }
            if (c.analyticalTtl !== undefined && !account.analyticalStorage) {
                report(
                    [...at, "analyticalTtl"],
                    "analyticalTtl needs the analytical store; set the account's analyticalStorage to true or remove analyticalTtl",
                );
            }
            if ((c.vectorEmbeddings ?? []).length > 0 && account.analyticalStorage) {
                report(
                    [...at, "vectorEmbeddings"],
                    "vector search is not available on an account with the analytical store (Synapse Link); turn analyticalStorage off or keep vectors in another account",
                );
            }
        });
    });
}
