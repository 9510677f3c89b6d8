/**
 * Turns a validated stack config into the `PlatformConfig` the components build from: defaults
 * applied in one visible place, throughput resolved per container, index policies normalised,
 * script bodies loaded. Components assume this is valid.
 */
import type { AccessPatterns } from "../queries/declarations";
import {
    ResolvedAccountNetwork,
    ResolvedBackup,
    resolveAccountNetwork,
    resolveAccountSettings,
    ResolvedAccountSettings,
} from "../../components/account/defaults";
import type { IndexingPolicy } from "../../components/sql/args";
import type { GATEWAY_SIZES } from "../../components/gateway/component";
import type { SqlContainer } from "../../components/sql/args";
import { resolveAccessPatterns, scaleAccessPatterns } from "./access-patterns-schema";
import { Profile, Severity, throughputCeiling } from "../../components/monitoring/catalog";
import { DEFAULT_LOG_CATEGORIES, DEFAULT_METRIC_CATEGORIES, MetricCategory } from "../../components/monitoring/diagnostic-categories";
import type { ResolvedAlert } from "../../components/monitoring/resolve";
import type { AlertOverride, BusinessAlert } from "../../components/monitoring/args";
import type { SqlDatabase } from "../../components/sql/args";
import { capabilitiesFor } from "../../components/estate/rules";
import { availabilitySla, Sla } from "../../components/shared/sla";
import { alertContext, monitoringAlerts } from "../../components/monitoring/component";
import { ProvisionedThroughput } from "../../components/sql/rules";
import { DEFAULTS, isProduction } from "./defaults";
import { AccountView } from "./schema";
import { ScriptLoader } from "./scripts";
import { Sensitive } from "../../components/shared/secrets";
import { gatewayEndpointName } from "./security-schema";
import { ResolvedItemSchema, ResolvedRestore, ResolvedRestoreInPlace, resolveItemSchema, resolveRestore, resolveRestoreInPlace } from "./restore-schema";

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

export type { ResolvedBackup };

export interface ResolvedPrivateEndpoint {
    name: string;
    /** A subnet of network.virtualNetwork by name, or a subnet resource id. */
    subnet: { name: string } | { id: string };
    privateDns: "zoneGroup" | "none";
    location: string;
    /** `Sql`, or `SqlDedicated` for the dedicated gateway's twin of a declared endpoint. */
    groupId: "Sql" | "SqlDedicated";
    ipConfigurations: { memberName: string; privateIPAddress: string; name?: string }[];
    manualApproval?: { requestMessage: string };
    /** The connection's name (default `<name>-sql`); an adopted endpoint keeps its own. */
    connectionName?: string;
    /** The endpoint's network interface name (create-only); an adopted endpoint keeps its own. */
    networkInterfaceName?: string;
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
    /** As declared; the SqlData component emits the service's normalised form. */
    indexingPolicy?: IndexingPolicy;
    vectorEmbeddings?: SqlContainer["vectorEmbeddings"];
    fullTextPolicy?: SqlContainer["fullTextPolicy"];
    computedProperties?: SqlContainer["computedProperties"];
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
    /** The container's own tags (with the standard tags); undefined = the account's `tags`. */
    tags?: Record<string, string>;
}

export interface ResolvedDatabase {
    name: string;
    /** Shared throughput; undefined when the database has none. */
    throughput?: ProvisionedThroughput;
    containers: ResolvedContainer[];
    /** The database's own tags (with the standard tags); undefined = the account's `tags`. */
    tags?: Record<string, string>;
}

