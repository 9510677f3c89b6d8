import * as assert from "assert";
import { APP_READ_WRITE_ACTIONS } from "../components/access/roles";
import { baseline, expectProblem, parse, withOncall } from "./helpers/config";

const OBJECT_ID = "11111111-2222-3333-4444-555555555555";
const SUBNET =
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub/subnets/private-endpoints";

/** {@link withAccess}'s config as far as the tests change it; the values they write are open (many are invalid on purpose). */
interface AccessTestConfig {
    [key: string]: unknown;
    access: Record<"groups" | "identities" | "customRoles" | "dataRoles" | "controlRoles", Record<string, unknown>[]>;
}

/** A config whose network the tests change further. */
interface NetworkTestConfig {
    [key: string]: unknown;
    network: Record<string, unknown>;
}

function withAccess(): AccessTestConfig {
    const raw = baseline() as AccessTestConfig;
    raw.access = {
        groups: [{ name: "readers", displayName: "cosmos-readers" }],
        identities: [{ name: "app" }],
        customRoles: [{ name: "app-read-write", dataActions: APP_READ_WRITE_ACTIONS }],
        dataRoles: [
            { principal: "group:readers", role: "Cosmos DB Built-in Data Reader" },
            { principal: "identity:app", role: "app-read-write", scope: { database: "app", container: "orders" } },
            { principal: OBJECT_ID, role: "Cosmos DB Built-in Data Contributor", scope: { database: "app" } },
        ],
        controlRoles: [{ principal: OBJECT_ID, principalType: "User", role: "Cosmos DB Operator" }],
    };
    return raw;
}

describe("stack config: access rules", () => {
    it("accepts groups, identities, custom roles and assignments at every scope", () => {
        const cfg = parse(withAccess());
        assert.strictEqual(cfg.access.dataRoles.length, 3);
        assert.deepStrictEqual(cfg.access.controlRoles[0].scope, "account");
    });

    it("rejects an unknown data-plane role and lists the accepted ones", () => {
        const raw = withAccess();
        raw.access.dataRoles[0].role = "Cosmos DB Data Reader";
        expectProblem(raw, "access.dataRoles[0].role", 'unknown data-plane role "Cosmos DB Data Reader"', "Cosmos DB Built-in Data Reader", "app-read-write");
    });

    it("rejects an unknown control-plane role and lists the accepted ones", () => {
        const raw = withAccess();
        raw.access.controlRoles[0].role = "Owner";
        expectProblem(raw, "access.controlRoles[0].role", 'unknown control-plane role "Owner"', "Cosmos DB Operator", "CosmosRestoreOperator");
    });

    it("rejects a malformed object id", () => {
        const raw = withAccess();
        raw.access.dataRoles[2].principal = "1111-2222";
        expectProblem(raw, "access.dataRoles[2].principal", "Entra object id (a GUID)", 'got "1111-2222"');
        raw.access.groups[0].members = ["not-a-guid"];
        expectProblem(raw, "access.groups[0].members[0]", "a member is a GUID", 'got "not-a-guid"');
    });

    it("rejects a group or identity that is not declared", () => {
        const raw = withAccess();
        raw.access.dataRoles[0].principal = "group:writers";
        raw.access.dataRoles[1].principal = "identity:worker";
        expectProblem(raw, "access.dataRoles[0].principal", "group 'writers' is not declared", "declared: readers");
        expectProblem(raw, "access.dataRoles[1].principal", "identity 'worker' is not declared", "declared: app");
    });

    it("rejects scopes to undeclared databases and containers", () => {
        const raw = withAccess();
        raw.access.dataRoles[1].scope = { database: "nope" };
        raw.access.dataRoles[2].scope = { database: "app", container: "nope" };
        expectProblem(raw, "access.dataRoles[1].scope.database", 'no database named "nope"', "declared: app");
        expectProblem(raw, "access.dataRoles[2].scope.container", "no container \"nope\" in database 'app'", "declared: orders");
    });

    it("rejects a container scope without its database", () => {
        const raw = withAccess();
        raw.access.dataRoles[1].scope = { container: "orders" };
        expectProblem(raw, "access.dataRoles[1].scope", "needs its database");
    });

    it("refuses the account-wide wildcard and unknown data actions in custom roles", () => {
        const raw = withAccess();
        raw.access.customRoles[0].dataActions = [
            "Microsoft.DocumentDB/databaseAccounts/*",
            "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/write",
        ];
        expectProblem(raw, "access.customRoles[0].dataActions[0]", "least privilege");
        expectProblem(raw, "access.customRoles[0].dataActions[1]", "unknown data action", "items/upsert");
    });

    it("rejects a custom role named like a built-in one", () => {
        const raw = withAccess();
        raw.access.customRoles[0].name = "Cosmos DB Built-in Data Reader";
        raw.access.dataRoles[1].role = "Cosmos DB Built-in Data Reader";
        expectProblem(raw, "access.customRoles[0].name", "built-in role name");
    });

    it("rejects a customer-managed key whose identity is not declared", () => {
        const raw = withAccess();
        raw.security = { customerManagedKey: { keyVaultKeyUri: "https://kv-prod-01.vault.azure.net/keys/cosmos", identity: "nope" } };
        expectProblem(raw, "security.customerManagedKey.identity", "identity 'nope' is not declared");
    });

    it("rejects a key URI that is not a Key Vault key", () => {
        const raw = withAccess();
        raw.security = { customerManagedKey: { keyVaultKeyUri: "https://example.com/key", identity: "app" } };
        expectProblem(raw, "security.customerManagedKey.keyVaultKeyUri", "https://<vault>.vault.azure.net/keys/<key>");
    });

    it("turns Defender and the delete lock on in production only, by default", () => {
        const dev = parse(baseline());
        assert.deepStrictEqual([dev.security.defender, dev.security.deleteLock], [false, false]);
        const raw = baseline();
        raw.environment = "prod";
        const prod = parse(withOncall(raw));
        assert.deepStrictEqual([prod.security.defender, prod.security.deleteLock], [true, true]);
    });
});

