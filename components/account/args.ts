/**
 * The arguments of a Cosmos DB (NoSQL API) account: its own settings (`AccountSettings`, the
 * same keys as a stack file's `cosmos-platform:account`), its firewall (`AccountNetwork`) and
 * what the CosmosAccount component adds around it (`CosmosAccountArgs`).
 *
 * These interfaces are the source of truth: the zod shapes in rules.ts are checked against them at
 * compile time, and Pulumi's schema inference (`pulumi package add`) reads them, with these
 * comments, for Python, C#, Go, Java and YAML. So they use only what every language can express:
 * strings, numbers, booleans, the enums below, arrays, maps and named interfaces.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/create-or-update
 */
import * as pulumi from "@pulumi/pulumi";

/**
 * The default consistency of reads, chosen on purpose.
 * https://learn.microsoft.com/azure/cosmos-db/consistency-levels
 */
export const ConsistencyLevel = {
    /** Linearizable reads; not available with multi-region writes; reads cost twice the RU. */
    Strong: "Strong",
    /** Reads lag writes by at most maxStalenessPrefix writes or maxIntervalInSeconds seconds. */
    BoundedStaleness: "BoundedStaleness",
    /** Read-your-writes within a session: what most applications need, at the cheapest reads. */
    Session: "Session",
    /** Reads never see writes out of order. */
    ConsistentPrefix: "ConsistentPrefix",
    /** No ordering guarantee; the cheapest. */
    Eventual: "Eventual",
} as const;
export type ConsistencyLevel = (typeof ConsistencyLevel)[keyof typeof ConsistencyLevel];

/** How the account is backed up. https://learn.microsoft.com/azure/cosmos-db/online-backup-and-restore */
export const BackupType = {
    /** Continuous backup with point-in-time restore (`tier`). */
    Continuous: "Continuous",
    /** Periodic full backups (`intervalMinutes`, `retentionHours`, `storageRedundancy`); restore by support request. */
    Periodic: "Periodic",
} as const;
export type BackupType = (typeof BackupType)[keyof typeof BackupType];

/** How far back a continuous backup can restore. */
export const ContinuousBackupTier = {
    /** 7 days, free. */
    Continuous7Days: "Continuous7Days",
    /** 30 days, billed per GB. */
    Continuous30Days: "Continuous30Days",
} as const;
export type ContinuousBackupTier = (typeof ContinuousBackupTier)[keyof typeof ContinuousBackupTier];

/** Where periodic backups are stored. */
export const BackupStorageRedundancy = {
    Geo: "Geo",
    Zone: "Zone",
    Local: "Local",
} as const;
export type BackupStorageRedundancy = (typeof BackupStorageRedundancy)[keyof typeof BackupStorageRedundancy];

/**
 * Capabilities a NoSQL account may list (serverless has its own switch, `serverless`).
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search,
 * https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search,
 * https://learn.microsoft.com/azure/cosmos-db/nosql/how-to-delete-by-partition-key,
 * https://learn.microsoft.com/azure/cosmos-db/mongodb/prevent-rate-limiting-errors
 */
export const AccountCapability = {
    /** Vector indexes and VectorDistance queries. */
    EnableNoSQLVectorSearch: "EnableNoSQLVectorSearch",
    /** Full-text indexes, FullTextContains and FullTextScore. */
    EnableNoSQLFullTextSearch: "EnableNoSQLFullTextSearch",
    /** Delete every item of a logical partition in one request. */
    DeleteAllItemsByPartitionKey: "DeleteAllItemsByPartitionKey",
    /** Server-side retry of throttled requests (documented for the API for MongoDB); not with multi-region writes. */
    DisableRateLimitingResponses: "DisableRateLimitingResponses",
} as const;
export type AccountCapability = (typeof AccountCapability)[keyof typeof AccountCapability];

/** Priority of a request under priority-based execution. */
export const PriorityLevel = {
    High: "High",
    Low: "Low",
} as const;
export type PriorityLevel = (typeof PriorityLevel)[keyof typeof PriorityLevel];

/** Schema representation of the analytical store. */
export const AnalyticalSchemaType = {
    WellDefined: "WellDefined",
    FullFidelity: "FullFidelity",
} as const;
export type AnalyticalSchemaType = (typeof AnalyticalSchemaType)[keyof typeof AnalyticalSchemaType];