export interface PlatformConfig {
    project: string;
    /** Prefix of this account's logical names: "" in the single-account form (its URNs never change), `<account>/` in the `accounts` form. */
    childNamePrefix: string;
    environment: string;
    production: boolean;
    resourceGroup: { name: string; create: boolean; location: string };
    /** The account's settings with defaults applied (the CosmosAccount component's own resolution). */
    account: ResolvedAccountSettings;
    /** The account's firewall (CosmosAccount's own resolution), and the private network around it. */
    network: ResolvedAccountNetwork & {
        publicAccessReason?: string;
        /** The opt-ins for `0.0.0.0` and very broad IP rules (the account component's). */
        allowAzureDatacenters?: boolean;
        allowBroadIpRanges?: boolean;
        virtualNetwork?: { name: string; addressSpace: string; location: string; subnets: { name: string; prefix: string }[] };
        privateEndpoints: ResolvedPrivateEndpoint[];
        /** Existing `privatelink.documents.azure.com` zone; undefined = the stack creates one (when any endpoint needs it). */
        privateDnsZoneId?: string;
        /** Existing `privatelink.sqlx.cosmos.azure.com` zone for the gateway's endpoints; undefined = created when needed. */
        gatewayPrivateDnsZoneId?: string;
    };
    access: {
        groups: { name: string; displayName: string; description?: string; members: string[] }[];
        identities: { name: string }[];
        customRoles: { name: string; dataActions: string[]; id?: string; assignableScopes?: { database?: string; container?: string }[] }[];
        dataRoles: { principal: string; role: string; scope: { database?: string; container?: string }; id?: string }[];
        controlRoles: {
            principal: string;
            principalType?: "User" | "Group" | "ServicePrincipal";
            role: string;
            scope: "account" | "resourceGroup";
            id?: string;
        }[];
    };
    monitoring: {
        profile: Profile;
        workspace: { create: { name: string; retentionDays: number; dailyQuotaGb?: number } } | { id: string };
        /** The diagnostic setting: categories, and the destinations beside the workspace. */
        diagnostics: {
            name?: string;
            logCategories: string[];
            metricCategories: MetricCategory[];
            storageAccountId?: string;
            eventHubAuthorizationRuleId?: string;
            eventHubName?: string;
        };
        actionGroups: {
            name: string;
            shortName: string;
            emails: { name: string; address: string }[];
            webhooks: { name: string; uri: Sensitive }[];
            severities: Severity[];
        }[];
        /** Catalogue alerts for this stack, then business alerts. */
        alerts: ResolvedAlert[];
        /** The stack's per-alert overrides, as written. */
        overrides: Record<string, AlertOverride>;
        /** The stack's business alerts, as written. */
        businessAlerts: BusinessAlert[];
        /** Alerts must reach someone at every severity (default: production). */
        requireReceivers: boolean;
        budget?: { amount: number; startDate: string; thresholds: { percent: number; type: "Actual" | "Forecasted" }[]; contactEmails: string[] };
        workbook: boolean;
        /** The availability SLA of this account's configuration. */
        sla: Sla;
    };
    security: {
        defender: boolean;
        /** On or off, or an existing lock's name and notes (on, adopted). */
        deleteLock: boolean | { name: string; notes?: string };
        customerManagedKey?: { keyVaultKeyUri: string; identity: string };
    };
    databases: ResolvedDatabase[];
    /** Dedicated gateway with the integrated cache; undefined = none. */
    gateway?: { size: (typeof GATEWAY_SIZES)[number]; instances: number };
    /** Create the account by point-in-time restore; undefined = a new, empty account. */
    restore?: ResolvedRestore;
    /** Deleted databases and containers restored into this account; undefined = none. */
    restoreInPlace?: ResolvedRestoreInPlace;
    /** Import the existing resources on the next deployment (stack/import.ts); undefined = create them. */
    import?: { subscriptionId: string };
    tags: Record<string, string>;
}

function resolveContainerThroughput(
    cfg: AccountView,
    dbName: string,
    container: AccountView["databases"][number]["containers"][number],
    dbShared: ProvisionedThroughput | undefined,
): ResolvedThroughput {
    if (cfg.account.serverless) return { mode: "serverless" };
    const declared = cfg.throughput?.containers?.[`${dbName}/${container.name}`] ?? container.throughput;
    if (declared) return declared;
    if (dbShared) return { mode: "shared" };
    // The rules guarantee a default exists when nothing else sizes the container.
    return cfg.throughput?.default as ProvisionedThroughput;
}

