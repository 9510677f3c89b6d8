/**
 * One whole estate for CosmosEstate, shared by the tests of the package run as a plugin
 * (test/plugin-package.test.ts) and the package's start-up benchmark (bench/installed-package.ts):
 * a provisioned account in two regions, two databases (autoscale, and shared manual throughput),
 * a group, an identity, data-plane and control-plane roles, a VNet with a private endpoint, and
 * monitoring with an action group that receives every severity the alerts use.
 */
import type { CosmosEstateArgs } from "../../components/estate/args";

/**
 * A whole estate as a Python program's `CosmosEstate(...)` sends it: only what the program sets,
 * as plain JSON (camelCase keys, enum members as their values, AlertSeverity as a number), none of
 * the TypeScript side's defaults. `satisfies` keeps it the same value a TypeScript program passes.
 */
export const WHOLE_ESTATE = {
    resourceGroupName: "rg-shop",
    account: { name: "shop-cosmos", regions: [{ name: "westeurope" }, { name: "northeurope" }], consistency: { level: "Session" } },
    databases: [
        {
            name: "app",
            containers: [{ name: "orders", partitionKey: { paths: ["/customerId"] }, throughput: { mode: "autoscale", maxThroughput: 4000 }, defaultTtl: -1 }],
        },
        {
            name: "ops",
            throughput: { mode: "manual", throughput: 400 },
            containers: [{ name: "leases", partitionKey: { paths: ["/id"] }, throughput: { mode: "shared" } }],
        },
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
        actionGroups: [{ name: "ag-shop", shortName: "shop", emails: [{ name: "ops", address: "ops@contoso.example" }], severities: [0, 1, 2, 3] }],
        requireReceivers: true,
    },
    tags: { team: "shop" },
} satisfies CosmosEstateArgs;
