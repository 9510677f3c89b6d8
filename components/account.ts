/**
 * CosmosAccount: a Cosmos DB (NoSQL API) account with its regions, consistency, backup, capacity
 * mode, identity and firewall, plus the CanNotDelete lock and Defender that guard the data.
 *
 * Usable by any Pulumi program: the arguments say what the account needs, with production-safe
 * defaults (zone redundant, automatic failover, continuous 30-day backup, no keys, no public
 * network access, protected). Azure's rules run on the arguments before anything is registered
 * (components/validation/account.ts), with the same messages a stack file gets.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as security from "@pulumi/azure-native/security";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { dataProtection } from "./protection";
import { regionHasZones } from "./regions";
import { CONSISTENCY_LEVELS, AccountNetworkSettings, accountNetworkRules, accountNetworkSchema, AccountSettings, accountSettingsRules, accountSettingsSchema } from "./validation/account";
import { assertValidArgs, collectProblems, prefixed } from "./validation/errors";
import { normaliseIpRules } from "./validation/network";
import { shapeProblems } from "./validation/zod";

export type BackupPolicy =
    | { type: "Continuous"; tier: "Continuous7Days" | "Continuous30Days" }
    | { type: "Periodic"; intervalMinutes: number; retentionHours: number; storageRedundancy: "Geo" | "Zone" | "Local" };

/** Point-in-time restore into a new account (create-only in Azure). */
export interface AccountRestoreArgs {
    /** Restorable account id: `/subscriptions/<sub>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instance id>`. */
    restoreSource: string;
    /** ISO 8601 UTC instant within the source's backup window. */
    timestamp: string;
    /** Databases (and optionally their containers) to restore; undefined restores the whole account. */
    databases?: { name: string; containers?: string[] }[];
    /** Restore with TTL off, so restored items are not expired at once. Default false. */
    ttlDisabled?: boolean;
}

export interface CosmosAccountArgs extends AccountSettings {
    /** Resource group that holds the account. */
    resourceGroupName: pulumi.Input<string>;
    /** Firewall: public access (default Disabled), IP rules, VNet rules, ACL bypass and the resources it lets through. */
    network?: AccountNetworkSettings;
    /** Encrypt with your own Key Vault key, through a user-assigned identity that may use it. Set at creation. */
    customerManagedKey?: { keyVaultKeyUri: pulumi.Input<string>; identityId: pulumi.Input<string> };
    /** Create the account by point-in-time restore of another account's continuous backup. */
    restore?: AccountRestoreArgs;
    /** `protect` and `retainOnDelete` the account, so neither Pulumi nor a config change can delete it. Default true. */
    protectData?: boolean;
    /** A CanNotDelete management lock, which stops deletion in Azure itself. Default true. */
    deleteLock?: boolean;
    /** Microsoft Defender for Azure Cosmos DB on this account. Default true. */
    defender?: boolean;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /**
     * Prefix of the children's logical names. Default: the component's name and `/`. Child names
     * end up in URNs: change this and every child is replaced (the account with its data), so set
     * it once. The stack layer passes "" to keep the names its single-account stacks have.
     */
    childNamePrefix?: string;
}

/** The account's settings with every default applied. */
export interface ResolvedAccountSettings {
    name: string;
    /** Sorted by failover priority; the first is the write region. */
    regions: { name: string; failoverPriority: number; zoneRedundant: boolean }[];
    consistency: { level: (typeof CONSISTENCY_LEVELS)[number]; maxStalenessPrefix?: number; maxIntervalInSeconds?: number };
    automaticFailover: boolean;
    multiRegionWrites: boolean;
    serverless: boolean;
    backup: BackupPolicy;
    minimalTlsVersion: "Tls12";
    localAuth: boolean;
    keyBasedMetadataWrites: boolean;
    analyticalStorage: boolean;
    burstCapacity: boolean;
    totalThroughputLimit?: number;
    freeTier: boolean;
    /** Capabilities besides EnableServerless, as listed (the stack layer adds what its containers need). */
    capabilities: string[];
    priorityBasedExecution: boolean;
    defaultPriorityLevel?: "High" | "Low";
    partitionMerge: boolean;
    perRegionPerPartitionAutoscale: boolean;
    cors: NonNullable<AccountSettings["cors"]>;
    analyticalStorageSchemaType?: "WellDefined" | "FullFidelity";
    systemAssignedIdentity: boolean;
}

