/**
 * The arguments of the dedicated gateway (`cosmosdb:Service` of type SqlDedicatedGateway) with its
 * integrated cache. https://learn.microsoft.com/azure/cosmos-db/dedicated-gateway
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";

/** The gateway's node size; about half the memory is cache. */
export const GatewaySize = {
    /** 4 vCPU, 16 GB. */
    CosmosD4s: "Cosmos.D4s",
    /** 8 vCPU, 32 GB. */
    CosmosD8s: "Cosmos.D8s",
    /** 16 vCPU, 64 GB. */
    CosmosD16s: "Cosmos.D16s",
} as const;
export type GatewaySize = (typeof GatewaySize)[keyof typeof GatewaySize];

/** The gateway's size and node count: what a stack file's `cosmos-platform:gateway` holds. */
export interface GatewaySettings {
    /** Cosmos.D4s, Cosmos.D8s or Cosmos.D16s (docs/access-patterns.md says when the cache pays off). */
    size: GatewaySize;
    /** Nodes per region, 1 to 5; each has its own cache. Use 2 or more in production for availability. */
    instances: number;
}

/** DedicatedGateway: the gateway of one account. */
export interface DedicatedGatewayArgs extends GatewaySettings {
    /** Resource group of the account. */
    resourceGroupName: pulumi.Input<string>;
    /** The account: the gateway waits for it. */
    account: cosmosdb.DatabaseAccount;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
