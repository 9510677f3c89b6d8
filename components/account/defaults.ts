/**
 * The account's defaults, in one place: the values CosmosAccount applies when an argument is left
 * out, and the resolution that applies them. The args' `@default` tags say the same; the stack's
 * defaults table (docs/config.md) is read from ACCOUNT_DEFAULTS.
 */
import { AccountCapability, MinimalTlsVersion, AccountNetwork, AccountSettings, ConsistencyLevel, ContinuousBackupTier } from "./args";
import { normaliseIpRules } from "../shared/ip";
import { regionHasZones } from "../shared/regions";

/** A backup policy with its defaults applied: exactly one mode's fields. */
export type ResolvedBackup =
    | { type: "Continuous"; tier: ContinuousBackupTier }
    | { type: "Periodic"; intervalMinutes: number; retentionHours: number; storageRedundancy: "Geo" | "Zone" | "Local" };

/** The component's defaults: production-safe. */
export const ACCOUNT_DEFAULTS = {
    consistencyLevel: "Session",
    automaticFailover: true,
    multiRegionWrites: false,
    serverless: false,
    backup: { type: "Continuous", tier: "Continuous30Days" },
    periodicBackupRedundancy: "Geo",
    minimalTlsVersion: "Tls12",
    localAuth: false,
    keyBasedMetadataWrites: false,
    analyticalStorage: false,
    burstCapacity: false,
    freeTier: false,
    priorityBasedExecution: false,
    partitionMerge: false,
    perRegionPerPartitionAutoscale: false,
    systemAssignedIdentity: true,
    publicNetworkAccess: "Disabled",
    networkAclBypass: "None",
    protectData: true,
    deleteLock: true,
    defender: true,
} as const;

/** The account's settings with every default applied. */
export interface ResolvedAccountSettings {
    name: string;
    /** Sorted by failover priority; the first is the write region. */
    regions: { name: string; failoverPriority: number; zoneRedundant: boolean }[];
    consistency: { level: ConsistencyLevel; maxStalenessPrefix?: number; maxIntervalInSeconds?: number };
    automaticFailover: boolean;
    multiRegionWrites: boolean;
    serverless: boolean;
    backup: ResolvedBackup;
    minimalTlsVersion: MinimalTlsVersion;
    localAuth: boolean;
    keyBasedMetadataWrites: boolean;
    analyticalStorage: boolean;
    burstCapacity: boolean;
    totalThroughputLimit?: number;
    freeTier: boolean;
    /** Capabilities besides EnableServerless, as listed (the stack layer adds what its containers need). */
    capabilities: AccountCapability[];
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

/**
 * A region's zone redundancy when not set: on where the region has availability zones, off where
 * it has none (Azure refuses zone redundancy there). From the region catalogue (regions.ts).
 */
export function defaultZoneRedundant(region: string): boolean {
    return regionHasZones(region) === true;
}

/** A backup policy with its defaults; `backup` passed backupRules (a Periodic one has its interval and retention). */
export function resolveBackup(backup: AccountSettings["backup"]): ResolvedBackup {
    if (backup === undefined) return ACCOUNT_DEFAULTS.backup;
    if (backup.type === "Periodic") {
        return {
            type: "Periodic",
            intervalMinutes: backup.intervalMinutes as number,
            retentionHours: backup.retentionHours as number,
            storageRedundancy: backup.storageRedundancy ?? ACCOUNT_DEFAULTS.periodicBackupRedundancy,
        };
    }
    return { type: "Continuous", tier: backup.tier ?? ACCOUNT_DEFAULTS.backup.tier };
}

/** Applies the defaults; `settings` passed Azure's rules. */
export function resolveAccountSettings(settings: AccountSettings): ResolvedAccountSettings {
    const regions = settings.regions
        .map((r, i) => ({ name: r.name, failoverPriority: r.failoverPriority ?? i, zoneRedundant: r.zoneRedundant ?? defaultZoneRedundant(r.name) }))
        .sort((a, b) => a.failoverPriority - b.failoverPriority);
    const backup = resolveBackup(settings.backup);
    return {
        name: settings.name,
        regions,
        consistency: settings.consistency ?? { level: ACCOUNT_DEFAULTS.consistencyLevel },
        automaticFailover: settings.automaticFailover ?? ACCOUNT_DEFAULTS.automaticFailover,
        multiRegionWrites: settings.multiRegionWrites ?? ACCOUNT_DEFAULTS.multiRegionWrites,
        serverless: settings.serverless ?? ACCOUNT_DEFAULTS.serverless,
        backup,
        minimalTlsVersion: settings.minimalTlsVersion ?? ACCOUNT_DEFAULTS.minimalTlsVersion,
        localAuth: settings.localAuth ?? ACCOUNT_DEFAULTS.localAuth,
        keyBasedMetadataWrites: settings.keyBasedMetadataWrites ?? ACCOUNT_DEFAULTS.keyBasedMetadataWrites,
        analyticalStorage: settings.analyticalStorage ?? ACCOUNT_DEFAULTS.analyticalStorage,
        burstCapacity: settings.burstCapacity ?? ACCOUNT_DEFAULTS.burstCapacity,
        ...(settings.totalThroughputLimit !== undefined ? { totalThroughputLimit: settings.totalThroughputLimit } : {}),
        freeTier: settings.freeTier ?? ACCOUNT_DEFAULTS.freeTier,
        capabilities: [...(settings.capabilities ?? [])],
        priorityBasedExecution: settings.priorityBasedExecution ?? ACCOUNT_DEFAULTS.priorityBasedExecution,
        ...(settings.defaultPriorityLevel ? { defaultPriorityLevel: settings.defaultPriorityLevel } : {}),
        partitionMerge: settings.partitionMerge ?? ACCOUNT_DEFAULTS.partitionMerge,
        perRegionPerPartitionAutoscale: settings.perRegionPerPartitionAutoscale ?? ACCOUNT_DEFAULTS.perRegionPerPartitionAutoscale,
        cors: settings.cors ?? [],
        ...(settings.analyticalStorageSchemaType ? { analyticalStorageSchemaType: settings.analyticalStorageSchemaType } : {}),
        systemAssignedIdentity: settings.systemAssignedIdentity ?? ACCOUNT_DEFAULTS.systemAssignedIdentity,
    };
}

export function resolveAccountNetwork(network: AccountNetwork = {}): ResolvedAccountNetwork {
    return {
        publicNetworkAccess: network.publicNetworkAccess ?? ACCOUNT_DEFAULTS.publicNetworkAccess,
        ipRules: normaliseIpRules(network.ipRules ?? []),
        virtualNetworkRules: (network.virtualNetworkRules ?? []).map((r) => ({
            subnetId: r.subnetId,
            ignoreMissingServiceEndpoint: r.ignoreMissingServiceEndpoint ?? false,
        })),
        networkAclBypass: network.networkAclBypass ?? ACCOUNT_DEFAULTS.networkAclBypass,
        networkAclBypassResourceIds: [...(network.networkAclBypassResourceIds ?? [])].sort(),
    };
}
