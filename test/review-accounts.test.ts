import * as assert from "assert";
import { groupByAccount, indexAccounts } from "../tooling/model/accounts";
import { PolicyRecord } from "../tooling/model/records";
import { UNKNOWN } from "../tooling/model/plan-record";
import { factsFromRecords } from "../tooling/queries/records";

const urn = (type: string, name: string) => `urn:pulumi:s::p::${type}::${name}`;

function rec(type: string, name: string, more: Partial<PolicyRecord> = {}): PolicyRecord {
    return {
        urn: urn(type, name),
        type,
        name,
        custom: type.startsWith("azure-native:"),
        inputs: {},
        options: { protect: false, ignoreChanges: [] },
        dependencies: [],
        ...more,
    };
}

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const account = (name: string, logical = name) => rec(ACCOUNT, logical, { inputs: { accountName: name } });

describe("which account a record belongs to", () => {
    // Logical names without the `<account>/` prefix (as in a stack export of the single-account form,
    // or the account that keeps its single-account names), so each rule below is the one that decides.
    const a = account("acct-a");
    const b = account("acct-b");
    const monitoringA = rec("cosmos-platform:index:Monitoring", "monitoring-a");
    const monitoringB = rec("cosmos-platform:index:Monitoring", "monitoring-b");

    it("reads the accountName input of data resources, and the account record's own name", () => {
        const container = rec("azure-native:cosmosdb:SqlResourceSqlContainer", "appdb/orders", { inputs: { accountName: "acct-b" } });
        const index = indexAccounts([a, b, container]);
        assert.deepStrictEqual([index.of(a.urn), index.of(b.urn), index.of(container.urn)], ["acct-a", "acct-b", "acct-b"]);
        assert.deepStrictEqual(index.names, ["acct-a", "acct-b"]);
        assert.strictEqual(index.multi, true);
    });

    it("reads the account from a logical name that starts with '<account>/'", () => {
        const identity = rec("azure-native:managedidentity:UserAssignedIdentity", "acct-b/id-app");
        const stray = rec("azure-native:managedidentity:UserAssignedIdentity", "other/id-app");
        const index = indexAccounts([a, b, identity, stray]);
        assert.strictEqual(index.of(identity.urn), "acct-b");
        assert.strictEqual(index.of(stray.urn), undefined, "a prefix that names no account says nothing");
        assert.strictEqual(index.ofName("acct-a/appdb/gone"), "acct-a");
    });

    it("follows a dependency on exactly one account, and not one on two", () => {
        const endpoint = rec("azure-native:network:PrivateEndpoint", "pe", { dependencies: [b.urn, urn("azure-native:network:VirtualNetwork", "vnet")] });
        const both = rec("azure-native:monitor:MetricAlert", "alert-both", { dependencies: [a.urn, b.urn] });
        const index = indexAccounts([a, b, endpoint, both]);
        assert.strictEqual(index.of(endpoint.urn), "acct-b");
        assert.strictEqual(index.of(both.urn), undefined);
    });

    it("reads the input of each type that points at its account as the policy pack does: a lock's name, a diagnostic setting's or Defender setting's ARM id", () => {
        // A stack export: ids are known, and the records carry no dependencies to fall back on.
        const id = (name: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
        const lock = rec("azure-native:authorization:ManagementLockAtResourceLevel", "lock", { inputs: { resourceName: "acct-b" } });
        const diagnostics = rec("azure-native:monitor:DiagnosticSetting", "diag", { inputs: { resourceUri: id("ACCT-B") } });
        const defender = rec("azure-native:security:AdvancedThreatProtection", "defender", { inputs: { resourceId: id("acct-a") } });
        const elsewhere = rec("azure-native:monitor:DiagnosticSetting", "diag-other", { inputs: { resourceUri: id("acct-z") }, dependencies: [a.urn] });
        const unknownId = rec("azure-native:monitor:DiagnosticSetting", "diag-plan", { inputs: { resourceUri: UNKNOWN }, dependencies: [b.urn] });
        const index = indexAccounts([a, b, lock, diagnostics, defender, elsewhere, unknownId]);
        assert.deepStrictEqual(
            [lock, diagnostics, defender].map((r) => index.of(r.urn)),
            ["acct-b", "acct-b", "acct-a"],
        );
        assert.strictEqual(index.of(elsewhere.urn), undefined, "an id that names another account points elsewhere, whatever it depends on");
        assert.strictEqual(index.of(unknownId.urn), "acct-b", "an id known only after apply falls back to the dependency");
    });

    it("gives a resource that only one account's resources depend on to that account, and one that two accounts use to the stack", () => {
        const identity = rec("azure-native:managedidentity:UserAssignedIdentity", "id-app");
        const sharedGroup = rec("azure-native:resources:ResourceGroup", "rg-shared");
        const assignment = rec("azure-native:cosmosdb:SqlResourceSqlRoleAssignment", "grant", {
            inputs: { accountName: "acct-b" },
            dependencies: [identity.urn, sharedGroup.urn],
        });
        const index = indexAccounts([a, { ...a, urn: `${a.urn}-x`, dependencies: [sharedGroup.urn] }, b, identity, sharedGroup, assignment]);
        assert.strictEqual(index.of(identity.urn), "acct-b");
        assert.strictEqual(index.of(sharedGroup.urn), undefined);
    });

    it("gives a resource with no reference of its own the account of its component, and leaves a component shared by two accounts at stack level", () => {
        const platform = rec("cosmos-platform:index:CosmosPlatform", "platform");
        const withParents = [
            { ...monitoringA, parent: platform.urn },
            { ...monitoringB, parent: platform.urn },
            rec("azure-native:monitor:MetricAlert", "alert-a", { parent: monitoringA.urn, dependencies: [a.urn] }),
            rec("azure-native:monitor:MetricAlert", "alert-b", { parent: monitoringB.urn, dependencies: [b.urn] }),
        ];
        const workspaceA = rec("azure-native:operationalinsights:Workspace", "log-a", { parent: monitoringA.urn });
        const budgetB = rec("azure-native:consumption:Budget", "budget", { parent: monitoringB.urn, inputs: { scope: UNKNOWN } });
        const group = rec("azure-native:resources:ResourceGroup", "rg-shared", { parent: platform.urn });
        const index = indexAccounts([platform, a, b, ...withParents, workspaceA, budgetB, group]);
        assert.strictEqual(index.of(workspaceA.urn), "acct-a");
        assert.strictEqual(index.of(budgetB.urn), "acct-b");
        assert.strictEqual(index.of(monitoringA.urn), "acct-a");
        assert.strictEqual(index.of(group.urn), undefined, "the resource group sits under the platform, which holds both accounts");
        assert.strictEqual(index.of(platform.urn), undefined);
    });

    it("gives everything to the one account of a single-account stack", () => {
        const group = rec("azure-native:resources:ResourceGroup", "rg");
        const index = indexAccounts([account("only"), group]);
        assert.strictEqual(index.of(group.urn), "only");
        assert.strictEqual(index.multi, false);
    });

    it("does not take an unknown accountName for a name", () => {
        const unknownName = rec(ACCOUNT, "acct-x", { inputs: { accountName: UNKNOWN } });
        assert.deepStrictEqual(indexAccounts([unknownName, a]).names, ["acct-x", "acct-a"]);
    });

    it("groups stack level first, then the accounts in order, leaving out empty groups", () => {
        const groups = groupByAccount(["a1", "s", "b1", "a2"], ["a", "b", "c"], (x) => (x === "s" ? undefined : x[0]));
        assert.deepStrictEqual(groups, [{ items: ["s"] }, { account: "a", items: ["a1", "a2"] }, { account: "b", items: ["b1"] }]);
    });
});

describe("the access-pattern analysis reads ownership from the same index", () => {
    it("gives a container whose accountName is known only after apply the account of its '<account>/' name, with that account's capacity mode", () => {
        const a = account("acct-a");
        const b = rec(ACCOUNT, "acct-b", { inputs: { accountName: "acct-b", capabilities: [{ name: "EnableServerless" }] } });
        const container = rec("azure-native:cosmosdb:SqlResourceSqlContainer", "acct-b/appdb/orders", {
            inputs: { accountName: UNKNOWN, databaseName: "appdb", resource: { id: "orders", partitionKey: { paths: ["/tenantId"] } } },
        });
        const [facts] = factsFromRecords([a, b, container]).containers;
        assert.deepStrictEqual(
            { account: facts.account, database: facts.database, container: facts.container, throughput: facts.throughput },
            {
                account: "acct-b",
                database: "appdb",
                container: "orders",
                throughput: { mode: "serverless" },
            },
        );
    });
});
