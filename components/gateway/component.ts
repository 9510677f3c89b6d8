/**
 * The dedicated gateway (`cosmosdb:Service` of type SqlDedicatedGateway) with its integrated
 * cache: point reads and queries that hit the cache cost 0 RU. Clients reach it in Gateway mode
 * at `https://<account>.sqlx.cosmos.azure.com` with Session or Eventual consistency; whether it
 * pays off for the declared reads is the plan's caching analysis (docs/access-patterns.md).
 * https://learn.microsoft.com/azure/cosmos-db/dedicated-gateway
 */
import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { z } from "zod";
import { assertValidArgs } from "../shared/errors";
import { shapeProblems } from "../shared/zod";

export const GATEWAY_SIZES = ["Cosmos.D4s", "Cosmos.D8s", "Cosmos.D16s"] as const;

export const gatewaySchema = z.strictObject({
    size: z
        .enum(GATEWAY_SIZES, { error: `gateway size is one of ${GATEWAY_SIZES.join(", ")}` })
        .describe("Node size: `Cosmos.D4s` (4 vCPU, 16 GB), `Cosmos.D8s` (8, 32 GB) or `Cosmos.D16s` (16, 64 GB). About half the memory is cache."),
    instances: z
        .number()
        .int("gateway instances is a whole number")
        .min(1, "a dedicated gateway has 1 to 5 instances")
        .max(5, "a dedicated gateway has 1 to 5 instances")
        .describe("Nodes per region, 1 to 5; each has its own cache. Use 2 or more in production for availability."),
});

/** Azure names the service after its type; an account has at most one dedicated gateway. */
export const GATEWAY_SERVICE_NAME = "SqlDedicatedGateway";

export interface DedicatedGatewayArgs {
    resourceGroupName: pulumi.Input<string>;
    /** The account's name output, so the gateway waits for the account. */
    accountName: pulumi.Input<string>;
    /** Node size: `Cosmos.D4s`, `Cosmos.D8s` or `Cosmos.D16s` (docs/access-patterns.md). */
    size: (typeof GATEWAY_SIZES)[number];
    /** Nodes, 1 to 5; more than one for availability. */
    instances: number;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}

/** The service properties for a gateway setting. Pure, for tests. */
export function gatewayProperties(gateway: { size: string; instances: number }): cosmosInputs.cosmosdb.SqlDedicatedGatewayServiceResourceCreateUpdatePropertiesArgs {
    return {
        serviceType: "SqlDedicatedGateway",
        instanceSize: gateway.size,
        instanceCount: gateway.instances,
        dedicatedGatewayType: "IntegratedCache",
    };
}

export class DedicatedGateway extends pulumi.ComponentResource {
    readonly service: cosmosdb.Service;
    /** `https://<account>.sqlx.cosmos.azure.com`: where clients in Gateway mode reach the cache. */
    readonly endpoint: pulumi.Output<string>;

    constructor(name: string, args: DedicatedGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:DedicatedGateway", name, {}, opts);
        assertValidArgs("DedicatedGateway", name, shapeProblems(gatewaySchema, { size: args.size, instances: args.instances }));
        const prefix = args.childNamePrefix ?? `${name}/`;
        // Not data-bearing: the cache is rebuilt from the account, so no protect/retainOnDelete.
        this.service = new cosmosdb.Service(
            `${prefix}${GATEWAY_SERVICE_NAME}`,
            {
                accountName: args.accountName,
                resourceGroupName: args.resourceGroupName,
                serviceName: GATEWAY_SERVICE_NAME,
                properties: gatewayProperties({ size: args.size, instances: args.instances }),
            },
            { parent: this },
        );
        this.endpoint = pulumi.interpolate`https://${args.accountName}.sqlx.cosmos.azure.com`;
        this.registerOutputs({ endpoint: this.endpoint });
    }
}
