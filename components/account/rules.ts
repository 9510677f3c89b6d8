/**
 * Azure's rules for a Cosmos DB account's settings, in one place: the zod shapes (ranges, enums,
 * names) and the rules that join settings (serverless is one region, Strong is not multi-write,
 * bounded-staleness minimums, periodic retention). The stack schema is built from these shapes and
 * calls these rules; the CosmosAccount component runs the same ones on its arguments, so a program
 * using the component directly gets the same messages as a stack file.
 * https://learn.microsoft.com/azure/cosmos-db/concepts-limits
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/create-or-update
 */
import { z } from "zod";
import { describeValue, Report } from "../shared/errors";
import { checkIpRule, parseCidr } from "../shared/ip";
import { accountName, regionName } from "../shared/primitives";
import { SUBNET_ID } from "../shared/arm-ids";
import { findRegion, zoneRegionsIn } from "../shared/regions";
import { argsShape, enumOf } from "../shared/zod";
import {
    AccountCapability,
    AccountNetwork,
    AccountSettings,
    AnalyticalSchemaType,
    BackupSettings,
    BackupStorageRedundancy,
    BackupType,
    ConsistencySettings,
    ConsistencyLevel,
    ContinuousBackupTier,
    CorsMethod,
    MinimalTlsVersion,
    NetworkAclBypass,
    PriorityLevel,
    PublicNetworkAccess,
    AccountRegion,
} from "./args";

export const CONSISTENCY_LEVELS = Object.values(ConsistencyLevel);

export const regionSchema = argsShape<AccountRegion>()(
    z.strictObject({
        name: regionName.describe(
            "Azure region, programmatic name (`westeurope`), one of the public-cloud regions in components/shared/regions.ts; a misspelling is an error naming the closest regions.",
        ),
        failoverPriority: z
            .number()
            .int("a failover priority is a whole number")
            .min(0, "a failover priority is 0 or more")
            .optional()
            .describe("0 is the write region; the others are the failover order. Default: list order."),
        zoneRedundant: z
            .boolean()
            .optional()
            .describe(
                "Spread replicas across availability zones. Default: true where the region has availability zones, false where it has none (components/shared/regions.ts); true in a region without zones is an error.",
            ),
    }),
);

export const consistencySchema = argsShape<ConsistencySettings>()(
    z.strictObject({
        level: enumOf(ConsistencyLevel, "consistency level").describe(
            "Strong (linearizable; not with multi-region writes), BoundedStaleness (lag bounded by the two settings below), Session, ConsistentPrefix or Eventual.",
        ),
        maxStalenessPrefix: z
            .number()
            .int("maxStalenessPrefix is a whole number of writes")
            .min(10, "maxStalenessPrefix is at least 10 (100,000 with several regions)")
            .max(2147483647, "maxStalenessPrefix is at most 2147483647")
            .optional()
            .describe("BoundedStaleness only: how many writes a read may lag (10 to 2,147,483,647; at least 100,000 with several regions)."),
        maxIntervalInSeconds: z
            .number()
            .int()
            .min(5, "maxIntervalInSeconds is at least 5")
            .max(86400, "maxIntervalInSeconds is at most 86400")
            .optional()
            .describe("BoundedStaleness only: how many seconds a read may lag (5 to 86,400; at least 300 with several regions)."),
    }),
);

/**
 * The backup policy: `type` chooses continuous or periodic, and only that mode's fields may be set
 * (backupRules). https://learn.microsoft.com/azure/cosmos-db/periodic-backup-modify-interval-retention
 */
