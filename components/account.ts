/**
 * The Cosmos DB account: regions, consistency, backup, capacity, identity and network ACLs, with
 * secure defaults resolved at the config boundary.
 */
import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { PlatformConfig, BackupPolicy } from "./config";
import { dataProtection } from "./protection";

export interface AccountArgs {
    /** Resolved stack config; the account reads `account`, `network`, `production` and `tags`. */
    config: PlatformConfig;
    /** Resource group that holds the account. */
    resourceGroupName: pulumi.Input<string>;
}

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
export function databaseAccountArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>): cosmosdb.DatabaseAccountArgs {
    const { account, network } = config;
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
        identity: { type: "SystemAssigned" },
        tags: config.tags,
    };
}

export class CosmosAccount extends pulumi.ComponentResource {
    readonly account: cosmosdb.DatabaseAccount;
    /** ARM id of the account. */
    readonly id: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    /** `https://<name>.documents.azure.com:443/`, known after deployment. */
    readonly endpoint: pulumi.Output<string>;

    constructor(name: string, args: AccountArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Account", name, {}, opts);
        const { config } = args;

        this.account = new cosmosdb.DatabaseAccount(
            config.account.name,
            databaseAccountArgs(config, args.resourceGroupName),
            {
                parent: this,
                ...dataProtection(config.production),
                customTimeouts: accountTimeouts(config.account.regions.length),
            },
        );
        this.id = this.account.id;
        this.name = this.account.name;
        this.endpoint = this.account.documentEndpoint;
        this.registerOutputs({ id: this.id, name: this.name, endpoint: this.endpoint });
    }
}
