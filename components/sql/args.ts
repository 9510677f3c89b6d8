/**
 * The arguments of an account's NoSQL data model: databases, containers (partition keys, index
 * policies, throughput, TTL, unique keys, conflict resolution, vector and full-text search) and
 * their server-side scripts. The same keys as a stack file's `cosmos-platform:databases`, with
 * script bodies instead of script files. The zod shapes in rules.ts are checked against these
 * interfaces at compile time; Pulumi's schema inference reads them for every language.
 * https://learn.microsoft.com/azure/cosmos-db/resource-model
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import type { AccountSettings } from "../account/args";
import type { InPlaceRestore } from "../shared/restore";

/** Throughput a database provisions for its containers to share. */
export const ProvisionedThroughputMode = {
    /** A fixed number of RU/s (`throughput`). */
    Manual: "manual",
    /** Scales between 10 % of `maxThroughput` and `maxThroughput`. */
    Autoscale: "autoscale",
} as const;
export type ProvisionedThroughputMode = (typeof ProvisionedThroughputMode)[keyof typeof ProvisionedThroughputMode];

/** How a container gets its throughput. */
export const ThroughputMode = {
    /** Dedicated, fixed RU/s (`throughput`). */
    Manual: "manual",
    /** Dedicated, scaling between 10 % of `maxThroughput` and `maxThroughput`. */
    Autoscale: "autoscale",
    /** The database's shared throughput. */
    Shared: "shared",
} as const;
export type ThroughputMode = (typeof ThroughputMode)[keyof typeof ThroughputMode];

/** A database's shared throughput: `mode` chooses manual or autoscale, and only that mode's field is set. */
export interface SharedThroughput {
    /** manual (with `throughput`) or autoscale (with `maxThroughput`). */
    mode: ProvisionedThroughputMode;
    /** manual only, required: RU/s, at least 400, in steps of 100. */
    throughput?: number;
    /** autoscale only, required: the highest RU/s autoscale may reach, at least 1,000, in steps of 1,000. */
    maxThroughput?: number;
}

/** A container's throughput: dedicated (manual or autoscale) or its database's (shared). */
export interface ContainerThroughput {
    /** manual (with `throughput`), autoscale (with `maxThroughput`) or shared (the database's throughput; no other field). */
    mode: ThroughputMode;
    /** manual only, required: RU/s, at least 400, in steps of 100. */
    throughput?: number;
    /** autoscale only, required: the highest RU/s autoscale may reach, at least 1,000, in steps of 1,000. */
    maxThroughput?: number;
}

/** The hash version of a single-path partition key. */
export const PartitionKeyVersion = {
    /** Legacy: keys of at most 101 bytes. */
    V1: 1,
    /** Keys up to 2 KB; the only version hierarchical keys have. */
    V2: 2,
} as const;
export type PartitionKeyVersion = (typeof PartitionKeyVersion)[keyof typeof PartitionKeyVersion];

/** The partition key, fixed at creation. https://learn.microsoft.com/azure/cosmos-db/partitioning-overview */
export interface PartitionKey {
    /** 1 path (`Hash`) or 2-3 paths (hierarchical, `MultiHash` version 2), e.g. `/tenantId`. */
    paths: string[];
    /**
     * Hash version for a single-path key: 2 (long keys) or 1 (legacy). Hierarchical keys are always 2. Default 2.
     * @default 2
     */
    version?: PartitionKeyVersion;
}

/** Whether the container is indexed. */
export const IndexingMode = {
    /** Index on write: queries see every item. */
    Consistent: "consistent",
    /** No index: point reads only. */
    None: "none",
} as const;
export type IndexingMode = (typeof IndexingMode)[keyof typeof IndexingMode];

/** The sort order of one path of a composite index. */
export const CompositePathOrder = {
    Ascending: "ascending",
    Descending: "descending",
} as const;
export type CompositePathOrder = (typeof CompositePathOrder)[keyof typeof CompositePathOrder];

/** A geometry type a spatial index covers. */
export const SpatialType = {
    Point: "Point",
    LineString: "LineString",
    Polygon: "Polygon",
    MultiPolygon: "MultiPolygon",
} as const;
export type SpatialType = (typeof SpatialType)[keyof typeof SpatialType];

/** The kind of a vector index. https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search */
export const VectorIndexType = {
    /** Exact search; vectors of at most 505 dimensions. */
    Flat: "flat",
    /** Exact search over compressed vectors; up to 4,096 dimensions. */
    QuantizedFlat: "quantizedFlat",
    /** Approximate search; up to 4,096 dimensions; best past about 50,000 vectors per partition. */
    DiskANN: "diskANN",
} as const;
export type VectorIndexType = (typeof VectorIndexType)[keyof typeof VectorIndexType];

/** The data type of a vector's elements. */
export const VectorDataType = {
    Float32: "float32",
    Float16: "float16",
    Int8: "int8",
    Uint8: "uint8",
} as const;
export type VectorDataType = (typeof VectorDataType)[keyof typeof VectorDataType];

