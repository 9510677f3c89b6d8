/**
 * CosmosEstate: one account's whole estate from nested args, as a Python, C# or YAML program
 * would give it. The rules across the parts hold (throughput against the capacity mode, search
 * settings against capabilities, principals against declared groups and identities, gateway
 * endpoints against the gateway), a refused estate registers nothing, not even itself, and what it
 * registers is what the finer components register when a TypeScript program composes them by hand.
 */
import * as assert from "assert";
import { CosmosEstate } from "../components/estate/component";
import { CosmosEstateArgs } from "../components/estate/args";
import { capabilitiesFor, estateArgsProblems, maxThroughputOf } from "../components/estate/rules";
import { CosmosAccount } from "../components/account/component";
import { SqlData } from "../components/sql/component";
import { Access } from "../components/access/component";
import { Identities } from "../components/identities/component";
import { PrivateNetwork } from "../components/network/component";
import { Monitoring } from "../components/monitoring/component";
import { ComponentArgsError, formatPath } from "../components/shared/errors";
import { loadStackFiles } from "../tooling/review/stack-files";
import { ResourceRecord } from "../tooling/model/plan-record";
import { synthesizeFiles } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";
import { one, ofType } from "./helpers/records";

const files = () => loadStackFiles(PROJECT_DIR, "dev");
const lines = (args: CosmosEstateArgs) => estateArgsProblems(args).map((p) => `${formatPath(p.path)}: ${p.message}`);

/** A whole estate: provisioned, two databases, access, a private endpoint, monitoring. */
function estate(over: Partial<CosmosEstateArgs> = {}): CosmosEstateArgs {
    return {
        resourceGroupName: "rg-shop",
        account: { name: "shop-cosmos", regions: [{ name: "westeurope" }, { name: "northeurope" }] },
        databases: [
            { name: "app", containers: [{ name: "orders", partitionKey: { paths: ["/customerId"] }, throughput: { mode: "autoscale", maxThroughput: 4000 } }] },
            { name: "ops", throughput: { mode: "manual", throughput: 400 }, containers: [{ name: "leases", partitionKey: { paths: ["/id"] } }] },
        ],
        access: {
            groups: [{ name: "readers", displayName: "shop-readers" }],
            identities: [{ name: "id-shop-api" }],
            dataRoles: [
                { group: "readers", role: "Cosmos DB Built-in Data Reader" },
                { identity: "id-shop-api", role: "Cosmos DB Built-in Data Contributor", scope: { database: "app" } },
            ],
            controlRoles: [{ principalId: "00000000-0000-0000-0000-0000000000c1", principalType: "User", role: "Cosmos DB Operator" }],
        },
        network: {
            virtualNetwork: { name: "vnet-shop", addressSpace: "10.50.0.0/16", location: "westeurope", subnets: [{ name: "pe", prefix: "10.50.1.0/24" }] },
            privateEndpoints: [{ name: "pe-shop", subnet: "pe", location: "westeurope" }],
        },
        monitoring: {
            actionGroups: [{ name: "ag-shop", shortName: "shop", emails: [{ name: "ops", address: "ops@contoso.example" }] }],
            requireReceivers: true,
        },
        ...over,
    };
}

