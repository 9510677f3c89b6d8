/**
 * Turns a validated stack config into the `PlatformConfig` the components build from: defaults
 * applied in one visible place, throughput resolved per container, index policies normalised,
 * script bodies loaded. Components assume this is valid.
 */
import type { AccessPatterns } from "../../queries/declarations";
import { normaliseIndexingPolicy, NormalisedIndexingPolicy } from "../indexing";
import { resolveAccessPatterns, scaleAccessPatterns } from "./access-patterns-schema";
import { Profile, Severity } from "../monitoring/catalog";
import { businessAlertSpec, ResolvedAlert, resolveAlerts } from "../monitoring/resolve";
import { availabilitySla, Sla } from "../sla";
import { catalogContext } from "./monitoring-rules";
import { normaliseIpRules } from "./network-rules";
import { ProvisionedThroughput } from "./primitives";
import { DEFAULTS, defaultZoneRedundant, isProduction } from "./defaults";
import { StackConfig } from "./schema";
import { ScriptLoader } from "./scripts";
import { ResolvedItemSchema, ResolvedRestore, resolveItemSchema, resolveRestore } from "./restore-schema";

export { DEFAULTS } from "./defaults";

export type ResolvedThroughput =
    | ProvisionedThroughput
    | { mode: "shared" }
    /** Serverless accounts: billed per request, no throughput setting. */
    | { mode: "serverless" };

export interface ResolvedRegion {
    name: string;
    failoverPriority: number;
    zoneRedundant: boolean;
}

export type BackupPolicy =
    | { type: "Continuous"; tier: "Continuous7Days" | "Continuous30Days" }
    | { type: "Periodic"; intervalMinutes: number; retentionHours: number; storageRedundancy: "Geo" | "Zone" | "Local" };

export interface ResolvedPrivateEndpoint {
    name: string;
    /** A subnet of network.virtualNetwork by name, or a subnet resource id. */
    subnet: { name: string } | { id: string };
    privateDns: "zoneGroup" | "none";
    location: string;
}

export interface ResolvedScript {
    name: string;
    /** Path relative to the project root, for review output. */
    file: string;
    body: string;
}

export interface ResolvedTrigger extends ResolvedScript {
    type: "Pre" | "Post";
    operation: "All" | "Create" | "Update" | "Delete" | "Replace";
}

export interface ResolvedContainer {
    name: string;
    partitionKey: { paths: string[]; kind: "Hash" | "MultiHash"; version: 1 | 2 };
    indexingPolicy: NormalisedIndexingPolicy;
    uniqueKeys: string[][];
    defaultTtl?: number;
    analyticalTtl?: number;
    conflictResolution?: { mode: "LastWriterWins"; path: string } | { mode: "Custom"; procedure?: string };
    throughput: ResolvedThroughput;
    storedProcedures: ResolvedScript[];
    triggers: ResolvedTrigger[];
    userDefinedFunctions: ResolvedScript[];
    /** Declared use, for the plan's access-pattern analysis; never sent to Azure. */
    accessPatterns?: AccessPatterns;
    /** JSON Schema of the items; its generated pre-trigger is among `triggers`. */
    itemSchema?: ResolvedItemSchema;
}

export interface ResolvedDatabase {
    name: string;
    /** Shared throughput; undefined when the database has none. */
    throughput?: ProvisionedThroughput;
    containers: ResolvedContainer[];
}

export interface PlatformConfig {
    project: string;
    environment: string;
    production: boolean;
    resourceGroup: { name: string; create: boolean; location: string };
    account: {
        name: string;
        /** Sorted by failover priority; the first is the write region. */
        regions: ResolvedRegion[];
        consistency: { level: string; maxStalenessPrefix?: number; maxIntervalInSeconds?: number };
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
    };
    network: {
        publicNetworkAccess: "Enabled" | "Disabled";
        publicAccessReason?: string;
        ipRules: string[];
        virtualNetworkRules: { subnetId: string; ignoreMissingServiceEndpoint: boolean }[];
        networkAclBypass: "None" | "AzureServices";
        virtualNetwork?: { name: string; addressSpace: string; location: string; subnets: { name: string; prefix: string }[] };
        privateEndpoints: ResolvedPrivateEndpoint[];
        /** Existing `privatelink.documents.azure.com` zone; undefined = the stack creates one (when any endpoint needs it). */
        privateDnsZoneId?: string;
    };
    access: {
        groups: { name: string; displayName: string; description?: string; members: string[] }[];
        identities: { name: string }[];
        customRoles: { name: string; dataActions: string[] }[];
        dataRoles: { principal: string; role: string; scope: { database?: string; container?: string } }[];
        controlRoles: { principal: string; principalType?: "User" | "Group" | "ServicePrincipal"; role: string; scope: "account" | "resourceGroup" }[];
    };
    monitoring: {
        profile: Profile;
        workspace: { create: { name: string; retentionDays: number; dailyQuotaGb?: number } } | { id: string };
        actionGroups: { name: string; shortName: string; emails: { name: string; address: string }[]; webhooks: { name: string; uri: string }[]; severities: Severity[] }[];
        /** Catalogue alerts for this stack, then business alerts. */
        alerts: ResolvedAlert[];
        budget?: { amount: number; startDate: string; thresholds: { percent: number; type: "Actual" | "Forecasted" }[]; contactEmails: string[] };
        workbook: boolean;
        /** The availability SLA of this account's configuration. */
        sla: Sla;
    };
    security: {
        defender: boolean;
        deleteLock: boolean;
        customerManagedKey?: { keyVaultKeyUri: string; identity: string };
    };
    databases: ResolvedDatabase[];
    /** Dedicated gateway with the integrated cache; undefined = none. */
    gateway?: { size: string; instances: number };
    /** Create the account by point-in-time restore; undefined = a new, empty account. */
    restore?: ResolvedRestore;
    tags: Record<string, string>;
}