/** The account's capabilities: those listed, plus what its containers need (CosmosEstate's own rule). */
export function capabilitiesForView(cfg: AccountView): NonNullable<AccountView["account"]["capabilities"]> {
    return capabilitiesFor(cfg.account, cfg.databases as unknown as SqlDatabase[]);
}

export interface ResolveOptions {
    /** True for a config key (without namespace) that Pulumi marks secret: its secret-capable fields stay secrets. */
    isSecret?: (key: string) => boolean;
    /** Prefix of the account's logical names ("" for the single-account form). */
    childNamePrefix?: string;
}

export function resolveConfig(cfg: AccountView, project: string, scripts: ScriptLoader, options: ResolveOptions = {}): PlatformConfig {
    const production = isProduction(cfg);
    // The component's own defaults, but for the backup tier, which follows the stack's production flag.
    const account = resolveAccountSettings({
        ...cfg.account,
        backup: cfg.account.backup ?? { type: "Continuous", tier: production ? DEFAULTS.productionBackupTier : DEFAULTS.nonProductionBackupTier },
        capabilities: capabilitiesForView(cfg),
    });
    const regions = account.regions;
    const network = cfg.network ?? {};
    const firewall = resolveAccountNetwork(network);
    const isSecret = options.isSecret ?? (() => false);
    const standardTags: Record<string, string> = cfg.standardTags === false ? {} : { environment: cfg.environment, "managed-by": "pulumi", project };
    const ownTags = (tags: Record<string, string> | undefined) => (tags ? { ...tags, ...standardTags } : undefined);

    return {
        project,
        childNamePrefix: options.childNamePrefix ?? "",
        environment: cfg.environment,
        production,
        resourceGroup: {
            name: cfg.resourceGroup.name,
            create: cfg.resourceGroup.create ?? true,
            location: cfg.resourceGroup.location ?? regions[0].name,
        },
        account,
        network: {
            ...firewall,
            ...(network.publicAccessReason ? { publicAccessReason: network.publicAccessReason } : {}),
            ...(network.allowAzureDatacenters ? { allowAzureDatacenters: true } : {}),
            ...(network.allowBroadIpRanges ? { allowBroadIpRanges: true } : {}),
            ...(network.virtualNetwork ? { virtualNetwork: { ...network.virtualNetwork, location: network.virtualNetwork.location ?? regions[0].name } } : {}),
            privateEndpoints: resolvePrivateEndpoints(network.privateEndpoints ?? [], regions[0].name, cfg.gateway !== undefined),
            ...(network.privateDnsZoneId ? { privateDnsZoneId: network.privateDnsZoneId } : {}),
            ...(network.gatewayPrivateDnsZoneId ? { gatewayPrivateDnsZoneId: network.gatewayPrivateDnsZoneId } : {}),
        },
        access: {
            groups: (cfg.access?.groups ?? []).map((g) => ({ ...g, members: g.members ?? [] })),
            identities: cfg.access?.identities ?? [],
            customRoles: cfg.access?.customRoles ?? [],
            dataRoles: (cfg.access?.dataRoles ?? []).map((r) => ({ ...r, scope: r.scope ?? {} })),
            controlRoles: (cfg.access?.controlRoles ?? []).map((r) => ({ ...r, scope: r.scope ?? "account" })),
        },
        monitoring: resolveMonitoring(cfg, production, isSecret),
        security: {
            defender: cfg.security?.defender ?? production,
            deleteLock: cfg.security?.deleteLock ?? production,
            ...(cfg.security?.customerManagedKey ? { customerManagedKey: cfg.security.customerManagedKey } : {}),
        },
        databases: cfg.databases.map((db) => {
            const dbShared = account.serverless ? undefined : (cfg.throughput?.databases?.[db.name] ?? db.throughput);
            const dbTags = ownTags(db.tags);
            return {
                name: db.name,
                throughput: dbShared,
                ...(dbTags ? { tags: dbTags } : {}),
                containers: db.containers.map((c): ResolvedContainer => {
                    const containerTags = ownTags(c.tags);
                    const paths = c.partitionKey.paths.map((p) => p.trim());
                    const load = (s: { name: string; file: string }): ResolvedScript => ({ name: s.name, file: s.file, body: scripts.body(s.file) });
                    const schema = c.itemSchema ? resolveItemSchema(scripts.baseDir, c.itemSchema) : undefined;
                    return {
                        name: c.name,
                        partitionKey: {
                            paths,
                            kind: paths.length > 1 ? "MultiHash" : "Hash",
                            version: paths.length > 1 ? 2 : (c.partitionKey.version ?? DEFAULTS.partitionKeyVersion),
                        },
                        ...(c.indexingPolicy ? { indexingPolicy: c.indexingPolicy } : {}),
                        ...(c.vectorEmbeddings ? { vectorEmbeddings: c.vectorEmbeddings } : {}),
                        ...(c.fullTextPolicy ? { fullTextPolicy: c.fullTextPolicy } : {}),
                        ...(c.computedProperties ? { computedProperties: c.computedProperties } : {}),
                        uniqueKeys: (c.uniqueKeys ?? []).map((k) => k.map((p) => p.trim())),
                        defaultTtl: c.defaultTtl,
                        analyticalTtl: c.analyticalTtl,
                        conflictResolution:
                            c.conflictResolution?.mode === "LastWriterWins"
                                ? { mode: "LastWriterWins", path: c.conflictResolution.path ?? DEFAULTS.lastWriterWinsPath }
                                : c.conflictResolution && {
                                      mode: "Custom",
                                      ...(c.conflictResolution.procedure !== undefined ? { procedure: c.conflictResolution.procedure } : {}),
                                  },
                        throughput: resolveContainerThroughput(cfg, db.name, c, dbShared),
                        storedProcedures: (c.storedProcedures ?? []).map(load),
                        triggers: [
                            ...(c.triggers ?? []).map((t) => ({ ...load(t), type: t.type, operation: t.operation })),
                            ...(schema ? [schema.trigger] : []),
                        ],
                        userDefinedFunctions: (c.userDefinedFunctions ?? []).map(load),
                        ...(c.accessPatterns ? { accessPatterns: scaleAccessPatterns(resolveAccessPatterns(c.accessPatterns), cfg.workloadScale ?? 1) } : {}),
                        ...(schema ? { itemSchema: schema.itemSchema } : {}),
                        ...(containerTags ? { tags: containerTags } : {}),
                    };
                }),
            };
        }),
        ...(cfg.gateway ? { gateway: { ...cfg.gateway } } : {}),
        ...(cfg.restore ? { restore: resolveRestore(cfg.restore) } : {}),
        ...(cfg.restoreInPlace ? { restoreInPlace: resolveRestoreInPlace(cfg.restoreInPlace) } : {}),
        ...(cfg.import ? { import: { subscriptionId: cfg.import.subscriptionId } } : {}),
        tags: { ...cfg.tags, ...standardTags },
    };
}

