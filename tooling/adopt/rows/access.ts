/**
 * Data-plane RBAC: SQL role definitions and assignments (API 2025-10-15), mapped to
 * `access.customRoles` and `access.dataRoles` (with their Azure names as `id`), and to the inputs
 * components/access/component.ts plans for them. Built-in definitions are Azure's and never adopted.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/sql-resources/get-sql-role-definition
 */
import { BUILT_IN_DATA_ROLES } from "../../../components/access/roles";
import { GUID } from "../../../components/shared/arm-ids";
import { Row, RowContext } from "../table";
import { objects as list } from "../../model/json";

export interface AccessRowContext extends RowContext {
    /** Custom role definition GUID (lower case) to its role name, from the input. */
    customRoleNames: ReadonlyMap<string, string>;
}

const BUILT_IN_BY_GUID = new Map(Object.entries(BUILT_IN_DATA_ROLES).map(([name, guid]) => [guid, name]));

/** The config's name for a role definition id (built-in or one of the input's custom roles). */
export function roleNameOf(definitionId: string, customRoleNames: ReadonlyMap<string, string>): string | undefined {
    const guid = /\/sqlRoleDefinitions\/([^/]+)$/i.exec(definitionId)?.[1]?.toLowerCase() ?? "";
    return BUILT_IN_BY_GUID.get(guid) ?? customRoleNames.get(guid);
}

/** `""`, `/dbs/<db>` or `/dbs/<db>/colls/<c>` below the account id, as the config's scope. */
export function scopeOf(scope: string, accountId: string): { database?: string; container?: string } | undefined {
    if (scope.toLowerCase().slice(0, accountId.length) !== accountId.toLowerCase()) return undefined;
    const m = /^(?:\/dbs\/([^/]+)(?:\/colls\/([^/]+))?)?\/?$/.exec(scope.slice(accountId.length));
    if (!m) return undefined;
    return { ...(m[1] !== undefined ? { database: m[1] } : {}), ...(m[2] !== undefined ? { container: m[2] } : {}) };
}

export const ROLE_DEFINITION_ROWS: readonly Row<AccessRowContext>[] = [
    {
        arm: "properties.roleName",
        apply(value, ctx) {
            ctx.set(["name"], value);
            ctx.set(["id"], ctx.doc.name);
            ctx.input(["roleName"], value);
            ctx.input(["roleDefinitionId"], ctx.doc.name);
        },
    },
    { arm: "properties.type", apply: (value, ctx) => ctx.input(["type"], value) },
    {
        // The account id, or a database or container below it: `access.customRoles[].assignableScopes`
        // (left out when it is the whole account, the program's default), planned in Azure's order.
        arm: "properties.assignableScopes",
        apply(value, ctx) {
            if (!Array.isArray(value) || value.length === 0 || !value.every((s) => typeof s === "string")) {
                return ctx.gap(
                    "properties.assignableScopes",
                    value,
                    "expected a list of scopes (the account id, optionally followed by /dbs/<database> and /colls/<container>)",
                );
            }
            const scopes = value.map((s) => ({ stored: s, scope: scopeOf(s, ctx.doc.accountId) }));
            const outside = scopes.filter((s) => s.scope === undefined);
            for (const s of outside)
                ctx.gap(
                    "properties.assignableScopes",
                    s.stored,
                    "an assignable scope of a custom role is the account id, optionally followed by /dbs/<database> and /colls/<container>",
                );
            if (outside.length > 0) return;
            const wholeAccount = scopes.length === 1 && scopes[0].scope?.database === undefined;
            if (!wholeAccount) {
                ctx.set(
                    ["assignableScopes"],
                    scopes.map((s) => s.scope),
                );
                ctx.comment(["assignableScopes"], "project default: the whole account");
            }
            ctx.input(
                ["assignableScopes"],
                scopes.map((s) => s.stored),
            );
        },
    },
    {
        arm: "properties.permissions",
        apply(value, ctx) {
            const permissions = list(value);
            const notData = permissions.flatMap((p): unknown[] => (Array.isArray(p.notDataActions) ? p.notDataActions : []));
            if (permissions.length !== 1 || notData.length > 0) {
                return ctx.gap("properties.permissions", value, "the stack config holds one list of data actions per role, without notDataActions");
            }
            const actions = Array.isArray(permissions[0].dataActions) ? permissions[0].dataActions.map(String) : [];
            ctx.set(["dataActions"], actions);
            // The component sorts the actions; Azure treats them as a set (assumed, see docs/runbooks/adopt.md).
            ctx.input(["permissions"], [{ dataActions: [...actions].sort() }]);
        },
    },
];

/**
 * A role assignment's principal (an Entra object id) and its Azure name, which the stack keeps as
 * `id` and the program passes as `nameInput`: the same for data-plane and control-plane assignments.
 */
export function principalRow(nameInput: "roleAssignmentId" | "roleAssignmentName"): Row<RowContext> {
    return {
        arm: "properties.principalId",
        apply(value, ctx) {
            if (typeof value !== "string" || !GUID.test(value)) return ctx.gap("properties.principalId", value, "a principal is an Entra object id (a GUID)");
            ctx.set(["principal"], value);
            ctx.set(["id"], ctx.doc.name);
            ctx.input(["principalId"], value);
            ctx.input([nameInput], ctx.doc.name);
        },
    };
}

export const ROLE_ASSIGNMENT_ROWS: readonly Row<AccessRowContext>[] = [
    principalRow("roleAssignmentId"),
    {
        arm: "properties.roleDefinitionId",
        apply(value, ctx) {
            const role = typeof value === "string" ? roleNameOf(value, ctx.customRoleNames) : undefined;
            if (!role)
                return ctx.gap(
                    "properties.roleDefinitionId",
                    value,
                    "neither a built-in data role nor a custom role definition of the input (add az cosmosdb sql role definition list)",
                );
            ctx.set(["role"], role);
            ctx.input(["roleDefinitionId"], value);
        },
    },
    {
        arm: "properties.scope",
        apply(value, ctx) {
            const scope = typeof value === "string" ? scopeOf(value, ctx.doc.accountId) : undefined;
            if (!scope) return ctx.gap("properties.scope", value, "a scope is the account id, optionally followed by /dbs/<database> and /colls/<container>");
            if (scope.database !== undefined) ctx.set(["scope"], scope);
            ctx.input(["scope"], value);
        },
    },
];