function resolveContainerThroughput(cfg: StackConfig, dbName: string, container: StackConfig["databases"][number]["containers"][number], dbShared: ProvisionedThroughput | undefined): ResolvedThroughput {
    if (cfg.account.serverless) return { mode: "serverless" };
    const declared = cfg.throughput?.containers?.[`${dbName}/${container.name}`] ?? container.throughput;
    if (declared) return declared;
    if (dbShared) return { mode: "shared" };
    // The rules guarantee a default exists when nothing else sizes the container.
    return cfg.throughput?.default as ProvisionedThroughput;
}

export function resolveConfig(cfg: StackConfig, project: string, scripts: ScriptLoader): PlatformConfig {
    const account = cfg.account;
    const production = isProduction(cfg);
    const regions = account.regions
        .map((r, i) => ({ name: r.name, failoverPriority: r.failoverPriority ?? i, zoneRedundant: r.zoneRedundant ?? defaultZoneRedundant(r.name) }))
        .sort((a, b) => a.failoverPriority - b.failoverPriority);
    const backup: BackupPolicy =
        account.backup?.type === "Periodic"
            ? { ...account.backup, storageRedundancy: account.backup.storageRedundancy ?? DEFAULTS.periodicBackupRedundancy }
            : account.backup ?? { type: "Continuous", tier: production ? DEFAULTS.productionBackupTier : DEFAULTS.nonProductionBackupTier };
    const network = cfg.network ?? {};

    return {
        project,
        environment: cfg.environment,
        production,
        resourceGroup: {
            name: cfg.resourceGroup.name,
            create: cfg.resourceGroup.create ?? true,
            location: cfg.resourceGroup.location ?? regions[0].name,
        },
        account: {
            name: account.name,
            regions,
            consistency: { level: DEFAULTS.consistencyLevel, ...account.consistency },
            automaticFailover: account.automaticFailover ?? DEFAULTS.automaticFailover,
            multiRegionWrites: account.multiRegionWrites ?? DEFAULTS.multiRegionWrites,
            serverless: account.serverless ?? false,
            backup,
            minimalTlsVersion: DEFAULTS.minimalTlsVersion,
            localAuth: account.localAuth ?? DEFAULTS.localAuth,
            keyBasedMetadataWrites: account.keyBasedMetadataWrites ?? DEFAULTS.keyBasedMetadataWrites,
            analyticalStorage: account.analyticalStorage ?? false,
            burstCapacity: account.burstCapacity ?? false,
            totalThroughputLimit: account.totalThroughputLimit,
            freeTier: account.freeTier ?? false,
        },
        network: {
            publicNetworkAccess: network.publicNetworkAccess ?? DEFAULTS.publicNetworkAccess,
            ipRules: normaliseIpRules(network.ipRules ?? []),
            virtualNetworkRules: (network.virtualNetworkRules ?? []).map((r) => ({
                subnetId: r.subnetId,
                ignoreMissingServiceEndpoint: r.ignoreMissingServiceEndpoint ?? false,
            })),
            networkAclBypass: network.networkAclBypass ?? DEFAULTS.networkAclBypass,
            ...(network.publicAccessReason ? { publicAccessReason: network.publicAccessReason } : {}),
            ...(network.virtualNetwork
                ? { virtualNetwork: { ...network.virtualNetwork, location: network.virtualNetwork.location ?? regions[0].name } }
                : {}),
            privateEndpoints: (network.privateEndpoints ?? []).map((pe) => ({
                name: pe.name,
                subnet: pe.subnet.startsWith("/subscriptions/") ? { id: pe.subnet } : { name: pe.subnet },
                privateDns: pe.privateDns ?? "zoneGroup",
                location: pe.location ?? regions[0].name,
            })),
            ...(network.privateDnsZoneId ? { privateDnsZoneId: network.privateDnsZoneId } : {}),
        },
        access: {
            groups: (cfg.access?.groups ?? []).map((g) => ({ ...g, members: g.members ?? [] })),
            identities: cfg.access?.identities ?? [],
            customRoles: cfg.access?.customRoles ?? [],
            dataRoles: (cfg.access?.dataRoles ?? []).map((r) => ({ ...r, scope: r.scope ?? {} })),
            controlRoles: (cfg.access?.controlRoles ?? []).map((r) => ({ ...r, scope: r.scope ?? "account" })),
        },
        monitoring: resolveMonitoring(cfg, production),
        security: {
            defender: cfg.security?.defender ?? production,
            deleteLock: cfg.security?.deleteLock ?? production,
            ...(cfg.security?.customerManagedKey ? { customerManagedKey: cfg.security.customerManagedKey } : {}),
        },
        databases: cfg.databases.map((db) => {
            const dbShared = account.serverless ? undefined : cfg.throughput?.databases?.[db.name] ?? db.throughput;
            return {
                name: db.name,
                throughput: dbShared,
                containers: db.containers.map((c): ResolvedContainer => {
                    const paths = c.partitionKey.paths.map((p) => p.trim());
                    const load = (s: { name: string; file: string }): ResolvedScript => ({ name: s.name, file: s.file, body: scripts.body(s.file) });
                    const schema = c.itemSchema ? resolveItemSchema(scripts.baseDir, c.itemSchema) : undefined;
                    return {
                        name: c.name,
                        partitionKey: {
                            paths,
                            kind: paths.length > 1 ? "MultiHash" : "Hash",
                            version: paths.length > 1 ? 2 : c.partitionKey.version ?? DEFAULTS.partitionKeyVersion,
                        },
                        indexingPolicy: normaliseIndexingPolicy(c.indexingPolicy),
                        uniqueKeys: (c.uniqueKeys ?? []).map((k) => k.map((p) => p.trim())),
                        defaultTtl: c.defaultTtl,
                        analyticalTtl: c.analyticalTtl,
                        conflictResolution:
                            c.conflictResolution?.mode === "LastWriterWins"
                                ? { mode: "LastWriterWins", path: c.conflictResolution.path ?? DEFAULTS.lastWriterWinsPath }
                                : c.conflictResolution,
                        throughput: resolveContainerThroughput(cfg, db.name, c, dbShared),
                        storedProcedures: (c.storedProcedures ?? []).map(load),
                        triggers: [...(c.triggers ?? []).map((t) => ({ ...load(t), type: t.type, operation: t.operation })), ...(schema ? [schema.trigger] : [])],
                        userDefinedFunctions: (c.userDefinedFunctions ?? []).map(load),
                        ...(c.accessPatterns ? { accessPatterns: scaleAccessPatterns(resolveAccessPatterns(c.accessPatterns), cfg.workloadScale ?? 1) } : {}),
                        ...(schema ? { itemSchema: schema.itemSchema } : {}),
                    };
                }),
            };
        }),
        ...(cfg.gateway ? { gateway: { ...cfg.gateway } } : {}),
        ...(cfg.restore ? { restore: resolveRestore(cfg.restore) } : {}),
        tags: {
            ...cfg.tags,
            environment: cfg.environment,
            "managed-by": "pulumi",
            project,
        },
    };
}

