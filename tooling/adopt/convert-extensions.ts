/**
 * What belongs to an account besides its data and data-plane roles, into its stack config: private
 * endpoints with their DNS zone groups (`network.privateEndpoints`, `network.privateDnsZoneId`),
 * the diagnostic setting (`monitoring.diagnostics`, `monitoring.workspace`), the delete lock
 * (`security.deleteLock`) and control-plane role assignments (`access.controlRoles`), each with
 * the inputs the round trip expects. The stack holds one diagnostic setting, one lock and one DNS
 * zone per account: a second is a gap, named, never dropped.
 */
import { resolveAlerts } from "../../components/monitoring/resolve";
import { logReaders } from "../../components/monitoring/diagnostics";
import { alertContext } from "../../components/monitoring/component";
import { DEFAULT_LOG_CATEGORIES, logCategoriesReadBy, NOSQL_LOG_TABLES } from "../../components/monitoring/diagnostic-categories";
import type { AccountSettings } from "../../components/account/args";
import { ArmDocument } from "./documents";
import { endpointLocation } from "./extensions";
import { AccountEstate } from "./estate";
import { AccountDraft, Check } from "./model";
import { Json } from "../model/json";
import { TYPES } from "../model/types";
import { duplicateAssignmentGap, Sink } from "./convert-data";
import { applyRows, plainContext, sameJson } from "./table";
import { EndpointRowContext, PRIVATE_ENDPOINT_ROWS, ZONE_GROUP_ROWS } from "./rows/private-endpoints";
import { DIAGNOSTIC_SETTING_ROWS, DiagnosticsRowContext } from "./rows/diagnostics";
import { CONTROL_ROLE_ROWS, ControlRoleRowContext, LOCK_ROWS } from "./rows/control-plane";
import { PRIVATE_ENDPOINT_NOT_GIVEN } from "./rows/account";

const locators = (doc: ArmDocument): Json => ({ resourceGroupName: doc.resourceGroup });

/** A check with the deploy-time values its rows recorded. */
function check(doc: ArmDocument, type: string, expected: Json, atDeploy: Record<string, string>): Check {
    return { id: doc.id, type, sources: [doc.source], expected, ...(Object.keys(atDeploy).length ? { atDeploy } : {}) };
}

function convertEndpoints(draft: AccountDraft, estate: AccountEstate, sink: Sink): void {
    const account = estate.doc;
    const config = draft.config.account as Json;
    const writeRegion = ((config.regions as { name: string }[] | undefined) ?? [])[0]?.name ?? "";
    const endpoints: Json[] = [];
    let zone: { id: string; from: string } | undefined;
    for (const pe of estate.privateEndpoints) {
        const doc = pe.doc;
        const at = ["network", "privateEndpoints", endpoints.length];
        const own = endpointLocation(doc.id);
        if (own.subscriptionId.toLowerCase() !== account.subscriptionId.toLowerCase() || own.resourceGroup !== account.resourceGroup) {
            sink.gaps.push({
                source: doc.source,
                id: doc.id,
                property: "resourceGroup",
                value: `${own.subscriptionId}/${own.resourceGroup}`,
                reason: `the stack creates an account's endpoints in its resource group (${account.resourceGroup}); this one is elsewhere, so leave its document out (it stays as it is) or move it in Azure`,
            });
            continue;
        }
        const entry: Json = { name: doc.name };
        const inputs: Json = { ...locators(account), privateEndpointName: doc.name };
        const atDeploy: Record<string, string> = {};
        const ctx: EndpointRowContext = {
            ...plainContext(doc, entry, inputs, sink, at),
            accountImportId: account.accountId,
            writeRegion,
            accountTags: (account.envelope.tags as Json | undefined) ?? {},
            atDeploy: (path, value) => (atDeploy[path] = value),
        };
        applyRows(PRIVATE_ENDPOINT_ROWS, ctx, ["properties"]);
        const checks = [check(doc, TYPES.privateEndpoint, inputs, atDeploy)];
        // DNS: its zone group, in the account's one zone; none given leaves DNS as it is.
        if (pe.zoneGroups.length === 0) {
            entry.privateDns = "none";
            sink.comments.push({
                path: [...at, "privateDns"],
                text: "set by adopt: no DNS zone group document for this endpoint, so its DNS is left as it is (add az network private-endpoint dns-zone-group list to adopt it)",
            });
        }
        for (const group of pe.zoneGroups.slice(0, 1)) {
            const found: Json = {};
            const groupInputs: Json = { ...locators(account), privateEndpointName: doc.name };
            applyRows(ZONE_GROUP_ROWS, plainContext(group, found, groupInputs, sink, at), ["properties"]);
            const id = found.privateDnsZoneId as string | undefined;
            if (id === undefined) continue;
            if (zone && zone.id !== id) {
                sink.gaps.push({
                    source: group.source,
                    id: group.id,
                    property: "properties.privateDnsZoneConfigs[0].privateDnsZoneId",
                    value: id,
                    reason: `the stack registers an account's endpoints in one zone (${zone.id}, of ${zone.from})`,
                });
                continue;
            }
            zone = { id, from: doc.name };
            checks.push(check(group, TYPES.privateDnsZoneGroup, groupInputs, {}));
        }
        for (const extra of pe.zoneGroups.slice(1))
            sink.gaps.push({
                source: extra.source,
                id: extra.id,
                property: "name",
                value: extra.name,
                reason: "an endpoint has one DNS zone group in the stack",
            });
        endpoints.push(entry);
        draft.checks.push(...checks);
        draft.tagSets.push((doc.envelope.tags as Record<string, string> | undefined) ?? {});
    }
    draft.counts.privateEndpoints = endpoints.length;
    // The account's connections to adopted endpoints are no longer "not adopted".
    const adopted = estate.privateEndpoints.map((pe) => pe.doc.id.toLowerCase());
    for (let i = sink.notes.length - 1; i >= 0; i--) {
        const note = sink.notes[i].toLowerCase();
        if (note.endsWith(PRIVATE_ENDPOINT_NOT_GIVEN.toLowerCase()) && adopted.some((id) => note.includes(`connection to ${id}:`))) sink.notes.splice(i, 1);
    }
    if (endpoints.length === 0) return;
    const network = (draft.config.network ??= {}) as Json;
    network.privateEndpoints = endpoints;
    if (zone) {
        network.privateDnsZoneId = zone.id;
        sink.comments.push({
            path: ["network", "privateDnsZoneId"],
            text: "set by adopt: the existing zone the endpoints register in (the stack creates none)",
        });
    }
}

