/**
 * CosmosEstate: one Cosmos DB (NoSQL API) account with everything around it, for any Pulumi
 * language. It takes the whole estate as nested, documented args (estate/args.ts), checks every
 * rule across the parts before it registers anything (estate/rules.ts), and builds the finer
 * components inside: Identities, CosmosAccount, SqlData, PrivateNetwork, Access, Monitoring and
 * DedicatedGateway. So the rules across them hold in every language (the schema that
 * `pulumi package add` infers can name @pulumi/* resources, never this package's own components):
 * throughput on a serverless account is refused, a container that needs vector or full-text search
 * gets the capability on its account, alerts are sized from the declared throughput, role
 * assignments wait for the data they are scoped to, and the order is internal.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import type * as network from "@pulumi/azure-native/network";
import type * as privatedns from "@pulumi/azure-native/privatedns";
import { CosmosAccount } from "../account/component";
import { Access } from "../access/component";
import type { Principal } from "../access/args";
import { DedicatedGateway } from "../gateway/component";
import { Identities } from "../identities/component";
import { Monitoring } from "../monitoring/component";
import { PrivateNetwork } from "../network/component";
import { SqlData } from "../sql/component";
import { checkedOptions } from "../shared/errors";
import type { CosmosEstateArgs, EstateControlRole, EstateDataRole } from "./args";
import { estateAccountSettings, estateArgsProblems, firewallOf, maxThroughputOf } from "./rules";

/** The finer components an estate built, for TypeScript programs that reach past the outputs. */
export interface EstateParts {
    identities: Identities;
    account: CosmosAccount;
    sql: SqlData;
    network: PrivateNetwork;
    access: Access;
    /** Undefined when monitoring is off (`monitoring.enabled: false`). */
    monitoring?: Monitoring;
    gateway?: DedicatedGateway;
}

const parts = new WeakMap<CosmosEstate, EstateParts>();

/** A role's principal as Access takes it: the group or identity this estate created, or an object id. */
function principalOf(role: EstateDataRole | EstateControlRole, identities: Identities): Principal {
    if (role.group !== undefined) return { key: `group:${role.group}`, id: identities.groups[role.group].objectId, type: "Group" };
    if (role.identity !== undefined)
        return { key: `identity:${role.identity}`, id: identities.identities[role.identity].principalId, type: "ServicePrincipal" };
    const id = role.principalId as string;
    return { key: id, id, ...(role.principalType ? { type: role.principalType } : {}) };
}

/**
 * One Cosmos DB (NoSQL API) account with everything around it: settings, databases and containers,
 * access, private network, monitoring and dedicated gateway, with the rules across them checked
 * before anything is registered.
 */
export class CosmosEstate extends pulumi.ComponentResource {
    /** The DatabaseAccount resource. */
    readonly account: cosmosdb.DatabaseAccount;
    /** ARM id of the account. */
    readonly id: pulumi.Output<string>;
    /** The account's name. */
    readonly name: pulumi.Output<string>;
    /** `https://<name>.documents.azure.com:443/`. */
    readonly endpoint: pulumi.Output<string>;
    /** Primary key, only when local auth is on; always a secret. */
    readonly primaryKey?: pulumi.Output<string>;
    /** The databases, by name. */
    readonly databases: { [name: string]: cosmosdb.SqlResourceSqlDatabase };
    /** The containers, keyed `<database>/<container>`. */
    readonly containers: { [key: string]: cosmosdb.SqlResourceSqlContainer };
    /** The private endpoints, by name. */
    readonly privateEndpoints: { [name: string]: network.PrivateEndpoint };
    /** The `privatelink.documents.azure.com` zone, when this estate created it (pass it to another estate in the same resource group). */
    readonly privateDnsZone?: privatedns.PrivateZone;
    /** Object ids of the groups this estate created, by name. */
    readonly groupObjectIds: { [name: string]: pulumi.Output<string> };
    /** Principal ids of the managed identities this estate created, by name. */
    readonly identityPrincipalIds: { [name: string]: pulumi.Output<string> };
    /** The workspace that receives the diagnostics, when monitoring is on. */
    readonly workspaceId?: pulumi.Output<string>;
    /** `https://<account>.sqlx.cosmos.azure.com`, with a dedicated gateway. */
    readonly gatewayEndpoint?: pulumi.Output<string>;

    /** The finer components this estate built (TypeScript). */
    get parts(): EstateParts {
        return parts.get(this) as EstateParts;
    }