/** How vector similarity is measured. */
export const DistanceFunction = {
    Cosine: "cosine",
    DotProduct: "dotproduct",
    Euclidean: "euclidean",
} as const;
export type DistanceFunction = (typeof DistanceFunction)[keyof typeof DistanceFunction];

/**
 * A full-text language the service accepts (the Azure SDK for Python's full-text policy tests run
 * each against the service). https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search
 */
export const FullTextLanguage = {
    EnUS: "en-US",
    DeDE: "de-DE",
    EsES: "es-ES",
    FrFR: "fr-FR",
    ItIT: "it-IT",
    PtBR: "pt-BR",
    PtPT: "pt-PT",
} as const;
export type FullTextLanguage = (typeof FullTextLanguage)[keyof typeof FullTextLanguage];

/** How multi-region-write conflicts resolve. https://learn.microsoft.com/azure/cosmos-db/conflict-resolution-policies */
export const ConflictResolutionMode = {
    /** The item with the highest value at `path` wins. */
    LastWriterWins: "LastWriterWins",
    /** A stored procedure (`procedure`) decides, or conflicts wait in the conflicts feed. */
    Custom: "Custom",
} as const;
export type ConflictResolutionMode = (typeof ConflictResolutionMode)[keyof typeof ConflictResolutionMode];

/** When a trigger runs. */
export const TriggerType = {
    Pre: "Pre",
    Post: "Post",
} as const;
export type TriggerType = (typeof TriggerType)[keyof typeof TriggerType];

/** Which operations a trigger runs on. */
export const TriggerOperation = {
    All: "All",
    Create: "Create",
    Update: "Update",
    Delete: "Delete",
    Replace: "Replace",
} as const;
export type TriggerOperation = (typeof TriggerOperation)[keyof typeof TriggerOperation];

/** One path of a composite index. */
export interface CompositePath {
    /** A property path such as `/lastName`. */
    path: string;
    /**
     * ascending or descending. Default ascending.
     * @default "ascending"
     */
    order?: CompositePathOrder;
}

/** A geo index for ST_DISTANCE / ST_WITHIN queries. */
export interface SpatialIndex {
    /** A path ending in `/*`, e.g. `/location/*`. */
    path: string;
    /** Geometry types to index. Default: all four. */
    types?: SpatialType[];
}

/** A vector index over an embedding path of vectorEmbeddings. */
export interface VectorIndex {
    /** An embedding path of vectorEmbeddings (no wildcards). */
    path: string;
    /** flat (exact, up to 505 dimensions), quantizedFlat (compressed, up to 4,096) or diskANN (approximate, up to 4,096). */
    type: VectorIndexType;
    /** quantizedFlat and diskANN: bytes per quantized vector, 1 to min(dimensions, 512). */
    quantizationByteSize?: number;
    /** diskANN: candidate list size while building, 25 to 500. Azure's default: 100. */
    indexingSearchListSize?: number;
    /** quantizedFlat and diskANN: properties that shard the index, e.g. `[/tenantId]`. */
    vectorIndexShardKey?: string[];
}

/** The index policy. Emitted in the service's normalised form, so a preview shows no change Azure would not make. */
export interface IndexingPolicy {
    /**
     * consistent or none (point reads only; no queries on properties). Default consistent.
     * @default "consistent"
     */
    mode?: IndexingMode;
    /**
     * Paths to index, each ending in `/?` (the value) or `/*` (everything below). `/*` goes in exactly one of includedPaths and excludedPaths. Default `[/*]`.
     * @default ["/*"]
     */
    includedPaths?: string[];
    /** Paths not to index (saves write RU and storage). `/"_etag"/?` is added, as the service does. */
    excludedPaths?: string[];
    /** Each a list of 2 or more paths: needed for ORDER BY on several properties; helps equality plus range filters. */
    compositeIndexes?: CompositePath[][];
    /** Geo indexes. */
    spatialIndexes?: SpatialIndex[];
    /** One index per embedding path of vectorEmbeddings, for VectorDistance searches. */
    vectorIndexes?: VectorIndex[];
    /** Paths of the full-text policy to index, for FullTextContains and FullTextScore. */
    fullTextIndexes?: string[];
}

/** A vector embedding: where vectors live and how they compare. */
export interface VectorEmbedding {
    /** The property holding the vector, e.g. `/embedding` (no wildcards). */
    path: string;
    /**
     * float32, float16, int8 or uint8. Default float32.
     * @default "float32"
     */
    dataType?: VectorDataType;
    /** The length of every vector at this path, 1 to 4,096 (flat indexes take at most 505). */
    dimensions: number;
    /** cosine, dotproduct or euclidean. */
    distanceFunction: DistanceFunction;
}

/** A text property for full-text search. */
export interface FullTextPath {
    /** The property path, e.g. `/description`. */
    path: string;
    /** Its language. Default: the policy's defaultLanguage. */
    language?: FullTextLanguage;
}