/**
 * Catalogue log alerts that read a table the adopted setting does not fill: turned off with a
 * comment, since the import must change nothing and the rule (monitoring-rules.ts) would refuse
 * them. Turn them back on after adding the category.
 */
function alertsWithoutTheirLogs(draft: AccountDraft, logCategories: readonly string[], production: boolean): void {
    // Without regions (a document that lacks them) the plan refuses the account anyway: nothing to judge.
    const regions = (draft.config.account as Json).regions;
    if (!Array.isArray(regions) || regions.length === 0) return;
    const alerts = resolveAlerts(alertContext(draft.config.account as AccountSettings), production ? "full" : "essential", {});
    const overrides: Json = {};
    for (const reader of logReaders(alerts)) {
        const missing = logCategoriesReadBy(reader.query).filter((c) => !logCategories.includes(c));
        if (missing.length === 0) continue;
        const key = /^alert '(.+)'$/.exec(reader.name)?.[1] ?? reader.name;
        overrides[key] = { enabled: false };
        draft.comments.push({
            path: ["monitoring", "alerts", key],
            text: `set by adopt: reads ${missing.map((c) => NOSQL_LOG_TABLES[c]).join(", ")}, which the adopted setting does not send (add ${missing.join(", ")} to it, then remove this)`,
        });
    }
    if (Object.keys(overrides).length > 0) (draft.config.monitoring as Json).alerts = overrides;
}

