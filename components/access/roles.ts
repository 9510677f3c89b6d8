/**
 * Role tables, scope strings and deterministic names for Cosmos DB access. Pure: the config
 * rules, the access component and tests all use these.
 *
 * Data plane: https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access
 * Control plane built-in roles: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/databases
 */
import { createHash } from "crypto";

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

export interface DataScope {
    database?: string;
    container?: string;
}

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

/** Namespace of cosmos-platform's UUIDv5 names (itself a random v4 UUID, fixed forever). */
export const NAME_NAMESPACE = "7c4a3b2e-5d1f-4e8a-9b6c-2f0e1d3a4b5c";

/** RFC 4122 version-5 UUID (SHA-1, namespaced). Same input, same GUID; any change, another GUID. */
export function uuidv5(name: string, namespace: string = NAME_NAMESPACE): string {
    const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
    if (ns.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
    const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
    const bytes = Buffer.from(hash.subarray(0, 16));
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** An Azure subnet resource id. */
export const SUBNET_ID = /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i;

/** The virtual network id that contains a subnet id. */
export function vnetIdOfSubnet(subnetId: string): string {
    return subnetId.replace(/\/subnets\/[^/]+$/i, "");
}
