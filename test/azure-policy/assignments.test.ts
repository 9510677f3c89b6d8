import * as assert from "assert";
import { bindParameters, inScope, unitsOf } from "../../tooling/review/azure-policy/assignments";
import { documentsFrom, PolicyAssignment, PolicyExemption, PolicySetDefinition } from "../../tooling/review/azure-policy/definitions";
import { evaluateAzurePolicy } from "../../tooling/review/azure-policy/evaluate";
import { account, builtin, inputs, record, resource, SUB } from "./helpers";

const PUBLIC = "/providers/Microsoft.Authorization/policyDefinitions/797b37f7-06b8-444c-b1ad-fc62867f335a";
const assignment = (extra: Record<string, unknown> = {}) =>
    documentsFrom(
        {
            name: "a1",
            displayName: "public network",
            scope: `/subscriptions/${SUB}`,
            policyDefinitionId: PUBLIC,
            parameters: { effect: { value: "Deny" } },
            ...extra,
        },
        "a1",
    )[0] as PolicyAssignment;
const open = account({ publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "1.2.3.4" }] });
const run = (a: PolicyAssignment[], extra: { exemptions?: PolicyExemption[]; sets?: PolicySetDefinition[] } = {}, records = [open]) =>
    evaluateAzurePolicy(
        records,
        inputs({
            definitions: [builtin("Cosmos_PrivateNetworkAccess_AuditDeny.json"), builtin("Cosmos_DisableLocalAuth_AuditDeny.json")],
            assignments: a,
            ...extra,
        }),
        { subscription: SUB, now: new Date("2026-11-29T00:00:00Z") },
    );
const only = (s: ReturnType<typeof run>) => {
    assert.strictEqual(s.results.length, 1, JSON.stringify(s.results, null, 1));
    return s.results[0];
};