/**
 * The declared endpoints (group `Sql`), each followed by its dedicated-gateway twin (group
 * `SqlDedicated`) when the account has a gateway and the entry does not opt out.
 */
export function resolvePrivateEndpoints(
    declared: NonNullable<NonNullable<AccountView["network"]>["privateEndpoints"]>,
    writeRegion: string,
    gateway: boolean,
): ResolvedPrivateEndpoint[] {
    return declared.flatMap((pe): ResolvedPrivateEndpoint[] => {
        const base = {
            subnet: pe.subnet.startsWith("/subscriptions/") ? { id: pe.subnet } : { name: pe.subnet },
            privateDns: pe.privateDns ?? "zoneGroup",
            location: pe.location ?? writeRegion,
            ...(pe.manualApproval ? { manualApproval: pe.manualApproval } : {}),
        } as const;
        const own: ResolvedPrivateEndpoint = {
            name: pe.name,
            ...base,
            groupId: "Sql",
            ipConfigurations: pe.ipConfigurations ?? [],
            ...(pe.connectionName !== undefined ? { connectionName: pe.connectionName } : {}),
            ...(pe.networkInterfaceName !== undefined ? { networkInterfaceName: pe.networkInterfaceName } : {}),
        };
        if (!gateway || pe.dedicatedGateway === false) return [own];
        const twin = pe.dedicatedGateway ?? {};
        return [own, { name: twin.name ?? gatewayEndpointName(pe.name), ...base, groupId: "SqlDedicated", ipConfigurations: twin.ipConfigurations ?? [] }];
    });
}

