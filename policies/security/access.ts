/**
 * Data-plane access rules: custom SQL role definitions and role assignments.
 */
import { PolicyConfigSchema, ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { SqlRoleAssignment, SqlRoleDefinition } from "../lib/types";
import { configWithDefaults, known, list } from "../lib/values";

const wildcardSchema: PolicyConfigSchema = {
    properties: {
        forbiddenDataActions: {
            type: "array",
            items: { type: "string" },
            default: ["*", "Microsoft.DocumentDB/databaseAccounts/*"],
            description: "Data actions a custom role may not grant (compared case-insensitively).",
        },
    },
};

export const roleDefinitionNoAccountWildcard: ResourceValidationPolicy = {
    name: "cosmosdb-role-definition-no-account-wildcard",
    description:
        "Custom Cosmos DB data-plane roles list the operations they need; a role granting Microsoft.DocumentDB/databaseAccounts/* can do everything to every item, container and stored procedure.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps:
        "Grant specific data actions (e.g. .../sqlDatabases/containers/items/read, .../items/create, .../executeQuery) or use the built-in Data Reader / Data Contributor roles.",
    url: "https://learn.microsoft.com/azure/cosmos-db/nosql/security/reference-data-plane-actions",
    configSchema: wildcardSchema,
    validateResource: validateResourceOfType(SqlRoleDefinition, (role, args, report) => {
        const { forbiddenDataActions } = configWithDefaults<{ forbiddenDataActions: string[] }>(wildcardSchema, args.getConfig());
        const forbidden = new Set(forbiddenDataActions.map((a) => a.toLowerCase()));
        const label = `role definition '${known(() => role.roleName) ?? args.name}'`;
        list(role.permissions).forEach((permission, i) => {
            for (const action of list(known(() => permission.dataActions))) {
                if (typeof action === "string" && forbidden.has(action.toLowerCase())) {
                    report(
                        `${label} grants data action ${JSON.stringify(action)} in permissions[${i}]; accepted: specific actions such as "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read"`,
                    );
                }
            }
        });
    }),
};

const ARM_ACCOUNT = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)((?:\/.*)?)$/i;
const INSIDE_ACCOUNT = /^(?:\/dbs\/[^/]+(?:\/colls\/[^/]+)?)?\/?$/i;

/** Why a scope is outside the account, or undefined when it is inside. */
export function scopeProblem(scope: string, accountName: string | undefined, resourceGroup: string | undefined): string | undefined {
    const m = ARM_ACCOUNT.exec(scope);
    const rest = m ? m[3] : scope;
    if (m && accountName !== undefined && m[2].toLowerCase() !== accountName.toLowerCase()) return `names account '${m[2]}'`;
    if (m && resourceGroup !== undefined && m[1].toLowerCase() !== resourceGroup.toLowerCase()) return `names resource group '${m[1]}'`;
    if (!m && !scope.startsWith("/dbs") && scope !== "/") return "is not a path inside a Cosmos DB account";
    if (!INSIDE_ACCOUNT.test(rest)) return `has ${JSON.stringify(rest)} after the account, which is not /dbs/<database> or /dbs/<database>/colls/<container>`;
    return undefined;
}

export const roleAssignmentScopeInAccount: ResourceValidationPolicy = {
    name: "cosmosdb-role-assignment-scope-in-account",
    description:
        "Cosmos DB data-plane role assignments are scoped to their own account, one of its databases or one of its containers, and use a role definition of that account.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps:
        "Build the scope from the account's id plus /dbs/<database>[/colls/<container>], and the roleDefinitionId from the same account's sqlRoleDefinitions.",
    url: "https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access",
    validateResource: validateResourceOfType(SqlRoleAssignment, (assignment, args, report) => {
        const accountName = known(() => assignment.accountName);
        const resourceGroup = known(() => assignment.resourceGroupName);
        const label = `role assignment '${args.name}' on account '${accountName ?? "(unknown)"}'`;
        const scope = assignment.scope;
        if (scope === undefined) {
            report(`${label} has no scope; accepted: the account id, optionally followed by /dbs/<database>[/colls/<container>]`);
        } else {
            const problem = scopeProblem(scope, accountName, resourceGroup);
            if (problem)
                report(
                    `${label} has scope ${JSON.stringify(scope)}, which ${problem}; accepted: the account id, optionally followed by /dbs/<database>[/colls/<container>]`,
                );
        }
        const roleId = known(() => assignment.roleDefinitionId);
        const roleAccount = typeof roleId === "string" ? /\/databaseAccounts\/([^/]+)\/sqlRoleDefinitions\//i.exec(roleId)?.[1] : undefined;
        if (roleAccount !== undefined && accountName !== undefined && roleAccount.toLowerCase() !== accountName.toLowerCase()) {
            report(
                `${label} uses roleDefinitionId ${JSON.stringify(roleId)} of account '${roleAccount}'; accepted: a role definition of account '${accountName}'`,
            );
        }
    }),
};
