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
import { monitoringSchema } from "./monitoring-schema";
import { accessPatternsSchema, gatewaySchema } from "./access-patterns-schema";
import { accessSchema, networkExtensions, securitySchema } from "./security-schema";
import { itemSchemaFile, restoreSchema } from "./restore-schema";

export const CONSISTENCY_LEVELS = ["Strong", "BoundedStaleness", "Session", "ConsistentPrefix", "Eventual"] as const;

const region = z.strictObject({
    name: regionName.describe("Azure region, programmatic name (`westeurope`), one of the public-cloud regions in components/regions.ts; a misspelling is an error naming the closest regions."),
    failoverPriority: z.number().int("a failover priority is a whole number").min(0, "a failover priority is 0 or more").optional().describe("0 is the write region; the others are the failover order. Default: list order."),
    zoneRedundant: z.boolean().optional().describe("Spread replicas across availability zones. Default: true where the region has availability zones, false where it has none (components/regions.ts); true in a region without zones is an error."),
});

const consistency = z.strictObject({
    level: z
        .enum(CONSISTENCY_LEVELS, { error: `consistency level is one of ${CONSISTENCY_LEVELS.join(", ")}` })
        .describe("Strong (linearizable; not with multi-region writes), BoundedStaleness (lag bounded by the two settings below), Session, ConsistentPrefix or Eventual."),
    maxStalenessPrefix: z.number().int("maxStalenessPrefix is a whole number of writes").min(10, "maxStalenessPrefix is at least 10 (100,000 with several regions)").max(2147483647, "maxStalenessPrefix is at most 2147483647").optional().describe("BoundedStaleness only: how many writes a read may lag (10 to 2,147,483,647; at least 100,000 with several regions)."),
    maxIntervalInSeconds: z.number().int().min(5, "maxIntervalInSeconds is at least 5").max(86400, "maxIntervalInSeconds is at most 86400").optional().describe("BoundedStaleness only: how many seconds a read may lag (5 to 86,400; at least 300 with several regions)."),
});

const continuousBackup = z.strictObject({
    type: z.literal("Continuous"),
    tier: z.enum(["Continuous7Days", "Continuous30Days"], { error: "continuous backup tier is Continuous7Days or Continuous30Days" }).describe("`Continuous7Days` (free) or `Continuous30Days`."),
});

const periodicBackup = z.strictObject({
    type: z.literal("Periodic"),
    intervalMinutes: z.number().int().min(60, "periodic backup interval is at least 60 minutes").max(1440, "periodic backup interval is at most 1440 minutes").describe("Minutes between backups, 60 to 1440."),
    retentionHours: z.number().int().min(8, "periodic backup retention is at least 8 hours").max(720, "periodic backup retention is at most 720 hours").describe("Hours each backup is kept, 8 to 720, and at least twice the interval."),
    storageRedundancy: z.enum(["Geo", "Zone", "Local"], { error: "backup storage redundancy is Geo, Zone or Local" }).optional().describe("Where backups are stored: Geo (default), Zone or Local."),
});

const backup = z.discriminatedUnion("type", [continuousBackup, periodicBackup], {
    error: "backup type is 'Continuous' (with tier) or 'Periodic' (with intervalMinutes and retentionHours)",
});

export const accountSchema = z.strictObject({
    name: accountName.describe("Globally unique account name; explicit, never generated, because a rename deletes the account."),
    regions: z.array(region).min(1, "at least one region is needed").describe("Regions holding a replica. The first (or failoverPriority 0) is the write region; several regions give read replicas and failover."),
    consistency: consistency.optional().describe("Default consistency, chosen on purpose. Default Session (read-your-writes per session, cheapest reads that most apps need)."),
    automaticFailover: z.boolean().optional().describe("Fail over to the next region automatically when the write region is down. Default true."),
    multiRegionWrites: z.boolean().optional().describe("Accept writes in every region. Cannot be turned off once on. Default false."),
    serverless: z.boolean().optional().describe("Serverless capacity mode: one region, no throughput settings, fixed at creation. Default false."),
    backup: backup.optional().describe("Default: Continuous30Days in production, Continuous7Days elsewhere."),
    minimalTlsVersion: z.literal("Tls12", { error: "minimalTlsVersion is 'Tls12' (TLS 1.0 and 1.1 are retired)" }).optional().describe("Only TLS 1.2 is accepted: Azure retired TLS 1.0 and 1.1 for Cosmos DB."),
    localAuth: z.boolean().optional().describe("Allow account keys and resource tokens. Default false: Entra ID only."),
    keyBasedMetadataWrites: z.boolean().optional().describe("Allow account keys to change databases and containers. Default false."),
    analyticalStorage: z.boolean().optional().describe("Synapse Link analytical store. Default false."),
    burstCapacity: z.boolean().optional().describe("Burst capacity on idle partitions. Default false."),
    totalThroughputLimit: z.number().int().refine((n) => n === -1 || n >= 400, "totalThroughputLimit is -1 (no limit) or at least 400 RU/s").optional().describe("Account-wide RU/s cap as a cost guard; -1 means no limit."),
    freeTier: z.boolean().optional().describe("Free tier (first 1,000 RU/s and 25 GB free), one account per subscription, set at creation. Default false."),
});