export const backupSchema = argsShape<BackupSettings>()(
    z.strictObject({
        type: enumOf(BackupType, "backup type").describe(
            "`Continuous` (point-in-time restore, with tier) or `Periodic` (with intervalMinutes and retentionHours).",
        ),
        tier: enumOf(ContinuousBackupTier, "continuous backup tier", "continuous backup tier is Continuous7Days or Continuous30Days")
            .optional()
            .describe("Continuous only: `Continuous7Days` (free) or `Continuous30Days` (default)."),
        intervalMinutes: z
            .number()
            .int()
            .min(60, "periodic backup interval is at least 60 minutes")
            .max(1440, "periodic backup interval is at most 1440 minutes")
            .optional()
            .describe("Periodic only, required: minutes between backups, 60 to 1440."),
        retentionHours: z
            .number()
            .int()
            .min(8, "periodic backup retention is at least 8 hours")
            .max(720, "periodic backup retention is at most 720 hours")
            .optional()
            .describe("Periodic only, required: hours each backup is kept, 8 to 720, and at least twice the interval."),
        storageRedundancy: enumOf(BackupStorageRedundancy, "backup storage redundancy")
            .optional()
            .describe("Periodic only: where backups are stored: Geo (default), Zone or Local."),
    }),
);

/** The fields of each backup type; the others are refused. */
const BACKUP_FIELDS: Record<BackupType, readonly (keyof BackupSettings)[]> = {
    Continuous: ["tier"],
    Periodic: ["intervalMinutes", "retentionHours", "storageRedundancy"],
};

/** A backup policy's mode rules: the chosen type's required fields are set, the other type's are not. */
export function backupRules(backup: BackupSettings, report: Report): void {
    const other = backup.type === "Continuous" ? "Periodic" : "Continuous";
    for (const key of BACKUP_FIELDS[other]) {
        if (backup[key] !== undefined) report([key], `${key} applies to ${other} backup only; got type '${backup.type}'`);
    }
    if (backup.type === "Periodic") {
        for (const key of ["intervalMinutes", "retentionHours"] as const) {
            if (backup[key] === undefined) report([key], `a Periodic backup needs ${key}`);
        }
        if (backup.intervalMinutes !== undefined && backup.retentionHours !== undefined && backup.retentionHours * 60 < backup.intervalMinutes * 2) {
            report(
                ["retentionHours"],
                `periodic backup retention must be at least twice the interval (${Math.ceil((backup.intervalMinutes * 2) / 60)} hours for ${backup.intervalMinutes} minutes); got ${backup.retentionHours}`,
            );
        }
    }
}

/**
 * Capabilities a NoSQL account may list (besides `EnableServerless`, which `serverless` sets).
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search (EnableNoSQLVectorSearch),
 * https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search (EnableNoSQLFullTextSearch),
 * https://learn.microsoft.com/azure/cosmos-db/nosql/how-to-delete-by-partition-key (DeleteAllItemsByPartitionKey),
 * https://learn.microsoft.com/azure/cosmos-db/mongodb/prevent-rate-limiting-errors (DisableRateLimitingResponses:
 * Microsoft documents it as the API for MongoDB's server-side retry).
 */
export const ACCOUNT_CAPABILITIES = Object.values(AccountCapability);
/** Capabilities of the other APIs: an account that has one is not a NoSQL account. */
export const OTHER_API_CAPABILITIES = ["EnableMongo", "EnableCassandra", "EnableGremlin", "EnableTable"] as const;

const capability = enumOf(AccountCapability, "capability", (name) =>
    name === "EnableServerless"
        ? "EnableServerless is set with `serverless: true`, not listed as a capability"
        : (OTHER_API_CAPABILITIES as readonly unknown[]).includes(name)
          ? `${String(name)} belongs to another API; this project builds NoSQL (GlobalDocumentDB) accounts`
          : `unknown capability; accepted: ${ACCOUNT_CAPABILITIES.join(", ")}`,
);

const corsRule = z.strictObject({
    allowedOrigins: z
        .array(z.string().regex(/^(\*|https?:\/\/[^\s,/]+(:\d+)?)$/, "an origin is '*' or a scheme and host such as https://app.contoso.com"))
        .min(1, "a CORS rule allows at least one origin")
        .describe("Origins allowed to call the account from a browser, e.g. https://app.contoso.com."),
    allowedMethods: z.array(enumOf(CorsMethod, "a CORS method", "a CORS method is DELETE, GET, HEAD, MERGE, POST, OPTIONS, PUT or PATCH")).optional(),
    allowedHeaders: z.array(z.string().min(1)).optional(),
    exposedHeaders: z.array(z.string().min(1)).optional(),
    maxAgeInSeconds: z.number().int().min(1, "maxAgeInSeconds is 1 to 2147483647").max(2147483647, "maxAgeInSeconds is 1 to 2147483647").optional(),
});

