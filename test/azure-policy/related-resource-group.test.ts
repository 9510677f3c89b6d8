import * as assert from "assert";
import { documentsFrom, PolicyAssignment } from "../../tooling/review/azure-policy/definitions";
import { evaluateAzurePolicy } from "../../tooling/review/azure-policy/evaluate";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { account, definition, inputs, record, SUB } from "./helpers";

describe("Azure Policy if-not-exists effects: the related resources' resource group", () => {
    // details.resourceGroupName comes from the evaluated resource: its location names the group here.
    const def = definition("storage-alongside", {
        if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
        then: { effect: "auditIfNotExists", details: { type: "Microsoft.Storage/storageAccounts", resourceGroupName: "[field('location')]" } },
    });
    const assignment = documentsFrom(
        { name: "alongside", displayName: "alongside", scope: `/subscriptions/${SUB}`, policyDefinitionId: def.id, parameters: {} },
        "a",
    )[0] as PolicyAssignment;
    const storage = record("storage:StorageAccount", "st", {
        accountName: "stcontoso",
        resourceGroupName: "westeurope",
        location: "westeurope",
        kind: "StorageV2",
    });
    const judge = (location: string) => {
        const summary = evaluateAzurePolicy([account({ location }), storage], inputs({ definitions: [def], assignments: [assignment] }), {
            subscription: SUB,
            now: new Date("2026-11-29T00:00:00Z"),
        });
        const found = summary.results.filter((r) => r.urn.endsWith("::acct"));
        assert.strictEqual(found.length, 1);
        return found[0];
    };

    it("looks for them in the named group", () => {
        assert.strictEqual(judge("westeurope").outcome, "compliant");
    });

    it("leaves the effect not evaluated when the group's name is known only after apply (not: no related resource exists)", () => {
        const r = judge(UNKNOWN);
        assert.strictEqual(r.outcome, "not-evaluated");
        assert.match(r.reason, /known only after apply/);
    });

    it("leaves it not evaluated when a candidate in the group has a name known only after apply (it may be the named one)", () => {
        const named = definition("named-storage", {
            if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
            then: { effect: "auditIfNotExists", details: { type: "Microsoft.Storage/storageAccounts", name: "stcontoso" } },
        });
        const a = documentsFrom(
            { name: "named", displayName: "named", scope: `/subscriptions/${SUB}`, policyDefinitionId: named.id, parameters: {} },
            "a",
        )[0] as PolicyAssignment;
        const judgeWith = (accountName: unknown) => {
            const st = record("storage:StorageAccount", "st", { accountName, resourceGroupName: "rg-app", location: "westeurope", kind: "StorageV2" });
            const summary = evaluateAzurePolicy([account({ location: "westeurope" }), st], inputs({ definitions: [named], assignments: [a] }), {
                subscription: SUB,
                now: new Date("2026-11-29T00:00:00Z"),
            });
            return summary.results.filter((r) => r.urn.endsWith("::acct"))[0];
        };
        assert.strictEqual(judgeWith("stcontoso").outcome, "compliant");
        assert.strictEqual(judgeWith("stother").outcome, "auditIfNotExists");
        const unknown = judgeWith(UNKNOWN);
        assert.strictEqual(unknown.outcome, "not-evaluated");
        assert.match(unknown.reason, /known only after apply/);
    });
});