export const networkSchema = z.strictObject({
    ...networkExtensions,
    publicNetworkAccess: z.enum(["Enabled", "Disabled"], { error: "publicNetworkAccess is 'Enabled' or 'Disabled'" }).optional().describe("`Disabled` (default) or `Enabled` (then restrict it with ipRules / virtualNetworkRules)."),
    ipRules: z.array(z.string()).optional().describe("IPv4 addresses or CIDR ranges allowed through the firewall when public access is on."),
    virtualNetworkRules: z
        .array(z.strictObject({ subnetId: z.string(), ignoreMissingServiceEndpoint: z.boolean().optional() }))
        .optional().describe("Subnets (resource ids) allowed through service endpoints."),
    networkAclBypass: z.enum(["None", "AzureServices"], { error: "networkAclBypass is 'None' or 'AzureServices'" }).optional().describe("Let trusted Azure services bypass the firewall. Default None."),
});

const partitionKey = z.strictObject({
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

const indexingPolicy = z.strictObject({
    mode: z.enum(["consistent", "none"], { error: "indexing mode is 'consistent' or 'none'" }).optional().describe("`consistent` (default) or `none` (point reads only; no queries on properties)."),
    includedPaths: z.array(indexPath).optional().describe("Paths to index, each ending in `/?` (the value) or `/*` (everything below). `/*` goes in exactly one of includedPaths and excludedPaths."),
    excludedPaths: z.array(indexPath).optional().describe("Paths not to index (saves write RU and storage). `/\"_etag\"/?` is added automatically, as the service does."),
    compositeIndexes: z
        .array(z.array(compositePath).min(2, "a composite index has at least two paths"))
        .optional()
        .describe("Each a list of 2+ `{ path, order }`: needed for ORDER BY on several properties and helps equality + range filters."),
    spatialIndexes: z.array(spatialIndex).optional().describe("Geo indexes: `{ path: /location/*, types: [Point, ...] }` for ST_DISTANCE / ST_WITHIN queries."),
});

const conflictResolution = z.discriminatedUnion(
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

const storedProcedure = z.strictObject({ name: resourceId("stored procedure"), file: scriptFile });
const udf = z.strictObject({ name: resourceId("user-defined function"), file: scriptFile });
const trigger = z.strictObject({
    name: resourceId("trigger"),
    file: scriptFile,
    type: z.enum(["Pre", "Post"], { error: "trigger type is 'Pre' or 'Post'" }),
    operation: z.enum(["All", "Create", "Update", "Delete", "Replace"], { error: "trigger operation is All, Create, Update, Delete or Replace" }),
});

export const containerSchema = z.strictObject({
    name: resourceId("container").describe("Container id; a rename is a delete and a create."),
    partitionKey: partitionKey.describe("Fixed at creation: a change replaces the container (and is refused in prod)."),
    indexingPolicy: indexingPolicy.optional().describe("Default: index everything (`/*`), consistent mode. Emitted in the service's normalised form."),
    uniqueKeys: z.array(z.array(propertyPath).min(1, "a unique key has at least one path")).optional().describe("Each unique key is a list of property paths unique together within a logical partition; fixed at creation."),
    defaultTtl: ttlSeconds.optional().describe("Seconds until items expire: -1 = on without a default (items set `ttl`), positive = default (at most 2,147,483,647); omit = off."),
    analyticalTtl: ttlSeconds.optional().describe("Analytical store retention (`analyticalStorageTtl`): -1 = forever, positive = seconds (at most 2,147,483,647). Needs account.analyticalStorage."),
    conflictResolution: conflictResolution.optional().describe("How multi-region-write conflicts resolve: LastWriterWins on a path, or Custom with a stored procedure."),
    throughput: containerThroughput.optional().describe("Default for every stack; a stack's `throughput.containers` entry wins."),
    storedProcedures: z.array(storedProcedure).optional().describe("`{ name, file }`: JavaScript body in a `.js` file of this repo."),
    triggers: z.array(trigger).optional().describe("`{ name, file, type: Pre|Post, operation: All|Create|Update|Delete|Replace }`. Clients must request a trigger by name."),
    userDefinedFunctions: z.array(udf).optional().describe("`{ name, file }`: functions callable in queries as `udf.<name>(...)`."),
    accessPatterns: accessPatternsSchema.optional().describe("How the container is used (queries, sizes, rates), checked by the plan's analysis: docs/access-patterns.md. Never sent to Azure."),
    itemSchema: itemSchemaFile.optional(),
});

export const databaseSchema = z.strictObject({
    name: resourceId("database").describe("Database id; a rename is a delete and a create."),
    throughput: provisionedThroughput.optional().describe("Shared throughput for the database's containers; a stack's `throughput.databases` entry wins."),
    containers: z.array(containerSchema).default([]).describe("The database's containers."),
});

/** Per-stack throughput, so the shared data model carries no stack's sizing. */
export const throughputSchema = z.strictObject({
    default: provisionedThroughput.optional().describe("For dedicated containers that no other entry sizes."),
    databases: z.record(z.string(), provisionedThroughput).optional().describe("Shared throughput per database name."),
    containers: z.record(z.string(), containerThroughput).optional().describe("Per container, keyed `<database>/<container>`."),
});

export const resourceGroupSchema = z.strictObject({
    name: z
        .string()
        .regex(/^[-\w._()]{1,89}[-\w_()]$/, "a resource group name is 1-90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'")
        .describe("Resource group name; holds the account, so it is protected like the data in production."),
    create: z.boolean().optional().describe("Create the group (default) or use an existing one."),
    location: regionName.optional().describe("Default: the account's write region."),
});

/** The whole stack config: one property per `cosmos-platform:<key>`. */
export const stackConfigSchema = z.strictObject({
    environment: z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, "an environment name is 1-16 lowercase letters, digits or hyphens, starting with a letter").describe("Short environment name used in tags and derived names, e.g. `dev`, `prod`."),
    production: z.boolean().optional().describe("Production stacks protect data resources and get stricter defaults. Default: true when environment is prod or production."),
    resourceGroup: resourceGroupSchema.describe("Resource group of the account."),
    account: accountSchema.describe("The Cosmos DB account."),
    network: networkSchema.optional().describe("Public network access and firewall. Default: public access disabled."),
    databases: z.array(databaseSchema).default([]).describe("The data model, shared by every stack: set it once in Pulumi.yaml."),
    throughput: throughputSchema.optional().describe("Per-stack sizing of the shared data model. Not allowed on serverless accounts."),
    access: accessSchema.optional().describe("Who may do what: Entra groups, managed identities, data-plane and control-plane roles. No keys."),
    monitoring: monitoringSchema.optional().describe("Diagnostics, action groups, alerts, budget and workbook. Default: a workspace, the profile's alerts."),
    security: securitySchema.optional().describe("Defender, delete lock and customer-managed key."),
    workloadScale: z
        .number()
        .positive("workloadScale is a positive factor, e.g. 0.01 for a dev stack at 1 % of production")
        .max(100, "workloadScale is at most 100")
        .optional()
        .describe("Scales the declared access patterns (sizes, rates, cardinality) of the shared data model for this stack; default 1. Used by the plan's capacity, query and cost analysis."),
    gateway: gatewaySchema.optional().describe("Dedicated gateway with the integrated cache (`cosmosdb:Service`, SqlDedicatedGateway). Default: none; see docs/access-patterns.md for when it pays off."),
    restore: restoreSchema.optional().describe("Create the account by point-in-time restore of another account's continuous backup (docs/restore.md). Fixed at creation."),
    tags: z.record(z.string(), z.string()).optional().describe("Extra tags for every resource."),
});

export type StackConfigInput = z.input<typeof stackConfigSchema>;
export type StackConfig = z.output<typeof stackConfigSchema>;
export type AccountConfig = z.output<typeof accountSchema>;
export type DatabaseConfig = z.output<typeof databaseSchema>;
export type ContainerConfig = z.output<typeof containerSchema>;
export type NetworkConfig = z.output<typeof networkSchema>;
export type ThroughputConfig = z.output<typeof throughputSchema>;