/** The account's own settings (what `cosmos-platform:account` holds, and CosmosAccount's arguments of the same names). */
export const accountSettingsSchema = argsShape<AccountSettings>()(
    z.strictObject({
        name: accountName.describe("Globally unique account name; explicit, never generated, because a rename deletes the account."),
        regions: z
            .array(regionSchema)
            .min(1, "at least one region is needed")
            .describe("Regions holding a replica. The first (or failoverPriority 0) is the write region; several regions give read replicas and failover."),
        consistency: consistencySchema
            .optional()
            .describe("Default consistency, chosen on purpose. Default Session (read-your-writes per session, cheapest reads that most apps need)."),
        automaticFailover: z.boolean().optional().describe("Fail over to the next region automatically when the write region is down. Default true."),
        multiRegionWrites: z.boolean().optional().describe("Accept writes in every region. Cannot be turned off once on. Default false."),
        serverless: z.boolean().optional().describe("Serverless capacity mode: one region, no throughput settings, fixed at creation. Default false."),
        backup: backupSchema.optional().describe("Backup policy. Default: continuous, Continuous30Days."),
        minimalTlsVersion: enumOf(MinimalTlsVersion, "minimalTlsVersion", "minimalTlsVersion is 'Tls12' (TLS 1.0 and 1.1 are retired)")
            .refine((v) => v === MinimalTlsVersion.Tls12, "minimalTlsVersion is 'Tls12' (TLS 1.0 and 1.1 are retired)")
            .optional()
            .describe("Only TLS 1.2 is accepted: Azure retired TLS 1.0 and 1.1 for Cosmos DB."),
        localAuth: z.boolean().optional().describe("Allow account keys and resource tokens. Default false: Entra ID only."),
        keyBasedMetadataWrites: z.boolean().optional().describe("Allow account keys to change databases and containers. Default false."),
        analyticalStorage: z.boolean().optional().describe("Synapse Link analytical store. Default false."),
        burstCapacity: z.boolean().optional().describe("Burst capacity on idle partitions. Default false."),
        totalThroughputLimit: z
            .number()
            .int()
            .refine((n) => n === -1 || n >= 400, "totalThroughputLimit is -1 (no limit) or at least 400 RU/s")
            .optional()
            .describe("Account-wide RU/s cap as a cost guard; -1 means no limit."),
        freeTier: z.boolean().optional().describe("Free tier (first 1,000 RU/s and 25 GB free), one account per subscription, set at creation. Default false."),
        capabilities: z
            .array(capability)
            .optional()
            .describe(
                "Account capabilities: EnableNoSQLVectorSearch and EnableNoSQLFullTextSearch (the CosmosEstate component and the stack add them when a container declares vector embeddings or a full-text policy), DeleteAllItemsByPartitionKey, DisableRateLimitingResponses (documented by Microsoft for the API for MongoDB; not with multi-region writes).",
            ),
        priorityBasedExecution: z
            .boolean()
            .optional()
            .describe("Priority-based execution: under throttling, low-priority requests are shed first. Default false."),
        defaultPriorityLevel: enumOf(PriorityLevel, "defaultPriorityLevel", "defaultPriorityLevel is High or Low")
            .optional()
            .describe("Priority of requests that set none (needs priorityBasedExecution). Azure's default: High."),
        partitionMerge: z
            .boolean()
            .optional()
            .describe(
                "Allow merging physical partitions. Not with serverless, multi-region writes, continuous backup (point-in-time restore), customer-managed keys or the analytical store. Default false.",
            ),
        perRegionPerPartitionAutoscale: z
            .boolean()
            .optional()
            .describe("Autoscale each region and partition on its own load (provisioned accounts). Default false."),
        cors: z.array(corsRule).optional().describe("Browser (CORS) rules for the data plane. Default none."),
        analyticalStorageSchemaType: enumOf(AnalyticalSchemaType, "analyticalStorageSchemaType", "analyticalStorageSchemaType is WellDefined or FullFidelity")
            .optional()
            .describe("Schema representation of the analytical store (needs analyticalStorage); fixed at creation. Azure's default: WellDefined."),
        systemAssignedIdentity: z
            .boolean()
            .optional()
            .describe(
                "Give the account a system-assigned managed identity. Default true; false keeps an adopted account that has none as it is (identity type None).",
            ),
    }),
);