describe("stack config: network security rules", () => {
    function open(ipRules: string[]): NetworkTestConfig {
        const raw = baseline() as NetworkTestConfig;
        raw.network = { publicNetworkAccess: "Enabled", ipRules };
        return raw;
    }

    it("refuses 0.0.0.0 without the named opt-in, and accepts it with it", () => {
        expectProblem(open(["0.0.0.0"]), "network.ipRules[0]", "every Azure datacenter", "network.allowAzureDatacenters");
        const raw = open(["0.0.0.0"]);
        raw.network.allowAzureDatacenters = true;
        assert.deepStrictEqual(parse(raw).network.ipRules, ["0.0.0.0"]);
    });

    it("refuses ranges broader than /16 without the named opt-in", () => {
        expectProblem(open(["0.0.0.0/0"]), "network.ipRules[0]", "admits 4294967296 addresses", "network.allowBroadIpRanges");
        expectProblem(open(["10.0.0.0/8"]), "network.ipRules[0]", "broader than /16");
        const raw = open(["10.0.0.0/8"]);
        raw.network.allowBroadIpRanges = true;
        assert.doesNotThrow(() => parse(raw));
    });

    it("rejects invalid CIDRs", () => {
        expectProblem(open(["203.0.113.0/33"]), "network.ipRules[0]", "prefix of 0 to 32", 'got "203.0.113.0/33"');
        expectProblem(open(["203.0.113"]), "network.ipRules[0]", "IPv4 address", 'got "203.0.113"');
    });

    it("rejects a subnet id that is not a subnet resource id", () => {
        const raw = baseline();
        raw.network = { privateEndpoints: [{ name: "pe", subnet: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub" }] };
        expectProblem(raw, "network.privateEndpoints[0].subnet", "subnet resource id", 'virtualNetworks/hub"');
        raw.network = { publicNetworkAccess: "Enabled", virtualNetworkRules: [{ subnetId: "subnet-1" }] };
        expectProblem(raw, "network.virtualNetworkRules[0].subnetId", "subnet resource id", 'got "subnet-1"');
    });

    it("accepts an existing subnet id or a subnet of the declared VNet", () => {
        const raw = baseline();
        raw.network = {
            virtualNetwork: { name: "vnet", addressSpace: "10.1.0.0/16", subnets: [{ name: "pe", prefix: "10.1.1.0/24" }] },
            privateEndpoints: [
                { name: "pe-a", subnet: "pe" },
                { name: "pe-b", subnet: SUBNET, privateDns: "none" },
            ],
        };
        const cfg = parse(raw);
        assert.deepStrictEqual(
            cfg.network.privateEndpoints.map((p) => p.subnet),
            [{ name: "pe" }, { id: SUBNET }],
        );
    });

    it("rejects a subnet prefix outside the VNet address space", () => {
        const raw = baseline();
        raw.network = { virtualNetwork: { name: "vnet", addressSpace: "10.1.0.0/16", subnets: [{ name: "pe", prefix: "10.2.1.0/24" }] } };
        expectProblem(raw, "network.virtualNetwork.subnets[0].prefix", "outside the address space 10.1.0.0/16");
    });

    it("rejects public access next to a private endpoint without a reason", () => {
        const raw = baseline() as NetworkTestConfig;
        raw.network = { publicNetworkAccess: "Enabled", ipRules: ["203.0.113.0/24"], privateEndpoints: [{ name: "pe", subnet: SUBNET }] };
        expectProblem(raw, "network.publicNetworkAccess", "next to private endpoints", "network.publicAccessReason");
        raw.network.publicAccessReason = "Office access for developers, see ticket 42.";
        assert.doesNotThrow(() => parse(raw));
    });

    it("rejects public access in production without a reason", () => {
        const raw = open(["203.0.113.0/24"]);
        raw.environment = "prod";
        expectProblem(raw, "network.publicNetworkAccess", "production account keeps public network access Disabled");
    });
});
