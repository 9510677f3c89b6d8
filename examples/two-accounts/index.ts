/**
 * One Cosmos DB account per tenant, for isolation: each in its own resource group with its own
 * data, network, private DNS zone and alerts, in one stack. Uses cosmos-platform's CosmosEstate
 * directly, as any Pulumi program can (`import ... from "cosmos-platform"`), with no stack-config
 * layer: the arguments are written here.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { AlertProfile, CosmosEstate, ConsistencyLevel, ProvisionedThroughputMode } from "cosmos-platform";

interface Tenant {
    /** Stable key: part of every resource's logical name, so never change it. */
    key: string;
    account: string;
    region: string;
}

const config = new pulumi.Config();
const tenants = config.requireObject<Tenant[]>("tenants");

export const endpoints: Record<string, pulumi.Output<string>> = {};
for (const tenant of tenants) {
    const group = new resources.ResourceGroup(`${tenant.key}-group`, { resourceGroupName: `rg-${tenant.account}`, location: tenant.region }, { protect: true });

    // Production-safe defaults: continuous 30-day backup, no keys, no public network access,
    // zone redundancy where the region has zones, protected with a delete lock and Defender.
    const estate = new CosmosEstate(tenant.key, {
        resourceGroupName: group.name,
        account: { name: tenant.account, regions: [{ name: tenant.region }], consistency: { level: ConsistencyLevel.Session } },
        databases: [
            {
                name: "app",
                throughput: { mode: ProvisionedThroughputMode.Autoscale, maxThroughput: 1000 },
                containers: [
                    { name: "orders", partitionKey: { paths: ["/customerId"] }, defaultTtl: -1 },
                    { name: "events", partitionKey: { paths: ["/customerId", "/day"] }, defaultTtl: 2592000 },
                ],
            },
        ],
        // The estate creates the privatelink zone in the tenant's group and links its VNet.
        network: {
            virtualNetwork: {
                name: `vnet-${tenant.key}`,
                addressSpace: "10.40.0.0/16",
                location: tenant.region,
                subnets: [{ name: "endpoints", prefix: "10.40.1.0/24" }],
            },
            privateEndpoints: [{ name: `pe-${tenant.account}`, subnet: "endpoints", location: tenant.region }],
        },
        monitoring: { profile: AlertProfile.Essential, workbook: false },
    });
    endpoints[tenant.key] = estate.endpoint;
}
