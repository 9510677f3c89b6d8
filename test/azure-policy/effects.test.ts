import * as assert from "assert";
import { documentsFrom, PolicyAssignment, PolicyDefinition } from "../../tooling/review/azure-policy/definitions";
import { evaluateAzurePolicy } from "../../tooling/review/azure-policy/evaluate";
import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { account, builtin, definition, inputs, record, SUB } from "./helpers";

function assign(def: PolicyDefinition, parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): PolicyAssignment {
    const values = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }]));
    return documentsFrom(
        {
            name: `assign-${def.name}`,
            displayName: `assign ${def.displayName}`,
            scope: `/subscriptions/${SUB}`,
            policyDefinitionId: def.id,
            parameters: values,
            ...extra,
        },
        "a",
    )[0] as PolicyAssignment;
}
function run(records: PolicyRecord[], pairs: [PolicyDefinition, Record<string, unknown>?, Record<string, unknown>?][], removals?: PolicyRecord[]) {
    return evaluateAzurePolicy(records, inputs({ definitions: pairs.map(([d]) => d), assignments: pairs.map(([d, p, e]) => assign(d, p, e)) }), {
        subscription: SUB,
        now: new Date("2026-11-29T00:00:00Z"),
        ...(removals ? { removals } : {}),
    });
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
        const s = run(
            [account({ publicNetworkAccess: "Enabled" })],
            [
                [denyPublic, { effect: "Deny" }],
                [modifyPublic, {}, { enforcementMode: "DoNotEnforce" }],
            ],
        );
        assert.strictEqual(by(s, "Configure CosmosDB").outcome, "audit");
        assert.strictEqual(by(s, "should disable public network access").outcome, "deny");
    });

    it("skips a modify operation whose condition (API version) is false", () => {
        const old = definition("old-api", {
            if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
            then: {
                effect: "modify",
                details: {
                    roleDefinitionIds: [],
                    operations: [
                        {
                            condition: "[less(requestContext().apiVersion, '2019-01-01')]",
                            operation: "addOrReplace",
                            field: "Microsoft.DocumentDB/databaseAccounts/disableLocalAuth",
                            value: true,
                        },
                    ],
                },
            },
        });
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
        assert.strictEqual(
            by(run([account({ tags: { costCenter: "mine" } })], [[addTag, { tagName: "costCenter", tagValue: "cc-1" }]]), "Add a tag").outcome,
            "compliant",
        );
        const replace = definition("tag-replace", {
            if: { field: "tags['costCenter']", notEquals: "cc-1" },
            then: {
                effect: "modify",
                details: { roleDefinitionIds: [], operations: [{ operation: "addOrReplace", field: "tags['costCenter']", value: "cc-1" }] },
            },
        });
        assert.deepStrictEqual(by(run([account({ tags: { costCenter: "mine" } })], [[replace]]), "tag-replace").perpetualDiffs, [
            { property: "tags.costCenter", program: "mine", policy: "cc-1" },
        ]);
    });

    it("judges deployIfNotExists against the plan's related resources (Advanced Threat Protection)", () => {
        const dine = builtin("CosmosDbAdvancedThreatProtection_Deploy.json");
        // The setting's resourceId is the account's id, an output: the engine's property dependencies say so.
        const atp = (isEnabled: boolean) =>
            record(
                "security:AdvancedThreatProtection",
                "acct/defender",
                { isEnabled, resourceId: UNKNOWN, settingName: "current" },
                { dependencies: [ACCT_URN], propertyDependencies: { resourceId: [ACCT_URN] } },
            );
        const missing = by(run([account()], [[dine]]), "Advanced Threat");
        assert.strictEqual(missing.outcome, "deployIfNotExists");
        assert.deepStrictEqual(missing.related, { type: "Microsoft.Security/advancedThreatProtectionSettings", name: "current", found: [] });
        const present = by(run([account(), atp(true)], [[dine]]), "Advanced Threat");
        assert.strictEqual(present.outcome, "compliant");
        assert.match(present.reason, /the plan creates the related .*acct\/defender/);
        const disabled = by(run([account(), atp(false)], [[dine]]), "Advanced Threat");
        assert.strictEqual(disabled.outcome, "deployIfNotExists");
        assert.match(disabled.reason, /acct\/defender fail the existence condition/);
        const literal = record("security:AdvancedThreatProtection", "acct/defender", {
            isEnabled: true,
            resourceId: `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.DocumentDB/databaseAccounts/acct`,
            settingName: "current",
        });
        assert.strictEqual(by(run([account(), literal], [[dine]]), "Advanced Threat").outcome, "compliant", "a literal scope id names the account");
    });

    it("looks for an extension resource on the evaluated resource's own scope, not through the dependency graph", () => {
        const dine = builtin("CosmosDbAdvancedThreatProtection_Deploy.json");
        // Depends on the account (it was created after it) but its scope is another resource's id.
        const elsewhere = record(
            "security:AdvancedThreatProtection",
            "other/defender",
            { isEnabled: true, resourceId: UNKNOWN, settingName: "current" },
            {
                dependencies: [ACCT_URN],
                propertyDependencies: { resourceId: ["urn:pulumi:test::cosmos-platform::azure-native:cosmosdb:DatabaseAccount::other"] },
            },
        );
        const other = account({}, "other");
        assert.strictEqual(
            by(run([account(), other, elsewhere], [[dine]]), "Advanced Threat", ACCT_URN).outcome,
            "deployIfNotExists",
            "the setting is on 'other', not on 'acct'",
        );
        assert.strictEqual(by(run([account(), other, elsewhere], [[dine]]), "Advanced Threat", other.urn).outcome, "compliant");
        // Only a dependency, with no property dependency or literal scope: which resource it extends is not known.
        const untraced = record(
            "security:AdvancedThreatProtection",
            "acct/defender",
            { isEnabled: true, resourceId: UNKNOWN, settingName: "current" },
            { dependencies: [ACCT_URN] },
        );
        const r = by(run([account(), untraced], [[dine]]), "Advanced Threat");
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /whether acct\/defender belongs to this resource is known only after apply/);
    });

    it("judges auditIfNotExists with field() reading the evaluated resource inside the existence condition", () => {
        const aine = definition("diag-to-workspace", {
            if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
            then: {
                effect: "auditIfNotExists",
                details: {
                    type: "Microsoft.Insights/diagnosticSettings",
                    existenceCondition: {
                        allOf: [
                            { field: "Microsoft.Insights/diagnosticSettings/logs[*].enabled", equals: "true" },
                            { value: "[field('name')]", equals: "acct" },
                        ],
                    },
                },
            },
        });
        const diag = (enabled: boolean) =>
            record(
                "monitor:DiagnosticSetting",
                "acct/diagnostics",
                { name: "to-log-analytics", resourceUri: UNKNOWN, workspaceId: UNKNOWN, logs: [{ category: "DataPlaneRequests", enabled }] },
                { dependencies: [ACCT_URN], propertyDependencies: { resourceUri: [ACCT_URN] } },
            );
        assert.strictEqual(by(run([account(), diag(true)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome, "compliant");
        assert.strictEqual(by(run([account(), diag(false)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome, "auditIfNotExists");
        const renamed = { ...account({ accountName: "other" }) };
        assert.strictEqual(
            by(run([renamed, diag(true)], [[aine]]), "diag-to-workspace", ACCT_URN).outcome,
            "auditIfNotExists",
            "field('name') is the account's",
        );
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

    it("refuses an effect that names no parameter of the definition, as Azure refuses to create it", () => {
        assert.throws(
            () =>
                definition("bad-effect", {
                    if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
                    then: { effect: "[parameters('missing')]" },
                }),
            /bad-effect.*the effect reads parameters\('missing'\), which the definition does not declare/,
        );
    });

    it("does not guess a value known only after apply", () => {
        const r = by(run([account({ publicNetworkAccess: UNKNOWN })], [[denyPublic, { effect: "Deny" }]]), "public network");
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /publicNetworkAccess is known only after apply/);
    });

    describe("two Modify assignments on one property follow conflictEffect", () => {
        // Two definitions that set tags['env'] to different values (the built-in "Add or replace a tag" shape).
        const setEnv = (name: string, value: string, conflictEffect?: string) =>
            definition(name, {
                if: { field: "tags['env']", notEquals: value },
                then: {
                    effect: "modify",
                    details: {
                        roleDefinitionIds: [],
                        ...(conflictEffect ? { conflictEffect } : {}),
                        operations: [{ operation: "addOrReplace", field: "tags['env']", value }],
                    },
                },
            });

        it("denies the request as a conflict when both keep the default conflictEffect (deny), and says so", () => {
            const s = run([account({ tags: { env: "dev" } })], [[setEnv("env-prod", "prod")], [setEnv("env-test", "test")]]);
            for (const name of ["env-prod", "env-test"]) {
                const r = by(s, name);
                assert.strictEqual(r.outcome, "deny");
                assert.strictEqual(r.blocking, true);
                assert.match(
                    r.reason,
                    /its modify conflicts with env-(prod|test) on tags.env \(different values\); more than one of them has conflictEffect deny, so Azure denies the request as a conflict/,
                );
            }
            assert.strictEqual(s.blocking, 2);
        });

        it("applies the one with deny and skips the one with audit, which is reported", () => {
            const s = run([account({ tags: { env: "dev" } })], [[setEnv("env-prod", "prod")], [setEnv("env-test", "test", "audit")]]);
            assert.strictEqual(by(s, "env-prod").outcome, "modify");
            assert.deepStrictEqual(by(s, "env-prod").operations, [{ operation: "addOrReplace", property: "tags.env", value: "prod" }]);
            const skipped = by(s, "env-test");
            assert.strictEqual(skipped.outcome, "audit");
            assert.match(skipped.reason, /conflictEffect audit skips all its operations .*env-prod \(conflictEffect deny\) takes precedence/);
            assert.strictEqual(s.blocking, 0);
        });

        it("applies neither when both have audit, and nothing conflicts when they agree", () => {
            const s = run([account({ tags: { env: "dev" } })], [[setEnv("env-prod", "prod", "audit")], [setEnv("env-test", "test", "Audit")]]);
            assert.deepStrictEqual([by(s, "env-prod").outcome, by(s, "env-test").outcome], ["audit", "audit"]);
            assert.match(by(s, "env-prod").reason, /none has conflictEffect deny, so no conflicting operation is applied/);
            const same = run([account({ tags: { env: "dev" } })], [[setEnv("env-prod", "prod")], [setEnv("second-prod", "prod")]]);
            assert.strictEqual(by(same, "env-prod").outcome, "modify");
            assert.strictEqual(by(same, "second-prod").outcome, "compliant", "the request already has the value the second sets");
            assert.strictEqual(same.blocking, 0);
        });
    });

    it("judges a resource of a type the project never creates on type, name and location (Allowed locations)", () => {
        const allowed = builtin("AllowedLocations_Deny.json");
        const storage = record("storage:StorageAccount", "st", {
            accountName: "stcontoso",
            resourceGroupName: "rg-app",
            location: "eastus",
            kind: "StorageV2",
        });
        const r = by(run([storage], [[allowed, { listOfAllowedLocations: ["westeurope"] }]]), "Allowed locations");
        assert.strictEqual(r.outcome, "deny");
        assert.match(r.reason, /location is "eastus"/);
        const typed = definition("storage-name", {
            if: {
                allOf: [
                    { field: "type", equals: "Microsoft.Storage/storageAccounts" },
                    { field: "name", like: "st*" },
                    { field: "id", like: "*/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stcontoso" },
                ],
            },
            then: { effect: "audit" },
        });
        assert.strictEqual(by(run([storage], [[typed]]), "storage-name").outcome, "audit");
        // Its aliases are not mapped offline: a condition on one is not evaluated, with the reason.
        const alias = definition("storage-https", {
            if: {
                allOf: [
                    { field: "type", equals: "Microsoft.Storage/storageAccounts" },
                    { field: "Microsoft.Storage/storageAccounts/supportsHttpsTrafficOnly", notEquals: true },
                ],
            },
            then: { effect: "deny" },
        });
        assert.match(by(run([storage], [[alias]]), "storage-https").reason, /the offline alias map does not cover Microsoft.Storage\/storageAccounts/);
        // A token in neither table still answers location and tags (Indexed: it has a location); its type is not known.
        const untyped = record("cdn:Profile", "cdn", { profileName: "cdn", resourceGroupName: "rg-app", location: "eastus" });
        const where = definition("eu-only", { if: { field: "location", notIn: ["westeurope", "northeurope"] }, then: { effect: "deny" } });
        assert.strictEqual(by(run([untyped], [[where]]), "eu-only").outcome, "deny");
        // Allowed locations also exempts one type (b2cDirectories): whether this is that type is not known offline.
        const builtinResult = by(run([untyped], [[allowed, { listOfAllowedLocations: ["westeurope"] }]]), "Allowed locations");
        assert.strictEqual(builtinResult.outcome, "not-evaluated");
        assert.match(builtinResult.reason, /the ARM resource type of azure-native:cdn:Profile is not in the offline type map/);
    });

    it("records a delete under auditAction without blocking it", () => {
        const audited = definition("audit-delete", {
            if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
            then: { effect: "auditAction", details: { actionNames: ["delete"] } },
        });
        const s = run([], [[audited]], [account()]);
        assert.strictEqual(by(s, "audit-delete").outcome, "audit");
        assert.strictEqual(s.blocking, 0);
    });

    it("refuses an assignment that gives an effect parameter a value that is not an effect", () => {
        const open = definition(
            "open-effect",
            { if: { field: "type", equals: "x" }, then: { effect: "[parameters('effect')]" } },
            { parameters: { effect: { type: "String" } } },
        );
        assert.throws(
            () => run([account()], [[open, { effect: "Block" }]]),
            /assignment assign open-effect gives open-effect the effect "Block", which is not an Azure Policy effect/,
        );
    });
});
