/**
 * The stack config keys an adopted estate needs, on their own: custom roles assignable below the
 * account, control-plane assignments, the delete lock, the diagnostic setting and private endpoints
 * under their existing names, a customer-managed key through an existing identity. Each is
 * validated with the key path named, planned as said, and imported (not created) while the import
 * switch is set.
 */
import * as assert from "assert";
import { importIds, importKey } from "../../stack/import";
import { loadStackFiles } from "../../tooling/review/stack-files";
import { ResourceRecord } from "../../tooling/model/plan-record";
import { synthesizeFiles } from "../../tooling/review/synth";
import { baseline, expectProblem, parse, PROJECT_DIR } from "../helpers/config";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUB = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const GUID_A = "8d2f8b0c-3f5e-4b1a-9c6d-2e7f4a1b5c9d";
const GUID_B = "3e1d5a7c-9b2f-4d6e-8a1c-5f3b7d9e1a2c";
const PRINCIPAL = "7a3c9e1f-5b7d-4f2a-8c6e-1d3f5a7b9c0e";
const ACCOUNT = `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.DocumentDB/databaseAccounts/test-account`;
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-data`;
const ZONE = `/subscriptions/${SUB}/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.documents.azure.com`;
const WORKSPACE = `/subscriptions/${SUB}/resourceGroups/rg-mon/providers/Microsoft.OperationalInsights/workspaces/log-hub`;
const IDENTITY = `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-cmk`;
const READ = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read";

/** The dev stack with config keys replaced (values as YAML would give them). */
async function devWith(overrides: Json): Promise<ResourceRecord[]> {
    const files = loadStackFiles(PROJECT_DIR, "dev");
    for (const [key, value] of Object.entries(overrides)) files.config[`cosmos-platform:${key}`] = JSON.stringify(value);
    return (await synthesizeFiles(files)).resources;
}

const named = (records: ResourceRecord[], type: string, name?: string) =>
    records.filter((r) => r.type === `azure-native:${type}` && (name === undefined || r.name === name));

/** An adopted stack: existing group, no protection to create, the import switch. */
function adopted(extra: Json = {}): Json {
    return { ...baseline(), resourceGroup: { name: "rg-test", create: false }, import: { subscriptionId: SUB }, ...extra };
}

describe("stack config for what an adopted estate already has", function () {
    this.timeout(60000);

    it("custom roles assignable in a database or container: planned as those scopes, each checked against the data model and against the roles' assignments", async () => {
        const role = (assignableScopes: unknown) => ({
            customRoles: [{ name: "reader", dataActions: [READ], assignableScopes }],
            dataRoles: [{ principal: PRINCIPAL, role: "reader", scope: { database: "app", container: "orders" } }],
        });
        assert.deepStrictEqual(parse({ ...baseline(), access: role([{ database: "app" }]) }).access.customRoles[0].assignableScopes, [{ database: "app" }]);
        expectProblem(
            { ...baseline(), access: role([{ database: "appx" }]) },
            "access.customRoles[0].assignableScopes[0].database",
            'no database named "appx"; declared: app',
        );
        expectProblem(
            { ...baseline(), access: role([{ database: "app", container: "carts" }]) },
            "access.customRoles[0].assignableScopes[0].container",
            "no container \"carts\" in database 'app'",
        );
        expectProblem(
            { ...baseline(), access: role([{ container: "orders" }]) },
            "access.customRoles[0].assignableScopes[0]",
            "a container scope needs its database",
        );
        expectProblem(
            { ...baseline(), access: role([{ database: "app" }, { database: "app" }]) },
            "access.customRoles[0].assignableScopes[1]",
            "scope db:app is listed twice",
        );
        expectProblem({ ...baseline(), access: role([]) }, "access.customRoles[0].assignableScopes", "list at least one assignable scope");
        const outside = {
            ...baseline(),
            access: { ...role([{ database: "app", container: "orders" }]), dataRoles: [{ principal: PRINCIPAL, role: "reader" }] },
        };
        expectProblem(
            outside,
            "access.dataRoles[0].scope",
            "account is not at or below an assignable scope of custom role 'reader' (db:app/orders); Azure refuses the assignment",
        );

        const records = await devWith({
            access: {
                customRoles: [{ name: "orders-reader", dataActions: [READ], assignableScopes: [{ database: "appdb", container: "orders" }, {}] }],
                dataRoles: [{ principal: PRINCIPAL, role: "orders-reader", scope: { database: "appdb", container: "orders" } }],
            },
        });
        const [definition] = named(records, "cosmosdb:SqlResourceSqlRoleDefinition");
        const account =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-cosmos-platform-dev/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-dev";
        assert.deepStrictEqual(definition.inputs.assignableScopes, [`${account}/dbs/appdb/colls/orders`, account]);
    });

    it("control-plane assignments keep their Azure name (id), a GUID, and are imported with it at the account or its resource group", async () => {
        const control = (id: string, scope?: string) => ({
            principal: PRINCIPAL,
            principalType: "Group",
            role: "Cosmos DB Operator",
            ...(scope ? { scope } : {}),
            id,
        });
        expectProblem({ ...baseline(), access: { controlRoles: [control("operator-1")] } }, "access.controlRoles[0].id", "a role assignment id is a GUID");
        const records = await devWith({ access: { controlRoles: [control(GUID_A)] } });
        assert.deepStrictEqual(
            named(records, "authorization:RoleAssignment").map((r) => r.inputs.roleAssignmentName),
            [GUID_A],
        );
        const ids = importIds(parse(adopted({ access: { controlRoles: [control(GUID_A), control(GUID_B, "resourceGroup")] } })));
        assert.strictEqual(
            ids.get(importKey("azure-native:authorization:RoleAssignment", `${PRINCIPAL}/cosmos-db-operator/account`)),
            `${ACCOUNT}/providers/Microsoft.Authorization/roleAssignments/${GUID_A}`,
        );
        assert.strictEqual(
            ids.get(importKey("azure-native:authorization:RoleAssignment", `${PRINCIPAL}/cosmos-db-operator/resourceGroup`)),
            `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Authorization/roleAssignments/${GUID_B}`,
        );
        expectProblem(
            adopted({ access: { controlRoles: [{ principal: PRINCIPAL, role: "Cosmos DB Operator" }] } }),
            "access.controlRoles[0].id",
            "give the existing role assignment's GUID",
        );
    });

    it("an existing delete lock keeps its name and notes, is imported, and `true` while importing is still refused", async () => {
        expectProblem(
            { ...baseline(), security: { deleteLock: { name: "no/delete" } } },
            "security.deleteLock.name",
            "a lock name is 1-260 characters without <, >, %, &, :, \\, ?, / or control characters",
            '"no/delete"',
        );
        expectProblem(
            { ...baseline(), security: { deleteLock: { name: "ok", notes: "x".repeat(513) } } },
            "security.deleteLock.notes",
            "lock notes are at most 512 characters",
        );
        expectProblem(
            { ...baseline(), security: { deleteLock: "yes" } },
            "security.deleteLock",
            "deleteLock is true, false, or { name, notes? } of an existing CanNotDelete lock",
        );
        const records = await devWith({ security: { deleteLock: { name: "ledger-no-delete", notes: "ask first" } } });
        const [lock] = named(records, "authorization:ManagementLockAtResourceLevel");
        assert.deepStrictEqual(
            [lock.name, lock.inputs.lockName, lock.inputs.notes, lock.inputs.level],
            ["contoso-cosmos-dev/cannot-delete", "ledger-no-delete", "ask first", "CanNotDelete"],
        );
        const [bare] = named(await devWith({ security: { deleteLock: { name: "bare" } } }), "authorization:ManagementLockAtResourceLevel");
        assert.ok(!("notes" in bare.inputs), "a lock without notes is sent without notes");
        const ids = importIds(parse(adopted({ environment: "prod", security: { defender: false, deleteLock: { name: "ledger-no-delete" } }, monitoring: {} })));
        assert.strictEqual(
            ids.get(importKey("azure-native:authorization:ManagementLockAtResourceLevel", "test-account/cannot-delete")),
            `${ACCOUNT}/providers/Microsoft.Authorization/locks/ledger-no-delete`,
        );
        expectProblem(adopted({ security: { deleteLock: true } }), "security.deleteLock", "or name the existing lock: { name, notes }");
    });

    it("an existing diagnostic setting keeps its name, and while importing is imported alone, to the workspace given by id", async () => {
        expectProblem(
            { ...baseline(), monitoring: { diagnostics: { name: "to/logs" } } },
            "monitoring.diagnostics.name",
            "a diagnostic setting name is 1-260 characters without /",
        );
        const [setting] = named(await devWith({ monitoring: { diagnostics: { name: "send-to-platform-logs" } } }), "monitor:DiagnosticSetting");
        assert.strictEqual(setting.inputs.name, "send-to-platform-logs");
        const existing = { workspace: { id: WORKSPACE }, diagnostics: { name: "send-to-platform-logs" } };
        expectProblem(
            adopted({ monitoring: { diagnostics: { name: "send-to-platform-logs" } } }),
            "monitoring.workspace",
            "the existing diagnostic setting 'send-to-platform-logs' sends to an existing workspace: give it as { id }",
        );
        const ids = importIds(parse(adopted({ monitoring: existing })));
        assert.strictEqual(
            ids.get(importKey("azure-native:monitor:DiagnosticSetting", "test-account/diagnostics")),
            `${ACCOUNT}/providers/Microsoft.Insights/diagnosticSettings/send-to-platform-logs`,
        );
        assert.strictEqual([...ids.keys()].filter((k) => k.startsWith("azure-native:monitor:")).length, 1);
        assert.ok(
            ![...importIds(parse(adopted())).keys()].some((k) => k.includes("DiagnosticSetting")),
            "without a name, monitoring waits for the switch's removal",
        );
    });

    it("private endpoints keep their connection and network interface names; while importing, existing ones in existing subnets and zones are imported with their zone groups", async () => {
        const endpoint = (extra: Json = {}) => ({ name: "pe-ledger", subnet: SUBNET, ...extra });
        expectProblem(
            { ...baseline(), network: { privateEndpoints: [endpoint({ connectionName: "pe ledger" })] } },
            "network.privateEndpoints[0].connectionName",
            "a connection name is 1-80 letters",
        );
        expectProblem(
            { ...baseline(), network: { privateEndpoints: [endpoint({ networkInterfaceName: "nic-" })] } },
            "network.privateEndpoints[0].networkInterfaceName",
            "a network interface name is 1-80 letters",
        );
        const records = await devWith({
            network: { publicNetworkAccess: "Disabled", privateEndpoints: [endpoint({ connectionName: "pe-ledger", networkInterfaceName: "pe-ledger-nic" })] },
        });
        const [pe] = named(records, "network:PrivateEndpoint");
        assert.deepStrictEqual(
            [(pe.inputs.privateLinkServiceConnections as Json[])[0].name, pe.inputs.customNetworkInterfaceName],
            ["pe-ledger", "pe-ledger-nic"],
        );
        const [plain] = named(await devWith({ network: { publicNetworkAccess: "Disabled", privateEndpoints: [endpoint()] } }), "network:PrivateEndpoint");
        assert.deepStrictEqual(
            [(plain.inputs.privateLinkServiceConnections as Json[])[0].name, plain.inputs.customNetworkInterfaceName],
            ["pe-ledger-sql", undefined],
            "the defaults are as before",
        );

        const network = (extra: Json) => adopted({ network: { publicNetworkAccess: "Disabled", ...extra } });
        expectProblem(
            network({ privateEndpoints: [endpoint()] }),
            "network.privateDnsZoneId",
            "give the existing zone's id (as npm run adopt writes it), or set the endpoints' privateDns: none",
        );
        expectProblem(
            network({
                virtualNetwork: { name: "vnet", addressSpace: "10.0.0.0/16", subnets: [{ name: "snet", prefix: "10.0.1.0/24" }] },
                privateEndpoints: [endpoint({ subnet: "snet" })],
                privateDnsZoneId: ZONE,
            }),
            "network.privateEndpoints[0].subnet",
            "an imported endpoint sits in an existing subnet: give the subnet's resource id",
        );
        const ids = importIds(parse(network({ privateEndpoints: [endpoint(), endpoint({ name: "pe-nodns", privateDns: "none" })], privateDnsZoneId: ZONE })));
        const endpoints = `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/privateEndpoints`;
        assert.strictEqual(ids.get(importKey("azure-native:network:PrivateEndpoint", "pe-ledger")), `${endpoints}/pe-ledger`);
        assert.strictEqual(
            ids.get(importKey("azure-native:network:PrivateDnsZoneGroup", "pe-ledger/dns")),
            `${endpoints}/pe-ledger/privateDnsZoneGroups/default`,
        );
        assert.strictEqual(ids.get(importKey("azure-native:network:PrivateEndpoint", "pe-nodns")), `${endpoints}/pe-nodns`);
        assert.strictEqual(ids.get(importKey("azure-native:network:PrivateDnsZoneGroup", "pe-nodns/dns")), undefined, "no zone group without DNS");
    });

    it("a customer-managed key may use an existing identity by resource id, which an import keeps; a declared one is still created and refused while importing", async () => {
        const cmk = (identity: string) => ({ security: { customerManagedKey: { keyVaultKeyUri: "https://kv-test.vault.azure.net/keys/cosmos", identity } } });
        expectProblem(
            { ...baseline(), ...cmk("/subscriptions/x/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id") },
            "security.customerManagedKey.identity",
            "is not a user-assigned identity's resource id",
        );
        expectProblem(
            { ...baseline(), ...cmk("id-cmk") },
            "security.customerManagedKey.identity",
            "identity 'id-cmk' is not declared in access.identities (declared: none), nor an existing identity's resource id",
        );
        const records = await devWith(cmk(IDENTITY));
        const [account] = named(records, "cosmosdb:DatabaseAccount");
        assert.deepStrictEqual(
            [account.inputs.identity, account.inputs.defaultIdentity],
            [{ type: "SystemAssigned,UserAssigned", userAssignedIdentities: [IDENTITY] }, `UserAssignedIdentity=${IDENTITY}`],
        );
        assert.strictEqual(named(records, "managedidentity:UserAssignedIdentity").length, 1, "only dev's own workload identity; none for the key");
        assert.strictEqual(parse(adopted(cmk(IDENTITY))).security.customerManagedKey?.identity, IDENTITY);
        expectProblem(
            adopted({ ...cmk("id-cmk"), access: { identities: [{ name: "id-cmk" }] } }),
            "security.customerManagedKey.identity",
            "the identity 'id-cmk' of access.identities would be created; give the existing identity's resource id",
        );
    });
});