/** The account's firewall settings (part of `cosmos-platform:network`, and CosmosAccount's `network` argument). */
export const accountNetworkSchema = argsShape<AccountNetwork>()(
    z.strictObject({
        publicNetworkAccess: enumOf(PublicNetworkAccess, "publicNetworkAccess", "publicNetworkAccess is 'Enabled', 'Disabled' or 'SecuredByPerimeter'")
            .optional()
            .describe(
                "`Disabled` (default), `Enabled` (then restrict it with ipRules / virtualNetworkRules) or `SecuredByPerimeter` (a network security perimeter the account is associated with decides).",
            ),
        ipRules: z.array(z.string()).optional().describe("IPv4 addresses or CIDR ranges allowed through the firewall when public access is on."),
        virtualNetworkRules: z
            .array(z.strictObject({ subnetId: z.string(), ignoreMissingServiceEndpoint: z.boolean().optional() }))
            .optional()
            .describe("Subnets (resource ids) allowed through service endpoints."),
        networkAclBypass: enumOf(NetworkAclBypass, "networkAclBypass", "networkAclBypass is 'None' or 'AzureServices'")
            .optional()
            .describe("Let trusted Azure services bypass the firewall. Default None."),
        networkAclBypassResourceIds: z
            .array(
                z
                    .string()
                    .regex(
                        /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+/i,
                        "a resource id is /subscriptions/<id>/resourceGroups/<rg>/providers/<namespace>/<type>/<name>",
                    ),
            )
            .optional()
            .describe("Resources (e.g. a Synapse workspace) allowed through the firewall; needs networkAclBypass AzureServices. Default none."),
        allowAzureDatacenters: z
            .boolean()
            .optional()
            .describe("Opt-in for the `0.0.0.0` IP rule, which admits every Azure datacenter (any tenant's workloads). Default false."),
        allowBroadIpRanges: z.boolean().optional().describe(`Opt-in for IP rules broader than /${16} (more than 65,536 addresses). Default false.`),
        publicAccessReason: z
            .string()
            .min(10, "say why in a sentence")
            .optional()
            .describe("Required to keep public access Enabled next to private endpoints, or at all in production: the reason, for reviewers."),
    }),
);

/** The firewall settings, one list: the keys of `accountNetworkSchema`. */
const FIREWALL_KEYS = Object.keys(accountNetworkSchema.shape) as (keyof AccountNetwork)[];

/** The firewall settings out of a larger network config (a stack file's `network`, a resolved config). */
export function accountNetworkOf<T extends AccountNetwork>(network: T): Pick<T, keyof AccountNetwork> {
    return Object.fromEntries(FIREWALL_KEYS.filter((k) => network[k] !== undefined).map((k) => [k, network[k]])) as Pick<T, keyof AccountNetwork>;
}

/** Where a duplicate first appeared, for "listed twice" messages. */
export function findDuplicates<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number; key: string }[] {
    const seen = new Map<string, number>();
    const dups: { index: number; first: number; key: string }[] = [];
    items.forEach((item, index) => {
        const k = key(item);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, index);
        else dups.push({ index, first, key: k });
    });
    return dups;
}

/**
 * The rules that join account settings. Paths are relative to the settings object.
 */
