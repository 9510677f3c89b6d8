import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { loadPlatformConfig } from "../stack/config";
import { CosmosPlatform } from "../stack/platform";
import { buildPlanDocument } from "../tooling/review/plan";
import { loadStackFiles } from "../tooling/review/stack-files";
import { ResourceRecord, SECRET, UNKNOWN } from "../tooling/model/plan-record";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { BUILT_IN_DATA_ROLES, CONTROL_PLANE_ROLES, roleAssignmentName } from "../components/access/roles";
import { PROJECT_DIR } from "./helpers/config";
import { committedStack } from "./helpers/stacks";
import { one, ofType } from "./helpers/records";

const SUBNET =
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/private-endpoints";
const OBJECT_ID = "11111111-2222-3333-4444-555555555555";

/** Synthesizes dev with some config keys replaced (values as they would be written in YAML). */
async function devWith(overrides: Record<string, unknown>): Promise<SynthResult> {
    const files = loadStackFiles(PROJECT_DIR, "dev");
    for (const [key, value] of Object.entries(overrides)) files.config[`cosmos-platform:${key}`] = JSON.stringify(value);
    return synthesizeFiles(files);
}

const dependsOn = (r: ResourceRecord, target: ResourceRecord) => r.dependencies.includes(target.urn);