const ALL_SEVERITIES: Severity[] = [0, 1, 2, 3, 4];

/** The largest RU/s declared for one offer, as the components get it (databases' shared throughput, containers' own). */
function declaredThroughputCeiling(cfg: AccountView): number | undefined {
    if (cfg.account.serverless) return undefined;
    const offers = cfg.databases.flatMap((db) => {
        const shared = cfg.throughput?.databases?.[db.name] ?? db.throughput;
        return [...(shared ? [shared] : []), ...db.containers.map((c) => resolveContainerThroughput(cfg, db.name, c, shared))];
    });
    return throughputCeiling(offers);
}

function resolveMonitoring(cfg: AccountView, production: boolean, isSecret: (key: string) => boolean): PlatformConfig["monitoring"] {
    const m = cfg.monitoring ?? {};
    const ctx = alertContext(cfg.account, declaredThroughputCeiling(cfg));
    const d = m.diagnostics ?? {};
    const profile: Profile = m.profile ?? (production ? "full" : "essential");
    return {
        profile,
        workspace:
            m.workspace?.id !== undefined
                ? { id: m.workspace.id }
                : {
                      create: {
                          name: m.workspace?.name ?? `log-${cfg.account.name}`,
                          retentionDays: m.workspace?.retentionDays ?? 30,
                          ...(m.workspace?.dailyQuotaGb ? { dailyQuotaGb: m.workspace.dailyQuotaGb } : {}),
                      },
                  },
        diagnostics: {
            ...(d.name !== undefined ? { name: d.name } : {}),
            logCategories: d.logCategories ?? [...DEFAULT_LOG_CATEGORIES],
            metricCategories: d.metricCategories ?? [...DEFAULT_METRIC_CATEGORIES],
            ...(d.storageAccountId ? { storageAccountId: d.storageAccountId } : {}),
            ...(d.eventHubAuthorizationRuleId ? { eventHubAuthorizationRuleId: d.eventHubAuthorizationRuleId } : {}),
            ...(d.eventHubName ? { eventHubName: d.eventHubName } : {}),
        },
        actionGroups: (m.actionGroups ?? []).map((g) => ({
            name: g.name,
            shortName: g.shortName,
            emails: g.emails ?? [],
            webhooks: (g.webhooks ?? []).map((w) => ({ name: w.name, uri: { value: w.uri, secret: isSecret("monitoring") } })),
            severities: g.severities ?? ALL_SEVERITIES,
        })),
        alerts: monitoringAlerts({ profile, alerts: m.alerts ?? {}, businessAlerts: m.businessAlerts ?? [] }, ctx),
        overrides: m.alerts ?? {},
        businessAlerts: m.businessAlerts ?? [],
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
        requireReceivers: m.requireReceivers ?? production,
        sla: availabilitySla(ctx),
    };
}
