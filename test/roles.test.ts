import * as assert from "assert";
import { dataPlaneScope, roleAssignmentName, scopeKey } from "../components/access/roles";
import { uuidv5, vnetIdOfSubnet } from "../components/shared/arm-ids";

describe("role helpers", () => {
    it("derives RFC 4122 version-5 UUIDs (checked against Python's uuid5)", () => {
        assert.strictEqual(uuidv5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    });

    it("names a role assignment from account, role, principal and scope, stably", () => {
        const name = roleAssignmentName("rg/acct", "00000000-0000-0000-0000-000000000001", "11111111-1111-1111-1111-111111111111", "account");
        assert.strictEqual(name, "2a88d6d2-81bb-5061-976e-fde703d15da2");
        assert.strictEqual(roleAssignmentName("rg/acct", "00000000-0000-0000-0000-000000000001", "11111111-1111-1111-1111-111111111111", "account"), name);
    });

    it("gives a new GUID when any of account, role, principal or scope changes", () => {
        const base = ["rg/acct", "role", "p", "account"] as const;
        const names = new Set([
            roleAssignmentName(...base),
            roleAssignmentName("rg/other", "role", "p", "account"),
            roleAssignmentName("rg/acct", "role2", "p", "account"),
            roleAssignmentName("rg/acct", "role", "p2", "account"),
            roleAssignmentName("rg/acct", "role", "p", "db:appdb"),
        ]);
        assert.strictEqual(names.size, 5);
    });

    it("builds data-plane scopes for account, database and container", () => {
        const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/a";
        assert.strictEqual(dataPlaneScope(id), id);
        assert.strictEqual(dataPlaneScope(id, { database: "appdb" }), `${id}/dbs/appdb`);
        assert.strictEqual(dataPlaneScope(id, { database: "appdb", container: "orders" }), `${id}/dbs/appdb/colls/orders`);
        assert.throws(() => dataPlaneScope(id, { container: "orders" }), /needs its database/);
        assert.strictEqual(scopeKey({ database: "appdb", container: "orders" }), "db:appdb/orders");
    });

    it("finds the VNet of a subnet id", () => {
        assert.strictEqual(
            vnetIdOfSubnet("/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/pe"),
            "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub",
        );
    });
});
