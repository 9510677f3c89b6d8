/**
 * The arguments of data-plane and control-plane access without keys: custom data-plane role
 * definitions, data-plane role assignments at account, database or container scope, and Azure RBAC
 * role assignments for operators.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";

/** The kind of an Entra principal: lets Azure skip a directory lookup that fails right after a principal is created. */
export const PrincipalType = {
    User: "User",
    Group: "Group",
    ServicePrincipal: "ServicePrincipal",
} as const;
export type PrincipalType = (typeof PrincipalType)[keyof typeof PrincipalType];

/** Where a control-plane role applies. */
export const ControlRoleScope = {
    /** The account only. */
    Account: "account",
    /** The account's resource group. */
    ResourceGroup: "resourceGroup",
} as const;
export type ControlRoleScope = (typeof ControlRoleScope)[keyof typeof ControlRoleScope];

/** Someone who gets a role. */
export interface Principal {
    /** A stable key for the assignment's logical name, e.g. `group:readers` or the object id. Set it once: it is part of the URN. */
    key: string;
    /** The Entra object id. */
    id: pulumi.Input<string>;
    /** The principal's kind. Default: Azure looks it up. */
    type?: PrincipalType;
}

/** A data-plane scope: the account (neither set), a database, or a container of a database. */
export interface DataScope {
    /** A database of the account. */
    database?: string;
    /** A container of `database`. */
    container?: string;
}

/** A custom data-plane role: a name and the data actions it grants (docs/security.md lists them). */
export interface CustomRole {
    /** The role's name; not a built-in role's. */
    name: string;
    /** Data actions, e.g. Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read. The account-wide wildcard is refused. */
    dataActions: string[];
    /** The definition's Azure name (a GUID). Default: derived from the account and the role name. Set it for an existing definition (adoption): Azure fixes it at creation. */
    id?: string;
    /**
     * Where the role may be assigned: the account (`{}`), databases or containers; assignments
     * outside them are refused, as Azure refuses them. Default: the whole account.
     */
    assignableScopes?: DataScope[];
}

/** A data-plane role assignment. */
export interface DataRole {
    /** Who gets the role. */
    principal: Principal;
    /** A built-in role (`Cosmos DB Built-in Data Reader`, `Cosmos DB Built-in Data Contributor`) or a custom role's name. */
    role: string;
    /** Where it applies. Default: the whole account. */
    scope?: DataScope;
    /** The assignment's Azure name (a GUID). Default: derived from account, role, principal and scope. */
    id?: string;
}

/** A control-plane (Azure RBAC) role assignment for operators. */
export interface ControlRole {
    /** Who gets the role. */
    principal: Principal;
    /** Cosmos DB Operator, Cosmos DB Account Reader Role, CosmosBackupOperator, CosmosRestoreOperator or DocumentDB Account Contributor. */
    role: string;
    /**
     * account or resourceGroup. Default account.
     * @default "account"
     */
    scope?: ControlRoleScope;
    /** The assignment's Azure name (a GUID). Default: derived from scope, role and principal. Set it for an existing assignment (adoption). */
    id?: string;
}

/** Access: roles on one account. */
export interface AccessArgs {
    /** Resource group of the account. */
    resourceGroupName: pulumi.Input<string>;
    /** The account: every role waits for it. */
    account: cosmosdb.DatabaseAccount;
    /** Subscription of the account. Default: the provider's (getClientConfig). */
    subscriptionId?: pulumi.Input<string>;
    /** Custom data-plane role definitions. */
    customRoles?: CustomRole[];
    /** Data-plane role assignments. */
    dataRoles?: DataRole[];
    /** Control-plane role assignments at the account or its resource group. */
    controlRoles?: ControlRole[];
    /** The account's databases by name (SqlData's `databases`): data-plane assignments wait for them, and a scope naming another database is refused. */
    databases?: { [name: string]: cosmosdb.SqlResourceSqlDatabase };
    /** The account's containers keyed `<database>/<container>` (SqlData's `containers`): data-plane assignments wait for them, and a scope naming another container is refused. */
    containers?: { [key: string]: cosmosdb.SqlResourceSqlContainer };
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
