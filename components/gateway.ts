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
import { PlatformConfig } from "./config";

/** Azure names the service after its type; an account has at most one dedicated gateway. */
export const GATEWAY_SERVICE_NAME = "SqlDedicatedGateway";

export interface DedicatedGatewayArgs {
    /** Validated config; `config.gateway` gives the node size and count (the component is created only when it is set). */
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
    /** The account's name output, so the gateway waits for the account. */
    accountName: pulumi.Input<string>;
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
    readonly service?: cosmosdb.Service;

    constructor(name: string, args: DedicatedGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:DedicatedGateway", name, {}, opts);
        const gateway = args.config.gateway;
        if (gateway) {
            // Not data-bearing: the cache is rebuilt from the account, so no protect/retainOnDelete.
            this.service = new cosmosdb.Service(
                GATEWAY_SERVICE_NAME,
                {
                    accountName: args.accountName,
                    resourceGroupName: args.resourceGroupName,
                    serviceName: GATEWAY_SERVICE_NAME,
                    properties: gatewayProperties(gateway),
                },
                { parent: this },
            );
        }
        this.registerOutputs({ endpoint: this.service ? pulumi.interpolate`https://${args.accountName}.sqlx.cosmos.azure.com` : undefined });
    }
}
