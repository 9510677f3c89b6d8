/**
 * The import switch at deploy time: the ARM id of every resource an account's config declares
 * (account, data, scripts, roles and assignments, private endpoints and their zone groups, and the
 * diagnostic setting and delete lock when the config names existing ones),
 * and a transformation that hands each resource its id as the `import` resource option, so the
 * next deployment adopts what exists instead of creating it (docs/runbooks/adopt.md).
 *
 * Ids follow from the subscription, the resource group and the Azure names in the config, in the
 * form Azure's REST API gives them. Logical names come from the same helpers the components use
 * (components/shared/naming.ts, slug, scopeKey), so a resource is found by type and logical name. Once a
 * resource is in the stack's state, Pulumi ignores `import` for it ("If the resource exists and has
 * the same ID or ImportID, the resource is treated like any other resource":
 * https://github.com/pulumi/pulumi/blob/master/developer-docs/architecture/import.md), which is
 * what lets a team adopt one database at a time.
 */
import * as pulumi from "@pulumi/pulumi";
import { slug } from "../components/access/component";
import { containerResourceName, databaseResourceName, scriptResourceName } from "../components/shared/naming";
import { scopeKey } from "../components/access/roles";
import type { PlatformConfig } from "./config";

const COSMOS = "azure-native:cosmosdb";

/** `<type>::<logical name>`: how the transformation finds a resource. */
export function importKey(type: string, name: string): string {
    return `${type}::${name}`;
}

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<name>`. */
export function accountArmId(subscriptionId: string, resourceGroup: string, account: string): string {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${account}`;
}

/** The ARM id of each resource of the account, keyed by `importKey`. Empty when the account is not imported. */
export function importIds(config: PlatformConfig): Map<string, string> {
    const ids = new Map<string, string>();
    if (!config.import) return ids;
    const p = config.childNamePrefix;
    const account = accountArmId(config.import.subscriptionId, config.resourceGroup.name, config.account.name);
    ids.set(importKey(`${COSMOS}:DatabaseAccount`, `${p}${config.account.name}`), account);
    for (const db of config.databases) {
        const dbId = `${account}/sqlDatabases/${db.name}`;
        ids.set(importKey(`${COSMOS}:SqlResourceSqlDatabase`, `${p}${databaseResourceName(db.name)}`), dbId);
        for (const c of db.containers) {
            const cId = `${dbId}/containers/${c.name}`;
            ids.set(importKey(`${COSMOS}:SqlResourceSqlContainer`, `${p}${containerResourceName(db.name, c.name)}`), cId);
            const scripts = [
                ["SqlResourceSqlStoredProcedure", "storedProcedures", c.storedProcedures],
                ["SqlResourceSqlTrigger", "triggers", c.triggers],
                ["SqlResourceSqlUserDefinedFunction", "userDefinedFunctions", c.userDefinedFunctions],
            ] as const;
            for (const [type, segment, list] of scripts) {
                for (const s of list)
                    ids.set(importKey(`${COSMOS}:${type}`, `${p}${scriptResourceName(db.name, c.name, s.name)}`), `${cId}/${segment}/${s.name}`);
            }
        }
    }
    for (const role of config.access.customRoles) {
        if (role.id) ids.set(importKey(`${COSMOS}:SqlResourceSqlRoleDefinition`, `${p}role:${slug(role.name)}`), `${account}/sqlRoleDefinitions/${role.id}`);
    }
    for (const a of config.access.dataRoles) {
        // The Access component names an assignment by principal key, role and scope.
        const name = `${p}${a.principal}/${slug(a.role)}/${scopeKey(a.scope)}`;
        if (a.id) ids.set(importKey(`${COSMOS}:SqlResourceSqlRoleAssignment`, name), `${account}/sqlRoleAssignments/${a.id}`);
    }
    const diagnostics = config.monitoring.diagnostics.name;
    if (diagnostics !== undefined) {
        // An extension resource's id: the account's, then the provider path (Azure Monitor's own form).
        ids.set(
            importKey("azure-native:monitor:DiagnosticSetting", `${p}${config.account.name}/diagnostics`),
            `${account}/providers/Microsoft.Insights/diagnosticSettings/${diagnostics}`,
        );
    }
    const lock = config.security.deleteLock;
    if (typeof lock === "object") {
        ids.set(
            importKey("azure-native:authorization:ManagementLockAtResourceLevel", `${p}${config.account.name}/cannot-delete`),
            `${account}/providers/Microsoft.Authorization/locks/${lock.name}`,
        );
    }
    const group = `/subscriptions/${config.import.subscriptionId}/resourceGroups/${config.resourceGroup.name}`;
    for (const pe of config.network.privateEndpoints) {
        // The PrivateNetwork component creates the endpoints in the account's resource group.
        const endpoint = `${group}/providers/Microsoft.Network/privateEndpoints/${pe.name}`;
        ids.set(importKey("azure-native:network:PrivateEndpoint", `${p}${pe.name}`), endpoint);
        if (pe.privateDns === "zoneGroup")
            ids.set(importKey("azure-native:network:PrivateDnsZoneGroup", `${p}${pe.name}/dns`), `${endpoint}/privateDnsZoneGroups/default`);
    }
    for (const a of config.access.controlRoles) {
        // An Azure RBAC assignment's id is its scope's id, then the provider path and its name.
        const scope = a.scope === "resourceGroup" ? group : account;
        if (a.id)
            ids.set(
                importKey("azure-native:authorization:RoleAssignment", `${p}${a.principal}/${slug(a.role)}/${a.scope}`),
                `${scope}/providers/Microsoft.Authorization/roleAssignments/${a.id}`,
            );
    }
    return ids;
}

/**
 * Passes each resource its ARM id as `import`. A custom resource without one would be created
 * by a deployment that must only import: that is refused here, naming it, rather than created
 * (the config rules in stack/config/import-rules.ts should have stopped it already).
 */
export function importTransformation(ids: ReadonlyMap<string, string>): pulumi.ResourceTransformation {
    return (args) => {
        if (!(args.resource instanceof pulumi.CustomResource)) return undefined;
        const id = ids.get(importKey(args.type, args.name));
        if (id === undefined) {
            throw new Error(
                `cosmos-platform:import is set, but ${args.type} '${args.name}' does not exist yet and would be created; remove it from the config until the import is done, or remove the import switch`,
            );
        }
        return { props: args.props, opts: { ...args.opts, import: id } };
    };
}
