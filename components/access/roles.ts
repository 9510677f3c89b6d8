/**
 * Role tables, scope strings and deterministic names for Cosmos DB access. Pure: the config
 * rules, the access component and tests all use these.
 *
 * Data plane: https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access
 * Control plane built-in roles: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/databases
 */
import { uuidv5 } from "../shared/arm-ids";
import type { DataScope } from "./args";

export type { DataScope };

/** Built-in data-plane roles: name to the id under `<accountId>/sqlRoleDefinitions/`. */
export const BUILT_IN_DATA_ROLES: Record<string, string> = {
    "Cosmos DB Built-in Data Reader": "00000000-0000-0000-0000-000000000001",
    "Cosmos DB Built-in Data Contributor": "00000000-0000-0000-0000-000000000002",
};

/** Built-in control-plane (Azure RBAC) roles for Cosmos DB operators: name to role definition GUID. */
export const CONTROL_PLANE_ROLES: Record<string, string> = {
    "Cosmos DB Operator": "230815da-be43-4aae-9cb4-875f7bd000aa",
    "Cosmos DB Account Reader Role": "fbdf93bf-df7d-467e-a4d2-9458aa1360c8",
    CosmosBackupOperator: "db7b14f2-5adf-42da-9f96-f2ee17bab5cb",
    CosmosRestoreOperator: "5432c526-bc82-444a-b7ba-57c5b0b5b34f",
    "DocumentDB Account Contributor": "5bd9cd88-fe45-4216-938b-f97437e15450",
};

const ACCOUNT = "Microsoft.DocumentDB/databaseAccounts";
const CONTAINERS = `${ACCOUNT}/sqlDatabases/containers`;

/** Data actions a custom role may grant. The account-wide wildcard is deliberately absent. */
export const DATA_ACTIONS = [
    `${ACCOUNT}/readMetadata`,
    `${CONTAINERS}/*`,
    `${CONTAINERS}/items/*`,
    `${CONTAINERS}/items/create`,
    `${CONTAINERS}/items/read`,
    `${CONTAINERS}/items/replace`,
    `${CONTAINERS}/items/upsert`,
    `${CONTAINERS}/items/delete`,
    `${CONTAINERS}/executeQuery`,
    `${CONTAINERS}/readChangeFeed`,
    `${CONTAINERS}/executeStoredProcedure`,
    `${CONTAINERS}/manageConflicts`,
] as const;

/** The account-wide wildcard: grants everything, including metadata writes. Never in a custom role. */
export const ACCOUNT_WILDCARD = `${ACCOUNT}/*`;

/** The least-privilege application role shipped as an example: items read and write, no metadata writes. */
export const APP_READ_WRITE_ACTIONS = [
    `${ACCOUNT}/readMetadata`,
    `${CONTAINERS}/executeQuery`,
    `${CONTAINERS}/readChangeFeed`,
    `${CONTAINERS}/items/create`,
    `${CONTAINERS}/items/read`,
    `${CONTAINERS}/items/replace`,
    `${CONTAINERS}/items/upsert`,
    `${CONTAINERS}/items/delete`,
];

/**
 * The one place data-plane scopes are built: the account id, `/dbs/<db>`, `/colls/<container>`.
 * `accountId` may be the ARM id or a placeholder; the relative part is what identifies the scope.
 */
export function dataPlaneScope(accountId: string, scope: DataScope = {}): string {
    if (scope.container !== undefined && scope.database === undefined) {
        throw new Error("a container scope needs its database");
    }
    let out = accountId;
    if (scope.database !== undefined) out += `/dbs/${scope.database}`;
    if (scope.container !== undefined) out += `/colls/${scope.container}`;
    return out;
}

/** `account`, `db:<db>` or `db:<db>/<container>`: a scope as a short, stable key for names and messages. */
export function scopeKey(scope: DataScope): string {
    if (scope.database === undefined) return "account";
    return scope.container === undefined ? `db:${scope.database}` : `db:${scope.database}/${scope.container}`;
}

/**
 * The name of a data-plane role assignment: UUIDv5 of account, role, principal and scope. Azure
 * rejects a second assignment under an existing name, and a changed principal or scope forces a
 * replacement: a new name for every change lets create-before-delete never collide.
 */
export function roleAssignmentName(account: string, roleDefinition: string, principalId: string, scope: string): string {
    return uuidv5(["sql-role-assignment", account, roleDefinition, principalId, scope].join("\n"));
}

/** The name (id) of a custom data-plane role definition: stable per account and role name. */
export function roleDefinitionName(account: string, roleName: string): string {
    return uuidv5(["sql-role-definition", account, roleName].join("\n"));
}

/** The name of a control-plane role assignment. */
export function controlRoleAssignmentName(scope: string, roleDefinitionGuid: string, principalId: string): string {
    return uuidv5(["role-assignment", scope, roleDefinitionGuid, principalId].join("\n"));
}
