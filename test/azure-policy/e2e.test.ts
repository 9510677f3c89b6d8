import * as assert from "assert";
import { PolicyAssignment, documentsFrom, readPolicyInputs } from "../../tooling/review/azure-policy/definitions";
import { AzurePolicySection, evaluateAzurePolicy } from "../../tooling/review/azure-policy/evaluate";
import { PolicyRecord } from "../../tooling/model/records";
import { committedStack } from "../helpers/stacks";
import { BUILTIN, TENANT } from "./helpers";

const NOW = new Date("2026-11-29T00:00:00Z");
const builtins = readPolicyInputs([BUILTIN]);
const byName = (file: string) => {
    const d = builtins.definitions.find((x) => x.source.endsWith(file));
    if (!d) throw new Error(file);
    return d;
};
const assignment = (file: string, parameters: Record<string, unknown> = {}) =>
    documentsFrom(
        {
            name: file,
            displayName: file.replace(/\.json$/, ""),
            scope: "/providers/Microsoft.Management/managementGroups/contoso",
            policyDefinitionId: byName(file).id,
            parameters: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }])),
        },
        file,
    )[0] as PolicyAssignment;

/** The tenant of these tests: every shipped built-in assigned, as a central team would. */
const TENANT_ASSIGNMENTS = [
    assignment("Cosmos_PrivateNetworkAccess_AuditDeny.json", { effect: "Deny" }),
    assignment("Cosmos_DisableLocalAuth_AuditDeny.json", { effect: "Deny" }),
    assignment("Cosmos_DisableMetadata_Append.json"),
    assignment("Cosmos_NetworkRulesExist_Audit.json"),
    assignment("Cosmos_PrivateEndpoint_Audit.json"),
    assignment("Cosmos_CMK_Deny.json"),
    assignment("Cosmos_Locations_Deny.json", { listOfAllowedLocations: ["westeurope", "northeurope"] }),
    assignment("Cosmos_MaxThroughput_Deny.json", { throughputMax: 4000 }),
    assignment("CosmosDbAdvancedThreatProtection_Deploy.json"),
    assignment("Cosmos_KeysMetadata_Audit.json"),
    assignment("AllowedLocations_Deny.json", { listOfAllowedLocations: ["westeurope", "northeurope", "swedencentral"] }),
    assignment("AllowedResourceTypes_Deny.json", {
        listOfResourceTypesAllowed: [
            "Microsoft.DocumentDB/databaseAccounts",
            "Microsoft.Network/virtualNetworks",
            "Microsoft.Network/privateEndpoints",
            "Microsoft.Network/privateDnsZones",
            "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
            "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Insights/actionGroups",
            "Microsoft.Insights/metricAlerts",
            "Microsoft.Insights/activityLogAlerts",
            "Microsoft.Insights/scheduledQueryRules",
            "Microsoft.Insights/workbooks",
            "Microsoft.ManagedIdentity/userAssignedIdentities",
        ],
    }),
    assignment("RequireTag_Deny.json", { tagName: "environment" }),
];

function evaluate(records: readonly PolicyRecord[], removals?: PolicyRecord[]): AzurePolicySection {
    return evaluateAzurePolicy(records, { ...builtins, assignments: TENANT_ASSIGNMENTS }, { now: NOW, ...(removals ? { removals } : {}) });
}
const on = (s: AzurePolicySection, definitionPart: string, name: string) => {
    const found = s.results.filter((r) => r.definition.includes(definitionPart) && r.urn.endsWith(`::${name}`));
    assert.strictEqual(found.length, 1, `${definitionPart} on ${name}: ${found.length} results`);
    return found[0];
};
/** A copy of the records with one resource's inputs changed. */
function variant(records: readonly PolicyRecord[], type: string, change: (inputs: Record<string, unknown>) => void, name?: string): PolicyRecord[] {
    return records.map((r) => {
        if (r.type !== `azure-native:${type}` || (name !== undefined && r.name !== name)) return r;
        const inputs = JSON.parse(JSON.stringify(r.inputs)) as Record<string, unknown>;
        change(inputs);
        return { ...r, inputs };
    });
}

