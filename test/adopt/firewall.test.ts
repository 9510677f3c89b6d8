/**
 * The account's firewall settings are one list, the keys of the component's network argument
 * (components/account/rules.ts `accountNetworkSchema`): the stack layer passes them on with
 * `accountNetworkOf`, and adopt must read each of them from Azure, so a key added to the list
 * fails here until adopt maps it.
 */
import * as assert from "assert";
import type { AccountNetwork } from "../../components/account/args";
import { resolveAccountNetwork } from "../../components/account/defaults";
import { accountNetworkOf, accountNetworkSchema } from "../../components/account/rules";
import { convertEstate } from "../../tooling/adopt/convert";
import { groupEstate } from "../../tooling/adopt/estate";
import { fixtureInputs } from "./helpers";

/** Keys with nothing in Azure to read them from: the reason for public access is the stack's own note. */
const NOT_IN_AZURE = new Set(["publicAccessReason"]);
const FIREWALL_KEYS = Object.keys(accountNetworkSchema.shape)
    .filter((k) => !NOT_IN_AZURE.has(k))
    .sort();
const SUBNET = "/subscriptions/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps";

describe("adopt: the account's firewall settings", () => {
    it("maps every firewall setting the component takes from an account that sets them all", () => {
        const inputs = fixtureInputs("account-features");
        const account = inputs.docs.find((d) => d.kind === "account");
        assert.ok(account);
        Object.assign(account.properties, {
            publicNetworkAccess: "Enabled",
            // 0.0.0.0 and a /8 range: adopt sets their opt-ins, which the component asks for.
            ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }, { ipAddressOrRange: "0.0.0.0" }, { ipAddressOrRange: "10.0.0.0/8" }],
            isVirtualNetworkFilterEnabled: true,
            virtualNetworkRules: [{ id: SUBNET, ignoreMissingVNetServiceEndpoint: true }],
        });
        const [draft] = convertEstate(groupEstate(inputs.docs), { environment: "staging", project: "cosmos-platform" }).accounts;
        const network = accountNetworkSchema.parse(draft.config.network === undefined ? {} : accountNetworkOf(draft.config.network as AccountNetwork));
        assert.deepStrictEqual(Object.keys(network).sort(), FIREWALL_KEYS, "each firewall key is adopted");
        assert.deepStrictEqual(resolveAccountNetwork(network).virtualNetworkRules, [{ subnetId: SUBNET, ignoreMissingServiceEndpoint: true }]);
    });

    it("passes exactly the firewall keys on from a larger network config", () => {
        const config = { publicNetworkAccess: "Disabled" as const, ipRules: [], privateEndpoints: [{ name: "pe" }], virtualNetwork: { name: "vnet" } };
        assert.deepStrictEqual(accountNetworkOf(config), { publicNetworkAccess: "Disabled", ipRules: [] });
    });
});