/** An HTTP method a CORS rule allows. */
export const CorsMethod = {
    DELETE: "DELETE",
    GET: "GET",
    HEAD: "HEAD",
    MERGE: "MERGE",
    POST: "POST",
    OPTIONS: "OPTIONS",
    PUT: "PUT",
    PATCH: "PATCH",
} as const;
export type CorsMethod = (typeof CorsMethod)[keyof typeof CorsMethod];

/**
 * The lowest TLS version the account accepts, as Azure's API names them. Only Tls12 is accepted:
 * Azure retired TLS 1.0 and 1.1 for Cosmos DB.
 * https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement
 */
export const MinimalTlsVersion = {
    /** TLS 1.0: retired, refused. */
    Tls: "Tls",
    /** TLS 1.1: retired, refused. */
    Tls11: "Tls11",
    /** TLS 1.2. */
    Tls12: "Tls12",
} as const;
export type MinimalTlsVersion = (typeof MinimalTlsVersion)[keyof typeof MinimalTlsVersion];

/** Whether the account answers on its public endpoint. */
export const PublicNetworkAccess = {
    /** Open, restricted by ipRules and virtualNetworkRules. */
    Enabled: "Enabled",
    /** Closed: private endpoints only. */
    Disabled: "Disabled",
    /** A network security perimeter the account is associated with decides. */
    SecuredByPerimeter: "SecuredByPerimeter",
} as const;
export type PublicNetworkAccess = (typeof PublicNetworkAccess)[keyof typeof PublicNetworkAccess];

/** Whether trusted Azure services may bypass the firewall. */
export const NetworkAclBypass = {
    None: "None",
    AzureServices: "AzureServices",
} as const;
export type NetworkAclBypass = (typeof NetworkAclBypass)[keyof typeof NetworkAclBypass];

/** A region that holds a replica of the account. */
export interface AccountRegion {
    /**
     * Azure region, programmatic name (`westeurope`): one of the public-cloud regions of
     * components/shared/regions.ts; a misspelling is an error naming the closest regions.
     */
    name: string;
    /**
     * 0 is the write region; the others are the failover order. Set it on every region or on
     * none. Default: list order.
     */
    failoverPriority?: number;
    /**
     * Spread the region's replicas across availability zones. True in a region without zones is
     * an error. Default: true where the region has availability zones, false where it has none.
     * @default true where the region has availability zones
     */
    zoneRedundant?: boolean;
}

/** The default consistency level, and its bounds for BoundedStaleness. */
export interface ConsistencySettings {
    /** Strong, BoundedStaleness, Session, ConsistentPrefix or Eventual. */
    level: ConsistencyLevel;
    /**
     * BoundedStaleness only: how many writes a read may lag (10 to 2,147,483,647; at least
     * 100,000 with several regions).
     */
    maxStalenessPrefix?: number;
    /** BoundedStaleness only: how many seconds a read may lag (5 to 86,400; at least 300 with several regions). */
    maxIntervalInSeconds?: number;
}

/** The backup policy: continuous (with a tier) or periodic (with an interval and a retention). */
export interface BackupSettings {
    /** Continuous (point-in-time restore) or Periodic. Continuous to Periodic is not possible once set. */
    type: BackupType;
    /**
     * Continuous only: Continuous7Days (free) or Continuous30Days. Default Continuous30Days.
     * @default "Continuous30Days"
     */
    tier?: ContinuousBackupTier;
    /** Periodic only, required: minutes between backups, 60 to 1440. */
    intervalMinutes?: number;
    /** Periodic only, required: hours each backup is kept, 8 to 720, and at least twice the interval. */
    retentionHours?: number;
    /**
     * Periodic only: where backups are stored, Geo, Zone or Local. Default Geo.
     * @default "Geo"
     */
    storageRedundancy?: BackupStorageRedundancy;
}

/** A browser (CORS) rule for the data plane. */
export interface CorsRule {
    /** Origins allowed to call the account from a browser: `*`, or a scheme and host such as https://app.contoso.com. */
    allowedOrigins: string[];
    /** HTTP methods allowed. Default: Azure's (all). */
    allowedMethods?: CorsMethod[];
    /** Request headers allowed. Default: Azure's. */
    allowedHeaders?: string[];
    /** Response headers the browser may read. Default: Azure's. */
    exposedHeaders?: string[];
    /** How long, 1 to 2,147,483,647 seconds, a browser may cache the preflight answer. */
    maxAgeInSeconds?: number;
}