function convertDiagnostics(draft: AccountDraft, estate: AccountEstate, sink: Sink, production: boolean): void {
    const [doc, ...others] = estate.diagnosticSettings;
    for (const other of others) {
        sink.gaps.push({
            source: other.source,
            id: other.id,
            property: "name",
            value: other.name,
            reason: `the stack holds one diagnostic setting per account (also '${doc.name}'); give one setting's document and leave the others out (they stay as they are)`,
        });
    }
    if (!doc) return;
    const found: Json = {};
    const inputs: Json = {};
    const atDeploy: Record<string, string> = {};
    const ctx: DiagnosticsRowContext = {
        ...plainContext(doc, found, inputs, sink, ["monitoring"]),
        accountImportId: estate.doc.accountId,
        atDeploy: (path, value) => (atDeploy[path] = value),
    };
    applyRows(DIAGNOSTIC_SETTING_ROWS, ctx, ["properties"]);
    if (found.workspace === undefined) return;
    const diagnostics = found.diagnostics as Json;
    draft.config.monitoring = { workspace: found.workspace, diagnostics };
    draft.comments.push({
        path: ["monitoring", "diagnostics", "name"],
        text: "set by adopt: the existing setting, imported while cosmos-platform:import is set; alerts, action groups and the workbook come after the import",
    });
    // Azure's order of the categories is kept; the program sends the defaults in theirs.
    if (inputs.logs === undefined) inputs.logs = [];
    if (inputs.metrics === undefined) inputs.metrics = [];
    if (inputs.logAnalyticsDestinationType === undefined) inputs.logAnalyticsDestinationType = "Dedicated";
    const logs = (diagnostics.logCategories as string[] | undefined) ?? [...DEFAULT_LOG_CATEGORIES];
    alertsWithoutTheirLogs(draft, logs, production);
    draft.checks.push(check(doc, TYPES.diagnosticSetting, inputs, atDeploy));
    draft.adopted = { ...draft.adopted, diagnosticSetting: doc.name };
}

function convertLock(draft: AccountDraft, estate: AccountEstate, sink: Sink): void {
    let adopted: ArmDocument | undefined;
    for (const doc of estate.locks) {
        const found: Json = {};
        const inputs: Json = { resourceGroupName: doc.resourceGroup };
        applyRows(LOCK_ROWS, plainContext(doc, found, inputs, sink, ["security"]), ["properties"]);
        // The first CanNotDelete lock is the account's (its other gaps are named); a ReadOnly one is named by its row.
        if (found.deleteLock === undefined) continue;
        if (adopted) {
            sink.gaps.push({
                source: doc.source,
                id: doc.id,
                property: "name",
                value: doc.name,
                reason: `the stack holds one lock per account (also '${adopted.name}'); leave this one's document out (it stays as it is) or delete the duplicate in Azure`,
            });
            continue;
        }
        adopted = doc;
        const security = (draft.config.security ??= {}) as Json;
        security.deleteLock = found.deleteLock;
        draft.comments.push({
            path: ["security", "deleteLock"],
            text: "set by adopt: the existing CanNotDelete lock, under its own name and notes (imported)",
        });
        draft.checks.push(check(doc, TYPES.resourceLock, inputs, {}));
        draft.adopted = { ...draft.adopted, lock: doc.name };
    }
}

function convertControlRoles(draft: AccountDraft, estate: AccountEstate, sink: Sink): void {
    const roles: Json[] = [];
    const group = `/subscriptions/${estate.doc.subscriptionId}/resourceGroups/${estate.doc.resourceGroup}`;
    for (const doc of estate.controlRoleAssignments) {
        const entry: Json = {};
        const inputs: Json = {};
        const ctx: ControlRoleRowContext = {
            ...plainContext(doc, entry, inputs, sink, ["access", "controlRoles", roles.length]),
            scopeId: doc.scope === "resourceGroup" ? group : estate.doc.accountId,
        };
        applyRows(CONTROL_ROLE_ROWS, ctx, ["properties"]);
        if (typeof entry.principal !== "string" || typeof entry.role !== "string" || inputs.scope === undefined) continue;
        // The stack names an assignment by principal, role and scope: two alike would share a URN.
        const same = roles.find((r) => r.principal === entry.principal && r.role === entry.role && (r.scope ?? "account") === (entry.scope ?? "account"));
        if (same) {
            duplicateAssignmentGap(sink, doc, entry.role, entry.principal, same.id);
            continue;
        }
        roles.push({
            principal: entry.principal,
            ...(entry.principalType ? { principalType: entry.principalType } : {}),
            role: entry.role,
            ...(entry.scope ? { scope: entry.scope } : {}),
            id: entry.id,
        });
        draft.checks.push(check(doc, TYPES.azureRoleAssignment, inputs, {}));
    }
    draft.counts.controlRoles = roles.length;
    if (roles.length === 0) return;
    const access = (draft.config.access ??= {}) as Json;
    access.controlRoles = roles;
}

/** The account's extension resources, into its draft. */
export function convertExtensions(draft: AccountDraft, estate: AccountEstate, sink: Sink, production: boolean): void {
    convertEndpoints(draft, estate, sink);
    convertDiagnostics(draft, estate, sink, production);
    convertLock(draft, estate, sink);
    convertControlRoles(draft, estate, sink);
    if (draft.config.security && sameJson(draft.config.security, {})) delete draft.config.security;
}
