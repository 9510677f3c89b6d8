/**
 * The stack layer's one job besides validation: turn a resolved account config into the
 * components' arguments. Pure functions, so tests read the mapping without mocks; the components
 * never see a stack file or a config type.
 */
import * as pulumi from "@pulumi/pulumi";
import type { AccessArgs, Principal } from "../components/access";
import { accountNetworkOf, type CosmosAccountArgs } from "../components/account";
import type { IdentitiesArgs } from "../components/identities";
import type { MonitoringArgs } from "../components/monitoring/component";
import type { PrivateNetworkArgs } from "../components/network";
import type { SqlDataArgs } from "../components/sql";
import { throughputCeiling } from "../components/monitoring/catalog";
import type { PlatformConfig, ResolvedContainer } from "./config";
import { containerArmId, InPlaceRestore, subscriptionOfRestorable } from "../components/validation/restore";
import { alertContext } from "../components/monitoring/component";

type Tags = Record<string, string>;

export function accountArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, keyIdentityId?: pulumi.Input<string>): CosmosAccountArgs {
    const cmk = config.security.customerManagedKey;
    const a = config.account;
    return {
        ...a,
        resourceGroupName,
        network: accountNetworkOf(config.network),
        ...(cmk && keyIdentityId !== undefined ? { customerManagedKey: { keyVaultKeyUri: cmk.keyVaultKeyUri, identityId: keyIdentityId } } : {}),
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
        deleteLock: config.security.deleteLock,
        defender: config.security.defender,
        tags: config.tags as Tags,
        childNamePrefix: config.childNamePrefix,
    };
}

export function sqlContainerArgs(c: ResolvedContainer): NonNullable<SqlDataArgs["databases"][number]["containers"]>[number] {
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

export function sqlDataArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, accountName: pulumi.Input<string>): SqlDataArgs {
    const source = config.restoreInPlace?.restoreSource;
    return {
        resourceGroupName,
        accountName,
        databases: config.databases.map((db) => {
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
                    const importId = dbRestore && source ? containerArmId(subscriptionOfRestorable(source), config.resourceGroup.name, config.account.name, db.name, c.name) : undefined;
                    return { ...sqlContainerArgs(c), ...(restore ? { restore } : {}), ...(importId ? { importId } : {}) };
                }),
            };
        }),
        protectData: config.production,
        tags: config.tags,
        childNamePrefix: config.childNamePrefix,
    };
}

export function identitiesArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>): IdentitiesArgs {
    return {
        resourceGroupName,
        location: config.account.regions[0].name,
        groups: config.access.groups.map((g) => ({
            name: g.name,
            displayName: g.displayName,
            description: g.description ?? `Cosmos DB access for ${config.account.name} (${config.environment}), managed by Pulumi`,
            members: g.members,
        })),
        identities: config.access.identities,
        tags: config.tags,
        childNamePrefix: config.childNamePrefix,
    };
}

/** Object ids of the groups and identities a stack creates, for resolving `group:` and `identity:` principals. */
export interface PrincipalDirectory {
    groups: Record<string, { objectId: pulumi.Output<string> }>;
    identities: Record<string, { principalId: pulumi.Output<string> }>;
}

/** A principal reference of the stack config (`group:<name>`, `identity:<name>` or an object id) as the Access component takes it. */
export function principalOf(ref: string, directory: PrincipalDirectory, declaredType?: Principal["type"]): Principal {
    if (ref.startsWith("group:")) return { key: ref, id: directory.groups[ref.slice(6)].objectId, type: "Group" };
    if (ref.startsWith("identity:")) return { key: ref, id: directory.identities[ref.slice(9)].principalId, type: "ServicePrincipal" };
    return { key: ref, id: ref, ...(declaredType ? { type: declaredType } : {}) };
}

export function accessArgs(
    config: PlatformConfig,
    resourceGroupName: pulumi.Input<string>,
    accountName: pulumi.Input<string>,
    directory: PrincipalDirectory,
    data: pulumi.Resource,
): AccessArgs {
    return {
        resourceGroupName,
        accountName,
        // Imported roles are scoped by their real ARM ids, so the subscription is the import's.
        ...(config.import ? { subscriptionId: config.import.subscriptionId } : {}),
        customRoles: config.access.customRoles,
        dataRoles: config.access.dataRoles.map((r) => ({ principal: principalOf(r.principal, directory), role: r.role, scope: r.scope, ...(r.id ? { id: r.id } : {}) })),
        controlRoles: config.access.controlRoles.map((r) => ({ principal: principalOf(r.principal, directory, r.principalType), role: r.role, scope: r.scope })),
        dependsOn: [data],
        childNamePrefix: config.childNamePrefix,
    };
}

export function privateNetworkArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, accountId: pulumi.Input<string>): PrivateNetworkArgs {
    const net = config.network;
    return {
        resourceGroupName,
        accountId,
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
        })),
        ...(net.privateDnsZoneId ? { privateDnsZoneId: net.privateDnsZoneId } : {}),
        ...(net.gatewayPrivateDnsZoneId ? { gatewayPrivateDnsZoneId: net.gatewayPrivateDnsZoneId } : {}),
        tags: config.tags,
        childNamePrefix: config.childNamePrefix,
    };
}

export function monitoringArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, accountId: pulumi.Input<string>): MonitoringArgs {
    const m = config.monitoring;
    return {
        resourceGroupName,
        accountId,
        accountName: config.account.name,
        location: config.account.regions[0].name,
        account: alertContext(config.account, throughputCeiling(config.databases.flatMap((db) => [...(db.throughput ? [db.throughput] : []), ...db.containers.map((c) => c.throughput)]))),
        workspace: m.workspace,
        diagnostics: m.diagnostics,
        actionGroups: m.actionGroups.map((g) => ({
            ...g,
            // A webhook from a secret config key (it may carry a token) stays a secret in state.
            webhooks: g.webhooks.map((w) => ({ name: w.name, uri: w.uri.secret ? pulumi.secret(w.uri.value) : w.uri.value })),
        })),
        alerts: m.alerts,
        ...(m.budget ? { budget: m.budget } : {}),
        workbook: m.workbook,
        tags: config.tags,
        childNamePrefix: config.childNamePrefix,
    };
}
