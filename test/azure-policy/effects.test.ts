import * as assert from "assert";
import { documentsFrom, PolicyAssignment, PolicyDefinition } from "../../tooling/review/azure-policy/definitions";
import { evaluateAzurePolicy } from "../../tooling/review/azure-policy/evaluate";
import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { account, builtin, definition, inputs, record, SUB } from "./helpers";

function assign(def: PolicyDefinition, parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): PolicyAssignment {
    const values = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }]));
    return documentsFrom({ name: `assign-${def.name}`, displayName: `assign ${def.displayName}`, scope: `/subscriptions/${SUB}`, policyDefinitionId: def.id, parameters: values, ...extra }, "a")[0] as PolicyAssignment;
}
function run(records: PolicyRecord[], pairs: [PolicyDefinition, Record<string, unknown>?, Record<string, unknown>?][], removals?: PolicyRecord[]) {
    return evaluateAzurePolicy(records, inputs({ definitions: pairs.map(([d]) => d), assignments: pairs.map(([d, p, e]) => assign(d, p, e)) }), { subscription: SUB, now: new Date("2026-11-29T00:00:00Z"), ...(removals ? { removals } : {}) });
}
const by = (s: ReturnType<typeof run>, definitionPart: string, urn?: string) => {
    const found = s.results.filter((r) => r.definition.includes(definitionPart) && (urn === undefined || r.urn === urn));
    assert.strictEqual(found.length, 1, `${definitionPart}: ${JSON.stringify(s.results.map((r) => [r.definition, r.urn, r.outcome]))}`);
    return found[0];
};
const ACCT_URN = "urn:pulumi:test::cosmos-platform::azure-native:cosmosdb:DatabaseAccount::acct";

