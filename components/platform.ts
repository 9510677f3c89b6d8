/**
 * One CosmosPlatform per stack: the resource group, the account, and the data model. Later
 * concerns (access, network, monitoring) sit beside these as sibling components.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { CosmosAccount } from "./account";
import { PlatformConfig } from "./config";
import { dataProtection } from "./protection";
import { SqlData } from "./sql";

export interface CosmosPlatformArgs {
    /** Validated, resolved stack config (see `components/config`). */
    config: PlatformConfig;
}

export class CosmosPlatform extends pulumi.ComponentResource {
    readonly resourceGroupName: pulumi.Output<string>;
    readonly account: CosmosAccount;
    readonly sql: SqlData;

    constructor(name: string, args: CosmosPlatformArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:CosmosPlatform", name, {}, opts);
        const { config } = args;

        if (config.resourceGroup.create) {
            // Deleting the group deletes the account in it: protect it like the data.
            const group = new resources.ResourceGroup(
                config.resourceGroup.name,
                { resourceGroupName: config.resourceGroup.name, location: config.resourceGroup.location, tags: config.tags },
                { parent: this, ...dataProtection(config.production) },
            );
            this.resourceGroupName = group.name;
        } else {
            this.resourceGroupName = pulumi.output(config.resourceGroup.name);
        }

        this.account = new CosmosAccount("account", { config, resourceGroupName: this.resourceGroupName }, { parent: this });
        this.sql = new SqlData(
            "sql",
            { config, resourceGroupName: this.resourceGroupName, accountName: this.account.name },
            { parent: this },
        );
        this.registerOutputs({ resourceGroupName: this.resourceGroupName, accountId: this.account.id });
    }
}