/** The full-text policy: text paths and their language. */
export interface FullTextPolicy {
    /**
     * The language of paths that set none. Default en-US.
     * @default "en-US"
     */
    defaultLanguage?: FullTextLanguage;
    /** The text properties, at least one. */
    paths: FullTextPath[];
}

/** A value computed from each item, queryable by name. https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties */
export interface ComputedProperty {
    /** Top-level name queries read it by, e.g. `cp_lowerName`: a letter, then letters, digits and `_`. */
    name: string;
    /** `SELECT VALUE <expression> FROM c`. */
    query: string;
}

/** Conflict resolution for multi-region writes: `mode` chooses, and only that mode's field is set. */
export interface ConflictResolution {
    /** LastWriterWins (with optional `path`) or Custom (with optional `procedure`). */
    mode: ConflictResolutionMode;
    /**
     * LastWriterWins only: the numeric property that decides the winner. Default `/_ts`.
     * @default "/_ts"
     */
    path?: string;
    /** Custom only: a stored procedure of this container that resolves conflicts; omit to leave them in the conflicts feed. */
    procedure?: string;
}

/** A stored procedure or user-defined function. */
export interface Script {
    /** Its id, as clients call it. */
    name: string;
    /** The JavaScript source. */
    body: string;
}

/** A trigger; clients must request it by name on each operation. */
export interface Trigger {
    /** Its id, as clients request it. */
    name: string;
    /** The JavaScript source. */
    body: string;
    /** Pre or Post. */
    type: TriggerType;
    /** All, Create, Update, Delete or Replace. */
    operation: TriggerOperation;
}

/** A container: its settings and server-side scripts. */
export interface SqlContainer {
    /** Container id; a rename is a delete and a create (of the data too). */
    name: string;
    /** Fixed at creation: a change replaces the container, and in production that replace is refused. */
    partitionKey: PartitionKey;
    /** Default: index everything (`/*`), consistent mode. */
    indexingPolicy?: IndexingPolicy;
    /** Each unique key is a list of property paths unique together within a logical partition; fixed at creation. */
    uniqueKeys?: string[][];
    /** Seconds until items expire: -1 = on without a default (items set `ttl`), positive = the default (at most 2,147,483,647). Default: off. */
    defaultTtl?: number;
    /** Analytical store retention: -1 = forever, positive = seconds. Needs the account's analytical store. Default: off. */
    analyticalTtl?: number;
    /** How multi-region-write conflicts resolve. Default: Azure's (LastWriterWins on `/_ts`). */
    conflictResolution?: ConflictResolution;
    /** Dedicated (manual or autoscale) or shared. Default: the database's shared throughput; none on a serverless account. */
    throughput?: ContainerThroughput;
    /** Vector embedding policy; fixed at creation; needs dedicated throughput and the account's EnableNoSQLVectorSearch capability. */
    vectorEmbeddings?: VectorEmbedding[];
    /** Full-text policy; needs the account's EnableNoSQLFullTextSearch capability. */
    fullTextPolicy?: FullTextPolicy;
    /** Up to 20 computed properties. `/*` does not index them: list a path such as `/cp_lowerName/?` to index one. */
    computedProperties?: ComputedProperty[];
    /** Azure tags of this container. Default: the component's `tags`. */
    tags?: { [key: string]: string };
    /** Stored procedures. */
    storedProcedures?: Script[];
    /** Pre- and post-triggers. */
    triggers?: Trigger[];
    /** User-defined functions, callable in queries as `udf.<name>(...)`. */
    userDefinedFunctions?: Script[];
    /** Create this (deleted) container by restoring it from the account's continuous backup. */
    restore?: InPlaceRestore;
    /** Adopt an existing container with this ARM id instead of creating it (Pulumi's `import`): for containers that came back with their database's restore. */
    importId?: string;
}

/** A database: shared throughput (optional) and its containers. */
export interface SqlDatabase {
    /** Database id; a rename is a delete and a create (of the data too). */
    name: string;
    /** Shared throughput for the containers that use mode shared (or set none). Not on a serverless account. */
    throughput?: SharedThroughput;
    /** Azure tags of this database. Default: the component's `tags`. */
    tags?: { [key: string]: string };
    /** The database's containers. */
    containers?: SqlContainer[];
    /** Create this (deleted) database, with its containers, by restoring it from the account's continuous backup. */
    restore?: InPlaceRestore;
}

/** SqlData: the data model of one account. */
export interface SqlDataArgs {
    /** Resource group of the account. */
    resourceGroupName: pulumi.Input<string>;
    /** The account the databases belong to: every database waits for it. */
    account: cosmosdb.DatabaseAccount;
    /**
     * The account's settings, as given to CosmosAccount: serverless accounts take no throughput,
     * vector and full-text containers need the account's capabilities, and the analytical TTL
     * needs the analytical store.
     */
    accountSettings: AccountSettings;
    /** The data model. */
    databases: SqlDatabase[];
    /**
     * `protect` and `retainOnDelete` databases and containers. Default true.
     * @default true
     */
    protectData?: boolean;
    /** Tags of every database and container that does not set its own. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