export function accountSettingsRules(account: AccountSettings, report: Report): void {
    const regions = account.regions;
    // Zone redundancy exists only where the region has availability zones; Azure refuses it
    // elsewhere. https://learn.microsoft.com/azure/reliability/reliability-cosmos-db#requirements
    regions.forEach((r, i) => {
        const region = findRegion(r.name);
        if (r.zoneRedundant !== true || region === undefined || region.zones) return;
        const nearby = zoneRegionsIn(region.geography);
        const alternatives = nearby.length > 0 ? `; regions with zones in ${region.geography}: ${nearby.join(", ")}` : "";
        report(
            ["regions", i, "zoneRedundant"],
            `region '${region.name}' (${region.displayName}) has no availability zones, so Azure refuses a zone-redundant replica there; accepted: false, or leave zoneRedundant out (the default follows the region)${alternatives}; got true`,
        );
    });
    for (const d of findDuplicates(regions, (r) => r.name)) {
        report(["regions", d.index, "name"], `region '${d.key}' is listed twice (first as regions[${d.first}]); list each region once`);
    }

    const withPriority = regions.filter((r) => r.failoverPriority !== undefined).length;
    if (withPriority > 0 && withPriority < regions.length) {
        regions.forEach((r, i) => {
            if (r.failoverPriority === undefined) {
                report(["regions", i, "failoverPriority"], "set failoverPriority on every region or on none (then list order is the priority)");
            }
        });
    } else if (withPriority === regions.length) {
        const priorities = regions.map((r) => r.failoverPriority as number);
        const sorted = [...priorities].sort((a, b) => a - b);
        if (sorted.some((p, i) => p !== i)) {
            report(
                ["regions"],
                `failover priorities must be 0..${regions.length - 1}, each used once (0 is the write region); got ${describeValue(priorities)}`,
            );
        }
    }

    if (account.serverless && regions.length > 1) {
        report(["regions"], `a serverless account runs in exactly one region; got ${regions.length} regions (${regions.map((r) => r.name).join(", ")})`);
    }
    if (account.serverless && account.totalThroughputLimit !== undefined) {
        report(["totalThroughputLimit"], "a serverless account has no throughput to limit; remove totalThroughputLimit or turn serverless off");
    }
    if (account.serverless && account.freeTier) {
        report(["freeTier"], "free tier is not available for serverless accounts; set freeTier to false or turn serverless off");
    }

    const consistency = account.consistency;
    if (consistency?.level === "Strong" && account.multiRegionWrites) {
        report(
            ["consistency", "level"],
            "Strong consistency cannot be combined with multi-region writes; choose BoundedStaleness, Session, ConsistentPrefix or Eventual, or set multiRegionWrites to false",
        );
    }
    if (consistency && consistency.level !== "BoundedStaleness") {
        for (const key of ["maxStalenessPrefix", "maxIntervalInSeconds"] as const) {
            if (consistency[key] !== undefined) {
                report(["consistency", key], `${key} applies only to BoundedStaleness; got level '${consistency.level}'`);
            }
        }
    }
    if (consistency?.level === "BoundedStaleness") {
        // Minimums: 10 writes / 5 s in one region, 100,000 / 300 s with several (the REST spec only
        // says 1; Microsoft's page, its quickstart templates and azurerm all use 10).
        // https://learn.microsoft.com/azure/cosmos-db/consistency-levels#consistency-levels-and-data-durability
        const multi = regions.length > 1;
        const prefixMin = multi ? 100_000 : 10;
        const intervalMin = multi ? 300 : 5;
        if (consistency.maxStalenessPrefix === undefined || consistency.maxStalenessPrefix < prefixMin) {
            report(
                ["consistency", "maxStalenessPrefix"],
                `BoundedStaleness needs maxStalenessPrefix of at least ${prefixMin}${multi ? " with several regions" : ""}; got ${describeValue(consistency.maxStalenessPrefix)}`,
            );
        }
        if (consistency.maxIntervalInSeconds === undefined || consistency.maxIntervalInSeconds < intervalMin) {
            report(
                ["consistency", "maxIntervalInSeconds"],
                `BoundedStaleness needs maxIntervalInSeconds of at least ${intervalMin}${multi ? " with several regions" : ""}; got ${describeValue(consistency.maxIntervalInSeconds)}`,
            );
        }
    }

    capabilityRules(account, report);

    if (account.backup) backupRules(account.backup, (path, message) => report(["backup", ...path], message));
}

/**
 * Settings that Azure accepts only together with others, or not at all with some.
 * Partition merge: https://learn.microsoft.com/azure/cosmos-db/merge#limitations
 * Burst capacity: https://learn.microsoft.com/azure/cosmos-db/burst-capacity#requirements
 */
