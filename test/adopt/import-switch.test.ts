/**
 * The stack side of adoption: the import switch and its rules, the ARM ids it derives, and the
 * settings an adopted estate needs to be described as it is (own tags, no standard tags, no system
 * identity, existing role names).
 */
import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { accessArgsProblems } from "../../components/access/component";
import { databaseAccountArgs } from "../../components/account/component";
import { resolveAccountNetwork, resolveAccountSettings } from "../../components/account/defaults";
import { importIds, importKey, importTransformation } from "../../stack/import";
import { baseline, expectProblem, parse } from "../helpers/config";

const SUB = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const GUID_A = "8d2f8b0c-3f5e-4b1a-9c6d-2e7f4a1b5c9d";
const GUID_B = "3e1d5a7c-9b2f-4d6e-8a1c-5f3b7d9e1a2c";
const PRINCIPAL = "7a3c9e1f-5b7d-4f2a-8c6e-1d3f5a7b9c0e";

/** A raw stack config with the roles these tests change typed. */
type RawStack = Record<string, unknown> & { access: { customRoles: Role[]; dataRoles: Role[] } };
type Role = { id?: string; [field: string]: unknown };

/** The baseline, adopted: existing group, one custom role and assignment with their Azure names. */
function adopted(): RawStack {
    return {
        ...baseline(),
        resourceGroup: { name: "rg-test", create: false },
        access: {
            customRoles: [{ name: "writer", dataActions: ["Microsoft.DocumentDB/databaseAccounts/readMetadata"], id: GUID_A }],
            dataRoles: [{ principal: PRINCIPAL, role: "writer", scope: { database: "app" }, id: GUID_B }],
        },
        import: { subscriptionId: SUB },
    };
}

describe("the import switch (cosmos-platform:import)", () => {
    it("derives each resource's ARM id from the subscription, the resource group and the names, keyed by type and logical name", () => {
        const ids = importIds(parse(adopted()));
        const account = `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.DocumentDB/databaseAccounts/test-account`;
        assert.deepStrictEqual(Object.fromEntries(ids), {
            [importKey("azure-native:cosmosdb:DatabaseAccount", "test-account")]: account,
            [importKey("azure-native:cosmosdb:SqlResourceSqlDatabase", "app")]: `${account}/sqlDatabases/app`,
            [importKey("azure-native:cosmosdb:SqlResourceSqlContainer", "app/orders")]: `${account}/sqlDatabases/app/containers/orders`,
            [importKey("azure-native:cosmosdb:SqlResourceSqlStoredProcedure", "app/orders/reserveStock")]:
                `${account}/sqlDatabases/app/containers/orders/storedProcedures/reserveStock`,
            [importKey("azure-native:cosmosdb:SqlResourceSqlRoleDefinition", "role:writer")]: `${account}/sqlRoleDefinitions/${GUID_A}`,
            [importKey("azure-native:cosmosdb:SqlResourceSqlRoleAssignment", `${PRINCIPAL}/writer/db:app`)]: `${account}/sqlRoleAssignments/${GUID_B}`,
        });
        const { import: _off, ...withoutSwitch } = adopted();
        assert.strictEqual(importIds(parse(withoutSwitch)).size, 0);
    });

    it("passes the id as the import option, and refuses to create a resource it has no id for", () => {
        const transform = importTransformation(new Map([[importKey("azure-native:cosmosdb:SqlResourceSqlDatabase", "app"), "/id/of/app"]]));
        const custom = Object.create(pulumi.CustomResource.prototype) as pulumi.CustomResource;
        const args = (name: string) => ({
            resource: custom,
            type: "azure-native:cosmosdb:SqlResourceSqlDatabase",
            name,
            props: {},
            opts: { parent: undefined },
        });
        assert.strictEqual((transform(args("app")) as { opts: pulumi.CustomResourceOptions }).opts.import, "/id/of/app");
        assert.throws(
            () => transform(args("other")),
            /cosmos-platform:import is set, but azure-native:cosmosdb:SqlResourceSqlDatabase 'other' does not exist yet and would be created/,
        );
        const component = Object.create(pulumi.ComponentResource.prototype) as pulumi.ComponentResource;
        assert.strictEqual(transform({ ...args("anything"), resource: component }), undefined, "components are not imported");
    });

    it("accepts an adopted config, and defers monitoring's production rule while importing", () => {
        const prod = adopted();
        prod.environment = "prod";
        prod.security = { defender: false, deleteLock: false };
        assert.strictEqual(parse(prod).import?.subscriptionId, SUB);
        const { import: _off, ...afterImport } = prod;
        expectProblem(afterImport, "monitoring.actionGroups", "alerts must reach someone (requireReceivers, on in production)");
    });

    it("refuses what an import deployment would create, naming the key and the value that avoids it", () => {
        expectProblem({ ...adopted(), resourceGroup: { name: "rg-test" } }, "resourceGroup.create", "set resourceGroup.create: false");
        expectProblem({ ...adopted(), environment: "prod" }, "security.deleteLock", "set security.deleteLock: false");
        expectProblem({ ...adopted(), environment: "prod" }, "security.defender", "set security.defender: false");
        const noIds = adopted();
        delete noIds.access.customRoles[0].id;
        delete noIds.access.dataRoles[0].id;
        expectProblem(noIds, "access.customRoles[0].id", "give the existing role definition's GUID");
        expectProblem(noIds, "access.dataRoles[0].id", "give the existing role assignment's GUID");
        expectProblem({ ...adopted(), access: { identities: [{ name: "id-app" }] } }, "access.identities", "managed identities would be created");
        expectProblem({ ...adopted(), import: { subscriptionId: "subid" } }, "import.subscriptionId", "a subscription id is a GUID");
    });
});