export interface ResolvedAccountNetwork {
    publicNetworkAccess: "Enabled" | "Disabled" | "SecuredByPerimeter";
    ipRules: string[];
    virtualNetworkRules: { subnetId: string; ignoreMissingServiceEndpoint: boolean }[];
    networkAclBypass: "None" | "AzureServices";
    networkAclBypassResourceIds: string[];
}

/** The component's defaults: production-safe. */
export const ACCOUNT_DEFAULTS = {
    consistencyLevel: "Session",
    automaticFailover: true,
    multiRegionWrites: false,
    backup: { type: "Continuous", tier: "Continuous30Days" } as BackupPolicy,
    periodicBackupRedundancy: "Geo",
    localAuth: false,
    keyBasedMetadataWrites: false,
    publicNetworkAccess: "Disabled",
    networkAclBypass: "None",
} as const;

/**
 * A region's zone redundancy when not set: on where the region has availability zones, off where
 * it has none (Azure refuses zone redundancy there). From the region catalogue (regions.ts).
 */
export function defaultZoneRedundant(region: string): boolean {
    return regionHasZones(region) === true;
}

/** Applies the defaults; `settings` passed Azure's rules. */
export function resolveAccountSettings(settings: AccountSettings): ResolvedAccountSettings {
    const regions = settings.regions
        .map((r, i) => ({ name: r.name, failoverPriority: r.failoverPriority ?? i, zoneRedundant: r.zoneRedundant ?? defaultZoneRedundant(r.name) }))
        .sort((a, b) => a.failoverPriority - b.failoverPriority);
    const backup: BackupPolicy =
        settings.backup?.type === "Periodic"
            ? { ...settings.backup, storageRedundancy: settings.backup.storageRedundancy ?? ACCOUNT_DEFAULTS.periodicBackupRedundancy }
            : settings.backup ?? ACCOUNT_DEFAULTS.backup;
    return {
        name: settings.name,
        regions,
        consistency: settings.consistency ?? { level: ACCOUNT_DEFAULTS.consistencyLevel },
        automaticFailover: settings.automaticFailover ?? ACCOUNT_DEFAULTS.automaticFailover,
        multiRegionWrites: settings.multiRegionWrites ?? ACCOUNT_DEFAULTS.multiRegionWrites,
        serverless: settings.serverless ?? false,
        backup,
        minimalTlsVersion: "Tls12",
        localAuth: settings.localAuth ?? ACCOUNT_DEFAULTS.localAuth,
        keyBasedMetadataWrites: settings.keyBasedMetadataWrites ?? ACCOUNT_DEFAULTS.keyBasedMetadataWrites,
        analyticalStorage: settings.analyticalStorage ?? false,
        burstCapacity: settings.burstCapacity ?? false,
        ...(settings.totalThroughputLimit !== undefined ? { totalThroughputLimit: settings.totalThroughputLimit } : {}),
        freeTier: settings.freeTier ?? false,
        capabilities: [...(settings.capabilities ?? [])],
        priorityBasedExecution: settings.priorityBasedExecution ?? false,
        ...(settings.defaultPriorityLevel ? { defaultPriorityLevel: settings.defaultPriorityLevel } : {}),
        partitionMerge: settings.partitionMerge ?? false,
        perRegionPerPartitionAutoscale: settings.perRegionPerPartitionAutoscale ?? false,
        cors: settings.cors ?? [],
        ...(settings.analyticalStorageSchemaType ? { analyticalStorageSchemaType: settings.analyticalStorageSchemaType } : {}),
        systemAssignedIdentity: settings.systemAssignedIdentity ?? true,
    };
}