function capabilityRules(account: AccountSettings, report: Report): void {
    const capabilities = account.capabilities ?? [];
    for (const d of findDuplicates(capabilities, (c) => c)) report(["capabilities", d.index], `capability '${d.key}' is listed twice`);
    const i = capabilities.indexOf("DisableRateLimitingResponses");
    if (i >= 0 && account.multiRegionWrites) {
        report(
            ["capabilities", i],
            "DisableRateLimitingResponses (server-side retry) is not available with multi-region writes; remove it or set multiRegionWrites to false",
        );
    }
    if (account.defaultPriorityLevel !== undefined && !account.priorityBasedExecution) {
        report(["defaultPriorityLevel"], "defaultPriorityLevel applies only with priorityBasedExecution: true");
    }
    if (account.partitionMerge) {
        const refused: [boolean | undefined, string][] = [
            [account.serverless, "serverless"],
            [account.multiRegionWrites, "multi-region writes"],
            [account.backup === undefined || account.backup.type === "Continuous", "continuous backup (point-in-time restore)"],
            [account.analyticalStorage, "the analytical store"],
        ];
        for (const [on, what] of refused) if (on) report(["partitionMerge"], `partition merge is not available with ${what}; turn partitionMerge off`);
    }
    if (account.serverless && account.burstCapacity)
        report(["burstCapacity"], "burst capacity applies to provisioned throughput only; a serverless account has none");
    if (account.serverless && account.perRegionPerPartitionAutoscale)
        report(["perRegionPerPartitionAutoscale"], "per-region, per-partition autoscale applies to provisioned throughput only; a serverless account has none");
    if (account.analyticalStorageSchemaType !== undefined && !account.analyticalStorage) {
        report(["analyticalStorageSchemaType"], "analyticalStorageSchemaType needs the analytical store; set analyticalStorage to true or remove it");
    }
}

/** IP rules broader than this prefix are refused unless `allowBroadIpRanges`. */
export const BROAD_PREFIX = 16;

/**
 * The firewall entries Azure accepts (IPv4 addresses or CIDR ranges, subnet resource ids), and
 * the secure defaults: no `0.0.0.0` or very broad range without its opt-in, and no rule that has
 * no effect because public access is off.
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall
 */
export function accountNetworkRules(network: AccountNetwork, report: Report): void {
    (network.ipRules ?? []).forEach((rule, i) => {
        if (checkIpRule(rule)) return; // reported as malformed below
        const { address, prefix } = parseCidr(rule);
        if (address === 0 && prefix === 32 && !network.allowAzureDatacenters) {
            report(
                ["ipRules", i],
                "'0.0.0.0' admits every Azure datacenter, including other tenants' workloads; set network.allowAzureDatacenters: true to accept that, or use private endpoints",
            );
        } else if (prefix < BROAD_PREFIX && !network.allowBroadIpRanges) {
            report(
                ["ipRules", i],
                `${describeValue(rule)} admits ${2 ** (32 - prefix)} addresses (broader than /${BROAD_PREFIX}); list narrower ranges or set network.allowBroadIpRanges: true`,
            );
        }
    });
    if ((network.publicNetworkAccess ?? "Disabled") === "Disabled") {
        if ((network.ipRules ?? []).length > 0)
            report(["ipRules"], "IP rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled");
        if ((network.virtualNetworkRules ?? []).length > 0)
            report(
                ["virtualNetworkRules"],
                "virtual network rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled",
            );
    }
    if ((network.networkAclBypassResourceIds ?? []).length > 0 && network.networkAclBypass !== "AzureServices") {
        report(["networkAclBypassResourceIds"], "networkAclBypassResourceIds apply only with networkAclBypass: AzureServices");
    }
    (network.ipRules ?? []).forEach((rule, i) => {
        const reason = checkIpRule(rule);
        if (reason) report(["ipRules", i], `${reason}; got ${describeValue(rule)}`);
    });
    (network.virtualNetworkRules ?? []).forEach((rule, i) => {
        if (!SUBNET_ID.test(rule.subnetId)) {
            report(
                ["virtualNetworkRules", i, "subnetId"],
                `expected a subnet resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>); got ${describeValue(rule.subnetId)}`,
            );
        }
    });
}