describe("settings an adopted estate needs", () => {
    it("standardTags: false leaves every resource with exactly the configured tags", () => {
        assert.deepStrictEqual(parse({ ...baseline(), tags: { team: "a" }, standardTags: false }).tags, { team: "a" });
        assert.deepStrictEqual(parse({ ...baseline(), tags: { team: "a" } }).tags, {
            team: "a",
            environment: "test",
            "managed-by": "pulumi",
            project: "cosmos-platform",
        });
    });

    it("a database's or container's own tags replace the stack's for it, standard tags added unless switched off", () => {
        const raw = baseline() as Record<string, unknown> & { databases: (Record<string, unknown> & { containers: Record<string, unknown>[] })[] };
        raw.databases[0].tags = {};
        raw.databases[0].containers[0].tags = { dataClass: "public" };
        const on = parse({ ...raw, tags: { team: "a" } }).databases[0];
        assert.deepStrictEqual(on.tags, { environment: "test", "managed-by": "pulumi", project: "cosmos-platform" });
        assert.deepStrictEqual(on.containers[0].tags, { dataClass: "public", environment: "test", "managed-by": "pulumi", project: "cosmos-platform" });
        const off = parse({ ...raw, tags: { team: "a" }, standardTags: false }).databases[0];
        assert.deepStrictEqual([off.tags, off.containers[0].tags], [{}, { dataClass: "public" }]);
        assert.strictEqual(parse(baseline()).databases[0].tags, undefined, "without own tags, the account's apply");
    });

    it("systemAssignedIdentity: false sends identity None (UserAssigned alone with a customer-managed key)", () => {
        const inputs = (settings: Record<string, unknown>, cmk?: { keyVaultKeyUri: string; identityId: string }) =>
            databaseAccountArgs({
                account: resolveAccountSettings({ name: "a-b-c", regions: [{ name: "westeurope" }], ...settings }),
                network: resolveAccountNetwork(),
                resourceGroupName: "rg",
                ...(cmk ? { customerManagedKey: cmk } : {}),
            }).identity;
        assert.deepStrictEqual(inputs({}), { type: "SystemAssigned" });
        assert.deepStrictEqual(inputs({ systemAssignedIdentity: false }), { type: "None" });
        const cmk = { keyVaultKeyUri: "https://kv-a.vault.azure.net/keys/k", identityId: "/id" };
        assert.deepStrictEqual(inputs({ systemAssignedIdentity: false }, cmk), { type: "UserAssigned", userAssignedIdentities: ["/id"] });
        assert.deepStrictEqual(inputs({}, cmk), { type: "SystemAssigned,UserAssigned", userAssignedIdentities: ["/id"] });
    });

    it("role definition and assignment names must be GUIDs when given", () => {
        const problems = accessArgsProblems({
            customRoles: [{ name: "r", dataActions: ["Microsoft.DocumentDB/databaseAccounts/readMetadata"], id: "myRoleDefinitionId" }],
            dataRoles: [{ role: "r", id: "nope" }],
        });
        assert.deepStrictEqual(
            problems.map((p) => `${p.path.join(".")}: ${p.message}`),
            [
                'customRoles.0.id: an Azure role definition name is a GUID such as 00000000-0000-0000-0000-000000000000; got "myRoleDefinitionId"',
                'dataRoles.0.id: an Azure role assignment name is a GUID such as 00000000-0000-0000-0000-000000000000; got "nope"',
            ],
        );
    });
});