export function resolveAccountNetwork(network: CosmosAccountArgs["network"] = {}): ResolvedAccountNetwork {
    return {
        publicNetworkAccess: network.publicNetworkAccess ?? ACCOUNT_DEFAULTS.publicNetworkAccess,
        ipRules: normaliseIpRules(network.ipRules ?? []),
        virtualNetworkRules: (network.virtualNetworkRules ?? []).map((r) => ({ subnetId: r.subnetId, ignoreMissingServiceEndpoint: r.ignoreMissingServiceEndpoint ?? false })),
        networkAclBypass: network.networkAclBypass ?? ACCOUNT_DEFAULTS.networkAclBypass,
        networkAclBypassResourceIds: [...(network.networkAclBypassResourceIds ?? [])].sort(),
    };
}

const SETTINGS_KEYS = Object.keys(accountSettingsSchema.shape) as (keyof AccountSettings)[];
const NETWORK_KEYS = Object.keys(accountNetworkSchema.shape) as (keyof AccountNetworkSettings)[];

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
    return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Pick<T, K>;
}

/** The firewall settings out of a larger network config: the keys of `accountNetworkSchema`, the one list of them. */
export function accountNetworkOf<T extends AccountNetworkSettings>(network: T): Pick<T, keyof AccountNetworkSettings> {
    return pick(network, NETWORK_KEYS);
}

/** Azure's rules on the component's arguments; paths are argument paths (`regions[1].name`). */
export function accountArgsProblems(args: CosmosAccountArgs) {
    const settings = pick(args, SETTINGS_KEYS);
    const network = pick(args.network ?? {}, NETWORK_KEYS);
    const shape = [...shapeProblems(accountSettingsSchema, settings), ...shapeProblems(accountNetworkSchema, network).map((p) => ({ ...p, path: ["network", ...p.path] }))];
    if (shape.length > 0) return shape;
    return collectProblems((report) => {
        accountSettingsRules(settings, report);
        accountNetworkRules(network, prefixed(["network"], report));
        if (args.customerManagedKey && args.partitionMerge) report(["partitionMerge"], CMK_MERGE_MESSAGE);
    });
}

/** https://learn.microsoft.com/azure/cosmos-db/merge#limitations */
export const CMK_MERGE_MESSAGE = "partition merge is not available with customer-managed keys; turn partitionMerge off";

/**
 * Account creation takes 10-15 minutes per region, and region changes take as long; the provider
 * default is too short for a three-region account.
 */
export function accountTimeouts(regionCount: number): pulumi.CustomTimeouts {
    const minutes = 30 + 20 * regionCount;
    return { create: `${minutes}m`, update: `${minutes}m`, delete: "60m" };
}

export function backupPolicyArgs(backup: BackupPolicy): cosmosInputs.cosmosdb.ContinuousModeBackupPolicyArgs | cosmosInputs.cosmosdb.PeriodicModeBackupPolicyArgs {
    if (backup.type === "Continuous") {
        return { type: "Continuous", continuousModeProperties: { tier: backup.tier } };
    }
    return {
        type: "Periodic",
        periodicModeProperties: {
            backupIntervalInMinutes: backup.intervalMinutes,
            backupRetentionIntervalInHours: backup.retentionHours,
            backupStorageRedundancy: backup.storageRedundancy,
        },
    };
}

/**
 * Point-in-time restore into this (new) account. Create-only in Azure: the values stay in the
 * program after the restore, unchanged, so they never show as a diff (docs/restore.md).
 */
export function restoreArgs(restore: AccountRestoreArgs): Pick<cosmosdb.DatabaseAccountArgs, "createMode" | "restoreParameters"> {
    return {
        createMode: "Restore",
        restoreParameters: {
            restoreMode: "PointInTime",
            restoreSource: restore.restoreSource,
            restoreTimestampInUtc: restore.timestamp,
            ...(restore.databases
                ? { databasesToRestore: restore.databases.map((d) => ({ databaseName: d.name, ...(d.containers ? { collectionNames: d.containers } : {}) })) }
                : {}),
            ...(restore.ttlDisabled ? { restoreWithTtlDisabled: true } : {}),
        },
    };
}