describe("CosmosEstate: the rules across the parts", () => {
    it("accepts a whole provisioned estate", () => {
        assert.deepStrictEqual(lines(estate()), []);
    });

    it("refuses throughput on a serverless account, on the database and the container that set it", () => {
        const serverless = estate({ account: { name: "shop-cosmos", regions: [{ name: "westeurope" }], serverless: true } });
        assert.deepStrictEqual(
            lines(serverless)
                .filter((l) => /serverless account takes no throughput/.test(l))
                .map((l) => l.split(":")[0]),
            ["databases[0].containers[0].throughput", "databases[1].throughput"],
        );
    });

    it("refuses a container with no throughput of its own nor its database's on a provisioned account", () => {
        const unsized = estate({ databases: [{ name: "app", containers: [{ name: "orders", partitionKey: { paths: ["/id"] } }] }] });
        assert.deepStrictEqual(lines(unsized), [
            "databases[0].containers[0]: container 'app/orders' has no throughput on a provisioned account; give it throughput (manual or autoscale) or give database 'app' shared throughput",
        ]);
    });

    it("gives the account the capability a vector or full-text container needs, where SqlData alone refuses it with the fix", async () => {
        const databases: CosmosEstateArgs["databases"] = [
            {
                name: "app",
                containers: [
                    {
                        name: "products",
                        partitionKey: { paths: ["/id"] },
                        throughput: { mode: "manual", throughput: 400 },
                        vectorEmbeddings: [{ path: "/v", dimensions: 3, distanceFunction: "cosine" }],
                        fullTextPolicy: { paths: [{ path: "/description" }] },
                    },
                ],
            },
        ];
        const account = { name: "shop-cosmos", regions: [{ name: "westeurope" }], capabilities: ["DeleteAllItemsByPartitionKey" as const] };
        assert.deepStrictEqual(capabilitiesFor(account, databases ?? []), [
            "DeleteAllItemsByPartitionKey",
            "EnableNoSQLVectorSearch",
            "EnableNoSQLFullTextSearch",
        ]);
        const result = await synthesizeFiles(files(), {
            program: () => {
                new CosmosEstate("shop", { resourceGroupName: "rg", account, databases, monitoring: { enabled: false } });
            },
        });
        assert.deepStrictEqual(one(result.resources, "cosmosdb:DatabaseAccount").inputs.capabilities, [
            { name: "DeleteAllItemsByPartitionKey" },
            { name: "EnableNoSQLVectorSearch" },
            { name: "EnableNoSQLFullTextSearch" },
        ]);
        const alone = await synthesizeFiles(files(), {
            program: () => {
                const cosmos = new CosmosAccount("acct", { ...account, resourceGroupName: "rg" });
                new SqlData("data", { resourceGroupName: "rg", account: cosmos.account, accountSettings: account, databases: databases ?? [] });
            },
        }).then(
            () => undefined,
            (e: unknown) => e,
        );
        assert.ok(alone instanceof ComponentArgsError, String(alone));
        assert.match(
            alone.message,
            /databases\[0\]\.containers\[0\]\.vectorEmbeddings: .*needs the account capability EnableNoSQLVectorSearch; add it to the account's capabilities/,
        );
        assert.match(alone.message, /databases\[0\]\.containers\[0\]\.fullTextPolicy: .*needs the account capability EnableNoSQLFullTextSearch/);
    });

    it("names exactly one principal per role, declared in the estate or as an object id", () => {
        const bad = estate();
        bad.access = {
            ...bad.access,
            dataRoles: [
                { group: "writers", role: "Cosmos DB Built-in Data Reader" },
                { group: "readers", identity: "id-shop-api", role: "Cosmos DB Built-in Data Reader" },
                { principalId: "not-a-guid", role: "Cosmos DB Built-in Data Reader" },
                { identity: "id-shop-api", principalType: "User", role: "Cosmos DB Built-in Data Reader" },
            ],
        };
        assert.deepStrictEqual(lines(bad), [
            "access.dataRoles[0].group: no group 'writers' in access.groups; declared: readers",
            "access.dataRoles[1]: name exactly one principal: group (of access.groups), identity (of access.identities) or principalId (an Entra object id); got group and identity",
            'access.dataRoles[2].principalId: an Entra object id is a GUID such as 00000000-0000-0000-0000-000000000000; got "not-a-guid"',
            "access.dataRoles[3].principalType: principalType applies to principalId only; groups and identities have their own",
        ]);
    });

    it("refuses a data-plane scope outside the declared data, a SqlDedicated endpoint without a gateway, and a gateway on a serverless account", () => {
        const scoped = estate();
        scoped.access = {
            ...scoped.access,
            dataRoles: [{ group: "readers", role: "Cosmos DB Built-in Data Reader", scope: { database: "app", container: "carts" } }],
        };
        assert.deepStrictEqual(lines(scoped), [
            "access.dataRoles[0].scope.container: no container 'app/carts' in containers; declared: app/orders, ops/leases",
        ]);
        const dedicated = estate();
        dedicated.network = { ...dedicated.network, privateEndpoints: [{ name: "pe-gw", subnet: "pe", location: "westeurope", groupId: "SqlDedicated" }] };
        assert.match(lines(dedicated).join("\n"), /network\.privateEndpoints\[0\]\.groupId: a SqlDedicated endpoint needs a dedicated gateway/);
        const gateway = estate({
            account: { name: "shop-cosmos", regions: [{ name: "westeurope" }], serverless: true },
            databases: [],
            gateway: { size: "Cosmos.D4s", instances: 1 },
        });
        assert.match(lines(gateway).join("\n"), /^gateway: a dedicated gateway is not available on a serverless account/m);
    });

    it("checks monitoring against the account: production receivers, alert overrides", () => {
        const silent = estate({ monitoring: { requireReceivers: true } });
        assert.deepStrictEqual(lines(silent), [
            "monitoring.actionGroups: alerts must reach someone (requireReceivers, on in production): add at least one action group with receivers",
        ]);
        const override = estate({
            monitoring: { alerts: { "replication-latency": { enabled: true } } },
            account: { name: "shop-cosmos", regions: [{ name: "westeurope" }] },
        });
        assert.match(
            lines(override).join("\n"),
            /monitoring\.alerts\.replication-latency\.enabled: alert 'replication-latency' does not apply to this account \(one region\)/,
        );
    });

    it("applies the secure firewall defaults as the stack does: 0.0.0.0 and /8 need their opt-ins, public access next to endpoints needs a reason", () => {
        const open = estate({ network: { publicNetworkAccess: "Enabled", ipRules: ["0.0.0.0", "10.0.0.0/8"] } });
        assert.deepStrictEqual(lines(open), [
            "network.ipRules[0]: '0.0.0.0' admits every Azure datacenter, including other tenants' workloads; set network.allowAzureDatacenters: true to accept that, or use private endpoints",
            'network.ipRules[1]: "10.0.0.0/8" admits 16777216 addresses (broader than /16); list narrower ranges or set network.allowBroadIpRanges: true',
        ]);
        assert.deepStrictEqual(
            lines(
                estate({
                    network: { publicNetworkAccess: "Enabled", ipRules: ["0.0.0.0", "10.0.0.0/8"], allowAzureDatacenters: true, allowBroadIpRanges: true },
                }),
            ),
            [],
        );
        const both = estate();
        both.network = { ...both.network, publicNetworkAccess: "Enabled", ipRules: ["203.0.113.7"] };
        assert.deepStrictEqual(lines(both), [
            "network.publicNetworkAccess: public access is Enabled next to private endpoints; set it to Disabled, or give network.publicAccessReason",
        ]);
        both.network.publicAccessReason = "The partner's batch job cannot use private endpoints yet.";
        assert.deepStrictEqual(lines(both), []);
        const silent = estate({ network: { ipRules: ["203.0.113.7"] } });
        assert.deepStrictEqual(lines(silent), [
            "network.ipRules: IP rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled",
        ]);
    });

    it("refuses a custom role with the account-wide wildcard (least privilege)", () => {
        const wild = estate();
        wild.access = { ...wild.access, customRoles: [{ name: "all", dataActions: ["Microsoft.DocumentDB/databaseAccounts/*"] }] };
        assert.match(
            lines(wild).join("\n"),
            /^access\.customRoles\[0\]\.dataActions\[0\]: 'Microsoft\.DocumentDB\/databaseAccounts\/\*' grants every data action including metadata writes/m,
        );
    });

    it("sizes the RU alert from the largest declared offer", () => {
        assert.strictEqual(maxThroughputOf(estate().databases ?? []), 4000);
        assert.strictEqual(maxThroughputOf([]), undefined);
    });
});

