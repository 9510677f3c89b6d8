/**
 * Real built-in definitions of Azure/azure-policy (test/fixtures/azure-policy/catalog, sources in
 * its README) for the resource types this project creates, assigned as a central team would and
 * evaluated against the committed dev and prod plans and variants of them. Each expectation says
 * why Azure would reach it, from the rule and Microsoft's documentation of the effect.
 */
import * as assert from "assert";
import * as path from "path";
import { documentsFrom, PolicyAssignment, PolicyInputs, readPolicyInputs } from "../../tooling/review/azure-policy/definitions";
import { AzurePolicySection, evaluateAzurePolicy, Result } from "../../tooling/review/azure-policy/evaluate";
import { PolicyRecord } from "../../tooling/model/records";
import { PROJECT_DIR } from "../helpers/config";
import { committedStack } from "../helpers/stacks";
import { BUILTIN, record, SUB } from "./helpers";

const CATALOG = path.join(PROJECT_DIR, "test/fixtures/azure-policy/catalog");
const NOW = new Date("2026-12-01T00:00:00Z");
const catalog = readPolicyInputs([CATALOG]);
const shipped = readPolicyInputs([BUILTIN]);
const MG = "/providers/Microsoft.Management/managementGroups/contoso";

function find(inputs: PolicyInputs, file: string) {
    const d = inputs.definitions.find((x) => x.source.endsWith(`${path.sep}${file}`));
    if (!d) throw new Error(`no fixture ${file}`);
    return d;
}
let n = 0;
function assign(file: string, parameters: Record<string, unknown> = {}, from: PolicyInputs = catalog): PolicyAssignment {
    const d = find(from, file);
    return documentsFrom(
        {
            name: `a${++n}`,
            displayName: path.basename(file, ".json"),
            scope: MG,
            policyDefinitionId: d.id,
            parameters: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }])),
        },
        file,
    )[0] as PolicyAssignment;
}
function evaluate(records: readonly PolicyRecord[], assignments: PolicyAssignment[], removals?: PolicyRecord[]): AzurePolicySection {
    return evaluateAzurePolicy(
        records,
        {
            definitions: [...catalog.definitions, ...shipped.definitions.filter((d) => !catalog.definitions.some((c) => c.id === d.id))],
            sets: [],
            assignments,
            exemptions: [],
        },
        { subscription: SUB, now: NOW, ...(removals ? { removals } : {}) },
    );
}
const on = (s: AzurePolicySection, assignment: string, name: string): Result => {
    const found = s.results.filter((r) => r.assignment === assignment && r.urn.endsWith(`::${name}`));
    assert.strictEqual(found.length, 1, `${assignment} on ${name}: ${found.length} results`);
    return found[0];
};
const outcomes = (s: AzurePolicySection, assignment: string) => [...new Set(s.results.filter((r) => r.assignment === assignment).map((r) => r.outcome))].sort();
/** A copy of the records with matching resources' inputs changed. */
function variant(records: readonly PolicyRecord[], type: string, change: (inputs: Record<string, unknown>) => void, name?: string): PolicyRecord[] {
    return records.map((r) => {
        if (r.type !== `azure-native:${type}` || (name !== undefined && r.name !== name)) return r;
        const inputs = JSON.parse(JSON.stringify(r.inputs)) as Record<string, unknown>;
        change(inputs);
        return { ...r, inputs };
    });
}
const extra = (records: readonly PolicyRecord[], type: string, name: string, inputs: Record<string, unknown>): PolicyRecord[] => [
    ...records,
    record(type, name, inputs, { urn: `urn:pulumi:prod::cosmos-platform::azure-native:${type}::${name}` }),
];
const rgId = (stack: string) => `/subscriptions/${SUB}/resourceGroups/rg-cosmos-platform-${stack}`;

