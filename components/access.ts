/**
 * Least-privilege access without keys: custom data-plane role definitions, data-plane role
 * assignments at account, database or container scope, and control-plane (Azure RBAC) role
 * assignments for operators. Every name is a deterministic GUID.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import { PlatformConfig } from "./config";
import { Identities } from "./identities";
import {
    BUILT_IN_DATA_ROLES,
    CONTROL_PLANE_ROLES,
    controlRoleAssignmentName,
    dataPlaneScope,
    roleAssignmentName,
    roleDefinitionName,
    scopeKey,
} from "./roles";

export interface AccessArgs {
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
    accountName: pulumi.Input<string>;
    identities: Identities;
    /**
     * The databases and containers: data-plane assignments scoped to them wait until they exist.
     * (A component's own dependsOn does not reach its children, so each assignment carries it.)
     */
    data: pulumi.Resource;
}

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<name>`. */
export function armAccountId(subscriptionId: pulumi.Input<string>, resourceGroupName: pulumi.Input<string>, accountName: pulumi.Input<string>): pulumi.Output<string> {
    return pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/${accountName}`;
}

/** `Cosmos DB Built-in Data Reader` becomes `cosmos-db-built-in-data-reader`, for logical names. */
export function slug(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export class Access extends pulumi.ComponentResource {
    readonly roleDefinitions: Record<string, cosmosdb.SqlResourceSqlRoleDefinition> = {};
    readonly dataRoleAssignments: cosmosdb.SqlResourceSqlRoleAssignment[] = [];
    readonly controlRoleAssignments: authorization.RoleAssignment[] = [];

    constructor(name: string, args: AccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Access", name, {}, opts);
        const { config, resourceGroupName, accountName, identities } = args;
        const client = authorization.getClientConfigOutput({ parent: this });
        // The account's ARM id, built from names that are known before deployment (the same string
        // Azure assigns), so scopes and role ids can be reviewed in the offline plan. The account
        // itself is still a dependency through accountName.
        const accountId = armAccountId(client.subscriptionId, resourceGroupName, accountName);
        // Identifies the account in GUID names before Azure has assigned it an id.
        const accountKey = `${config.resourceGroup.name}/${config.account.name}`;

        for (const role of config.access.customRoles) {
            this.roleDefinitions[role.name] = new cosmosdb.SqlResourceSqlRoleDefinition(
                `role:${slug(role.name)}`,
                {
                    accountName,
                    resourceGroupName,
                    roleDefinitionId: roleDefinitionName(accountKey, role.name),
                    roleName: role.name,
                    type: "CustomRole",
                    assignableScopes: [accountId],
                    permissions: [{ dataActions: [...role.dataActions].sort() }],
                },
                { parent: this },
            );
        }

        for (const assignment of config.access.dataRoles) {
            const builtIn = BUILT_IN_DATA_ROLES[assignment.role];
            const custom = builtIn ? undefined : this.roleDefinitions[assignment.role];
            // Built from the definition's GUID (known before deployment); a custom definition is
            // still created first through dependsOn.
            const roleDefinitionId = pulumi.interpolate`${accountId}/sqlRoleDefinitions/${builtIn ?? roleDefinitionName(accountKey, assignment.role)}`;
            const principal = identities.principal(assignment.principal);
            const scope = pulumi.output(accountId).apply((id) => dataPlaneScope(id, assignment.scope));
            const key = scopeKey(assignment.scope);
            this.dataRoleAssignments.push(
                new cosmosdb.SqlResourceSqlRoleAssignment(
                    `${assignment.principal}/${slug(assignment.role)}/${key}`,
                    {
                        accountName,
                        resourceGroupName,
                        roleAssignmentId: pulumi
                            .output(principal.id)
                            .apply((principalId) => roleAssignmentName(accountKey, builtIn ?? `custom:${assignment.role}`, principalId, key)),
                        roleDefinitionId,
                        principalId: principal.id,
                        scope,
                    },
                    // A changed principal or scope replaces the assignment; the old one goes first.
                    { parent: this, deleteBeforeReplace: true, dependsOn: custom ? [args.data, custom] : [args.data] },
                ),
            );
        }

        if (config.access.controlRoles.length > 0) {
            const groupId = pulumi.interpolate`/subscriptions/${client.subscriptionId}/resourceGroups/${resourceGroupName}`;
            for (const assignment of config.access.controlRoles) {
                const roleGuid = CONTROL_PLANE_ROLES[assignment.role];
                const principal = identities.principal(assignment.principal, assignment.principalType);
                const scopeId = assignment.scope === "resourceGroup" ? groupId : pulumi.output(accountId);
                const scopeName = assignment.scope === "resourceGroup" ? config.resourceGroup.name : accountKey;
                this.controlRoleAssignments.push(
                    new authorization.RoleAssignment(
                        `${assignment.principal}/${slug(assignment.role)}/${assignment.scope}`,
                        {
                            roleAssignmentName: pulumi.output(principal.id).apply((id) => controlRoleAssignmentName(scopeName, roleGuid, id)),
                            principalId: principal.id,
                            ...(principal.type ? { principalType: principal.type } : {}),
                            roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
                            scope: scopeId,
                        },
                        { parent: this, deleteBeforeReplace: true },
                    ),
                );
            }
        }
        this.registerOutputs({});
    }
}