/**
 * The account's own settings: what a stack file's `cosmos-platform:account` holds. Defaults are
 * production-safe: zone redundant where possible, automatic failover, Session consistency,
 * continuous 30-day backup, TLS 1.2, no keys.
 */
export interface AccountSettings {
    /** Globally unique account name, 3-44 lowercase letters, digits and hyphens. Explicit, never generated: a rename deletes the account and its data. */
    name: string;
    /**
     * Regions holding a replica. The first (or failoverPriority 0) is the write region; more
     * regions give read replicas and failover. A serverless account has exactly one.
     */
    regions: AccountRegion[];
    /**
     * Default consistency. Default Session (read-your-writes per session, the cheapest reads most applications need).
     * @default { level: "Session" }
     */
    consistency?: ConsistencySettings;
    /**
     * Fail over to the next region automatically when the write region is down. Default true.
     * @default true
     */
    automaticFailover?: boolean;
    /**
     * Accept writes in every region. Cannot be turned off once on. Default false.
     * @default false
     */
    multiRegionWrites?: boolean;
    /**
     * Serverless capacity mode (billed per request): one region, no throughput settings, fixed at creation. Default false.
     * @default false
     */
    serverless?: boolean;
    /**
     * Backup policy. Default continuous with 30 days of point-in-time restore.
     * @default { type: "Continuous", tier: "Continuous30Days" }
     */
    backup?: BackupSettings;
    /**
     * Lowest TLS version accepted: only Tls12 (Azure retired TLS 1.0 and 1.1 for Cosmos DB). Default Tls12.
     * @default "Tls12"
     */
    minimalTlsVersion?: MinimalTlsVersion;
    /**
     * Allow account keys and resource tokens. Default false: Entra ID only.
     * @default false
     */
    localAuth?: boolean;
    /**
     * Allow account keys to change databases and containers. Default false.
     * @default false
     */
    keyBasedMetadataWrites?: boolean;
    /**
     * Synapse Link analytical store. Default false.
     * @default false
     */
    analyticalStorage?: boolean;
    /**
     * Burst capacity on idle partitions (provisioned throughput only). Default false.
     * @default false
     */
    burstCapacity?: boolean;
    /** Account-wide RU/s cap as a cost guard: -1 (no limit) or at least 400. Default: none set. */
    totalThroughputLimit?: number;
    /**
     * Free tier (first 1,000 RU/s and 25 GB free), one account per subscription, set at creation. Default false.
     * @default false
     */
    freeTier?: boolean;
    /**
     * Account capabilities: EnableNoSQLVectorSearch and EnableNoSQLFullTextSearch (the CosmosEstate
     * component adds them when a container declares vector embeddings or a full-text policy),
     * DeleteAllItemsByPartitionKey, DisableRateLimitingResponses. Default none.
     */
    capabilities?: AccountCapability[];
    /**
     * Priority-based execution: under throttling, low-priority requests are shed first. Default false.
     * @default false
     */
    priorityBasedExecution?: boolean;
    /** Priority of requests that set none (needs priorityBasedExecution). Azure's default: High. */
    defaultPriorityLevel?: PriorityLevel;
    /**
     * Allow merging physical partitions. Not with serverless, multi-region writes, continuous
     * backup, customer-managed keys or the analytical store. Default false.
     * @default false
     */
    partitionMerge?: boolean;
    /**
     * Autoscale each region and partition on its own load (provisioned accounts). Default false.
     * @default false
     */
    perRegionPerPartitionAutoscale?: boolean;
    /** Browser (CORS) rules for the data plane. Default none. */
    cors?: CorsRule[];
    /** Schema representation of the analytical store (needs analyticalStorage); fixed at creation. Azure's default: WellDefined. */
    analyticalStorageSchemaType?: AnalyticalSchemaType;
    /**
     * Give the account a system-assigned managed identity. Default true; false keeps an adopted
     * account that has none as it is.
     * @default true
     */
    systemAssignedIdentity?: boolean;
}

/** A subnet allowed through the firewall by its service endpoint. */
export interface VirtualNetworkRule {
    /** The subnet's resource id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>. */
    subnetId: string;
    /**
     * Accept the rule before the subnet has the Microsoft.AzureCosmosDB service endpoint. Default false.
     * @default false
     */
    ignoreMissingServiceEndpoint?: boolean;
}

