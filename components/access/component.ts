/**
 * Access: least privilege without keys. Custom data-plane role definitions, data-plane role
 * assignments at account, database or container scope, and control-plane (Azure RBAC) role
 * assignments for operators. Every Azure name is a deterministic GUID, so a changed principal or
 * scope replaces an assignment under a new name and never collides with the old one.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import {
    ACCOUNT_WILDCARD,
    BUILT_IN_DATA_ROLES,
    CONTROL_PLANE_ROLES,
    controlRoleAssignmentName,
    DATA_ACTIONS,
    DataScope,
    dataPlaneScope,
    roleAssignmentName,
    roleDefinitionName,
    scopeKey,
} from "./roles";
import { checkedOptions, collectProblems, describeValue } from "../shared/errors";
import type { AccessArgs } from "./args";
import { GUID } from "../shared/arm-ids";

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<name>`. */
export function armAccountId(
    subscriptionId: pulumi.Input<string>,
    resourceGroupName: pulumi.Input<string>,
    accountName: pulumi.Input<string>,
): pulumi.Output<string> {
    return pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/${accountName}`;
}

/** `Cosmos DB Built-in Data Reader` becomes `cosmos-db-built-in-data-reader`, for logical names. */
export function slug(text: string): string {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
}

/** Azure's rules on the arguments: known roles and data actions, container scopes with their database. */
export function accessArgsProblems(args: {
    customRoles?: readonly { name: string; dataActions: readonly string[]; id?: string; assignableScopes?: readonly DataScope[] }[];
    dataRoles?: readonly { role: string; scope?: DataScope; id?: string }[];
    controlRoles?: readonly { role: string; scope?: string; id?: string }[];
    databases?: { [name: string]: unknown };
    containers?: { [key: string]: unknown };
}) {
    return collectProblems((report) => {
        const actions = new Set<string>(DATA_ACTIONS);
        const guidOrAbsent = (id: string | undefined, at: (string | number)[]) => {
            if (id !== undefined && !GUID.test(id))
                report(
                    at,
                    `an Azure role ${at[0] === "customRoles" ? "definition" : "assignment"} name is a GUID such as 00000000-0000-0000-0000-000000000000; got ${describeValue(id)}`,
                );
        };
        (args.customRoles ?? []).forEach((role, i) => {
            guidOrAbsent(role.id, ["customRoles", i, "id"]);
            if (BUILT_IN_DATA_ROLES[role.name]) report(["customRoles", i, "name"], `'${role.name}' is a built-in role name; choose another`);
            if (role.dataActions.length === 0) report(["customRoles", i, "dataActions"], "a custom role grants at least one data action");
            role.dataActions.forEach((action, j) => {
                if (action === ACCOUNT_WILDCARD) {
                    // Least privilege: the wildcard also grants metadata writes (containers, settings).
                    report(
                        ["customRoles", i, "dataActions", j],
                        `'${ACCOUNT_WILDCARD}' grants every data action including metadata writes; list the actions the role needs (least privilege)`,
                    );
                } else if (!actions.has(action)) {
                    report(["customRoles", i, "dataActions", j], `unknown data action ${describeValue(action)}; accepted: ${[...actions].join(", ")}`);
                }
            });
        });
        (args.customRoles ?? []).forEach((role, i) => {
            const seen = new Set<string>();
            (role.assignableScopes ?? []).forEach((scope, j) => {
                if (scope.container !== undefined && scope.database === undefined) {
                    report(["customRoles", i, "assignableScopes", j], "a container scope needs its database: { database: <db>, container: <container> }");
                } else if (scope.database !== undefined && args.databases && !(scope.database in args.databases)) {
                    report(
                        ["customRoles", i, "assignableScopes", j, "database"],
                        `no database '${scope.database}' in databases; declared: ${Object.keys(args.databases).join(", ") || "none"}`,
                    );
                } else if (scope.container !== undefined && args.containers && !(`${scope.database}/${scope.container}` in args.containers)) {
                    report(
                        ["customRoles", i, "assignableScopes", j, "container"],
                        `no container '${scope.database}/${scope.container}' in containers; declared: ${Object.keys(args.containers).join(", ") || "none"}`,
                    );
                }
                const key = scopeKey(scope);
                if (seen.has(key)) report(["customRoles", i, "assignableScopes", j], `scope ${key} is listed twice`);
                seen.add(key);
            });
        });
        const roles = [...Object.keys(BUILT_IN_DATA_ROLES), ...(args.customRoles ?? []).map((r) => r.name)];
        (args.dataRoles ?? []).forEach((a, i) => {
            guidOrAbsent(a.id, ["dataRoles", i, "id"]);
            if (!roles.includes(a.role)) report(["dataRoles", i, "role"], `unknown data-plane role ${describeValue(a.role)}; accepted: ${roles.join(", ")}`);
            if (a.scope?.container !== undefined && a.scope.database === undefined) {
                report(["dataRoles", i, "scope"], "a container scope needs its database: { database: <db>, container: <container> }");
            } else if (a.scope?.database !== undefined && args.databases && !(a.scope.database in args.databases)) {
                report(
                    ["dataRoles", i, "scope", "database"],
                    `no database '${a.scope.database}' in databases; declared: ${Object.keys(args.databases).join(", ") || "none"}`,
                );
            } else if (a.scope?.container !== undefined && args.containers && !(`${a.scope.database}/${a.scope.container}` in args.containers)) {
                report(
                    ["dataRoles", i, "scope", "container"],
                    `no container '${a.scope.database}/${a.scope.container}' in containers; declared: ${Object.keys(args.containers).join(", ") || "none"}`,
                );
            }
            // "A set of fully qualified Scopes at or below which Role Assignments may be created using this Role Definition":
            // https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/sql-resources/create-update-sql-role-definition#sqlroledefinitionresource
            const assignable = (args.customRoles ?? []).find((r) => r.name === a.role)?.assignableScopes;
            if (a.scope?.container !== undefined && a.scope.database === undefined) return;
            if (assignable && assignable.length > 0 && !assignable.some((s) => scopeWithin(a.scope ?? {}, s))) {
                report(
                    ["dataRoles", i, "scope"],
                    `${scopeKey(a.scope ?? {})} is not at or below an assignable scope of custom role '${a.role}' (${assignable.map(scopeKey).join(", ")}); Azure refuses the assignment`,
                );
            }
        });
        (args.controlRoles ?? []).forEach((a, i) => {
            guidOrAbsent(a.id, ["controlRoles", i, "id"]);
            if (!CONTROL_PLANE_ROLES[a.role])
                report(
                    ["controlRoles", i, "role"],
                    `unknown control-plane role ${describeValue(a.role)}; accepted: ${Object.keys(CONTROL_PLANE_ROLES).join(", ")}`,
                );
            if (a.scope !== undefined && a.scope !== "account" && a.scope !== "resourceGroup")
                report(["controlRoles", i, "scope"], `a control-plane scope is 'account' or 'resourceGroup'; got ${describeValue(a.scope)}`);
        });
    });
}

/** Whether `inner` is `outer` or below it (a database in the account, a container in its database). */
export function scopeWithin(inner: DataScope, outer: DataScope): boolean {
    if (outer.database === undefined) return true;
    if (inner.database !== outer.database) return false;
    return outer.container === undefined || inner.container === outer.container;
}

/** Data-plane and control-plane roles on one account. */
export class Access extends pulumi.ComponentResource {
    /** Custom role definitions, by role name. */
    readonly roleDefinitions: { [name: string]: cosmosdb.SqlResourceSqlRoleDefinition };
    /** Data-plane role assignments, in declaration order. */
    readonly dataRoleAssignments: cosmosdb.SqlResourceSqlRoleAssignment[];
    /** Control-plane role assignments, in declaration order. */
    readonly controlRoleAssignments: authorization.RoleAssignment[];

    constructor(name: string, args: AccessArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Access", name, {}, checkedOptions("Access", name, accessArgsProblems(args), opts));
        this.roleDefinitions = {};
        this.dataRoleAssignments = [];
        this.controlRoleAssignments = [];
        const prefix = args.childNamePrefix ?? `${name}/`;
        const { resourceGroupName } = args;
        const accountName = args.account.name;
        const subscriptionId = args.subscriptionId ?? authorization.getClientConfigOutput({ parent: this }).subscriptionId;
        // The account's ARM id, built from names that are known before deployment (the same string
        // Azure assigns), so scopes and role ids can be reviewed in the offline plan. The account
        // itself is still a dependency through accountName.
        const accountId = armAccountId(subscriptionId, resourceGroupName, accountName);
        // Identifies the account in GUID names before Azure has assigned it an id.
        const accountKey = pulumi.interpolate`${resourceGroupName}/${accountName}`;
        // Azure takes an exclusive lock on the account for each SQL role definition or assignment
        // write; concurrent ones fail with 412 "another user operation in progress which requires
        // an exclusive lock" (https://github.com/hashicorp/terraform-provider-azurerm/issues/15842,
        // fixed there with a lock in PR 15862). So each waits for the one before it.
        let previous: pulumi.Resource | undefined;
        const after = (extra: pulumi.Input<pulumi.Resource>[] = []) => [...extra, ...(previous ? [previous] : [])];
        // Data-plane assignments are written once the data model is: the account is locked for each
        // write of either (see above), and a scope names a database or container that must exist.
        const data: pulumi.Resource[] = [...Object.values(args.databases ?? {}), ...Object.values(args.containers ?? {})];

        for (const role of args.customRoles ?? []) {
            const definition = new cosmosdb.SqlResourceSqlRoleDefinition(
                `${prefix}role:${slug(role.name)}`,
                {
                    accountName,
                    resourceGroupName,
                    roleDefinitionId: role.id ?? accountKey.apply((k) => roleDefinitionName(k, role.name)),
                    roleName: role.name,
                    type: "CustomRole",
                    assignableScopes: role.assignableScopes
                        ? accountId.apply((id) => (role.assignableScopes ?? []).map((scope) => dataPlaneScope(id, scope)))
                        : [accountId],
                    permissions: [{ dataActions: [...role.dataActions].sort() }],
                },
                { parent: this, dependsOn: after() },
            );
            this.roleDefinitions[role.name] = definition;
            previous = definition;
        }

        for (const assignment of args.dataRoles ?? []) {
            const builtIn = BUILT_IN_DATA_ROLES[assignment.role];
            // Built from the definition's GUID (known before deployment); a custom definition is
            // still created first through dependsOn.
            const customId = (args.customRoles ?? []).find((r) => r.name === assignment.role)?.id;
            const definitionGuid = builtIn
                ? pulumi.output(builtIn)
                : customId
                  ? pulumi.output(customId)
                  : accountKey.apply((k) => roleDefinitionName(k, assignment.role));
            const scope = accountId.apply((id) => dataPlaneScope(id, assignment.scope));
            const key = scopeKey(assignment.scope ?? {});
            const custom = builtIn ? undefined : this.roleDefinitions[assignment.role];

            const created = new cosmosdb.SqlResourceSqlRoleAssignment(
                `${prefix}${assignment.principal.key}/${slug(assignment.role)}/${key}`,
                {
                    accountName,
                    resourceGroupName,
                    roleAssignmentId:
                        assignment.id ??
                        pulumi
                            .all([accountKey, assignment.principal.id])
                            .apply(([k, principalId]) => roleAssignmentName(k, builtIn ?? `custom:${assignment.role}`, principalId, key)),
                    roleDefinitionId: pulumi.interpolate`${accountId}/sqlRoleDefinitions/${definitionGuid}`,
                    principalId: assignment.principal.id,
                    scope,
                },
                // A changed principal or scope replaces the assignment; the old one goes first.
                { parent: this, deleteBeforeReplace: true, dependsOn: after([...data, ...(custom ? [custom] : [])]) },
            );
            this.dataRoleAssignments.push(created);
            previous = created;
        }

        const groupId = pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
        for (const assignment of args.controlRoles ?? []) {
            const roleGuid = CONTROL_PLANE_ROLES[assignment.role];
            const scope = assignment.scope ?? "account";
            const scopeName = scope === "resourceGroup" ? pulumi.output(resourceGroupName) : accountKey;
            const principal = assignment.principal;
            this.controlRoleAssignments.push(
                new authorization.RoleAssignment(
                    `${prefix}${principal.key}/${slug(assignment.role)}/${scope}`,
                    {
                        roleAssignmentName:
                            assignment.id ?? pulumi.all([scopeName, principal.id]).apply(([s, id]) => controlRoleAssignmentName(s, roleGuid, id)),
                        principalId: principal.id,
                        ...(principal.type ? { principalType: principal.type } : {}),
                        roleDefinitionId: pulumi.interpolate`/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
                        scope: scope === "resourceGroup" ? groupId : accountId,
                    },
                    { parent: this, deleteBeforeReplace: true },
                ),
            );
        }
        this.registerOutputs({});
    }
}