describe("Azure Policy effects", () => {
    const modifyPublic = builtin("Cosmos_PrivateNetworkAccess_Modify.json");
    const denyPublic = builtin("Cosmos_PrivateNetworkAccess_AuditDeny.json");

    it("reports a Modify on a property the program sets as a perpetual diff with both values", () => {
        const r = by(run([account({ publicNetworkAccess: "Enabled" })], [[modifyPublic]]), "Configure CosmosDB");
        assert.strictEqual(r.outcome, "modify");
        assert.deepStrictEqual(r.operations, [{ operation: "addOrReplace", property: "publicNetworkAccess", value: "Disabled" }]);
        assert.deepStrictEqual(r.perpetualDiffs, [{ property: "publicNetworkAccess", program: "Enabled", policy: "Disabled" }]);
    });

    it("applies modify before deny, as Azure does: the modified request no longer violates the deny", () => {
        const s = run([account({ publicNetworkAccess: "Enabled" })], [[denyPublic, { effect: "Deny" }], [modifyPublic]]);
        assert.strictEqual(by(s, "should disable public network access").outcome, "compliant");
        assert.strictEqual(s.blocking, 0);
    });

    it("does not apply a modify under DoNotEnforce, so the deny still blocks", () => {
        const s = run([account({ publicNetworkAccess: "Enabled" })], [[denyPublic, { effect: "Deny" }], [modifyPublic, {}, { enforcementMode: "DoNotEnforce" }]]);
        assert.strictEqual(by(s, "Configure CosmosDB").outcome, "audit");
        assert.strictEqual(by(s, "should disable public network access").outcome, "deny");
    });

    it("skips a modify operation whose condition (API version) is false", () => {
        const old = definition("old-api", { if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" }, then: { effect: "modify", details: { roleDefinitionIds: [], operations: [{ condition: "[less(requestContext().apiVersion, '2019-01-01')]", operation: "addOrReplace", field: "Microsoft.DocumentDB/databaseAccounts/disableLocalAuth", value: true }] } } });
        assert.strictEqual(by(run([account({ disableLocalAuth: false })], [[old]]), "old-api").outcome, "compliant");
    });

    it("appends a missing property without a perpetual diff, and denies an append that would overwrite", () => {
        const append = builtin("Cosmos_DisableMetadata_Append.json");
        const added = by(run([account()], [[append]]), "key based metadata");
        assert.strictEqual(added.outcome, "append");
        assert.deepStrictEqual(added.operations, [{ operation: "append", property: "disableKeyBasedMetadataWriteAccess", value: true }]);
        assert.strictEqual(added.perpetualDiffs, undefined);
        const conflict = by(run([account({ disableKeyBasedMetadataWriteAccess: false })], [[append]]), "key based metadata");
        assert.strictEqual(conflict.outcome, "deny");
        assert.strictEqual(conflict.blocking, true);
        assert.match(conflict.reason, /disableKeyBasedMetadataWriteAccess is false in the request; append would set true/);
    });

    it("adds a missing tag and leaves an existing one (the built-in Add a tag)", () => {
        const addTag = builtin("AddTag_Modify.json");
        const added = by(run([account({ tags: { environment: "dev" } })], [[addTag, { tagName: "costCenter", tagValue: "cc-1" }]]), "Add a tag");
        assert.deepStrictEqual(added.operations, [{ operation: "add", property: "tags.costCenter", value: "cc-1" }]);
        assert.strictEqual(by(run([account({ tags: { costCenter: "mine" } })], [[addTag, { tagName: "costCenter", tagValue: "cc-1" }]]), "Add a tag").outcome, "compliant");
        const replace = definition("tag-replace", { if: { field: "tags['costCenter']", notEquals: "cc-1" }, then: { effect: "modify", details: { roleDefinitionIds: [], operations: [{ operation: "addOrReplace", field: "tags['costCenter']", value: "cc-1" }] } } });
        assert.deepStrictEqual(by(run([account({ tags: { costCenter: "mine" } })], [[replace]]), "tag-replace").perpetualDiffs, [{ property: "tags.costCenter", program: "mine", policy: "cc-1" }]);
    });

    it("judges deployIfNotExists against the plan's related resources (Advanced Threat Protection)", () => {
        const dine = builtin("CosmosDbAdvancedThreatProtection_Deploy.json");
        const atp = (isEnabled: boolean) => record("security:AdvancedThreatProtection", "acct/defender", { isEnabled, resourceId: UNKNOWN, settingName: "current" }, { dependencies: [ACCT_URN] });
        const missing = by(run([account()], [[dine]]), "Advanced Threat");
        assert.strictEqual(missing.outcome, "deployIfNotExists");
        assert.deepStrictEqual(missing.related, { type: "Microsoft.Security/advancedThreatProtectionSettings", name: "current", found: [] });
        const present = by(run([account(), atp(true)], [[dine]]), "Advanced Threat");
        assert.strictEqual(present.outcome, "compliant");
        assert.match(present.reason, /acct\/defender .*dependency/);
        const disabled = by(run([account(), atp(false)], [[dine]]), "Advanced Threat");
        assert.strictEqual(disabled.outcome, "deployIfNotExists");
        assert.match(disabled.reason, /acct\/defender fail the existence condition/);
    });

    it("judges auditIfNotExists with field() reading the evaluated resource inside the existence condition", () => {
        const aine = definition("diag-to-workspace", {
            if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
            then: { effect: "auditIfNotExists", details: { type: "Microsoft.Insights/diagnosticSettings", existenceCondition: { allOf: [{ field: "Microsoft.Insights/diagnosticSettings/logs[*].enabled", equals: "true" }, { value: "[field('name')]", equals: "acct" }] } } },
        });
        const diag = (enabled: boolean) => record("monitor:DiagnosticSetting", "acct/diagnostics", { name: "to-log-analytics", resourceUri: UNKNOWN, workspaceId: UNKNOWN, logs: [{ category: "DataPlaneRequests", enabled }] }, { dependencies: [ACCT_URN] });
        assert.strictEqual(by(run([account(), diag(true)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome, "compliant");
        assert.strictEqual(by(run([account(), diag(false)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome, "auditIfNotExists");
        assert.strictEqual(by(run([account({ accountName: "other" }), diag(true)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome, "auditIfNotExists", "field('name') is the account's");
    });

    it("blocks the delete or replace of a resource a denyAction protects, only when the change removes it", () => {
        const denyDelete = builtin("ResourceType_denyActionDelete.json");
        const params = { listOfResourceTypesDisallowedForDeletion: ["Microsoft.DocumentDB/databaseAccounts"] };
        const removed = by(run([], [[denyDelete, params]], [account()]), "Do not allow deletion");
        assert.strictEqual(removed.outcome, "denyAction");
        assert.strictEqual(removed.blocking, true);
        assert.strictEqual(removed.urn, ACCT_URN);
        assert.strictEqual(by(run([account()], [[denyDelete, params]], []), "Do not allow deletion").outcome, "compliant");
        const noDiff = by(run([account()], [[denyDelete, params]]), "Do not allow deletion");
        assert.strictEqual(noDiff.outcome, "not-evaluated");
        assert.match(noDiff.reason, /this input has no diff/);
    });

    it("treats a failed evaluation as Azure does: an implicit deny", () => {
        const broken = definition("broken", { if: { value: "[substring(field('name'), 0, 10)]", equals: "x" }, then: { effect: "audit" } });
        const r = by(run([account()], [[broken]]), "broken");
        assert.strictEqual(r.outcome, "deny");
        assert.match(r.reason, /Azure fails this evaluation \(substring\(\) range 0\+10 is outside a string of 4\); a failed evaluation is an implicit deny/);
    });

    it("reports an effect that names no parameter of the definition instead of failing the run", () => {
        const bad = definition("bad-effect", { if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" }, then: { effect: "[parameters('missing')]" } });
        const r = by(run([account()], [[bad]]), "bad-effect");
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /the effect cannot be resolved: parameters\('missing'\) is not a parameter of the definition/);
    });

    it("does not guess a value known only after apply", () => {
        const r = by(run([account({ publicNetworkAccess: UNKNOWN })], [[denyPublic, { effect: "Deny" }]]), "public network");
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /publicNetworkAccess is known only after apply/);
    });
});
