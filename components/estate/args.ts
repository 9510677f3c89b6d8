/**
 * The arguments of CosmosEstate: the whole estate of one account (settings, data model, access,
 * private networking, monitoring, dedicated gateway) as nested, documented args, the shape of the
 * Azure Verified Module for a Cosmos DB account. The keys mirror a stack file's.
 */
import * as pulumi from "@pulumi/pulumi";
import type { AccountNetworkArgs, AccountRestoreArgs, AccountSettingsArgs } from "../account/args";
import type { ControlRoleScope, CustomRoleArgs, DataScopeArgs, PrincipalType } from "../access/args";
import type { GatewaySettingsArgs } from "../gateway/args";
import type { GroupArgs, ManagedIdentityArgs } from "../identities/args";
import type { MonitoringSettingsArgs } from "../monitoring/args";
import type { PrivateEndpointArgs, SharedPrivateDnsZoneArgs, VirtualNetworkArgs } from "../network/args";
import type { SqlDatabaseArgs } from "../sql/args";

/** The account's firewall and its private network. */
export interface EstateNetworkArgs extends AccountNetworkArgs {
    /** A VNet to create for the private endpoints. */
    virtualNetwork?: VirtualNetworkArgs;
    /** Private endpoints to the account (group Sql) or its dedicated gateway (group SqlDedicated, needs `gateway`). */
    privateEndpoints?: PrivateEndpointArgs[];
    /** An existing `privatelink.documents.azure.com` zone (hub). Default: create one when an endpoint needs it. */
    privateDnsZoneId?: pulumi.Input<string>;
    /** An existing `privatelink.sqlx.cosmos.azure.com` zone (hub) for SqlDedicated endpoints. Default: create one when needed. */
    gatewayPrivateDnsZoneId?: pulumi.Input<string>;
    /** A `privatelink.documents.azure.com` zone another estate in this resource group created (its `privateDnsZone`): a second one of that name cannot exist. */
    sharedPrivateDnsZone?: SharedPrivateDnsZoneArgs;
}

/**
 * A data-plane role assignment. The principal is exactly one of `group` (declared in
 * access.groups), `identity` (declared in access.identities) or `principalId` (an existing Entra
 * object id).
 */
export interface EstateDataRoleArgs {
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
    scope?: DataScopeArgs;
    /** The assignment's Azure name (a GUID), for an existing assignment. Default: derived. */
    id?: string;
}

/** A control-plane role assignment; the principal as in EstateDataRoleArgs. */
export interface EstateControlRoleArgs {
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
}

/** Who may do what: Entra groups, managed identities, data-plane and control-plane roles. No keys. */
export interface EstateAccessArgs {
    /** Entra security groups to create. */
    groups?: GroupArgs[];
    /** User-assigned managed identities to create. */
    identities?: ManagedIdentityArgs[];
    /** Custom data-plane role definitions. */
    customRoles?: CustomRoleArgs[];
    /** Data-plane role assignments. */
    dataRoles?: EstateDataRoleArgs[];
    /** Control-plane role assignments. */
    controlRoles?: EstateControlRoleArgs[];
}

/** The estate's monitoring. */
export interface EstateMonitoringArgs extends MonitoringSettingsArgs {
    /**
     * Create the monitoring. Default true; false while an existing account is being imported (monitoring comes with the next deployment).
     * @default true
     */
    enabled?: boolean;
}

/** Encryption at rest with your own key, through exactly one of `identity` or `identityId`. */
export interface EstateCustomerManagedKeyArgs {
    /** The key's URI, without a version: https://<vault>.vault.azure.net/keys/<key>. */
    keyVaultKeyUri: pulumi.Input<string>;
    /** A managed identity of access.identities, by name, that may use the key. */
    identity?: string;
    /** Resource id of an existing user-assigned identity that may use the key. */
    identityId?: pulumi.Input<string>;
}

/** CosmosEstate: one account with everything around it. */
export interface CosmosEstateArgs {
    /** Resource group of the account and everything around it. */
    resourceGroupName: pulumi.Input<string>;
    /** The account's own settings (name, regions, consistency, backup, capacity mode, ...). */
    account: AccountSettingsArgs;
    /** Firewall and private network. Default: no public network access, no private endpoint. */
    network?: EstateNetworkArgs;
    /** The data model. Default: none. */
    databases?: SqlDatabaseArgs[];
    /** Groups, identities and roles. Default: none. */
    access?: EstateAccessArgs;
    /** Monitoring. Default: a workspace, the diagnostic setting and the full alert profile, with no action group. */
    monitoring?: EstateMonitoringArgs;
    /** A dedicated gateway with the integrated cache. Default: none. */
    gateway?: GatewaySettingsArgs;
    /** Encrypt with your own Key Vault key. Set at creation. */
    customerManagedKey?: EstateCustomerManagedKeyArgs;
    /** Create the account by point-in-time restore of another account's continuous backup. */
    restore?: AccountRestoreArgs;
    /**
     * `protect` and `retainOnDelete` the account, databases and containers. Default true.
     * @default true
     */
    protectData?: boolean;
    /**
     * A CanNotDelete management lock on the account. Default true.
     * @default true
     */
    deleteLock?: boolean;
    /**
     * Microsoft Defender for Azure Cosmos DB. Default true.
     * @default true
     */
    defender?: boolean;
    /** Subscription of the resource group. Default: the provider's. */
    subscriptionId?: pulumi.Input<string>;
    /** Tags of every resource. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