describe("Azure Policy against the committed stacks", function () {
    this.timeout(60_000);
    let dev: PolicyRecord[];
    let prod: PolicyRecord[];
    before(async () => {
        dev = (await committedStack("dev")).resources;
        prod = (await committedStack("prod")).resources;
    });

    it("blocks dev: public network access is enabled (with IP rules), which the tenant denies", () => {
        const s = evaluate(dev);
        assert.strictEqual(on(s, "should disable public network access", "contoso-cosmos-dev").outcome, "deny");
        assert.deepStrictEqual(
            s.results.filter((r) => r.blocking).map((r) => r.definition),
            ["Azure Cosmos DB should disable public network access"],
        );
        assert.strictEqual(on(s, "should have firewall rules", "contoso-cosmos-dev").outcome, "compliant", "two IP rules satisfy the firewall built-in");
    });

    it("lets prod through the Cosmos DB security built-ins and reports what only Azure can judge", () => {
        const s = evaluate(prod);
        for (const def of [
            "should disable public network access",
            "local authentication methods disabled",
            "key based metadata write access",
            "should have firewall rules",
        ]) {
            assert.strictEqual(on(s, def, "contoso-cosmos-prod").outcome, "compliant", def);
        }
        assert.strictEqual(
            on(s, "Deploy Advanced Threat Protection", "contoso-cosmos-prod").outcome,
            "compliant",
            "the plan's Defender setting satisfies the DINE",
        );
        assert.strictEqual(on(s, "customer-managed keys", "contoso-cosmos-prod").outcome, "audit");
        // The plan's private endpoint requests automatic approval: Azure creates an approved connection on the account.
        assert.match(
            on(s, "should use private link", "contoso-cosmos-prod").reason,
            /count of Microsoft.DocumentDB\/databaseAccounts\/privateEndpointConnections\[\*\] is 1..2 \(less 1: false\)/,
        );
        assert.strictEqual(on(s, "should use private link", "contoso-cosmos-prod").outcome, "compliant");
        assert.strictEqual(on(s, "maximum number of days", "contoso-cosmos-prod").outcome, "not-evaluated");
    });

    it("denies prod's third region when the tenant allows only two Cosmos DB locations", () => {
        const r = on(evaluate(prod), "Azure Cosmos DB allowed locations", "contoso-cosmos-prod");
        assert.strictEqual(r.outcome, "deny");
        assert.match(r.reason, /count of Microsoft.DocumentDB\/databaseAccounts\/Locations\[\*\] is 2 \(notEquals 3: true\)/);
        assert.strictEqual(on(evaluate(dev), "Azure Cosmos DB allowed locations", "contoso-cosmos-dev").outcome, "compliant");
    });

    it("passes every resource through allowed locations (global resources excluded) and the environment tag", () => {
        const s = evaluate(prod);
        assert.deepStrictEqual(
            s.results.filter((r) => (r.definition === "Allowed locations" || r.definition === "Require a tag on resources") && r.outcome !== "compliant"),
            [],
        );
        assert.ok(s.results.filter((r) => r.definition === "Allowed locations").length >= 10, "Indexed mode evaluates the tagged, located types");
    });

    it("denies a resource type the tenant does not allow (the Defender setting is not indexed, the identity is)", () => {
        const s = evaluate(variant(prod, "managedidentity:UserAssignedIdentity", () => undefined));
        assert.strictEqual(on(s, "Allowed resource types", "id-orders-api-prod").outcome, "compliant");
        const restricted = evaluateAzurePolicy(
            prod,
            {
                ...builtins,
                assignments: [assignment("AllowedResourceTypes_Deny.json", { listOfResourceTypesAllowed: ["Microsoft.DocumentDB/databaseAccounts"] })],
            },
            { now: NOW },
        );
        assert.strictEqual(on(restricted, "Allowed resource types", "vnet-cosmos-platform-prod").outcome, "deny");
    });

    it("denies a manual throughput above the limit on a container, but not autoscale", () => {
        const manual = variant(prod, "cosmosdb:SqlResourceSqlContainer", (i) => (i.options = { throughput: 10000 }), "appdb/orders");
        const r = on(evaluate(manual), "throughput should be limited", "appdb/orders");
        assert.strictEqual(r.outcome, "deny");
        assert.match(r.reason, /is 10000 \(greater 4000: true\)/);
        assert.strictEqual(
            on(evaluate(prod), "throughput should be limited", "appdb/orders").outcome,
            "compliant",
            "autoscale max throughput is not options.throughput",
        );
    });

    it("catches a variant that turns local auth back on, and one that drops the environment tag", () => {
        const localAuth = evaluate(variant(prod, "cosmosdb:DatabaseAccount", (i) => (i.disableLocalAuth = false)));
        assert.strictEqual(on(localAuth, "local authentication methods disabled", "contoso-cosmos-prod").outcome, "deny");
        const untagged = evaluate(variant(prod, "network:VirtualNetwork", (i) => delete (i.tags as Record<string, unknown>).environment));
        assert.strictEqual(on(untagged, "Require a tag on resources", "vnet-cosmos-platform-prod").outcome, "deny");
    });

    it("reports dev's Advanced Threat Protection gap as a deployIfNotExists Azure would run", () => {
        const r = on(evaluate(dev), "Deploy Advanced Threat Protection", "contoso-cosmos-dev");
        assert.strictEqual(r.outcome, "deployIfNotExists");
        assert.strictEqual(r.related?.type, "Microsoft.Security/advancedThreatProtectionSettings");
    });

    it("blocks deleting the prod account under a denyAction, using the diff's removals", () => {
        const denyDelete = documentsFrom(
            {
                name: "no-delete",
                scope: "/providers/Microsoft.Management/managementGroups/contoso",
                policyDefinitionId: byName("ResourceType_denyActionDelete.json").id,
                parameters: { listOfResourceTypesDisallowedForDeletion: { value: ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"] } },
            },
            "x",
        )[0] as PolicyAssignment;
        const orders = prod.filter((r) => r.name === "appdb/orders");
        const head = prod.filter((r) => r.name !== "appdb/orders");
        const s = evaluateAzurePolicy(head, { ...builtins, assignments: [denyDelete] }, { now: NOW, removals: orders });
        assert.deepStrictEqual(
            s.results.filter((r) => r.blocking).map((r) => r.urn.split("::").pop()),
            ["appdb/orders"],
        );
        assert.strictEqual(
            s.results.filter((r) => r.outcome === "compliant" && /protected from deletion/.test(r.reason)).length,
            6,
            "the other six containers are protected, not deleted",
        );
    });

    it("evaluates the tenant export fixture as az prints it: dev is denied, tags are added by Modify", () => {
        const s = evaluateAzurePolicy(dev, readPolicyInputs([BUILTIN, TENANT]), { now: NOW });
        assert.strictEqual(s.assignments, 4);
        assert.strictEqual(s.blocking, 1);
        const tagged = s.results.filter((r) => r.outcome === "modify");
        assert.ok(tagged.length >= 10);
        assert.ok(tagged.every((r) => r.operations?.[0].property === "tags.costCenter" && !r.perpetualDiffs));
    });
});
