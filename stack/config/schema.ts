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
import { accountNetworkSchema, accountSettingsSchema, backupSchema } from "../../components/account/rules";
import { regionName, resourceId, scriptFile } from "../../components/shared/primitives";
import { containerThroughput, provisionedThroughput } from "../../components/sql/rules";
import { containerSettingsShape, triggerOperation, triggerType } from "../../components/sql/rules";
import { monitoringSchema } from "./monitoring-schema";
import { accessPatternsSchema, gatewaySchema } from "./access-patterns-schema";
import { accessSchema, networkExtensions, securitySchema } from "./security-schema";
import { itemSchemaFile, restoreInPlaceSchema, restoreSchema } from "./restore-schema";
import { importSchema } from "./import-rules";

export { CONSISTENCY_LEVELS } from "../../components/account/rules";

/**
 * `cosmos-platform:account`: the account's own settings (CosmosEstate's `account` takes the same),
 * with the stack's backup default, which follows the production flag.
 */
export const accountSchema = accountSettingsSchema.extend({
    backup: backupSchema.optional().describe("Backup policy. Default: continuous, Continuous30Days in production and Continuous7Days elsewhere."),
});

export const networkSchema = z.strictObject({
    ...networkExtensions,
    ...accountNetworkSchema.shape,
});

const storedProcedure = z.strictObject({ name: resourceId("stored procedure"), file: scriptFile });
const udf = z.strictObject({ name: resourceId("user-defined function"), file: scriptFile });
const trigger = z.strictObject({ name: resourceId("trigger"), file: scriptFile, type: triggerType, operation: triggerOperation });

/** A container: the settings Azure stores (shared with the SqlData component), plus script files and declarations. */
export const containerSchema = z.strictObject({
    ...containerSettingsShape,
    storedProcedures: z.array(storedProcedure).optional().describe("`{ name, file }`: JavaScript body in a `.js` file of this repo."),
    triggers: z
        .array(trigger)
        .optional()
        .describe("`{ name, file, type: Pre|Post, operation: All|Create|Update|Delete|Replace }`. Clients must request a trigger by name."),
    userDefinedFunctions: z.array(udf).optional().describe("`{ name, file }`: functions callable in queries as `udf.<name>(...)`."),
    accessPatterns: accessPatternsSchema
        .optional()
        .describe("How the container is used (queries, sizes, rates), checked by the plan's analysis: docs/access-patterns.md. Never sent to Azure."),
    itemSchema: itemSchemaFile.optional(),
});