/** The account's firewall. Default: no public network access at all. */
export interface AccountNetwork {
    /**
     * Disabled (private endpoints only), Enabled (then restrict it with ipRules and
     * virtualNetworkRules) or SecuredByPerimeter. Default Disabled.
     * @default "Disabled"
     */
    publicNetworkAccess?: PublicNetworkAccess;
    /** IPv4 addresses or CIDR ranges allowed through the firewall when public access is on. */
    ipRules?: string[];
    /** Subnets allowed through their service endpoints. */
    virtualNetworkRules?: VirtualNetworkRule[];
    /**
     * Let trusted Azure services bypass the firewall. Default None.
     * @default "None"
     */
    networkAclBypass?: NetworkAclBypass;
    /** Resources (e.g. a Synapse workspace) allowed through the firewall; needs networkAclBypass AzureServices. */
    networkAclBypassResourceIds?: string[];
    /**
     * Accept the `0.0.0.0` IP rule, which admits every Azure datacenter (any tenant's workloads). Default false: refused.
     * @default false
     */
    allowAzureDatacenters?: boolean;
    /**
     * Accept IP rules broader than /16 (more than 65,536 addresses). Default false: refused.
     * @default false
     */
    allowBroadIpRanges?: boolean;
    /** Why public access stays Enabled next to private endpoints (or, in a production stack, at all), for reviewers. Without it, that is refused. */
    publicAccessReason?: string;
}

/** Encryption at rest with your own Key Vault key. */
export interface CustomerManagedKey {
    /** The key's URI, without a version to follow key rotation: https://<vault>.vault.azure.net/keys/<key>. */
    keyVaultKeyUri: pulumi.Input<string>;
    /** Resource id of the user-assigned identity that may use the key (wrap/unwrap). */
    identityId: pulumi.Input<string>;
}

/** A database to restore, with some or all of its containers. */
export interface RestoreDatabase {
    /** The database's name in the source account. */
    name: string;
    /** Containers to restore. Default: all of them. */
    containers?: string[];
}

/** Point-in-time restore into a new account (create-only in Azure). */
export interface AccountRestore {
    /** Restorable account id: `/subscriptions/<sub>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instance id>`. */
    restoreSource: string;
    /** ISO 8601 UTC instant within the source's backup window, e.g. 2026-12-01T10:00:00Z. */
    timestamp: string;
    /** Databases (and optionally their containers) to restore. Default: the whole account. */
    databases?: RestoreDatabase[];
    /**
     * Restore with TTL off, so restored items are not expired at once. Default false.
     * @default false
     */
    ttlDisabled?: boolean;
}

/** The account's safeguards against deletion and attack, beside `protectData`. */
export interface AccountSafeguards {
    /**
     * A CanNotDelete management lock on the account, which stops deletion in Azure itself. Default true.
     * @default true
     */
    deleteLock?: boolean;
    /**
     * The lock's name. Default `cannot-delete`; an adopted lock keeps its own.
     * @default "cannot-delete"
     */
    deleteLockName?: string;
    /** The lock's notes. Default: a note pointing to the break-glass procedure; an adopted lock keeps its own (an empty string sets none). */
    deleteLockNotes?: string;
    /**
     * Microsoft Defender for Azure Cosmos DB on the account. Default true.
     * @default true
     */
    defender?: boolean;
}

/** CosmosAccount: the account's settings, and the resources that guard it. */
export interface CosmosAccountArgs extends AccountSettings, AccountSafeguards {
    /** Resource group that holds the account. */
    resourceGroupName: pulumi.Input<string>;
    /** Firewall. Default: public network access disabled. */
    network?: AccountNetwork;
    /** Encrypt with your own Key Vault key, through a user-assigned identity that may use it. Set at creation. */
    customerManagedKey?: CustomerManagedKey;
    /** Create the account by point-in-time restore of another account's continuous backup. */
    restore?: AccountRestore;
    /**
     * `protect` and `retainOnDelete` the account, so neither Pulumi nor a config change can delete it. Default true.
     * @default true
     */
    protectData?: boolean;
    /** Azure tags of the account. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /**
     * Prefix of the children's logical names. Child names end up in URNs: change this and every
     * child is replaced (the account with its data), so set it once. Default: the component's
     * name and `/`.
     */
    childNamePrefix?: string;
}
