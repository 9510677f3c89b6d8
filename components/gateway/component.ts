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
import { checkedOptions } from "../shared/errors";
import { argsShape, enumOf, shapeProblems } from "../shared/zod";
import { DedicatedGatewayArgs, GatewaySettings, GatewaySize } from "./args";

export const GATEWAY_SIZES = Object.values(GatewaySize);

export const gatewaySchema = argsShape<GatewaySettings>()(
    z.strictObject({
        size: enumOf(GatewaySize, "gateway size").describe(
            "Node size: `Cosmos.D4s` (4 vCPU, 16 GB), `Cosmos.D8s` (8, 32 GB) or `Cosmos.D16s` (16, 64 GB). About half the memory is cache.",
        ),
        instances: z
            .number()
            .int("gateway instances is a whole number")
            .min(1, "a dedicated gateway has 1 to 5 instances")
            .max(5, "a dedicated gateway has 1 to 5 instances")
            .describe("Nodes per region, 1 to 5; each has its own cache. Use 2 or more in production for availability."),
    }),
);

/** Azure names the service after its type; an account has at most one dedicated gateway. */
export const GATEWAY_SERVICE_NAME = "SqlDedicatedGateway";

/** The service properties for a gateway setting. Pure, for tests. */
export function gatewayProperties(gateway: {
    size: string;
    instances: number;
}): cosmosInputs.cosmosdb.SqlDedicatedGatewayServiceResourceCreateUpdatePropertiesArgs {
    return {
        serviceType: "SqlDedicatedGateway",
        instanceSize: gateway.size,
        instanceCount: gateway.instances,
        dedicatedGatewayType: "IntegratedCache",
    };
}

/** The dedicated gateway of one account. */
export class DedicatedGateway extends pulumi.ComponentResource {
    /** The gateway service. */
    readonly service: cosmosdb.Service;
    /** `https://<account>.sqlx.cosmos.azure.com`: where clients in Gateway mode reach the cache. */
    readonly endpoint: pulumi.Output<string>;

    constructor(name: string, args: DedicatedGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
        super(
            "cosmos-platform:index:DedicatedGateway",
            name,
            {},
            checkedOptions("DedicatedGateway", name, shapeProblems(gatewaySchema, { size: args.size, instances: args.instances }), opts),
        );
        const prefix = args.childNamePrefix ?? `${name}/`;
        // Not data-bearing: the cache is rebuilt from the account, so no protect/retainOnDelete.
        this.service = new cosmosdb.Service(
            `${prefix}${GATEWAY_SERVICE_NAME}`,
            {
                accountName: args.account.name,
                resourceGroupName: args.resourceGroupName,
                serviceName: GATEWAY_SERVICE_NAME,
                properties: gatewayProperties({ size: args.size, instances: args.instances }),
            },
            { parent: this },
        );
        this.endpoint = pulumi.interpolate`https://${args.account.name}.sqlx.cosmos.azure.com`;
        this.registerOutputs({ endpoint: this.endpoint });
    }
}
