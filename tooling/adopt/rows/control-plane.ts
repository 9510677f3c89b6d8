/**
 * The account's management lock and its Azure RBAC (control-plane) role assignments, mapped to
 * `security.deleteLock: { name, notes }` and `access.controlRoles` (with their Azure names as `id`),
 * and to the inputs components/account/component.ts and components/access/component.ts plan for them.
 * Locks (API 2020-05-01): https://learn.microsoft.com/rest/api/resources/management-locks/get-at-resource-level
 * Role assignments (API 2022-04-01): https://learn.microsoft.com/rest/api/authorization/role-assignments/get
 */
import { LOCK_API_VERSION } from "../../../components/account/component";
import { CONTROL_PLANE_ROLES } from "../../../components/access/roles";
import { securitySchema } from "../../../stack/config/security-schema";
import { Row, RowContext, schemaReason } from "../table";
import { principalRow } from "./access";

const READ_ONLY = "read-only (Azure reports it; nothing to configure)";
const lockSchema = securitySchema.shape.deleteLock.unwrap();

export const LOCK_ROWS: readonly Row<RowContext>[] = [
    {
        arm: "properties.level",
        apply(value, ctx) {
            // https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources
            if (value !== "CanNotDelete")
                return ctx.gap(
                    "properties.level",
                    value,
                    "the stack's lock is CanNotDelete; a ReadOnly lock also blocks writes the project makes (keys, throughput, failover) and is not in the stack config",
                );
            const notes = typeof ctx.doc.properties.notes === "string" ? ctx.doc.properties.notes : "";
            const lock = { name: ctx.doc.name, ...(notes !== "" ? { notes } : {}) };
            const parsed = lockSchema.safeParse(lock);
            if (!parsed.success) return ctx.gap("name", ctx.doc.name, schemaReason(parsed.error.issues));
            ctx.set(["deleteLock"], lock);
            ctx.input(["lockName"], ctx.doc.name);
            ctx.input(["level"], value);
            if (notes !== "") ctx.input(["notes"], notes);
            ctx.input(["resourceProviderNamespace"], "Microsoft.DocumentDB");
            ctx.input(["parentResourcePath"], "");
            ctx.input(["resourceType"], "databaseAccounts");
            ctx.input(["resourceName"], ctx.doc.account);
            ctx.input(["apiVersion"], LOCK_API_VERSION);
        },
    },
    { arm: "properties.notes", ignore: "read with the level" },
    { arm: "properties.owners", azureDefault: [], gap: "lock owners are not in the stack config" },
];

const ROLE_BY_GUID = new Map(Object.entries(CONTROL_PLANE_ROLES).map(([name, guid]) => [guid, name]));
/** The CLI's additions to an assignment (`az role assignment list`): names it looked up, and audit fields. */
const CLI_AND_AUDIT = ["principalName", "roleDefinitionName", "createdOn", "updatedOn", "createdBy", "updatedBy"];

export interface ControlRoleRowContext extends RowContext {
    /** The scope's id as the stack builds it (the account's import id, or its resource group's). */
    scopeId: string;
}

export const CONTROL_ROLE_ROWS: readonly Row<ControlRoleRowContext>[] = [
    ...CLI_AND_AUDIT.map((p): Row<ControlRoleRowContext> => ({ arm: `properties.${p}`, ignore: READ_ONLY })),
    {
        arm: "properties.scope",
        apply(value, ctx) {
            if (ctx.doc.scope === "below")
                return ctx.gap(
                    "properties.scope",
                    value,
                    "control-plane assignments below the account (a database or container) are not in the stack config; it assigns at the account or its resource group",
                );
            if (value !== ctx.scopeId)
                return ctx.gap(
                    "properties.scope",
                    value,
                    `the stack builds the scope as ${ctx.scopeId}; the provider compares the strings (a difference replaces the assignment)`,
                );
            if (ctx.doc.scope === "resourceGroup") ctx.set(["scope"], "resourceGroup");
            ctx.input(["scope"], value);
        },
    },
    {
        arm: "properties.roleDefinitionId",
        apply(value, ctx) {
            const guid = /\/roleDefinitions\/([^/]+)$/i.exec(String(value))?.[1]?.toLowerCase() ?? "";
            const role = ROLE_BY_GUID.get(guid);
            if (!role)
                return ctx.gap(
                    "properties.roleDefinitionId",
                    value,
                    `not a control-plane role the stack config assigns (${Object.keys(CONTROL_PLANE_ROLES).join(", ")}); leave its document out to keep it unmanaged`,
                );
            const planned = `/subscriptions/${ctx.doc.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
            if (value !== planned)
                return ctx.gap("properties.roleDefinitionId", value, `the stack names the role as ${planned}; a different form would replace the assignment`);
            ctx.set(["role"], role);
            ctx.input(["roleDefinitionId"], value);
        },
    },
    principalRow("roleAssignmentName"),
    {
        arm: "properties.principalType",
        apply(value, ctx) {
            if (value !== "User" && value !== "Group" && value !== "ServicePrincipal")
                return ctx.gap("properties.principalType", value, "the stack config's principal types are User, Group and ServicePrincipal");
            ctx.set(["principalType"], value);
            ctx.input(["principalType"], value);
        },
    },
    { arm: "properties.condition", azureDefault: "", gap: "role assignment conditions (ABAC) are not in the stack config" },
    { arm: "properties.conditionVersion", azureDefault: "", gap: "role assignment conditions (ABAC) are not in the stack config" },
    { arm: "properties.description", azureDefault: "", gap: "the stack sends no description with a role assignment" },
    { arm: "properties.delegatedManagedIdentityResourceId", azureDefault: "", gap: "a delegated managed identity is not in the stack config" },
];
