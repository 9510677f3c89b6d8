import * as assert from "assert";
import { classify, parseArmId } from "../../tooling/adopt/documents";
import { AdoptInputError, AdoptInputErrors } from "../../tooling/adopt/errors";
import { documentsOf, itemsOf } from "../../tooling/adopt/inputs";
import { templateDocuments } from "../../tooling/adopt/template";
import { fixtureInputs } from "./helpers";

const A = "/subscriptions/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct";
const SCOPE = { subscriptionId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", resourceGroup: "rg" };

describe("adopt: reading Azure's documents", () => {
    it("reads the az CLI's flattened form as the REST shape (properties, _rid, a role's type)", () => {
        const doc = classify(
            {
                id: `${A}/sqlRoleDefinitions/8d2f8b0c-3f5e-4b1a-9c6d-2e7f4a1b5c9d`,
                name: "8d2f8b0c-3f5e-4b1a-9c6d-2e7f4a1b5c9d",
                type: "Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions",
                resourceGroup: "rg",
                roleName: "r",
                typePropertiesType: "CustomRole",
                assignableScopes: [A],
                permissions: [],
            },
            "az",
        );
        assert.deepStrictEqual(doc.properties, { roleName: "r", type: "CustomRole", assignableScopes: [A], permissions: [] });
        const container = classify(
            {
                id: `${A}/sqlDatabases/db/containers/c`,
                name: "c",
                type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers",
                options: null,
                resource: { id: "c", rid: "x", ts: 1, etag: "e" },
            },
            "az",
        );
        assert.deepStrictEqual(container.properties, { resource: { id: "c", _rid: "x", _ts: 1, _etag: "e" } });
    });

    it("accepts the REST examples' sqlContainers spelling and gives the REST path form of the id", () => {
        const { docs } = fixtureInputs("rest-examples");
        const throughput = docs.find((d) => d.kind === "containerThroughput");
        assert.strictEqual(
            throughput?.id,
            "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.DocumentDB/databaseAccounts/ddb1/sqlDatabases/databaseName/containers/containerName/throughputSettings/default",
        );
        assert.strictEqual(throughput?.container, "containerName");
    });

    it("refuses an id that does not match its type, and ids of other APIs", () => {
        assert.throws(
            () => classify({ id: `${A}/sqlDatabases/db`, type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers" }, "f.json"),
            /f\.json: id '.*' does not match its type/,
        );
        assert.throws(() => parseArmId(`${A}/cassandraKeyspaces/k`, "f.json"), /f\.json: id '.*' is a Cassandra API resource/);
    });

    it("reads a list response, and refuses one with a nextLink (only its first page)", () => {
        assert.strictEqual(itemsOf({ value: [{}, {}] }, "l.json").length, 2);
        assert.throws(
            () => itemsOf({ value: [], nextLink: "https://management.azure.com/...&$skiptoken=x" }, "l.json"),
            /l\.json: the list has a nextLink, so it is only its first page/,
        );
    });

    it("reports every bad item of a list with its position", () => {
        try {
            documentsOf(
                { value: [{ id: A, type: "Microsoft.DocumentDB/databaseAccounts" }, { nope: 1 }, { id: "x", type: "Microsoft.Web/sites" }] },
                "l.json",
                {},
            );
            assert.fail("expected input errors");
        } catch (e) {
            assert.ok(e instanceof AdoptInputErrors);
            assert.deepStrictEqual(
                e.errors.map((x) => x.message.split(":")[0] + ":" + x.message.split(":")[1]),
                ["l.json: value[1]", "l.json: value[2]"],
            );
        }
    });
});

describe("adopt: ARM template exports", () => {
    const template = (resources: unknown[], parameters: Record<string, unknown> = { p: { defaultValue: "acct" } }) => ({
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        contentVersion: "1.0.0.0",
        parameters,
        resources,
    });

    it("resolves parameters, concat and resourceId into literal names and ids", () => {
        const { docs } = templateDocuments(
            template([
                { type: "Microsoft.DocumentDB/databaseAccounts", name: "[parameters('p')]", kind: "GlobalDocumentDB", properties: {} },
                {
                    type: "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments",
                    name: "[concat(parameters('p'), '/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a')]",
                    properties: {
                        roleDefinitionId: "[resourceId('Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions', parameters('p'), 'g')]",
                        scope: "[[literal]",
                    },
                },
            ]),
            "t.json",
            SCOPE,
        );
        assert.deepStrictEqual(
            docs.map((d) => d.id),
            [A, `${A}/sqlRoleAssignments/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a`],
        );
        assert.deepStrictEqual(docs[1].properties, { roleDefinitionId: `${A}/sqlRoleDefinitions/g`, scope: "[literal]" });
    });

    it("refuses an expression that is not a literal value, naming it", () => {
        assert.throws(
            () =>
                templateDocuments(
                    template([{ type: "Microsoft.DocumentDB/databaseAccounts", name: "[uniqueString(resourceGroup().id)]", properties: {} }]),
                    "t.json",
                    SCOPE,
                ),
            (e: unknown) =>
                e instanceof AdoptInputErrors &&
                /t\.json: resources\[0\]: expression '\[uniqueString\(resourceGroup\(\)\.id\)\]' is not a literal value adopt can read/.test(e.message),
        );
        assert.throws(
            () => templateDocuments(template([]), "t.json", {}),
            (e: unknown) => e instanceof AdoptInputError && /pass --subscription <id> and --resource-group <name>/.test(e.message),
        );
    });

    it("skips the export's other resources and private endpoint connections, listing them", () => {
        const { skipped } = fixtureInputs("template", SCOPE);
        assert.deepStrictEqual(skipped, [
            "Microsoft.Network/privateEndpoints 'pe-inventory-test': not a Cosmos DB data resource of the template, skipped (adopt an endpoint from az network private-endpoint show)",
            "Microsoft.DocumentDB/databaseAccounts/privateEndpointConnections 'inventory-test/pe-inventory-test.8a1b': not a Cosmos DB data resource of the template, skipped",
        ]);
    });
});
