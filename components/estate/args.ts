/**
 * The arguments of CosmosEstate: the whole estate of one account (settings, data model, access,
 * private networking, monitoring, dedicated gateway) as nested, documented args, the shape of the
 * Azure Verified Module for a Cosmos DB account. The keys mirror a stack file's.
 */
import * as pulumi from "@pulumi/pulumi";
import type { AccountNetwork, AccountRestore, AccountSafeguards, AccountSettings } from "../account/args";
import type { ControlRoleScope, CustomRole, DataScope, PrincipalType } from "../access/args";
import type { GatewaySettings } from "../gateway/args";
import type { EntraGroup, ManagedIdentity } from "../identities/args";
import type { MonitoringSettings } from "../monitoring/args";
import type { PrivateEndpoint, SharedPrivateDnsZone, VirtualNetwork } from "../network/args";
import type { SqlDatabase } from "../sql/args";

/** The account's firewall and its private network. */
export interface EstateNetwork extends AccountNetwork {
    /** A VNet to create for the private endpoints. */
    virtualNetwork?: VirtualNetwork;
    /** Private endpoints to the account (group Sql) or its dedicated gateway (group SqlDedicated, needs `gateway`). */
    privateEndpoints?: PrivateEndpoint[];
    /** An existing `privatelink.documents.azure.com` zone (hub). Default: create one when an endpoint needs it. */
    privateDnsZoneId?: pulumi.Input<string>;
    /** An existing `privatelink.sqlx.cosmos.azure.com` zone (hub) for SqlDedicated endpoints. Default: create one when needed. */
    gatewayPrivateDnsZoneId?: pulumi.Input<string>;
    /** A `privatelink.documents.azure.com` zone another estate in this resource group created (its `privateDnsZone`): a second one of that name cannot exist. */
    sharedPrivateDnsZone?: SharedPrivateDnsZone;
}

/**
 * A data-plane role assignment. The principal is exactly one of `group` (declared in
 * access.groups), `identity` (declared in access.identities) or `principalId` (an existing Entra
 * object id).
 */
export interface EstateDataRole {
    /** A group of access.groups, by name. */
    group?: string;
    /** A managed identity of access.identities, by name. */
    identity?: string;
    /** An existing principal's Entra object id (a GUID). */
    principalId?: string;
    /** The kind of `principalId`; groups and identities have theirs. */
    principalType?: PrincipalType;
    /** A built-in role (`Cosmos DB Built-in Data Reader`, `Cosmos DB Built-in Data Contributor`) or a custom role's name. */
    role: string;
    /** Where it applies: a database or container of `databases`. Default: the whole account. */
    scope?: DataScope;
    /** The assignment's Azure name (a GUID), for an existing assignment. Default: derived. */
    id?: string;
}

/** A control-plane role assignment; the principal as in EstateDataRole. */
export interface EstateControlRole {
    /** A group of access.groups, by name. */
    group?: string;
    /** A managed identity of access.identities, by name. */
    identity?: string;
    /** An existing principal's Entra object id (a GUID). */
    principalId?: string;
    /** The kind of `principalId`; groups and identities have theirs. */
    principalType?: PrincipalType;
    /** Cosmos DB Operator, Cosmos DB Account Reader Role, CosmosBackupOperator, CosmosRestoreOperator or DocumentDB Account Contributor. */
    role: string;
    /**
     * account or resourceGroup. Default account.
     * @default "account"
     */
    scope?: ControlRoleScope;
    /** The assignment's Azure name (a GUID), for an existing assignment. Default: derived. */
    id?: string;
}

/** Who may do what: Entra groups, managed identities, data-plane and control-plane roles. No keys. */
export interface EstateAccess {
    /** Entra security groups to create. */
    groups?: EntraGroup[];
    /** User-assigned managed identities to create. */
    identities?: ManagedIdentity[];
    /** Custom data-plane role definitions. */
    customRoles?: CustomRole[];
    /** Data-plane role assignments. */
    dataRoles?: EstateDataRole[];
    /** Control-plane role assignments. */
    controlRoles?: EstateControlRole[];
}

/** The estate's monitoring. */
export interface EstateMonitoring extends MonitoringSettings {
    /**
     * Create the monitoring. Default true; false while an existing account is being imported (monitoring comes with the next deployment).
     * @default true
     */
    enabled?: boolean;
}

/** Encryption at rest with your own key, through exactly one of `identity` or `identityId`. */
export interface EstateCustomerManagedKey {
    /** The key's URI, without a version: https://<vault>.vault.azure.net/keys/<key>. */
    keyVaultKeyUri: pulumi.Input<string>;
    /** A managed identity of access.identities, by name, that may use the key. */
    identity?: string;
    /** Resource id of an existing user-assigned identity that may use the key. */
    identityId?: pulumi.Input<string>;
}

/** CosmosEstate: one account with everything around it. */
export interface CosmosEstateArgs extends AccountSafeguards {
    /** Resource group of the account and everything around it. */
    resourceGroupName: pulumi.Input<string>;
    /** The account's own settings (name, regions, consistency, backup, capacity mode, ...). */
    account: AccountSettings;
    /** Firewall and private network. Default: no public network access, no private endpoint. */
    network?: EstateNetwork;
    /** The data model. Default: none. */
    databases?: SqlDatabase[];
    /** Groups, identities and roles. Default: none. */
    access?: EstateAccess;
    /** Monitoring. Default: a workspace, the diagnostic setting and the full alert profile, with no action group. */
    monitoring?: EstateMonitoring;
    /** A dedicated gateway with the integrated cache. Default: none. */
    gateway?: GatewaySettings;
    /** Encrypt with your own Key Vault key. Set at creation. */
    customerManagedKey?: EstateCustomerManagedKey;
    /** Create the account by point-in-time restore of another account's continuous backup. */
    restore?: AccountRestore;
    /**
     * `protect` and `retainOnDelete` the account, databases and containers. Default true.
     * @default true
     */
    protectData?: boolean;
    /** Subscription of the resource group. Default: the provider's. */
    subscriptionId?: pulumi.Input<string>;
    /** Tags of every resource. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
