/**
 * The Cosmos DB account: regions, consistency, backup, capacity, identity and network ACLs, with
 * secure defaults resolved at the config boundary.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as security from "@pulumi/azure-native/security";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { PlatformConfig, BackupPolicy } from "./config";
import type { ResolvedRestore } from "./config/restore-schema";
import { dataProtection } from "./protection";

export interface AccountArgs {
    /** Resolved stack config; the account reads `account`, `network`, `production` and `tags`. */
    config: PlatformConfig;
    /** Resource group that holds the account. */
    resourceGroupName: pulumi.Input<string>;
    /** For a customer-managed key: the user-assigned identity's resource id. */
    keyIdentityId?: pulumi.Input<string>;
}

/**
 * The REST API version of resource-level management locks (Microsoft.Authorization/locks): the
 * `api-version` of the lock's own PUT, not of the locked resource.
 * https://learn.microsoft.com/rest/api/resources/management-locks/create-or-update-at-resource-level
 * An empty parentResourcePath is what a top-level resource takes; azure-native collapses the empty
 * path segment (https://github.com/pulumi/pulumi-azure-native/issues/2516).
 */
export const LOCK_API_VERSION = "2020-05-01";

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

/** The DatabaseAccount inputs for a resolved config. Pure, so tests read it without mocks. */
export function databaseAccountArgs(
    config: PlatformConfig,
    resourceGroupName: pulumi.Input<string>,
    keyIdentityId?: pulumi.Input<string>,
): cosmosdb.DatabaseAccountArgs {
    const { account, network } = config;
    const cmk = config.security.customerManagedKey;
    const consistency = account.consistency;
    return {
        accountName: account.name,
        resourceGroupName,
        location: account.regions[0].name,
        kind: "GlobalDocumentDB",
        databaseAccountOfferType: "Standard",
        locations: account.regions.map((r) => ({
            locationName: r.name,
            failoverPriority: r.failoverPriority,
            isZoneRedundant: r.zoneRedundant,
        })),
        consistencyPolicy: {
            defaultConsistencyLevel: consistency.level as cosmosInputs.cosmosdb.ConsistencyPolicyArgs["defaultConsistencyLevel"],
            ...(consistency.level === "BoundedStaleness"
                ? { maxStalenessPrefix: consistency.maxStalenessPrefix, maxIntervalInSeconds: consistency.maxIntervalInSeconds }
                : {}),
        },
        enableAutomaticFailover: account.automaticFailover,
        enableMultipleWriteLocations: account.multiRegionWrites,
        capabilities: account.serverless ? [{ name: "EnableServerless" }] : [],
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
        networkAclBypassResourceIds: [],
        ...(cmk && keyIdentityId !== undefined
            ? {
                  identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [keyIdentityId] },
                  keyVaultKeyUri: cmk.keyVaultKeyUri,
                  defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${keyIdentityId}`,
              }
            : { identity: { type: "SystemAssigned" } }),
        ...(config.restore ? restoreArgs(config.restore) : {}),
        tags: config.tags,
    };
}

/**
 * Point-in-time restore into this (new) account. Create-only in Azure: the values stay in the
 * config after the restore, unchanged, so they never show as a diff (docs/restore.md).
 */
export function restoreArgs(restore: ResolvedRestore): Pick<cosmosdb.DatabaseAccountArgs, "createMode" | "restoreParameters"> {
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

export class CosmosAccount extends pulumi.ComponentResource {
    readonly account: cosmosdb.DatabaseAccount;
    /** ARM id of the account. */
    readonly id: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    /** `https://<name>.documents.azure.com:443/`, known after deployment. */
    readonly endpoint: pulumi.Output<string>;
    /** Primary key, only when local auth is on; always a secret. */
    readonly primaryKey?: pulumi.Output<string>;

    constructor(name: string, args: AccountArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Account", name, {}, opts);
        const { config } = args;

        this.account = new cosmosdb.DatabaseAccount(
            config.account.name,
            databaseAccountArgs(config, args.resourceGroupName, args.keyIdentityId),
            {
                parent: this,
                ...dataProtection(config.production),
                customTimeouts: accountTimeouts(config.account.regions.length),
            },
        );
        this.id = this.account.id;
        this.name = this.account.name;
        this.endpoint = this.account.documentEndpoint;

        if (config.security.deleteLock) {
            // Blocks deletion in Azure itself, whatever tool or person tries it.
            new authorization.ManagementLockAtResourceLevel(
                `${config.account.name}/cannot-delete`,
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
        if (config.security.defender) {
            new security.AdvancedThreatProtection(
                `${config.account.name}/defender`,
                { resourceId: this.account.id, settingName: "current", isEnabled: true },
                { parent: this },
            );
        }
        if (config.account.localAuth) {
            // Keys exist only because a stack opted into local auth; they never leave as plain text.
            const keys = cosmosdb.listDatabaseAccountKeysOutput(
                { accountName: this.account.name, resourceGroupName: args.resourceGroupName },
                { parent: this },
            );
            this.primaryKey = pulumi.secret(keys.primaryMasterKey);
        }
        this.registerOutputs({ id: this.id, name: this.name, endpoint: this.endpoint });
    }
}
