/**
 * The stack config contract. Every key a stack sets under `cosmos-platform:` is described here;
 * `docs/config.md` documents the same keys. Defaults that depend on other keys (production,
 * backup tier, throughput resolution) are applied in `resolve.ts`, after the cross-field rules in
 * `rules.ts` have passed.
 *
 * Where values come from: the shared data model (`databases`) is written once in `Pulumi.yaml`
 * (project-level config); per-stack values (`account`, `network`, `throughput`, ...) live in
 * `Pulumi.<stack>.yaml`. A key set in a stack file replaces the project-level value of that key.
 */
import { z } from "zod";
import {
    accountName,
    containerThroughput,
    indexPath,
    propertyPath,
    provisionedThroughput,
    regionName,
    resourceId,
    scriptFile,
    spatialPath,
    ttlSeconds,
} from "./primitives";

export const CONSISTENCY_LEVELS = ["Strong", "BoundedStaleness", "Session", "ConsistentPrefix", "Eventual"] as const;

const region = z.strictObject({
    /** Azure region, programmatic name (`westeurope`). */
    name: regionName,
    /** 0 is the write region; the others are the failover order. Default: list order. */
    failoverPriority: z.number().int("a failover priority is a whole number").min(0, "a failover priority is 0 or more").optional(),
    /** Spread replicas across availability zones. Default true; set false where the region has no zones. */
    zoneRedundant: z.boolean().optional(),
});

const consistency = z.strictObject({
    level: z.enum(CONSISTENCY_LEVELS, { error: `consistency level is one of ${CONSISTENCY_LEVELS.join(", ")}` }),
    /** BoundedStaleness only: how many writes a read may lag (1 to 2,147,483,647; at least 100,000 with several regions). */
    maxStalenessPrefix: z.number().int().min(1, "maxStalenessPrefix is at least 1").max(2147483647, "maxStalenessPrefix is at most 2147483647").optional(),
    /** BoundedStaleness only: how many seconds a read may lag (5 to 86,400; at least 300 with several regions). */
    maxIntervalInSeconds: z.number().int().min(5, "maxIntervalInSeconds is at least 5").max(86400, "maxIntervalInSeconds is at most 86400").optional(),
});

const continuousBackup = z.strictObject({
    type: z.literal("Continuous"),
    /** `Continuous7Days` (free) or `Continuous30Days`. */
    tier: z.enum(["Continuous7Days", "Continuous30Days"], { error: "continuous backup tier is Continuous7Days or Continuous30Days" }),
});

const periodicBackup = z.strictObject({
    type: z.literal("Periodic"),
    /** Minutes between backups, 60 to 1440. */
    intervalMinutes: z.number().int().min(60, "periodic backup interval is at least 60 minutes").max(1440, "periodic backup interval is at most 1440 minutes"),
    /** Hours each backup is kept, 8 to 720, and at least twice the interval. */
    retentionHours: z.number().int().min(8, "periodic backup retention is at least 8 hours").max(720, "periodic backup retention is at most 720 hours"),
    /** Where backups are stored: Geo (default), Zone or Local. */
    storageRedundancy: z.enum(["Geo", "Zone", "Local"], { error: "backup storage redundancy is Geo, Zone or Local" }).optional(),
});

const backup = z.discriminatedUnion("type", [continuousBackup, periodicBackup], {
    error: "backup type is 'Continuous' (with tier) or 'Periodic' (with intervalMinutes and retentionHours)",
});