const ALL_SEVERITIES: Severity[] = [0, 1, 2, 3, 4];

function resolveMonitoring(cfg: StackConfig, production: boolean): PlatformConfig["monitoring"] {
    const m = cfg.monitoring ?? {};
    const ctx = catalogContext(cfg);
    const profile: Profile = m.profile ?? (production ? "full" : "essential");
    return {
        profile,
        workspace: m.workspace && "id" in m.workspace
            ? { id: m.workspace.id }
            : { create: { name: m.workspace?.name ?? `log-${cfg.account.name}`, retentionDays: m.workspace?.retentionDays ?? 30, ...(m.workspace?.dailyQuotaGb ? { dailyQuotaGb: m.workspace.dailyQuotaGb } : {}) } },
        actionGroups: (m.actionGroups ?? []).map((g) => ({
            name: g.name,
            shortName: g.shortName,
            emails: g.emails ?? [],
            webhooks: g.webhooks ?? [],
            severities: (g.severities as Severity[] | undefined) ?? ALL_SEVERITIES,
        })),
        alerts: [...resolveAlerts(ctx, profile, m.alerts ?? {}), ...(m.businessAlerts ?? []).map((b) => businessAlertSpec(b).resolved)],
        ...(m.budget
            ? {
                  budget: {
                      amount: m.budget.amount,
                      startDate: m.budget.startDate,
                      thresholds: m.budget.thresholds ?? [
                          { percent: 80, type: "Actual" },
                          { percent: 100, type: "Actual" },
                          { percent: 100, type: "Forecasted" },
                      ],
                      contactEmails: m.budget.contactEmails ?? [],
                  },
              }
            : {}),
        workbook: m.workbook ?? true,
        sla: availabilitySla(ctx),
    };
}
