import * as assert from "assert";
import { endpointConnections, privateNetworkRules } from "../components/network/component";
import type { PrivateEndpoint } from "../components/network/args";
import { collectProblems, formatPath } from "../components/shared/errors";
import { subnetAddressProblem } from "../components/network/private-endpoints";
import { estateArgs } from "../stack/args";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { baseline, expectProblem, parse, parseStack, PROJECT_DIR } from "./helpers/config";
import { one, ofType } from "./helpers/records";

const SUBNET =
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/private-endpoints";
const VNET = { name: "vnet", addressSpace: "10.1.0.0/16", subnets: [{ name: "pe", prefix: "10.1.1.0/24" }] };
const GATEWAY = { size: "Cosmos.D4s", instances: 1 };

/** The raw config the tests pass in: a baseline whose network section they read and change. */
interface EndpointsConfig extends Record<string, unknown> {
    network: { virtualNetwork: typeof VNET; privateEndpoints: Record<string, unknown>[]; gatewayPrivateDnsZoneId?: string };
}

function withEndpoints(endpoints: Record<string, unknown>[], extra: Record<string, unknown> = {}): EndpointsConfig {
    return { ...baseline(), network: { virtualNetwork: VNET, privateEndpoints: endpoints }, ...extra };
}

describe("private endpoints: config", () => {
    it("gives each endpoint a SqlDedicated twin in the same subnet when the account has a dedicated gateway", () => {
        const cfg = parse(
            withEndpoints(
                [
                    { name: "pe-a", subnet: "pe" },
                    { name: "pe-b", subnet: SUBNET, dedicatedGateway: { name: "pe-b-gw" } },
                ],
                { gateway: GATEWAY },
            ),
        );
        assert.deepStrictEqual(
            cfg.network.privateEndpoints.map((p) => [p.name, p.groupId, p.subnet]),
            [
                ["pe-a", "Sql", { name: "pe" }],
                ["pe-a-sqlx", "SqlDedicated", { name: "pe" }],
                ["pe-b", "Sql", { id: SUBNET }],
                ["pe-b-gw", "SqlDedicated", { id: SUBNET }],
            ],
        );
        const args = estateArgs(cfg, "rg").network ?? {};
        assert.deepStrictEqual(
            args.privateEndpoints?.map((p) => p.groupId),
            [undefined, "SqlDedicated", undefined, "SqlDedicated"],
            "Sql stays the component's default",
        );
    });

    it("creates no twin without a gateway, or where the endpoint opts out", () => {
        assert.deepStrictEqual(
            parse(withEndpoints([{ name: "pe-a", subnet: "pe" }])).network.privateEndpoints.map((p) => p.name),
            ["pe-a"],
        );
        const optOut = parse(
            withEndpoints(
                [
                    { name: "pe-a", subnet: "pe", dedicatedGateway: false },
                    { name: "pe-b", subnet: "pe" },
                ],
                { gateway: GATEWAY },
            ),
        );
        assert.deepStrictEqual(
            optOut.network.privateEndpoints.map((p) => p.name),
            ["pe-a", "pe-b", "pe-b-sqlx"],
        );
    });

    it("rejects a gateway endpoint without a gateway, and a gateway zone nothing uses", () => {
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", dedicatedGateway: {} }]),
            "network.privateEndpoints[0].dedicatedGateway",
            "needs cosmos-platform:gateway",
        );
        const raw = withEndpoints([{ name: "pe-a", subnet: "pe" }]);
        raw.network.gatewayPrivateDnsZoneId =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.sqlx.cosmos.azure.com";
        expectProblem(raw, "network.gatewayPrivateDnsZoneId", "no endpoint of the dedicated gateway uses this zone");
        raw.network.gatewayPrivateDnsZoneId = raw.network.gatewayPrivateDnsZoneId.replace("sqlx.cosmos.azure.com", "documents.azure.com");
        expectProblem(raw, "network.gatewayPrivateDnsZoneId", "ends in /providers/Microsoft.Network/privateDnsZones/privatelink.sqlx.cosmos.azure.com");
    });

    it("reports a twin whose default name collides with a declared endpoint at the twin's key", () => {
        expectProblem(
            withEndpoints(
                [
                    { name: "pe-a", subnet: "pe" },
                    { name: "pe-a-sqlx", subnet: "pe", dedicatedGateway: false },
                ],
                { gateway: GATEWAY },
            ),
            "network.privateEndpoints[1].name",
            "private endpoint 'pe-a-sqlx' is declared twice",
        );
        expectProblem(
            withEndpoints(
                [
                    { name: "pe-a-sqlx", subnet: "pe", dedicatedGateway: false },
                    { name: "pe-a", subnet: "pe" },
                ],
                { gateway: GATEWAY },
            ),
            "network.privateEndpoints[1].dedicatedGateway",
            "is declared twice: the gateway's endpoint is named 'pe-a-sqlx' by default; give dedicatedGateway a name",
        );
    });

    it("checks static IPs: inside the subnet, not reserved, one address per configuration, one per member", () => {
        const ip = (memberName: string, privateIPAddress: string) => ({ memberName, privateIPAddress });
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", ipConfigurations: [ip("acct", "10.1.2.10")] }]),
            "network.privateEndpoints[0].ipConfigurations[0].privateIPAddress",
            "10.1.2.10 is outside the endpoint's subnet 10.1.1.0/24",
        );
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", ipConfigurations: [ip("acct", "10.1.1.3")] }]),
            "network.privateEndpoints[0].ipConfigurations[0].privateIPAddress",
            "one of the addresses Azure reserves in 10.1.1.0/24",
        );
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", ipConfigurations: [ip("acct", "10.1.1.300")] }]),
            "network.privateEndpoints[0].ipConfigurations[0].privateIPAddress",
            'expected an IPv4 address such as 10.20.1.10; got "10.1.1.300"',
        );
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", ipConfigurations: [ip("acct", "10.1.1.10"), ip("acct", "10.1.1.11")] }]),
            "network.privateEndpoints[0].ipConfigurations[1].memberName",
            "member 'acct' has two IP configurations",
        );
        expectProblem(
            withEndpoints(
                [
                    {
                        name: "pe-a",
                        subnet: "pe",
                        ipConfigurations: [ip("acct", "10.1.1.10")],
                        dedicatedGateway: { ipConfigurations: [ip("acct-gw", "10.1.1.10")] },
                    },
                ],
                { gateway: GATEWAY },
            ),
            "network.privateEndpoints[0].dedicatedGateway.ipConfigurations[0].privateIPAddress",
            "10.1.1.10 is already the address of endpoint 'pe-a' member 'acct'",
        );
        const cfg = parse(withEndpoints([{ name: "pe-a", subnet: SUBNET, ipConfigurations: [ip("acct", "10.9.9.9")] }]));
        assert.deepStrictEqual(
            cfg.network.privateEndpoints[0].ipConfigurations,
            [ip("acct", "10.9.9.9")],
            "an existing subnet's range is unknown: only the address form is checked",
        );
    });

    it("limits the manual-approval request message to 140 characters", () => {
        expectProblem(
            withEndpoints([{ name: "pe-a", subnet: "pe", manualApproval: { requestMessage: "x".repeat(141) } }]),
            "network.privateEndpoints[0].manualApproval.requestMessage",
            "1 to 140 characters",
            "got 141 characters",
        );
        const cfg = parse(withEndpoints([{ name: "pe-a", subnet: "pe", manualApproval: { requestMessage: "orders team" } }], { gateway: GATEWAY }));
        assert.deepStrictEqual(
            cfg.network.privateEndpoints.map((p) => p.manualApproval?.requestMessage),
            ["orders team", "orders team"],
            "the twin asks the same owner",
        );
    });

    it("reports two accounts that would both create the gateway's zone in one resource group", () => {
        const { account, ...rest } = baseline();
        const entry = (name: string) => ({
            ...(account as Record<string, unknown>),
            name,
            network: { privateEndpoints: [{ name: `pe-${name}`, subnet: SUBNET, dedicatedGateway: false }] },
            gateway: GATEWAY,
        });
        const stack = {
            ...rest,
            accounts: [entry("acct-a"), { ...entry("acct-b"), network: { privateEndpoints: [{ name: "pe-acct-b", subnet: SUBNET, privateDns: "none" }] } }],
        };
        assert.doesNotThrow(() => parseStack(stack), "one twin without its own zone, the other leaves DNS to a central team");
        stack.accounts[1].network.privateEndpoints[0] = { name: "pe-acct-b", subnet: SUBNET } as never;
        stack.accounts[0].network.privateEndpoints[0] = { name: "pe-acct-a", subnet: SUBNET } as never;
        expectProblem(
            stack,
            "accounts[1].network.privateEndpoints",
            "private DNS zone 'privatelink.sqlx.cosmos.azure.com' is also created by account 'acct-a'",
        );
    });
});