export interface DatabaseAccountInputs {
    account: ResolvedAccountSettings;
    network: ResolvedAccountNetwork;
    resourceGroupName: pulumi.Input<string>;
    customerManagedKey?: CosmosAccountArgs["customerManagedKey"];
    restore?: AccountRestoreArgs;
    tags?: CosmosAccountArgs["tags"];
}

/** The DatabaseAccount inputs for resolved settings. Pure, so tests read it without mocks. */
export function databaseAccountArgs(a: DatabaseAccountInputs): cosmosdb.DatabaseAccountArgs {
    const { account, network } = a;
    const cmk = a.customerManagedKey;
    const consistency = account.consistency;
    return {
        accountName: account.name,
        resourceGroupName: a.resourceGroupName,
        location: account.regions[0].name,
        kind: "GlobalDocumentDB",
        databaseAccountOfferType: "Standard",
        locations: account.regions.map((r) => ({
            locationName: r.name,
            failoverPriority: r.failoverPriority,
            isZoneRedundant: r.zoneRedundant,
        })),
        consistencyPolicy: {
            defaultConsistencyLevel: consistency.level,
            ...(consistency.level === "BoundedStaleness"
                ? { maxStalenessPrefix: consistency.maxStalenessPrefix, maxIntervalInSeconds: consistency.maxIntervalInSeconds }
                : {}),
        },
        enableAutomaticFailover: account.automaticFailover,
        enableMultipleWriteLocations: account.multiRegionWrites,
        capabilities: [...(account.serverless ? ["EnableServerless"] : []), ...account.capabilities].map((name) => ({ name })),
        backupPolicy: backupPolicyArgs(account.backup),
        minimalTlsVersion: account.minimalTlsVersion,
        disableLocalAuth: !account.localAuth,
        disableKeyBasedMetadataWriteAccess: !account.keyBasedMetadataWrites,
        enableAnalyticalStorage: account.analyticalStorage,
        enableBurstCapacity: account.burstCapacity,
        enableFreeTier: account.freeTier,
        ...(account.totalThroughputLimit !== undefined ? { capacity: { totalThroughputLimit: account.totalThroughputLimit } } : {}),
        publicNetworkAccess: network.publicNetworkAccess,
        ipRules: network.ipRules.map((ipAddressOrRange) => ({ ipAddressOrRange })),
        isVirtualNetworkFilterEnabled: network.virtualNetworkRules.length > 0,
        virtualNetworkRules: network.virtualNetworkRules.map((r) => ({
            id: r.subnetId,
            ignoreMissingVNetServiceEndpoint: r.ignoreMissingServiceEndpoint,
        })),
        networkAclBypass: network.networkAclBypass,
        networkAclBypassResourceIds: network.networkAclBypassResourceIds,
        // Set only when chosen, so an account that uses none of these shows no new inputs.
        ...(account.priorityBasedExecution ? { enablePriorityBasedExecution: true } : {}),
        ...(account.defaultPriorityLevel ? { defaultPriorityLevel: account.defaultPriorityLevel } : {}),
        ...(account.partitionMerge ? { enablePartitionMerge: true } : {}),
        ...(account.perRegionPerPartitionAutoscale ? { enablePerRegionPerPartitionAutoscale: true } : {}),
        ...(account.cors.length > 0
            ? {
                  cors: account.cors.map((c) => ({
                      allowedOrigins: c.allowedOrigins.join(","),
                      ...(c.allowedMethods ? { allowedMethods: c.allowedMethods.join(",") } : {}),
                      ...(c.allowedHeaders ? { allowedHeaders: c.allowedHeaders.join(",") } : {}),
                      ...(c.exposedHeaders ? { exposedHeaders: c.exposedHeaders.join(",") } : {}),
                      ...(c.maxAgeInSeconds !== undefined ? { maxAgeInSeconds: c.maxAgeInSeconds } : {}),
                  })),
              }
            : {}),
        ...(account.analyticalStorageSchemaType ? { analyticalStorageConfiguration: { schemaType: account.analyticalStorageSchemaType } } : {}),
        ...(cmk
            ? {
                  identity: { type: account.systemAssignedIdentity ? "SystemAssigned,UserAssigned" : "UserAssigned", userAssignedIdentities: [cmk.identityId] },
                  keyVaultKeyUri: cmk.keyVaultKeyUri,
                  defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${cmk.identityId}`,
              }
            : { identity: { type: account.systemAssignedIdentity ? "SystemAssigned" : "None" } }),
        ...(a.restore ? restoreArgs(a.restore) : {}),
        tags: a.tags,
    };
}

/**
 * The REST API version of resource-level management locks (Microsoft.Authorization/locks): the
 * `api-version` of the lock's own PUT, not of the locked resource.
 * https://learn.microsoft.com/rest/api/resources/management-locks/create-or-update-at-resource-level
 * An empty parentResourcePath is what a top-level resource takes; azure-native collapses the empty
 * path segment (https://github.com/pulumi/pulumi-azure-native/issues/2516).
 */
export const LOCK_API_VERSION = "2020-05-01";

export class CosmosAccount extends pulumi.ComponentResource {
    readonly account: cosmosdb.DatabaseAccount;
    /** ARM id of the account. */
    readonly id: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    /** `https://<name>.documents.azure.com:443/`, known after deployment. */
    readonly endpoint: pulumi.Output<string>;
    /** Primary key, only when local auth is on; always a secret. */
    readonly primaryKey?: pulumi.Output<string>;
    /** The settings with defaults applied (plain values, for composing other components). */
    readonly settings: ResolvedAccountSettings;

    constructor(name: string, args: CosmosAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Account", name, {}, opts);
        assertValidArgs("CosmosAccount", name, accountArgsProblems(args));
        const prefix = args.childNamePrefix ?? `${name}/`;
        const account = resolveAccountSettings(args);
        this.settings = account;

        this.account = new cosmosdb.DatabaseAccount(
            `${prefix}${account.name}`,
            databaseAccountArgs({
                account,
                network: resolveAccountNetwork(args.network),
                resourceGroupName: args.resourceGroupName,
                customerManagedKey: args.customerManagedKey,
                restore: args.restore,
                tags: args.tags,
            }),
            {
                parent: this,
                ...dataProtection(args.protectData ?? true),
                customTimeouts: accountTimeouts(account.regions.length),
            },
        );
        this.id = this.account.id;
        this.name = this.account.name;
        this.endpoint = this.account.documentEndpoint;

        if (args.deleteLock ?? true) {
            // Blocks deletion in Azure itself, whatever tool or person tries it.
            new authorization.ManagementLockAtResourceLevel(
                `${prefix}${account.name}/cannot-delete`,
                {
                    lockName: "cannot-delete",
                    level: "CanNotDelete",
                    notes: "Holds production data. Remove this lock deliberately (see docs/security.md, break glass) before deleting the account.",
                    resourceGroupName: args.resourceGroupName,
                    resourceProviderNamespace: "Microsoft.DocumentDB",
                    parentResourcePath: "",
                    resourceType: "databaseAccounts",
                    resourceName: this.account.name,
                    apiVersion: LOCK_API_VERSION,
                },
                { parent: this },
            );
        }
        if (args.defender ?? true) {
            new security.AdvancedThreatProtection(
                `${prefix}${account.name}/defender`,
                { resourceId: this.account.id, settingName: "current", isEnabled: true },
                { parent: this },
            );
        }
        if (account.localAuth) {
            // Keys exist only because the account opted into local auth; they never leave as plain text.
            const keys = cosmosdb.listDatabaseAccountKeysOutput({ accountName: this.account.name, resourceGroupName: args.resourceGroupName }, { parent: this });
            this.primaryKey = pulumi.secret(keys.primaryMasterKey);
        }
        this.registerOutputs({ id: this.id, name: this.name, endpoint: this.endpoint });
    }
}
