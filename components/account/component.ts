/**
 * CosmosAccount: a Cosmos DB (NoSQL API) account with its regions, consistency, backup, capacity
 * mode, identity and firewall, plus the CanNotDelete lock and Defender that guard the data.
 *
 * Usable by any Pulumi program: the arguments (args.ts) say what the account needs, with
 * production-safe defaults (defaults.ts: zone redundant, automatic failover, continuous 30-day
 * backup, no keys, no public network access, protected). Azure's rules (rules.ts) run on the
 * arguments before anything is registered, the component itself included, with the same messages
 * a stack file gets. For an account with its data, access, network and monitoring, use
 * CosmosEstate, which builds this component inside.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as security from "@pulumi/azure-native/security";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { dataProtection } from "../shared/protection";
import { checkedOptions, collectProblems, prefixed } from "../shared/errors";
import { shapeProblems } from "../shared/zod";
import { restoreProblems } from "../shared/restore";
import { AccountNetwork, AccountRestore, AccountSettings, CosmosAccountArgs, CustomerManagedKey } from "./args";
import { ACCOUNT_DEFAULTS, ResolvedBackup, ResolvedAccountNetwork, ResolvedAccountSettings, resolveAccountNetwork, resolveAccountSettings } from "./defaults";
import { accountNetworkRules, accountNetworkSchema, accountSettingsRules, accountSettingsSchema } from "./rules";

/** The component's type token; `cosmos-platform:index:Account` before 0.2 (kept as an alias, so state follows). */
export const COSMOS_ACCOUNT_TYPE = "cosmos-platform:index:CosmosAccount";
export const LEGACY_COSMOS_ACCOUNT_TYPE = "cosmos-platform:index:Account";

const SETTINGS_KEYS = Object.keys(accountSettingsSchema.shape) as (keyof AccountSettings)[];

/** The account settings part of an args object (CosmosAccountArgs extends AccountSettings). */
export function accountSettingsOf(args: AccountSettings): AccountSettings {
    return Object.fromEntries(SETTINGS_KEYS.filter((k) => args[k] !== undefined).map((k) => [k, args[k]])) as unknown as AccountSettings;
}

/** Azure's rules on an account's settings and firewall; paths are argument paths (`regions[1].name`, `network.ipRules[0]`). */
export function accountSettingsProblems(settings: AccountSettings, network: AccountNetwork | undefined, customerManagedKey: boolean) {
    const shape = [
        ...shapeProblems(accountSettingsSchema, settings),
        ...shapeProblems(accountNetworkSchema, network ?? {}).map((p) => ({ ...p, path: ["network", ...p.path] })),
    ];
    if (shape.length > 0) return shape;
    return collectProblems((report) => {
        accountSettingsRules(settings, report);
        accountNetworkRules(network ?? {}, prefixed(["network"], report));
        if (customerManagedKey && settings.partitionMerge) report(["partitionMerge"], CMK_MERGE_MESSAGE);
    });
}

/** Azure's rules on the component's arguments; paths are argument paths (`regions[1].name`). */
export function accountArgsProblems(args: CosmosAccountArgs) {
    return [
        ...accountSettingsProblems(accountSettingsOf(args), args.network, args.customerManagedKey !== undefined),
        ...(args.restore ? restoreProblems(args.restore).map((p) => ({ ...p, path: ["restore", ...p.path] })) : []),
    ];
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

export function backupPolicyArgs(
    backup: ResolvedBackup,
): cosmosInputs.cosmosdb.ContinuousModeBackupPolicyArgs | cosmosInputs.cosmosdb.PeriodicModeBackupPolicyArgs {
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
export function restoreArgs(restore: AccountRestore): Pick<cosmosdb.DatabaseAccountArgs, "createMode" | "restoreParameters"> {
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
    customerManagedKey?: CustomerManagedKey;
    restore?: AccountRestore;
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

/** The delete lock's notes, unless an adopted lock keeps its own. */
export const DELETE_LOCK_NOTES = "Holds production data. Remove this lock deliberately (see docs/security.md, break glass) before deleting the account.";

const resolved = new WeakMap<CosmosAccount, ResolvedAccountSettings>();

/** A Cosmos DB (NoSQL API) account with production-safe defaults, its CanNotDelete lock and Defender. */
export class CosmosAccount extends pulumi.ComponentResource {
    /** The DatabaseAccount resource. */
    readonly account: cosmosdb.DatabaseAccount;
    /** ARM id of the account. */
    readonly id: pulumi.Output<string>;
    /** The account's name. */
    readonly name: pulumi.Output<string>;
    /** `https://<name>.documents.azure.com:443/`, known after deployment. */
    readonly endpoint: pulumi.Output<string>;
    /** Primary key, only when local auth is on; always a secret. */
    readonly primaryKey?: pulumi.Output<string>;

    /** The settings with defaults applied, as plain values (TypeScript programs composing other components read them). */
    get settings(): ResolvedAccountSettings {
        return resolved.get(this) as ResolvedAccountSettings;
    }

    constructor(name: string, args: CosmosAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        // The arguments are checked before anything registers, this component included.
        super(
            COSMOS_ACCOUNT_TYPE,
            name,
            {},
            pulumi.mergeOptions(checkedOptions("CosmosAccount", name, accountArgsProblems(args), opts), { aliases: [{ type: LEGACY_COSMOS_ACCOUNT_TYPE }] }),
        );
        const prefix = args.childNamePrefix ?? `${name}/`;
        const account = resolveAccountSettings(args);
        resolved.set(this, account);

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
                ...dataProtection(args.protectData ?? ACCOUNT_DEFAULTS.protectData),
                customTimeouts: accountTimeouts(account.regions.length),
            },
        );
        this.id = this.account.id;
        this.name = this.account.name;
        this.endpoint = this.account.documentEndpoint;

        if (args.deleteLock ?? ACCOUNT_DEFAULTS.deleteLock) {
            // Blocks deletion in Azure itself, whatever tool or person tries it.
            new authorization.ManagementLockAtResourceLevel(
                `${prefix}${account.name}/cannot-delete`,
                {
                    lockName: args.deleteLockName ?? "cannot-delete",
                    level: "CanNotDelete",
                    // An adopted lock keeps its own notes; an empty string means it has none.
                    ...(args.deleteLockNotes === undefined ? { notes: DELETE_LOCK_NOTES } : args.deleteLockNotes !== "" ? { notes: args.deleteLockNotes } : {}),
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
        if (args.defender ?? ACCOUNT_DEFAULTS.defender) {
            new security.AdvancedThreatProtection(
                `${prefix}${account.name}/defender`,
                { resourceId: this.account.id, settingName: "current", isEnabled: true },
                { parent: this },
            );
        }
        if (account.localAuth) {
            // Keys exist only because the account opted into local auth; they never leave as plain text.
            const keys = cosmosdb.listDatabaseAccountKeysOutput(
                { accountName: this.account.name, resourceGroupName: args.resourceGroupName },
                { parent: this },
            );
            this.primaryKey = pulumi.secret(keys.primaryMasterKey);
        }
        this.registerOutputs({ id: this.id, name: this.name, endpoint: this.endpoint });
    }
}