describe("private endpoints: PrivateNetwork args", () => {
    const pe = (over: Partial<PrivateEndpoint> = {}): PrivateEndpoint => ({ name: "pe-a", subnet: "pe", location: "westeurope", ...over });

    it("connects auto-approved with group Sql by default, keeping today's connection name", () => {
        assert.deepStrictEqual(endpointConnections(pe(), "id"), {
            privateLinkServiceConnections: [{ name: "pe-a-sql", privateLinkServiceId: "id", groupIds: ["Sql"] }],
        });
    });

    it("asks for manual approval with the request message, and pins static IPs to the endpoint's group", () => {
        const conn = endpointConnections(
            pe({
                groupId: "SqlDedicated",
                manualApproval: { requestMessage: "please" },
                ipConfigurations: [{ memberName: "acct", privateIPAddress: " 10.1.1.10 " }],
            }),
            "id",
        );
        assert.deepStrictEqual(conn, {
            manualPrivateLinkServiceConnections: [
                { name: "pe-a-sqldedicated", privateLinkServiceId: "id", groupIds: ["SqlDedicated"], requestMessage: "please" },
            ],
            ipConfigurations: [{ name: "ipconfig-acct", groupId: "SqlDedicated", memberName: "acct", privateIPAddress: "10.1.1.10" }],
        });
    });

    it("rejects an unknown group id by argument path", () => {
        const problems = collectProblems((report) =>
            privateNetworkRules({ virtualNetwork: VNET, privateEndpoints: [{ ...pe(), groupId: "MongoDB" }] }, report),
        );
        assert.deepStrictEqual(
            problems.map((p) => `${formatPath(p.path)}: ${p.message}`),
            ['privateEndpoints[0].groupId: expected Sql or SqlDedicated (the NoSQL API\'s private-link sub-resources); got "MongoDB"'],
        );
    });

    it("knows the reserved addresses at both ends of a subnet", () => {
        assert.match(subnetAddressProblem("10.1.1.0/24", "10.1.1.255") ?? "", /reserves/);
        assert.strictEqual(subnetAddressProblem("10.1.1.0/24", "10.1.1.4"), undefined);
        assert.strictEqual(subnetAddressProblem("10.1.1.0/24", "10.1.1.254"), undefined);
    });
});

