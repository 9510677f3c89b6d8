/**
 * The stack layer's one job besides reading stack files: turn a resolved account config into the
 * arguments of one CosmosEstate. Pure functions, so tests read the mapping without mocks; the
 * components never see a stack file or a config type, and apply every rule themselves.
 */
import * as pulumi from "@pulumi/pulumi";
import type { CosmosEstateArgs, EstateControlRole, EstateDataRole, SharedPrivateDnsZone, SqlContainer, SqlDatabase } from "../components";
import type { PlatformConfig, ResolvedContainer } from "./config";
import { accountNetworkOf } from "../components/account/rules";
import { containerArmId, InPlaceRestore, subscriptionOfRestorable } from "../components/shared/restore";
import { CATALOG } from "../components/monitoring/catalog";

export function sqlContainerArgs(c: ResolvedContainer): SqlContainer {
    const script = (s: { name: string; body: string }) => ({ name: s.name, body: s.body });
    return {
        name: c.name,
        partitionKey: { paths: c.partitionKey.paths, version: c.partitionKey.version },
        ...(c.indexingPolicy ? { indexingPolicy: c.indexingPolicy } : {}),
        ...(c.uniqueKeys.length > 0 ? { uniqueKeys: c.uniqueKeys } : {}),
        ...(c.defaultTtl !== undefined ? { defaultTtl: c.defaultTtl } : {}),
        ...(c.analyticalTtl !== undefined ? { analyticalTtl: c.analyticalTtl } : {}),
        ...(c.conflictResolution ? { conflictResolution: c.conflictResolution } : {}),
        ...(c.vectorEmbeddings ? { vectorEmbeddings: c.vectorEmbeddings } : {}),
        ...(c.fullTextPolicy ? { fullTextPolicy: c.fullTextPolicy } : {}),
        ...(c.computedProperties ? { computedProperties: c.computedProperties } : {}),
        ...(c.tags ? { tags: c.tags } : {}),
        // Serverless: no throughput at all; shared: the database's.
        ...(c.throughput.mode === "serverless" ? {} : { throughput: c.throughput }),
        storedProcedures: c.storedProcedures.map(script),
        triggers: c.triggers.map((t) => ({ ...script(t), type: t.type, operation: t.operation })),
        userDefinedFunctions: c.userDefinedFunctions.map(script),
    };
}

/** The in-place restore of `<database>` or `<database>/<container>`, as the SqlData component takes it; undefined when none. */
export function inPlaceRestoreOf(config: PlatformConfig, database: string, container?: string): InPlaceRestore | undefined {
    const r = config.restoreInPlace;
    const entry = r?.resources.find((e) => e.database === database && e.container === container);
    if (!r || !entry) return undefined;
    return { restoreSource: r.restoreSource, timestamp: entry.timestamp, ...(entry.ttlDisabled ? { ttlDisabled: true } : {}) };
}

export function databasesArgs(config: PlatformConfig): SqlDatabase[] {
    const source = config.restoreInPlace?.restoreSource;
    return config.databases.map((db) => {
        const dbRestore = inPlaceRestoreOf(config, db.name);
        return {
            name: db.name,
            ...(db.throughput ? { throughput: db.throughput } : {}),
            ...(dbRestore ? { restore: dbRestore } : {}),
            ...(db.tags ? { tags: db.tags } : {}),
            containers: db.containers.map((c) => {
                const restore = inPlaceRestoreOf(config, db.name, c.name);
                // A restored database brings its containers back: adopt them by their ARM id (the
                // subscription is the restorable id's: an in-place restore stays in its account).
                const importId =
                    dbRestore && source
                        ? containerArmId(subscriptionOfRestorable(source), config.resourceGroup.name, config.account.name, db.name, c.name)
                        : undefined;
                return { ...sqlContainerArgs(c), ...(restore ? { restore } : {}), ...(importId ? { importId } : {}) };
            }),
        };
    });
}

/** A principal reference of the stack config (`group:<name>`, `identity:<name>` or an object id) as the estate takes it. */
export function principalRef(
    ref: string,
    declaredType?: EstateDataRole["principalType"],
): Pick<EstateDataRole, "group" | "identity" | "principalId" | "principalType"> {
    if (ref.startsWith("group:")) return { group: ref.slice(6) };
    if (ref.startsWith("identity:")) return { identity: ref.slice(9) };
    return { principalId: ref, ...(declaredType ? { principalType: declaredType } : {}) };
}

/** Monitoring with the diagnostic setting alone: every catalogue alert off, no receiver, budget or workbook. */
const DIAGNOSTICS_ONLY = {
    alerts: Object.fromEntries(CATALOG.map((spec) => [spec.key, { enabled: false }])),
    businessAlerts: [],
    actionGroups: [],
    budget: undefined,
    workbook: false,
    requireReceivers: false,
};

