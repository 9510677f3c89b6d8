/**
 * The import switch (`cosmos-platform:import`, written by `npm run adopt`): the next deployment
 * imports the existing account, its databases, containers, scripts, custom roles, data-plane and
 * control-plane assignments, private endpoints and their DNS zone groups, and the diagnostic
 * setting and delete lock named in the config, instead of creating them. Each resource's ARM id follows from the subscription, the
 * resource group and the names in the config (stack/import.ts).
 *
 * While it is set, the deployment must create nothing: an import that also creates resources is
 * no longer a step that "changes nothing". So every key that would create a resource the estate
 * does not have yet is an error here, naming the key and the value that turns it off; monitoring,
 * which has no off switch, is deferred until the switch is removed (docs/runbooks/adopt.md).
 */
import { z } from "zod";
import { GUID } from "../../components/shared/arm-ids";
import type { Report } from "../../components/shared/errors";
import { isProduction } from "./defaults";
import type { AccountView } from "./schema";

export const importSchema = z.strictObject({
    subscriptionId: z
        .string()
        .regex(GUID, "a subscription id is a GUID such as 00000000-0000-0000-0000-000000000000")
        .describe("Subscription of the existing resources. With the resource group and the names in this config it gives each resource's ARM id."),
});

const WHY = "while import is set the deployment only imports existing resources";

/** What an import deployment would create: each reported at its key, with the value that avoids it. */
export function importRules(cfg: AccountView, report: Report): void {
    if (!cfg.import) return;
    if (cfg.resourceGroup.create !== false) {
        report(["resourceGroup", "create"], `${WHY}, and creating the group would take over the existing one; set resourceGroup.create: false`);
    }
    const network = cfg.network ?? {};
    if (network.virtualNetwork) report(["network", "virtualNetwork"], `${WHY}; remove the virtual network, or add it after the import`);
    // Declared endpoints are existing ones, imported with their DNS zone groups (stack/import.ts): in
    // an existing subnet, registering in an existing zone, or nothing else would be created.
    const endpoints = network.privateEndpoints ?? [];
    endpoints.forEach((pe, i) => {
        if (!pe.subnet.startsWith("/subscriptions/"))
            report(
                ["network", "privateEndpoints", i, "subnet"],
                `${WHY}; an imported endpoint sits in an existing subnet: give the subnet's resource id, or add the endpoint after the import`,
            );
    });
    if (endpoints.some((pe) => (pe.privateDns ?? "zoneGroup") === "zoneGroup") && network.privateDnsZoneId === undefined) {
        report(
            ["network", "privateDnsZoneId"],
            `${WHY}, and the endpoints' DNS zone groups would need a privatelink.documents.azure.com zone the stack creates; give the existing zone's id (as npm run adopt writes it), or set the endpoints' privateDns: none`,
        );
    }
    const access = cfg.access ?? {};
    if ((access.groups ?? []).length > 0) report(["access", "groups"], `${WHY}; Entra groups would be created: remove them, or add them after the import`);
    if ((access.identities ?? []).length > 0)
        report(["access", "identities"], `${WHY}; managed identities would be created: remove them, or add them after the import`);
    (access.controlRoles ?? []).forEach((role, i) => {
        if (role.id === undefined)
            report(
                ["access", "controlRoles", i, "id"],
                `${WHY}; give the existing role assignment's GUID (its Azure name), as npm run adopt writes it, or add the assignment after the import`,
            );
    });
    (access.customRoles ?? []).forEach((role, i) => {
        if (role.id === undefined)
            report(["access", "customRoles", i, "id"], `${WHY}; give the existing role definition's GUID (its Azure name), as npm run adopt writes it`);
    });
    (access.dataRoles ?? []).forEach((role, i) => {
        if (role.id === undefined)
            report(["access", "dataRoles", i, "id"], `${WHY}; give the existing role assignment's GUID (its Azure name), as npm run adopt writes it`);
    });
    const production = isProduction(cfg);
    const security = cfg.security ?? {};
    // An existing lock ({ name, notes }) is imported; `true` would create one.
    if ((security.deleteLock ?? production) === true) {
        report(
            ["security", "deleteLock"],
            `${WHY}, and the delete lock would be created; set security.deleteLock: false (or name the existing lock: { name, notes }), and turn it on after the import`,
        );
    }
    if (security.defender ?? production)
        report(["security", "defender"], `${WHY}, and Defender would be enabled; set security.defender: false, and turn it on after the import`);
    if (security.customerManagedKey && !security.customerManagedKey.identity.startsWith("/")) {
        report(
            ["security", "customerManagedKey", "identity"],
            `${WHY}, and the identity '${security.customerManagedKey.identity}' of access.identities would be created; give the existing identity's resource id, as npm run adopt writes it`,
        );
    }
    const monitoring = cfg.monitoring ?? {};
    if (monitoring.diagnostics?.name !== undefined && !(monitoring.workspace && "id" in monitoring.workspace)) {
        report(
            ["monitoring", "workspace"],
            `${WHY}, and the existing diagnostic setting '${monitoring.diagnostics.name}' sends to an existing workspace: give it as { id }, or a workspace would be created`,
        );
    }
    if (cfg.gateway) report(["gateway"], `${WHY}; the dedicated gateway would be created: remove it, or add it after the import`);
    if (cfg.restore) report(["restore"], `${WHY}; a restore creates a new account: remove restore or import`);
    cfg.databases.forEach((db, i) =>
        db.containers.forEach((c, j) => {
            if (c.itemSchema)
                report(
                    ["databases", i, "containers", j, "itemSchema"],
                    `${WHY}; the item schema's generated trigger would be created: remove itemSchema, or add it after the import`,
                );
        }),
    );
}