export const databaseSchema = z.strictObject({
    name: resourceId("database").describe("Database id; a rename is a delete and a create."),
    throughput: provisionedThroughput.optional().describe("Shared throughput for the database's containers; a stack's `throughput.databases` entry wins."),
    tags: z
        .record(z.string(), z.string())
        .optional()
        .describe(
            "Azure tags of this database, instead of the stack's `tags` (an adopted database keeps its own); the standard tags are added unless `standardTags` is false.",
        ),
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

const networkDescription = "Public network access and firewall. Default: public access disabled.";
const throughputDescription = "Per-stack sizing of the shared data model. Not allowed on serverless accounts.";
const accessDescription = "Who may do what: Entra groups, managed identities, data-plane and control-plane roles. No keys.";
const monitoringDescription = "Diagnostics, action groups, alerts, budget and workbook. Default: a workspace, the profile's alerts.";
const securityDescription = "Defender, delete lock and customer-managed key.";
const gatewayDescription =
    "Dedicated gateway with the integrated cache (`cosmosdb:Service`, SqlDedicatedGateway). Default: none; see docs/access-patterns.md for when it pays off.";
const restoreDescription = "Create the account by point-in-time restore of another account's continuous backup (docs/restore.md). Fixed at creation.";
const restoreInPlaceDescription =
    "Restore deleted databases or containers into this (existing) account from its continuous backup (docs/restore.md#restore-a-deleted-database-or-container-in-place). Each is created with `createMode: Restore`; the settings are create-only.";
const importDescription =
    "Import the existing account, databases, containers, scripts, custom roles, data-plane and control-plane assignments (those with `id`), private endpoints with their DNS zone groups, and the diagnostic setting and delete lock the config names (`monitoring.diagnostics.name`, `security.deleteLock: { name }`) on the next deployment instead of creating them: each gets its ARM id (`/subscriptions/<subscriptionId>/resourceGroups/<resourceGroup.name>/providers/Microsoft.DocumentDB/databaseAccounts/<name>/...`, the endpoints' under `Microsoft.Network/privateEndpoints/<name>`) as the `import` resource option. While set, keys that would create resources are refused and the rest of monitoring is deferred, so the deployment changes nothing. `npm run adopt` writes it; remove it after the first `pulumi up` (docs/runbooks/adopt.md).";
const tagsDescription = "Extra tags for every resource (with `accounts`: each account's own replace the stack's).";

/**
 * The keys each account of the `accounts` form may set for itself. Set at the stack level, such a
 * key is every account's default; an account's own value replaces it whole.
 */
export const PER_ACCOUNT_KEYS = [
    "resourceGroup",
    "network",
    "throughput",
    "access",
    "monitoring",
    "security",
    "gateway",
    "restore",
    "restoreInPlace",
    "databases",
    "import",
    "tags",
] as const;

/** One account of the `accounts` form: its settings, and the per-account keys it sets for itself. */
export const accountEntrySchema = z.strictObject({
    ...accountSchema.shape,
    resourceGroup: resourceGroupSchema.optional().describe("Default: the stack's `resourceGroup`."),
    network: networkSchema.optional().describe(networkDescription),
    throughput: throughputSchema.optional().describe("Sizing of this account's data model."),
    access: accessSchema.optional().describe(accessDescription),
    monitoring: monitoringSchema.optional().describe(monitoringDescription),
    security: securitySchema.optional().describe(securityDescription),
    gateway: gatewaySchema.optional().describe(gatewayDescription),
    restore: restoreSchema.optional().describe(restoreDescription),
    restoreInPlace: restoreInPlaceSchema.optional().describe(restoreInPlaceDescription),
    databases: z.array(databaseSchema).optional().describe("This account's own data model. Default: the project's shared `databases`."),
    import: importSchema.optional().describe(importDescription),
    tags: z.record(z.string(), z.string()).optional().describe("This account's tags, instead of the stack's `tags`."),
    keepSingleAccountNames: z
        .boolean()
        .optional()
        .describe(
            "For the account that was the stack's single `account`: its resources keep the logical names (and URNs) they had, so moving to the `accounts` form changes nothing in Azure. At most one account. Default false: names start with `<account name>/`.",
        ),
});

/** The whole stack config: one property per `cosmos-platform:<key>`. */
export const stackConfigSchema = z.strictObject({
    environment: z
        .string()
        .regex(/^[a-z][a-z0-9-]{0,15}$/, "an environment name is 1-16 lowercase letters, digits or hyphens, starting with a letter")
        .describe("Short environment name used in tags and derived names, e.g. `dev`, `prod`."),
    production: z
        .boolean()
        .optional()
        .describe("Production stacks protect data resources and get stricter defaults. Default: true when environment is prod or production."),
    resourceGroup: resourceGroupSchema.describe("Resource group of the account (with `accounts`: the default of each)."),
    account: accountSchema.optional().describe("The Cosmos DB account, when the stack has one. Use `accounts` for several; set exactly one of the two."),
    accounts: z
        .array(accountEntrySchema)
        .min(1, "accounts lists at least one account")
        .optional()
        .describe(
            `Several accounts in one stack (per tenant, per region, or past 500 databases and containers): each with its settings and, optionally, its own per-account keys (${PER_ACCOUNT_KEYS.map((k) => `\`${k}\``).join(", ")}); the stack-level keys are their defaults.`,
        ),
    network: networkSchema.optional().describe(networkDescription),
    databases: z.array(databaseSchema).default([]).describe("The data model, shared by every stack: set it once in Pulumi.yaml."),
    throughput: throughputSchema.optional().describe(throughputDescription),
    access: accessSchema.optional().describe(accessDescription),
    monitoring: monitoringSchema.optional().describe(monitoringDescription),
    security: securitySchema.optional().describe(securityDescription),
    workloadScale: z
        .number()
        .positive("workloadScale is a positive factor, e.g. 0.01 for a dev stack at 1 % of production")
        .max(100, "workloadScale is at most 100")
        .optional()
        .describe(
            "Scales the declared access patterns (sizes, rates, cardinality) of the shared data model for this stack; default 1. Used by the plan's capacity, query and cost analysis.",
        ),
    gateway: gatewaySchema.optional().describe(gatewayDescription),
    restore: restoreSchema.optional().describe(restoreDescription),
    restoreInPlace: restoreInPlaceSchema.optional().describe(restoreInPlaceDescription),
    import: importSchema.optional().describe(importDescription),
    tags: z.record(z.string(), z.string()).optional().describe(tagsDescription),
    standardTags: z
        .boolean()
        .optional()
        .describe(
            "Add the `environment`, `managed-by` and `project` tags to every resource. Default true; an adopted estate without them sets false, so importing changes no tags.",
        ),
});

export type StackConfigInput = z.input<typeof stackConfigSchema>;
export type StackConfig = z.output<typeof stackConfigSchema>;
export type AccountConfig = z.output<typeof accountSchema>;
export type AccountEntryConfig = z.output<typeof accountEntrySchema>;
/**
 * One account's view of the stack, in the single-account form: what every cross-field rule and
 * the resolution read. The `accounts` form becomes one view per account (accounts.ts).
 */
export type AccountView = Omit<StackConfig, "account" | "accounts"> & { account: AccountConfig };
export type DatabaseConfig = z.output<typeof databaseSchema>;
export type ContainerConfig = z.output<typeof containerSchema>;
export type NetworkConfig = z.output<typeof networkSchema>;
export type ThroughputConfig = z.output<typeof throughputSchema>;