/** One account of a stack as the arguments of its CosmosEstate. */
export function estateArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, sharedPrivateDnsZone?: SharedPrivateDnsZone): CosmosEstateArgs {
    const net = config.network;
    const m = config.monitoring;
    const cmk = config.security.customerManagedKey;
    const importsDiagnostics = config.import !== undefined && m.diagnostics.name !== undefined;
    return {
        resourceGroupName,
        account: config.account,
        network: {
            ...accountNetworkOf(net),
            ...(net.virtualNetwork ? { virtualNetwork: net.virtualNetwork } : {}),
            privateEndpoints: net.privateEndpoints.map((pe) => ({
                name: pe.name,
                subnet: "id" in pe.subnet ? pe.subnet.id : pe.subnet.name,
                location: pe.location,
                privateDns: pe.privateDns,
                // `Sql` is the component's default: leaving it out keeps today's endpoints' args as they were.
                ...(pe.groupId !== "Sql" ? { groupId: pe.groupId } : {}),
                ...(pe.ipConfigurations.length > 0 ? { ipConfigurations: pe.ipConfigurations } : {}),
                ...(pe.manualApproval ? { manualApproval: pe.manualApproval } : {}),
                ...(pe.connectionName !== undefined ? { connectionName: pe.connectionName } : {}),
                ...(pe.networkInterfaceName !== undefined ? { networkInterfaceName: pe.networkInterfaceName } : {}),
            })),
            ...(net.privateDnsZoneId ? { privateDnsZoneId: net.privateDnsZoneId } : {}),
            ...(net.gatewayPrivateDnsZoneId ? { gatewayPrivateDnsZoneId: net.gatewayPrivateDnsZoneId } : {}),
            ...(sharedPrivateDnsZone && !net.privateDnsZoneId ? { sharedPrivateDnsZone } : {}),
        },
        databases: databasesArgs(config),
        access: {
            groups: config.access.groups.map((g) => ({
                name: g.name,
                displayName: g.displayName,
                description: g.description ?? `Cosmos DB access for ${config.account.name} (${config.environment}), managed by Pulumi`,
                members: g.members,
            })),
            identities: config.access.identities,
            customRoles: config.access.customRoles,
            dataRoles: config.access.dataRoles.map(
                (r): EstateDataRole => ({ ...principalRef(r.principal), role: r.role, scope: r.scope, ...(r.id ? { id: r.id } : {}) }),
            ),
            controlRoles: config.access.controlRoles.map(
                (r): EstateControlRole => ({ ...principalRef(r.principal, r.principalType), role: r.role, scope: r.scope, ...(r.id ? { id: r.id } : {}) }),
            ),
        },
        monitoring: {
            // An import deployment creates nothing, and monitoring has no off switch in a stack file:
            // it comes with the first deployment after the import switch is removed
            // (docs/runbooks/adopt.md). An existing diagnostic setting (named in the config) is
            // imported then, on its own: no alert, action group, budget or workbook yet.
            enabled: !config.import || importsDiagnostics,
            profile: m.profile,
            workspace: "id" in m.workspace ? { id: m.workspace.id } : m.workspace.create,
            diagnostics: m.diagnostics,
            actionGroups: m.actionGroups.map((g) => ({
                ...g,
                // A webhook from a secret config key (it may carry a token) stays a secret in state.
                webhooks: g.webhooks.map((w) => ({ name: w.name, uri: w.uri.secret ? pulumi.secret(w.uri.value) : w.uri.value })),
            })),
            alerts: m.overrides,
            businessAlerts: m.businessAlerts,
            ...(m.budget ? { budget: m.budget } : {}),
            workbook: m.workbook,
            requireReceivers: m.requireReceivers,
            ...(importsDiagnostics ? DIAGNOSTICS_ONLY : {}),
        },
        ...(config.gateway ? { gateway: config.gateway } : {}),
        // The key's identity: one the stack creates (by name), or an existing one by resource id (an adopted account's).
        ...(cmk
            ? {
                  customerManagedKey: {
                      keyVaultKeyUri: cmk.keyVaultKeyUri,
                      ...(cmk.identity.startsWith("/") ? { identityId: cmk.identity } : { identity: cmk.identity }),
                  },
              }
            : {}),
        ...(config.restore
            ? {
                  restore: {
                      restoreSource: config.restore.restoreSource,
                      timestamp: config.restore.timestamp,
                      ...(config.restore.databases ? { databases: config.restore.databases } : {}),
                      ttlDisabled: config.restore.ttlDisabled,
                  },
              }
            : {}),
        protectData: config.production,
        deleteLock: config.security.deleteLock !== false,
        ...(typeof config.security.deleteLock === "object"
            ? { deleteLockName: config.security.deleteLock.name, deleteLockNotes: config.security.deleteLock.notes ?? "" }
            : {}),
        defender: config.security.defender,
        // Imported roles are scoped by their real ARM ids, so the subscription is the import's.
        ...(config.import ? { subscriptionId: config.import.subscriptionId } : {}),
        tags: config.tags,
        childNamePrefix: config.childNamePrefix,
    };
}