describe("private endpoints: plan with a dedicated gateway", function () {
    this.timeout(60_000);
    let result: SynthResult;
    before(async () => {
        const files = loadStackFiles(PROJECT_DIR, "prod");
        files.config["cosmos-platform:gateway"] = JSON.stringify(GATEWAY);
        const network = JSON.parse(files.config["cosmos-platform:network"]) as { privateEndpoints: Record<string, unknown>[] };
        network.privateEndpoints[0].manualApproval = { requestMessage: "platform team, change 42" };
        files.config["cosmos-platform:network"] = JSON.stringify(network);
        result = await synthesizeFiles(files);
    });

    it("creates the gateway's endpoint with group SqlDedicated and its own zone, linked to the VNet", () => {
        const twin = one(result.resources, "network:PrivateEndpoint", "pe-contoso-cosmos-prod-sqlx");
        const [connection] = twin.inputs.manualPrivateLinkServiceConnections as { groupIds: string[]; requestMessage: string }[];
        assert.deepStrictEqual([connection.groupIds, connection.requestMessage], [["SqlDedicated"], "platform team, change 42"]);
        assert.strictEqual(twin.inputs.privateLinkServiceConnections, undefined, "manual only");
        assert.deepStrictEqual(
            ofType(result.resources, "privatedns:PrivateZone")
                .map((z) => z.inputs.privateZoneName as string)
                .sort(),
            ["privatelink.documents.azure.com", "privatelink.sqlx.cosmos.azure.com"],
        );
        const links = ofType(result.resources, "privatedns:VirtualNetworkLink")
            .map((l) => l.name)
            .sort();
        assert.deepStrictEqual(links, [
            "privatelink.documents.azure.com/vnet-cosmos-platform-prod",
            "privatelink.sqlx.cosmos.azure.com/vnet-cosmos-platform-prod",
        ]);
        const group = one(result.resources, "network:PrivateDnsZoneGroup", "pe-contoso-cosmos-prod-sqlx/dns");
        assert.strictEqual((group.inputs.privateDnsZoneConfigs as { name: string }[])[0].name, "privatelink-sqlx-cosmos-azure-com");
        const gatewayZone = one(result.resources, "privatedns:PrivateZone", "privatelink.sqlx.cosmos.azure.com");
        assert.ok(group.dependencies.includes(gatewayZone.urn), "the zone group points at the gateway's zone");
    });

    it("keeps the account's own endpoint, now manual, with its zone and name", () => {
        const endpoint = one(result.resources, "network:PrivateEndpoint", "pe-contoso-cosmos-prod");
        assert.deepStrictEqual(
            (endpoint.inputs.manualPrivateLinkServiceConnections as { name: string; groupIds: string[] }[]).map((c) => [c.name, c.groupIds]),
            [["pe-contoso-cosmos-prod-sql", ["Sql"]]],
        );
        const group = one(result.resources, "network:PrivateDnsZoneGroup", "pe-contoso-cosmos-prod/dns");
        assert.ok(group.dependencies.includes(one(result.resources, "privatedns:PrivateZone", "privatelink.documents.azure.com").urn));
    });
});