export const accountSchema = z.strictObject({
    /** Globally unique account name; explicit, never generated, because a rename deletes the account. */
    name: accountName,
    regions: z.array(region).min(1, "at least one region is needed"),
    consistency: consistency.optional(),
    /** Fail over to the next region automatically when the write region is down. Default true. */
    automaticFailover: z.boolean().optional(),
    /** Accept writes in every region. Cannot be turned off once on. Default false. */
    multiRegionWrites: z.boolean().optional(),
    /** Serverless capacity mode: one region, no throughput settings, fixed at creation. Default false. */
    serverless: z.boolean().optional(),
    /** Default: Continuous30Days in production, Continuous7Days elsewhere. */
    backup: backup.optional(),
    /** Only TLS 1.2 is accepted: Azure retired TLS 1.0 and 1.1 for Cosmos DB. */
    minimalTlsVersion: z.literal("Tls12", { error: "minimalTlsVersion is 'Tls12' (TLS 1.0 and 1.1 are retired)" }).optional(),
    /** Allow account keys and resource tokens. Default false: Entra ID only. */
    localAuth: z.boolean().optional(),
    /** Allow account keys to change databases and containers. Default false. */
    keyBasedMetadataWrites: z.boolean().optional(),
    /** Synapse Link analytical store. Default false. */
    analyticalStorage: z.boolean().optional(),
    /** Burst capacity on idle partitions. Default false. */
    burstCapacity: z.boolean().optional(),
    /** Account-wide RU/s cap as a cost guard; -1 means no limit. */
    totalThroughputLimit: z.number().int().refine((n) => n === -1 || n >= 400, "totalThroughputLimit is -1 (no limit) or at least 400 RU/s").optional(),
    /** Free tier (first 1,000 RU/s and 25 GB free), one account per subscription, set at creation. Default false. */
    freeTier: z.boolean().optional(),
});

export const networkSchema = z.strictObject({
    /** `Disabled` (default) or `Enabled` (then restrict it with ipRules / virtualNetworkRules). */
    publicNetworkAccess: z.enum(["Enabled", "Disabled"], { error: "publicNetworkAccess is 'Enabled' or 'Disabled'" }).optional(),
    /** IPv4 addresses or CIDR ranges allowed through the firewall when public access is on. */
    ipRules: z.array(z.string()).optional(),
    /** Subnets (resource ids) allowed through service endpoints. */
    virtualNetworkRules: z
        .array(z.strictObject({ subnetId: z.string(), ignoreMissingServiceEndpoint: z.boolean().optional() }))
        .optional(),
    /** Let trusted Azure services bypass the firewall. Default None. */
    networkAclBypass: z.enum(["None", "AzureServices"], { error: "networkAclBypass is 'None' or 'AzureServices'" }).optional(),
});