describe("Azure Policy: real built-ins against the committed stacks", function () {
    this.timeout(60_000);
    let dev: PolicyRecord[];
    let prod: PolicyRecord[];
    before(async () => {
        dev = (await committedStack("dev")).resources;
        prod = (await committedStack("prod")).resources;
    });

    it("Not allowed resource types (mode All): judges every resource, including a type the project never creates", () => {
        const a = assign("General/InvalidResourceTypes_Deny.json", {
            listOfResourceTypesNotAllowed: ["Microsoft.Storage/storageAccounts", "Microsoft.Network/publicIPAddresses"],
            effect: "Deny",
        });
        // None of the project's types is listed: compliant everywhere, resource group included (mode All).
        assert.deepStrictEqual(outcomes(evaluate(prod, [a]), "InvalidResourceTypes_Deny"), ["compliant"]);
        assert.strictEqual(on(evaluate(prod, [a]), "InvalidResourceTypes_Deny", "rg-cosmos-platform-prod").outcome, "compliant");
        // A storage account added to the program: its type is listed, so Azure denies the request.
        const withStorage = extra(prod, "storage:StorageAccount", "stcontoso", {
            accountName: "stcontoso",
            resourceGroupName: "rg-cosmos-platform-prod",
            location: "westeurope",
            kind: "StorageV2",
            sku: { name: "Standard_LRS" },
        });
        const r = on(evaluate(withStorage, [a]), "InvalidResourceTypes_Deny", "stcontoso");
        assert.strictEqual(r.outcome, "deny");
        assert.strictEqual(r.blocking, true);
        assert.match(
            r.reason,
            /type is "Microsoft.Storage\/storageAccounts" \(in \["Microsoft.Storage\/storageAccounts","Microsoft.Network\/publicIPAddresses"\]: true\)/,
        );
        // A token in neither type table: its type is not known offline, so the result is not guessed.
        const withCdn = extra(prod, "cdn:Profile", "cdn-contoso", {
            profileName: "cdn-contoso",
            resourceGroupName: "rg-cosmos-platform-prod",
            location: "global",
            sku: { name: "Standard_Microsoft" },
        });
        const unknown = on(evaluate(withCdn, [a]), "InvalidResourceTypes_Deny", "cdn-contoso");
        assert.strictEqual(unknown.outcome, "not-evaluated");
        assert.match(unknown.reason, /the ARM resource type of azure-native:cdn:Profile is not in the offline type map/);
    });

    it("Allowed resource types (the shipped version): denies a type outside the list that the project never creates", () => {
        const a = assign(
            "AllowedResourceTypes_Deny.json",
            { listOfResourceTypesAllowed: ["Microsoft.DocumentDB/databaseAccounts", "Microsoft.Network/virtualNetworks"] },
            shipped,
        );
        const withStorage = extra(prod, "storage:StorageAccount", "stcontoso", {
            accountName: "stcontoso",
            resourceGroupName: "rg-cosmos-platform-prod",
            location: "westeurope",
        });
        const s = evaluate(withStorage, [a]);
        assert.strictEqual(on(s, "AllowedResourceTypes_Deny", "stcontoso").outcome, "deny", "Microsoft.Storage/storageAccounts is not in the allowed list");
        assert.strictEqual(on(s, "AllowedResourceTypes_Deny", "contoso-cosmos-prod").outcome, "compliant");
    });

    it("Require a tag on resource groups (mode All, resource groups only): the program's groups carry 'project'; one without it is denied", () => {
        const a = assign("Tags/ResourceGroupRequireTag_Deny.json", { tagName: "project" });
        assert.strictEqual(on(evaluate(prod, [a]), "ResourceGroupRequireTag_Deny", "rg-cosmos-platform-prod").outcome, "compliant");
        assert.strictEqual(
            on(evaluate(prod, [a]), "ResourceGroupRequireTag_Deny", "contoso-cosmos-prod").outcome,
            "compliant",
            "the type condition is false for an account",
        );
        const untagged = variant(prod, "resources:ResourceGroup", (i) => delete (i.tags as Record<string, unknown>).project);
        assert.strictEqual(on(evaluate(untagged, [a]), "ResourceGroupRequireTag_Deny", "rg-cosmos-platform-prod").outcome, "deny");
    });

    it("Require a tag and its value on resources (Indexed): every taggable resource carries managed-by=pulumi", () => {
        const a = assign("Tags/RequireTagAndValue_Deny.json", { tagName: "managed-by", tagValue: "pulumi" });
        for (const records of [dev, prod]) assert.deepStrictEqual(outcomes(evaluate(records, [a]), "RequireTagAndValue_Deny"), ["compliant"]);
        const s = evaluate(prod, [a]);
        assert.strictEqual(
            s.results.some((r) => r.assignment === "RequireTagAndValue_Deny" && r.urn.endsWith("::appdb/orders")),
            false,
            "containers support no tags: Indexed mode skips them",
        );
        const changed = variant(prod, "operationalinsights:Workspace", (i) => ((i.tags as Record<string, unknown>)["managed-by"] = "bicep"));
        assert.strictEqual(on(evaluate(changed, [a]), "RequireTagAndValue_Deny", "log-contoso-cosmos-prod").outcome, "deny");
    });

    it("Inherit a tag from the resource group if missing: a tag the group lacks is no implicit deny; one it has is added by Modify", () => {
        // The rule guards [resourceGroup().tags['costCenter']] with notEquals "": the group has no such tag, the lookup is empty, the rule does not match.
        const a = assign("Tags/InheritTag_Add_Modify.json", { tagName: "costCenter" });
        for (const records of [dev, prod]) {
            const s = evaluate(records, [a]);
            assert.deepStrictEqual(outcomes(s, "InheritTag_Add_Modify"), ["compliant"]);
            assert.strictEqual(s.blocking, 0);
        }
        const tagged = variant(prod, "resources:ResourceGroup", (i) => ((i.tags as Record<string, unknown>).costCenter = "cc-42"));
        const r = on(evaluate(tagged, [a]), "InheritTag_Add_Modify", "contoso-cosmos-prod");
        assert.strictEqual(r.outcome, "modify");
        assert.deepStrictEqual(r.operations, [{ operation: "add", property: "tags.costCenter", value: "cc-42" }]);
        assert.strictEqual(r.perpetualDiffs, undefined, "a tag the program does not set is no perpetual diff");
    });

    it("Inherit a tag from the resource group (add or replace): equal tags are compliant, a resource that differs gets a perpetual diff", () => {
        const a = assign("Tags/InheritTag_AddOrReplace_Modify.json", { tagName: "environment" });
        assert.deepStrictEqual(outcomes(evaluate(prod, [a]), "InheritTag_AddOrReplace_Modify"), ["compliant"]);
        const drift = variant(prod, "network:VirtualNetwork", (i) => ((i.tags as Record<string, unknown>).environment = "staging"));
        const r = on(evaluate(drift, [a]), "InheritTag_AddOrReplace_Modify", "vnet-cosmos-platform-prod");
        assert.strictEqual(r.outcome, "modify");
        assert.deepStrictEqual(r.perpetualDiffs, [{ property: "tags.environment", program: "staging", policy: "prod" }]);
    });

    it("Audit resource location matches resource group location: global resources pass, one placed elsewhere is audited", () => {
        const a = assign("General/ResourcesInResourceGroupLocation_Audit.json", { effect: "Audit" });
        assert.deepStrictEqual(outcomes(evaluate(prod, [a]), "ResourcesInResourceGroupLocation_Audit"), ["compliant"], "westeurope or global everywhere");
        const moved = variant(prod, "operationalinsights:Workspace", (i) => (i.location = "northeurope"));
        const r = on(evaluate(moved, [a]), "ResourcesInResourceGroupLocation_Audit", "log-contoso-cosmos-prod");
        assert.strictEqual(r.outcome, "audit");
        assert.match(r.reason, /location is "northeurope" \(notEquals "westeurope": true\)/);
    });

    it("Allowed locations for resource groups: only the resource group is judged", () => {
        const a = assign("General/ResourceGroupAllowedLocations_Deny.json", { listOfAllowedLocations: ["westeurope"], effect: "Deny" });
        assert.strictEqual(on(evaluate(prod, [a]), "ResourceGroupAllowedLocations_Deny", "rg-cosmos-platform-prod").outcome, "compliant");
        const moved = variant(prod, "resources:ResourceGroup", (i) => (i.location = "East US"));
        assert.strictEqual(on(evaluate(moved, [a]), "ResourceGroupAllowedLocations_Deny", "rg-cosmos-platform-prod").outcome, "deny");
    });

    it("Users must authenticate with MFA: the caller's identity is known only to Azure, so nothing is denied and the reason says so", () => {
        const a = assign("General/MFA_Deny.json", { effect: "Deny" });
        const s = evaluate(prod, [a]);
        assert.deepStrictEqual(outcomes(s, "MFA_Deny"), ["not-evaluated"]);
        assert.strictEqual(s.blocking, 0);
        assert.match(
            on(s, "MFA_Deny", "contoso-cosmos-prod").reason,
            /identity: requestContext\(\) beyond apiVersion describes the caller of the request, which only Azure knows/,
        );
        // The delete flavour (denyAction) on a change that deletes the account: the same unknown, not a block.
        const d = assign("General/MFA_DenyAction.json", { effect: "DenyAction" });
        const account = prod.find((r) => r.name === "contoso-cosmos-prod") as PolicyRecord;
        const del = evaluate(
            prod.filter((r) => r !== account),
            [d],
            [account],
        );
        assert.strictEqual(on(del, "MFA_DenyAction", "contoso-cosmos-prod").outcome, "not-evaluated");
        assert.strictEqual(del.blocking, 0);
    });

    it("Cosmos DB local authentication (the current built-in, with its 'notin' operator): compliant, and a variant that enables keys is denied", () => {
        const a = assign("Cosmos DB/Cosmos_DisableLocalAuth_AuditDeny.json", { effect: "Deny" });
        for (const records of [dev, prod]) assert.strictEqual(outcomes(evaluate(records, [a]), "Cosmos_DisableLocalAuth_AuditDeny").join(), "compliant");
        const keys = variant(prod, "cosmosdb:DatabaseAccount", (i) => (i.disableLocalAuth = false));
        const r = on(evaluate(keys, [a]), "Cosmos_DisableLocalAuth_AuditDeny", "contoso-cosmos-prod");
        assert.strictEqual(r.outcome, "deny");
        assert.match(r.reason, /capabilities\[\*\]\.name is \["EnableNoSQLVectorSearch", "EnableNoSQLFullTextSearch"\] \(notIn/);
    });

    it("Cosmos DB should not allow traffic from all Azure data centers: the IP rules have no 0.0.0.0 until a variant adds it", () => {
        const a = assign("Cosmos DB/Cosmos_NetworkRulesNoAzureDatacenterAccess_Audit.json", { effect: "Deny" });
        // ipRangeFilter is not an azure-native input: absent in the request (Deny judges the request).
        for (const records of [dev, prod])
            assert.strictEqual(outcomes(evaluate(records, [a]), "Cosmos_NetworkRulesNoAzureDatacenterAccess_Audit").join(), "compliant");
        const open = variant(dev, "cosmosdb:DatabaseAccount", (i) => (i.ipRules as unknown[]).push({ ipAddressOrRange: "0.0.0.0" }));
        assert.strictEqual(on(evaluate(open, [a]), "Cosmos_NetworkRulesNoAzureDatacenterAccess_Audit", "contoso-cosmos-dev").outcome, "deny");
    });

    it("Cosmos DB zone redundancy (preview): dev's single region is not zone redundant, prod's three are", () => {
        const a = assign("Resilience/DocumentDB_databaseAccounts_ZoneRedundant_Audit.json", { effect: "Audit" });
        assert.strictEqual(on(evaluate(dev, [a]), "DocumentDB_databaseAccounts_ZoneRedundant_Audit", "contoso-cosmos-dev").outcome, "audit");
        assert.strictEqual(on(evaluate(prod, [a]), "DocumentDB_databaseAccounts_ZoneRedundant_Audit", "contoso-cosmos-prod").outcome, "compliant");
    });

    it("Cosmos DB private link (shipped audit): the plan's automatically approved private endpoint gives the account an approved connection", () => {
        const a = assign("Cosmos_PrivateEndpoint_Audit.json", { effect: "Audit" }, shipped);
        for (const [records, name] of [
            [dev, "contoso-cosmos-dev"],
            [prod, "contoso-cosmos-prod"],
        ] as const) {
            const r = on(evaluate(records, [a]), "Cosmos_PrivateEndpoint_Audit", name);
            assert.strictEqual(r.outcome, "compliant");
            assert.match(r.reason, /privateEndpointConnections\[\*\] is 1..2 \(less 1: false\)/, "one approved from the plan, others unknown");
        }
        // Manual approval leaves the connection pending: whether any approved one exists is not known offline.
        const manual = variant(prod, "network:PrivateEndpoint", (i) => {
            i.manualPrivateLinkServiceConnections = i.privateLinkServiceConnections;
            delete i.privateLinkServiceConnections;
        });
        const withManualDeps = manual.map((r) =>
            r.type === "azure-native:network:PrivateEndpoint"
                ? {
                      ...r,
                      propertyDependencies: {
                          ...r.propertyDependencies,
                          manualPrivateLinkServiceConnections: r.propertyDependencies?.privateLinkServiceConnections ?? [],
                      },
                  }
                : r,
        );
        assert.strictEqual(on(evaluate(withManualDeps, [a]), "Cosmos_PrivateEndpoint_Audit", "contoso-cosmos-prod").outcome, "not-evaluated");
        // Without a private endpoint in the plan, the connections are Azure's to know.
        const none = prod.filter((r) => r.type !== "azure-native:network:PrivateEndpoint");
        assert.match(
            on(evaluate(none, [a]), "Cosmos_PrivateEndpoint_Audit", "contoso-cosmos-prod").reason,
            /privateEndpointConnections\[\*\] is set by Azure and known only after deploy/,
        );
    });

    it("Configure CosmosDB accounts to use private DNS zones: the endpoint links to the account, and its zone group is its child", () => {
        const zone =
            "/subscriptions/" + SUB + "/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.Network/privateDnsZones/privatelink.documents.azure.com";
        const a = assign("Cosmos DB/Cosmos_PrivateDNSZone_DINE.json", { privateDnsZoneId: zone, privateEndpointGroupId: "Sql" });
        // privateLinkServiceId is the account's id (the input's only property dependency), which contains Microsoft.DocumentDB/databaseAccounts.
        const r = on(evaluate(prod, [a]), "Cosmos_PrivateDNSZone_DINE", "pe-contoso-cosmos-prod");
        assert.strictEqual(r.outcome, "compliant");
        assert.match(r.reason, /the plan creates the related Microsoft.Network\/privateEndpoints\/privateDnsZoneGroups: pe-contoso-cosmos-prod\/dns/);
        const noGroup = prod.filter((x) => x.type !== "azure-native:network:PrivateDnsZoneGroup");
        assert.strictEqual(on(evaluate(noGroup, [a]), "Cosmos_PrivateDNSZone_DINE", "pe-contoso-cosmos-prod").outcome, "deployIfNotExists");
        const blob = variant(prod, "network:PrivateEndpoint", (i) => ((i.privateLinkServiceConnections as { groupIds: string[] }[])[0].groupIds = ["Blob"]));
        assert.strictEqual(
            on(evaluate(blob, [a]), "Cosmos_PrivateDNSZone_DINE", "pe-contoso-cosmos-prod").outcome,
            "compliant",
            "another group id: the rule does not match",
        );
    });

    it("Deploy Advanced Threat Protection for Cosmos DB: prod's Defender setting is on the account (its scope traced to it), dev has none", () => {
        const a = assign("Cosmos DB/AdvancedThreatProtection_DINE.json");
        assert.strictEqual(on(evaluate(prod, [a]), "AdvancedThreatProtection_DINE", "contoso-cosmos-prod").outcome, "compliant");
        const r = on(evaluate(dev, [a]), "AdvancedThreatProtection_DINE", "contoso-cosmos-dev");
        assert.strictEqual(r.outcome, "deployIfNotExists");
        assert.deepStrictEqual(r.related, { type: "Microsoft.Security/advancedThreatProtectionSettings", name: "current", found: [] });
    });

    it("Enable logging by category group for Cosmos DB to Log Analytics: the program logs by category, so Azure deploys its own setting; by group, it is satisfied", () => {
        const workspace = (stack: string) => `${rgId(stack)}/providers/Microsoft.OperationalInsights/workspaces/log-contoso-cosmos-${stack}`;
        const a = (stack: string) =>
            assign("Monitoring/DS_LA_documentdb-databaseaccounts_DINE.json", { logAnalytics: workspace(stack), categoryGroup: "audit" });
        // The existence condition wants exactly one enabled log entry with categoryGroup "audit"; the program's entries name categories.
        for (const stack of ["dev", "prod"] as const) {
            const assignment = a(stack);
            const r = on(evaluate(stack === "dev" ? dev : prod, [assignment]), assignment.displayName, `contoso-cosmos-${stack}`);
            assert.strictEqual(r.outcome, "deployIfNotExists");
            assert.match(r.reason, /contoso-cosmos-\w+\/diagnostics fail the existence condition/);
        }
        // By category group, sent to that workspace (workspaceId is the workspace's id: its only property dependency).
        const byGroup = variant(
            prod,
            "monitor:DiagnosticSetting",
            (i) =>
                (i.logs = [
                    { categoryGroup: "audit", enabled: true },
                    { categoryGroup: "allLogs", enabled: false },
                ]),
        );
        assert.strictEqual(on(evaluate(byGroup, [a("prod")]), "DS_LA_documentdb-databaseaccounts_DINE", "contoso-cosmos-prod").outcome, "compliant");
        const elsewhere = assign("Monitoring/DS_LA_documentdb-databaseaccounts_DINE.json", {
            logAnalytics: `${rgId("prod")}/providers/Microsoft.OperationalInsights/workspaces/central`,
            categoryGroup: "audit",
        });
        assert.strictEqual(
            on(evaluate(byGroup, [elsewhere]), elsewhere.displayName, "contoso-cosmos-prod").outcome,
            "deployIfNotExists",
            "sent to another workspace than the assignment's",
        );
    });

    it("Log Analytics workspaces: local authentication and public network access are not turned off by the program", () => {
        const local = assign("Monitoring/LogAnalyticsWorkspaces_DisableLocalAuth_Deny.json", { effect: "Audit" });
        const network = assign("Monitoring/LogAnalyticsWorkspaces_NetworkAccessEnabled_Deny.json", { effect: "Audit" });
        const s = evaluate(prod, [local, network]);
        // features.disableLocalAuth and publicNetworkAccessFor* are absent in the request: notEquals "true" / "disabled" holds.
        assert.strictEqual(on(s, "LogAnalyticsWorkspaces_DisableLocalAuth_Deny", "log-contoso-cosmos-prod").outcome, "audit");
        assert.strictEqual(on(s, "LogAnalyticsWorkspaces_NetworkAccessEnabled_Deny", "log-contoso-cosmos-prod").outcome, "audit");
        const hardened = variant(prod, "operationalinsights:Workspace", (i) =>
            Object.assign(i, { features: { disableLocalAuth: true }, publicNetworkAccessForIngestion: "Disabled", publicNetworkAccessForQuery: "Disabled" }),
        );
        const h = evaluate(hardened, [local, network]);
        assert.strictEqual(on(h, "LogAnalyticsWorkspaces_DisableLocalAuth_Deny", "log-contoso-cosmos-prod").outcome, "compliant");
        assert.strictEqual(on(h, "LogAnalyticsWorkspaces_NetworkAccessEnabled_Deny", "log-contoso-cosmos-prod").outcome, "compliant");
    });

    it("Virtual networks should be protected by DDoS Protection (Modify): turns protection on with a perpetual diff, and skips the plan id whose parent the request leaves out", () => {
        const a = assign("Network/VirtualNetworkDdosStandard_Audit.json", { ddosPlan: `${rgId("prod")}/providers/Microsoft.Network/ddosProtectionPlans/ddos` });
        const r = on(evaluate(prod, [a]), "VirtualNetworkDdosStandard_Audit", "vnet-cosmos-platform-prod");
        assert.strictEqual(r.outcome, "modify");
        assert.deepStrictEqual(r.operations, [{ operation: "addOrReplace", property: "enableDdosProtection", value: true }]);
        assert.deepStrictEqual(r.perpetualDiffs, [{ property: "enableDdosProtection", program: false, policy: true }]);
        assert.match(r.reason, /Skipped: ddosProtectionPlan is not in the request, so ddosProtectionPlan.id is not modified/);
    });

    it("DenyAction acts on DELETE only: creating and updating a protected type pass, deleting it is blocked", () => {
        const a = assign(
            "ResourceType_denyActionDelete.json",
            { listOfResourceTypesDisallowedForDeletion: ["Microsoft.OperationalInsights/workspaces"] },
            shipped,
        );
        const workspace = prod.find((r) => r.type === "azure-native:operationalinsights:Workspace") as PolicyRecord;
        // Created by this change (not in the base): not a delete.
        assert.strictEqual(on(evaluate(prod, [a], []), "ResourceType_denyActionDelete", "log-contoso-cosmos-prod").outcome, "compliant");
        // Updated (retention changed), no removal: not a delete.
        const updated = variant(prod, "operationalinsights:Workspace", (i) => (i.retentionInDays = 120));
        const u = evaluate(updated, [a], []);
        assert.strictEqual(on(u, "ResourceType_denyActionDelete", "log-contoso-cosmos-prod").outcome, "compliant");
        assert.strictEqual(u.blocking, 0);
        // Deleted: blocked.
        const d = evaluate(
            prod.filter((r) => r !== workspace),
            [a],
            [workspace],
        );
        assert.strictEqual(on(d, "ResourceType_denyActionDelete", "log-contoso-cosmos-prod").outcome, "denyAction");
        assert.strictEqual(d.blocking, 1);
    });
});