    constructor(name: string, args: CosmosEstateArgs, opts?: pulumi.ComponentResourceOptions) {
        // Every rule across the parts is checked before anything registers, this component included.
        super("cosmos-platform:index:CosmosEstate", name, {}, checkedOptions("CosmosEstate", name, estateArgsProblems(args), opts));
        const p = args.childNamePrefix ?? `${name}/`;
        const child = { parent: this };
        const { resourceGroupName } = args;
        const settings = estateAccountSettings(args);
        const databases = args.databases ?? [];
        const access = args.access ?? {};
        const tags = args.tags;

        const identities = new Identities(
            `${p}identities`,
            { resourceGroupName, location: settings.regions[0].name, groups: access.groups, identities: access.identities, tags, childNamePrefix: p },
            child,
        );
        const cmk = args.customerManagedKey;
        const cosmos = new CosmosAccount(
            `${p}account`,
            {
                ...settings,
                resourceGroupName,
                network: firewallOf(args.network ?? {}),
                ...(cmk
                    ? {
                          customerManagedKey: {
                              keyVaultKeyUri: cmk.keyVaultKeyUri,
                              identityId: cmk.identity !== undefined ? identities.identities[cmk.identity].id : (cmk.identityId as pulumi.Input<string>),
                          },
                      }
                    : {}),
                ...(args.restore ? { restore: args.restore } : {}),
                ...(args.protectData !== undefined ? { protectData: args.protectData } : {}),
                ...(args.deleteLock !== undefined ? { deleteLock: args.deleteLock } : {}),
                ...(args.deleteLockName !== undefined ? { deleteLockName: args.deleteLockName } : {}),
                ...(args.deleteLockNotes !== undefined ? { deleteLockNotes: args.deleteLockNotes } : {}),
                ...(args.defender !== undefined ? { defender: args.defender } : {}),
                tags,
                childNamePrefix: p,
            },
            child,
        );
        const sql = new SqlData(
            `${p}sql`,
            {
                resourceGroupName,
                account: cosmos.account,
                accountSettings: settings,
                databases,
                ...(args.protectData !== undefined ? { protectData: args.protectData } : {}),
                tags,
                childNamePrefix: p,
            },
            child,
        );
        const net = args.network ?? {};
        const privateNetwork = new PrivateNetwork(
            `${p}network`,
            {
                resourceGroupName,
                account: cosmos.account,
                ...(net.virtualNetwork ? { virtualNetwork: net.virtualNetwork } : {}),
                privateEndpoints: net.privateEndpoints ?? [],
                ...(net.privateDnsZoneId ? { privateDnsZoneId: net.privateDnsZoneId } : {}),
                ...(net.gatewayPrivateDnsZoneId ? { gatewayPrivateDnsZoneId: net.gatewayPrivateDnsZoneId } : {}),
                ...(net.sharedPrivateDnsZone && !net.privateDnsZoneId ? { sharedPrivateDnsZone: net.sharedPrivateDnsZone } : {}),
                tags,
                childNamePrefix: p,
            },
            child,
        );
        const roles = new Access(
            `${p}access`,
            {
                resourceGroupName,
                account: cosmos.account,
                ...(args.subscriptionId ? { subscriptionId: args.subscriptionId } : {}),
                customRoles: access.customRoles ?? [],
                dataRoles: (access.dataRoles ?? []).map((r) => ({
                    principal: principalOf(r, identities),
                    role: r.role,
                    ...(r.scope ? { scope: r.scope } : {}),
                    ...(r.id ? { id: r.id } : {}),
                })),
                controlRoles: (access.controlRoles ?? []).map((r) => ({
                    principal: principalOf(r, identities),
                    role: r.role,
                    ...(r.scope ? { scope: r.scope } : {}),
                    ...(r.id ? { id: r.id } : {}),
                })),
                databases: sql.databases,
                containers: sql.containers,
                childNamePrefix: p,
            },
            child,
        );
        const { enabled, ...monitoringSettings } = args.monitoring ?? {};
        const monitoring =
            enabled === false
                ? undefined
                : new Monitoring(
                      `${p}monitoring`,
                      {
                          ...monitoringSettings,
                          resourceGroupName,
                          account: cosmos.account,
                          accountSettings: settings,
                          ...(maxThroughputOf(databases) !== undefined ? { maxThroughput: maxThroughputOf(databases) } : {}),
                          ...(args.subscriptionId ? { subscriptionId: args.subscriptionId } : {}),
                          tags,
                          childNamePrefix: p,
                      },
                      child,
                  );
        const gateway = args.gateway
            ? new DedicatedGateway(
                  `${p}gateway`,
                  { resourceGroupName, account: cosmos.account, size: args.gateway.size, instances: args.gateway.instances, childNamePrefix: p },
                  child,
              )
            : undefined;
        parts.set(this, {
            identities,
            account: cosmos,
            sql,
            network: privateNetwork,
            access: roles,
            ...(monitoring ? { monitoring } : {}),
            ...(gateway ? { gateway } : {}),
        });

        this.account = cosmos.account;
        this.id = cosmos.id;
        this.name = cosmos.name;
        this.endpoint = cosmos.endpoint;
        if (cosmos.primaryKey) this.primaryKey = cosmos.primaryKey;
        this.databases = sql.databases;
        this.containers = sql.containers;
        this.privateEndpoints = privateNetwork.endpoints;
        if (privateNetwork.zone) this.privateDnsZone = privateNetwork.zone;
        this.groupObjectIds = Object.fromEntries(Object.entries(identities.groups).map(([k, g]) => [k, g.objectId]));
        this.identityPrincipalIds = Object.fromEntries(Object.entries(identities.identities).map(([k, i]) => [k, i.principalId]));
        if (monitoring) this.workspaceId = monitoring.workspaceId;
        if (gateway) this.gatewayEndpoint = gateway.endpoint;
        this.registerOutputs({ id: this.id, name: this.name, endpoint: this.endpoint });
    }
}