const partitionKey = z.strictObject({
    /** 1 path (`Hash`) or 2-3 paths (hierarchical, `MultiHash` version 2). */
    paths: z.array(propertyPath).min(1, "a partition key has 1 to 3 paths").max(3, "a partition key has 1 to 3 paths (hierarchical keys allow at most 3 levels)"),
    /** Hash version for a single-path key: 2 (default, long keys) or 1 (legacy). Hierarchical keys are always 2. */
    version: z.union([z.literal(1), z.literal(2)], { error: "partition key version is 1 or 2" }).optional(),
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

const indexingPolicy = z.strictObject({
    /** `consistent` (default) or `none` (point reads only; no queries on properties). */
    mode: z.enum(["consistent", "none"], { error: "indexing mode is 'consistent' or 'none'" }).optional(),
    includedPaths: z.array(indexPath).optional(),
    excludedPaths: z.array(indexPath).optional(),
    compositeIndexes: z.array(z.array(compositePath).min(2, "a composite index has at least two paths")).optional(),
    spatialIndexes: z.array(spatialIndex).optional(),
});

const conflictResolution = z.discriminatedUnion(
    "mode",
    [
        z.strictObject({
            mode: z.literal("LastWriterWins"),
            /** Numeric property that decides the winner; default `/_ts`. */
            path: propertyPath.optional(),
        }),
        z.strictObject({
            mode: z.literal("Custom"),
            /** A stored procedure of this container that resolves conflicts; omit to leave conflicts in the feed. */
            procedure: z.string().optional(),
        }),
    ],
    { error: "conflict resolution mode is 'LastWriterWins' (with optional path) or 'Custom' (with optional procedure)" },
);

const storedProcedure = z.strictObject({ name: resourceId("stored procedure"), file: scriptFile });
const udf = z.strictObject({ name: resourceId("user-defined function"), file: scriptFile });
const trigger = z.strictObject({
    name: resourceId("trigger"),
    file: scriptFile,
    type: z.enum(["Pre", "Post"], { error: "trigger type is 'Pre' or 'Post'" }),
    operation: z.enum(["All", "Create", "Update", "Delete", "Replace"], { error: "trigger operation is All, Create, Update, Delete or Replace" }),
});

export const containerSchema = z.strictObject({
    name: resourceId("container"),
    partitionKey,
    indexingPolicy: indexingPolicy.optional(),
    /** Each unique key is a list of property paths unique together within a logical partition; fixed at creation. */
    uniqueKeys: z.array(z.array(propertyPath).min(1, "a unique key has at least one path")).optional(),
    /** Seconds until items expire: -1 = on without a default (items set `ttl`), positive = default; omit = off. */
    defaultTtl: ttlSeconds.optional(),
    /** Analytical store retention: -1 = forever, positive = seconds. Needs account.analyticalStorage. */
    analyticalTtl: ttlSeconds.optional(),
    conflictResolution: conflictResolution.optional(),
    /** Default for every stack; a stack's `throughput.containers` entry wins. */
    throughput: containerThroughput.optional(),
    storedProcedures: z.array(storedProcedure).optional(),
    triggers: z.array(trigger).optional(),
    userDefinedFunctions: z.array(udf).optional(),
});

export const databaseSchema = z.strictObject({
    name: resourceId("database"),
    /** Shared throughput for the database's containers; a stack's `throughput.databases` entry wins. */
    throughput: provisionedThroughput.optional(),
    containers: z.array(containerSchema).default([]),
});

/** Per-stack throughput, so the shared data model carries no stack's sizing. */
export const throughputSchema = z.strictObject({
    /** For dedicated containers that no other entry sizes. */
    default: provisionedThroughput.optional(),
    /** Shared throughput per database name. */
    databases: z.record(z.string(), provisionedThroughput).optional(),
    /** Per container, keyed `<database>/<container>`. */
    containers: z.record(z.string(), containerThroughput).optional(),
});

export const resourceGroupSchema = z.strictObject({
    name: z
        .string()
        .regex(/^[-\w._()]{1,89}[-\w_()]$/, "a resource group name is 1-90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'"),
    /** Create the group (default) or use an existing one. */
    create: z.boolean().optional(),
    /** Default: the account's write region. */
    location: regionName.optional(),
});

/** The whole stack config: one property per `cosmos-platform:<key>`. */
export const stackConfigSchema = z.strictObject({
    /** Short environment name used in tags and derived names, e.g. `dev`, `prod`. */
    environment: z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, "an environment name is 1-16 lowercase letters, digits or hyphens, starting with a letter"),
    /** Production stacks protect data resources and get stricter defaults. Default: true when environment is prod or production. */
    production: z.boolean().optional(),
    resourceGroup: resourceGroupSchema,
    account: accountSchema,
    network: networkSchema.optional(),
    databases: z.array(databaseSchema).default([]),
    throughput: throughputSchema.optional(),
    /** Extra tags for every resource. */
    tags: z.record(z.string(), z.string()).optional(),
});

export type StackConfigInput = z.input<typeof stackConfigSchema>;
export type StackConfig = z.output<typeof stackConfigSchema>;
export type AccountConfig = z.output<typeof accountSchema>;
export type DatabaseConfig = z.output<typeof databaseSchema>;
export type ContainerConfig = z.output<typeof containerSchema>;
export type NetworkConfig = z.output<typeof networkSchema>;
export type ThroughputConfig = z.output<typeof throughputSchema>;