describe("Azure Policy assignments", () => {
    it("passes the assignment's parameter values to the definition (effect Deny blocks)", () => {
        const r = only(run([assignment()]));
        assert.strictEqual(r.outcome, "deny");
        assert.strictEqual(r.blocking, true);
        assert.strictEqual(r.effect, "deny");
    });

    it("uses the definition's default when the assignment gives no value (Audit)", () => {
        assert.strictEqual(only(run([assignment({ parameters: {} })])).outcome, "audit");
    });

    it("rejects a parameter value outside allowedValues, as Azure does when assigning", () => {
        const r = only(run([assignment({ parameters: { effect: { value: "Modify" } } })]));
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /parameter 'effect' is "Modify"; allowed: "Audit", "Deny", "Disabled"/);
    });

    it("reports a missing required parameter once per assignment", () => {
        const [unit] = unitsOf(inputs({ definitions: [builtin("RequireTag_Deny.json")] }));
        assert.match(unit.problem ?? "", /needs parameter 'tagName', which has no default/);
        assert.deepStrictEqual(bindParameters({ p: { type: "Array", allowedValues: ["a", "b"] } }, { p: ["A", "b"] }, "x"), { values: { p: ["A", "b"] } });
    });

    it("skips resources outside the scope and in another subscription", () => {
        assert.strictEqual(run([assignment({ scope: `/subscriptions/${SUB}/resourceGroups/other-rg` })]).results.length, 0);
        assert.strictEqual(run([assignment({ scope: "/subscriptions/99999999-2222-3333-4444-555555555555" })]).results.length, 0);
        assert.strictEqual(
            only(run([assignment({ scope: `/subscriptions/${SUB}/resourceGroups/RG-APP` })])).outcome,
            "deny",
            "resource group names compare case-insensitively",
        );
        assert.strictEqual(only(run([assignment({ scope: "/providers/Microsoft.Management/managementGroups/contoso" })])).outcome, "deny");
    });

    it("matches resource-level scopes by resource id", () => {
        const res = resource(open);
        assert.strictEqual(inScope(`/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.DocumentDB/databaseAccounts/acct`, res, SUB), true);
        assert.strictEqual(inScope(`/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.DocumentDB/databaseAccounts/other`, res, SUB), false);
    });

    it("excludes notScopes and says so", () => {
        const r = only(run([assignment({ notScopes: [`/subscriptions/${SUB}/resourceGroups/rg-app`] })]));
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /excluded by the assignment's notScopes/);
    });

    it("reports instead of enforcing under enforcementMode DoNotEnforce", () => {
        const r = only(run([assignment({ enforcementMode: "DoNotEnforce" })]));
        assert.strictEqual(r.outcome, "audit");
        assert.strictEqual(r.blocking, undefined);
        assert.match(r.reason, /enforcementMode is DoNotEnforce/);
    });

    it("honours exemptions until they expire", () => {
        const a = assignment({ id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/a1` });
        const exemption = (expiresOn: string) =>
            documentsFrom(
                {
                    id: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.Authorization/policyExemptions/e1`,
                    displayName: "dev waiver",
                    policyAssignmentId: a.id,
                    exemptionCategory: "Waiver",
                    expiresOn,
                },
                "e1",
            )[0] as PolicyExemption;
        const active = only(run([a], { exemptions: [exemption("2027-01-01T00:00:00Z")] }));
        assert.strictEqual(active.outcome, "not-evaluated");
        assert.match(active.reason, /exempt: exemption dev waiver \(Waiver, until 2027-01-01/);
        assert.strictEqual(only(run([a], { exemptions: [exemption("2026-01-01T00:00:00Z")] })).outcome, "deny", "an expired exemption no longer counts");
    });

    it("applies an override's effect, and resource selectors narrow the resources", () => {
        assert.strictEqual(only(run([assignment({ overrides: [{ kind: "policyEffect", value: "Audit" }] })])).outcome, "audit");
        assert.strictEqual(
            run([assignment({ resourceSelectors: [{ name: "sdp", selectors: [{ kind: "resourceLocation", in: ["eastus"] }] }] })]).results.length,
            0,
        );
        assert.strictEqual(
            only(run([assignment({ resourceSelectors: [{ name: "sdp", selectors: [{ kind: "resourceLocation", in: ["West Europe"] }] }] })])).outcome,
            "deny",
        );
    });

    it("plumbs initiative parameters into member definitions and names the member", () => {
        const set = documentsFrom(
            {
                id: "/providers/Microsoft.Management/managementGroups/contoso/providers/Microsoft.Authorization/policySetDefinitions/cosmos-baseline",
                displayName: "Cosmos baseline",
                parameters: { cosmosEffect: { type: "String", defaultValue: "Audit" } },
                policyDefinitions: [
                    {
                        policyDefinitionId: PUBLIC,
                        policyDefinitionReferenceId: "publicNetwork",
                        parameters: { effect: { value: "[parameters('cosmosEffect')]" } },
                    },
                    {
                        policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/5450f5bd-9c72-4390-a9c4-a7aba4edfdd2",
                        policyDefinitionReferenceId: "localAuth",
                        parameters: { effect: { value: "[parameters('cosmosEffect')]" } },
                    },
                ],
            },
            "set",
        )[0] as PolicySetDefinition;
        const a = assignment({ policyDefinitionId: set.id, parameters: { cosmosEffect: { value: "Deny" } } });
        const results = run([a], { sets: [set] }, [account({ publicNetworkAccess: "Enabled", disableLocalAuth: false })]).results;
        assert.deepStrictEqual(
            results.map((r) => [r.definition, r.outcome]),
            [
                ["Azure Cosmos DB should disable public network access [Cosmos baseline / publicNetwork]", "deny"],
                ["Cosmos DB database accounts should have local authentication methods disabled [Cosmos baseline / localAuth]", "deny"],
            ],
        );
    });

    it("reports an assignment whose definition was not exported", () => {
        const r = only(run([assignment({ policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/not-there" })]));
        assert.strictEqual(r.urn, "");
        assert.match(r.reason, /assigns \/providers\/Microsoft.Authorization\/policyDefinitions\/not-there, which is not among the given definitions/);
    });

    it("evaluates mode Indexed only on types that support tags and location", () => {
        const db = record("cosmosdb:SqlResourceSqlDatabase", "appdb", {
            accountName: "acct",
            databaseName: "appdb",
            resourceGroupName: "rg-app",
            resource: { id: "appdb" },
        });
        assert.strictEqual(run([assignment()], {}, [db]).results.length, 0);
    });
});