describe("security: prod stack", () => {
    let prod: SynthResult;
    before(async () => {
        prod = await committedStack("prod");
    });

    it("puts a CanNotDelete lock on the account", () => {
        const lock = one(prod.resources, "authorization:ManagementLockAtResourceLevel");
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.strictEqual(lock.inputs.level, "CanNotDelete");
        assert.strictEqual(lock.inputs.resourceProviderNamespace, "Microsoft.DocumentDB");
        assert.strictEqual(lock.inputs.resourceType, "databaseAccounts");
        assert.strictEqual(lock.inputs.resourceName, "contoso-cosmos-prod");
        assert.ok(dependsOn(lock, account));
    });

    it("turns Defender for Cosmos DB on for the account", () => {
        const defender = one(prod.resources, "security:AdvancedThreatProtection");
        assert.strictEqual(defender.inputs.isEnabled, true);
        assert.strictEqual(defender.inputs.resourceId, UNKNOWN, "the account id is only known after apply");
        assert.ok(dependsOn(defender, one(prod.resources, "cosmosdb:DatabaseAccount")));
    });

    it("reaches the account only through a private endpoint with group Sql", () => {
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.strictEqual(account.inputs.publicNetworkAccess, "Disabled");
        assert.strictEqual(account.inputs.isVirtualNetworkFilterEnabled, false);
        assert.deepStrictEqual(account.inputs.ipRules, []);
        const pe = one(prod.resources, "network:PrivateEndpoint");
        assert.deepStrictEqual(pe.inputs.privateLinkServiceConnections, [
            { groupIds: ["Sql"], name: "pe-contoso-cosmos-prod-sql", privateLinkServiceId: UNKNOWN },
        ]);
        assert.ok(dependsOn(pe, account));
        assert.ok(dependsOn(pe, one(prod.resources, "network:VirtualNetwork")));
    });

    it("gives each endpoint exactly one DNS zone group pointing at the privatelink zone", () => {
        const zone = one(prod.resources, "privatedns:PrivateZone");
        assert.strictEqual(zone.inputs.privateZoneName, "privatelink.documents.azure.com");
        assert.strictEqual(zone.inputs.location, "global");
        const groups = ofType(prod.resources, "network:PrivateDnsZoneGroup");
        assert.strictEqual(groups.length, ofType(prod.resources, "network:PrivateEndpoint").length);
        const [group] = groups;
        assert.strictEqual(group.inputs.privateEndpointName, "pe-contoso-cosmos-prod");
        assert.strictEqual(group.inputs.privateDnsZoneGroupName, "default");
        assert.deepStrictEqual(group.inputs.privateDnsZoneConfigs, [{ name: "privatelink-documents-azure-com", privateDnsZoneId: UNKNOWN }]);
        assert.ok(dependsOn(group, zone));
        const link = one(prod.resources, "privatedns:VirtualNetworkLink");
        assert.strictEqual(link.inputs.registrationEnabled, false);
        assert.ok(dependsOn(link, one(prod.resources, "network:VirtualNetwork")));
    });

    it("grants control-plane roles by well-known role definition ids", () => {
        const assignments = ofType(prod.resources, "authorization:RoleAssignment");
        assert.strictEqual(assignments.length, 3);
        const ids = assignments.map((a) => a.inputs.roleDefinitionId as string).sort();
        const expected = ["Cosmos DB Operator", "CosmosBackupOperator", "Cosmos DB Account Reader Role"]
            .map((r) => `/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${CONTROL_PLANE_ROLES[r]}`)
            .sort();
        assert.deepStrictEqual(ids, expected);
        for (const a of assignments) {
            assert.strictEqual(a.inputs.principalType, "Group");
            assert.strictEqual(a.options.deleteBeforeReplace, true);
        }
    });

    it("defines the least-privilege app role without metadata writes or wildcards", () => {
        const role = one(prod.resources, "cosmosdb:SqlResourceSqlRoleDefinition");
        assert.strictEqual(role.inputs.type, "CustomRole");
        const actions = (role.inputs.permissions as { dataActions: string[] }[])[0].dataActions;
        assert.ok(actions.includes("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert"));
        assert.ok(
            actions.every((a) => !a.endsWith("/*")),
            actions.join(", "),
        );
        assert.match(String(role.inputs.roleDefinitionId), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it("writes SQL role definitions and assignments one after another, as Azure's account lock needs", async () => {
        const dev = await committedStack("dev");
        const chain = [...ofType(dev.resources, "cosmosdb:SqlResourceSqlRoleDefinition"), ...ofType(dev.resources, "cosmosdb:SqlResourceSqlRoleAssignment")];
        assert.ok(chain.length >= 3, "dev has a definition and several assignments");
        // No two may run at once: of any two, one waits (directly or through others) for the other.
        const urns = new Set(chain.map((r) => r.urn));
        const direct = new Map(chain.map((r) => [r.urn, r.dependencies.filter((d) => urns.has(d))]));
        const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
            (direct.get(from) ?? []).some((d) => d === to || (!seen.has(d) && (seen.add(d), reaches(d, to, seen))));
        for (const a of chain) {
            for (const b of chain) {
                if (a !== b) assert.ok(reaches(a.urn, b.urn) || reaches(b.urn, a.urn), `${a.name} and ${b.name} could be written at the same time`);
            }
        }
        assert.deepStrictEqual(
            chain.filter((r) => (direct.get(r.urn) ?? []).length === 0).map((r) => r.type),
            ["azure-native:cosmosdb:SqlResourceSqlRoleDefinition"],
            "the definition comes first",
        );
    });

    it("replaces data-plane assignments delete-first and creates them after the containers", () => {
        const containers = ofType(prod.resources, "cosmosdb:SqlResourceSqlContainer");
        const assignments = ofType(prod.resources, "cosmosdb:SqlResourceSqlRoleAssignment");
        assert.ok(containers.length > 0 && assignments.length > 0);
        for (const a of assignments) {
            assert.strictEqual(a.options.deleteBeforeReplace, true);
            // Depending on the data component means depending on each of its resources.
            for (const c of containers) assert.ok(a.dependencies.includes(c.urn), `${a.name} waits for ${c.name}`);
        }
    });

    it("shows data-plane scopes and role ids in the plan, built from the account's ARM id", () => {
        const accountId =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod";
        const app = one(prod.resources, "cosmosdb:SqlResourceSqlRoleAssignment", "identity:id-orders-api-prod/app-read-write/db:appdb");
        const definition = one(prod.resources, "cosmosdb:SqlResourceSqlRoleDefinition");
        assert.strictEqual(app.inputs.scope, `${accountId}/dbs/appdb`);
        assert.strictEqual(app.inputs.roleDefinitionId, `${accountId}/sqlRoleDefinitions/${definition.inputs.roleDefinitionId as string}`);
        assert.ok(app.dependencies.includes(definition.urn), "the custom definition exists first");
        assert.ok(app.dependencies.includes(one(prod.resources, "cosmosdb:DatabaseAccount").urn), "and the account");
        const reader = one(prod.resources, "cosmosdb:SqlResourceSqlRoleAssignment", "group:support/cosmos-db-built-in-data-reader/account");
        assert.deepStrictEqual(
            [reader.inputs.scope, reader.inputs.roleDefinitionId],
            [accountId, `${accountId}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001`],
        );
        assert.deepStrictEqual(definition.inputs.assignableScopes, [accountId]);
    });

    it("creates the Entra groups as security groups", () => {
        const groups = prod.resources.filter((r) => r.type === "azuread:index/group:Group");
        assert.deepStrictEqual(groups.map((g) => g.inputs.displayName as string).sort(), [
            "cosmos-platform-prod-data-readers",
            "cosmos-platform-prod-operators",
        ]);
        for (const g of groups) assert.deepStrictEqual([g.inputs.securityEnabled, g.inputs.mailEnabled], [true, false]);
    });
});

describe("security: variations", () => {
    it("leaves a dev stack without lock or Defender", async () => {
        const dev = await committedStack("dev");
        assert.strictEqual(ofType(dev.resources, "authorization:ManagementLockAtResourceLevel").length, 0);
        assert.strictEqual(ofType(dev.resources, "security:AdvancedThreatProtection").length, 0);
    });

    it("names an assignment for a known object id with its UUIDv5, and a new one when the scope changes", async () => {
        const access = (scope: object) => ({ dataRoles: [{ principal: OBJECT_ID, role: "Cosmos DB Built-in Data Reader", scope }] });
        const atAccount = one((await devWith({ access: access({}) })).resources, "cosmosdb:SqlResourceSqlRoleAssignment");
        const expected = roleAssignmentName(
            "rg-cosmos-platform-dev/contoso-cosmos-dev",
            BUILT_IN_DATA_ROLES["Cosmos DB Built-in Data Reader"],
            OBJECT_ID,
            "account",
        );
        assert.strictEqual(atAccount.inputs.roleAssignmentId, expected);
        assert.strictEqual(atAccount.inputs.principalId, OBJECT_ID);
        const again = one((await devWith({ access: access({}) })).resources, "cosmosdb:SqlResourceSqlRoleAssignment");
        assert.strictEqual(again.inputs.roleAssignmentId, expected, "stable across runs");
        const atDb = one((await devWith({ access: access({ database: "appdb" }) })).resources, "cosmosdb:SqlResourceSqlRoleAssignment");
        assert.notStrictEqual(atDb.inputs.roleAssignmentId, expected);
        assert.strictEqual(atDb.name, `${OBJECT_ID}/cosmos-db-built-in-data-reader/db:appdb`);
    });

    it("references an existing subnet, links its VNet, and can leave DNS to a central team", async () => {
        const result = await devWith({
            network: {
                privateEndpoints: [
                    { name: "pe-hub", subnet: SUBNET },
                    { name: "pe-central", subnet: SUBNET, privateDns: "none" },
                ],
            },
        });
        const endpoints = ofType(result.resources, "network:PrivateEndpoint");
        assert.deepStrictEqual(
            endpoints.map((e) => (e.inputs.subnet as { id: string }).id),
            [SUBNET, SUBNET],
        );
        assert.deepStrictEqual(
            ofType(result.resources, "network:PrivateDnsZoneGroup").map((g) => g.inputs.privateEndpointName),
            ["pe-hub"],
        );
        const link = one(result.resources, "privatedns:VirtualNetworkLink");
        assert.deepStrictEqual(link.inputs.virtualNetwork, { id: SUBNET.replace(/\/subnets\/.*$/, "") });
        assert.strictEqual(ofType(result.resources, "network:VirtualNetwork").length, 0);
    });

    it("uses a hub DNS zone by id without creating one", async () => {
        const zoneId =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.documents.azure.com";
        const result = await devWith({ network: { privateEndpoints: [{ name: "pe-hub", subnet: SUBNET }], privateDnsZoneId: zoneId } });
        assert.strictEqual(ofType(result.resources, "privatedns:PrivateZone").length, 0);
        assert.deepStrictEqual(one(result.resources, "network:PrivateDnsZoneGroup").inputs.privateDnsZoneConfigs, [
            { name: "privatelink-documents-azure-com", privateDnsZoneId: zoneId },
        ]);
    });

    it("encrypts with a customer-managed key through a user-assigned identity", async () => {
        const result = await devWith({
            access: { identities: [{ name: "id-cmk" }] },
            security: { customerManagedKey: { keyVaultKeyUri: "https://kv-cosmos-dev.vault.azure.net/keys/cosmos", identity: "id-cmk" } },
        });
        const account = one(result.resources, "cosmosdb:DatabaseAccount");
        assert.strictEqual(account.inputs.keyVaultKeyUri, "https://kv-cosmos-dev.vault.azure.net/keys/cosmos");
        assert.deepStrictEqual(account.inputs.identity, { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UNKNOWN] });
        assert.ok(dependsOn(account, one(result.resources, "managedidentity:UserAssignedIdentity")));
    });

    it("exposes keys only as a secret when a dev stack turns local auth on", async () => {
        const files = loadStackFiles(PROJECT_DIR, "dev");
        const account = JSON.parse(files.config["cosmos-platform:account"]) as Record<string, unknown>;
        files.config["cosmos-platform:account"] = JSON.stringify({ ...account, localAuth: true });
        let keyIsSecret: Promise<boolean> | undefined;
        const result = await synthesizeFiles(files, {
            program: () => {
                const platform = new CosmosPlatform("keys", { stack: loadPlatformConfig(PROJECT_DIR) });
                const account = platform.accounts[0].account;
                keyIsSecret = pulumi.isSecret(account.primaryKey as pulumi.Output<string>);
                return { primaryKey: account.primaryKey };
            },
        });
        assert.strictEqual(await keyIsSecret, true);
        // Before deployment the key is unknown as well as secret; either way it is never written.
        assert.ok([SECRET, UNKNOWN].includes(String(result.outputs.primaryKey)));
        assert.strictEqual(one(result.resources, "cosmosdb:DatabaseAccount").inputs.disableLocalAuth, false);
        assert.ok(!JSON.stringify(buildPlanDocument(result)).includes("offline-fake"), "no key in the plan JSON");
    });
});