describe("CosmosEstate: registration", () => {
    it("registers nothing, not even itself, when its args are refused", async () => {
        const registered: string[] = [];
        const refused = await synthesizeFiles(files(), {
            program: () => {
                new CosmosEstate("shop", estate({ account: { name: "shop-cosmos", regions: [{ name: "westeurope" }], serverless: true } }));
            },
            onRecord: (r) => registered.push(r.type),
        }).then(
            () => undefined,
            (e: unknown) => e,
        );
        assert.ok(refused instanceof ComponentArgsError, String(refused));
        assert.match(refused.message, /^Invalid arguments for CosmosEstate 'shop' \(\d+ problems?\):/);
        assert.deepStrictEqual(
            registered.filter((t) => t !== "pulumi:pulumi:Stack"),
            [],
        );
    });

    it("registers what the finer components register when composed by hand, with the same names, parents' types and inputs", async () => {
        const args = estate();
        const viaEstate = await synthesizeFiles(files(), {
            program: () => {
                new CosmosEstate("shop", { ...args, childNamePrefix: "" });
            },
        });
        const byHand = await synthesizeFiles(files(), {
            program: () => {
                const access = args.access ?? {};
                const identities = new Identities("identities", {
                    resourceGroupName: "rg-shop",
                    location: "westeurope",
                    groups: access.groups,
                    identities: access.identities,
                    childNamePrefix: "",
                });
                const cosmos = new CosmosAccount("account", { ...args.account, resourceGroupName: "rg-shop", network: {}, childNamePrefix: "" });
                const sql = new SqlData("sql", {
                    resourceGroupName: "rg-shop",
                    account: cosmos.account,
                    accountSettings: args.account,
                    databases: args.databases ?? [],
                    childNamePrefix: "",
                });
                new PrivateNetwork("network", {
                    resourceGroupName: "rg-shop",
                    account: cosmos.account,
                    virtualNetwork: args.network?.virtualNetwork,
                    privateEndpoints: args.network?.privateEndpoints,
                    childNamePrefix: "",
                });
                new Access("access", {
                    resourceGroupName: "rg-shop",
                    account: cosmos.account,
                    customRoles: [],
                    dataRoles: [
                        { principal: { key: "group:readers", id: identities.groups.readers.objectId, type: "Group" }, role: "Cosmos DB Built-in Data Reader" },
                        {
                            principal: { key: "identity:id-shop-api", id: identities.identities["id-shop-api"].principalId, type: "ServicePrincipal" },
                            role: "Cosmos DB Built-in Data Contributor",
                            scope: { database: "app" },
                        },
                    ],
                    controlRoles: [
                        {
                            principal: { key: "00000000-0000-0000-0000-0000000000c1", id: "00000000-0000-0000-0000-0000000000c1", type: "User" },
                            role: "Cosmos DB Operator",
                        },
                    ],
                    databases: sql.databases,
                    containers: sql.containers,
                    childNamePrefix: "",
                });
                new Monitoring("monitoring", {
                    ...args.monitoring,
                    resourceGroupName: "rg-shop",
                    account: cosmos.account,
                    accountSettings: args.account,
                    maxThroughput: 4000,
                    childNamePrefix: "",
                });
            },
        });
        // The same Azure resources; only the chain above the finer components differs (the estate).
        const azure = (rs: ResourceRecord[]) =>
            rs
                .filter((r) => r.custom)
                .map((r) => ({ type: r.type, name: r.name, parentType: rs.find((p) => p.urn === r.parent)?.type, inputs: r.inputs, options: r.options }));
        assert.deepStrictEqual(azure(viaEstate.resources), azure(byHand.resources));
        assert.ok(ofType(viaEstate.resources, "cosmosdb:SqlResourceSqlContainer").length === 2);
    });
});
