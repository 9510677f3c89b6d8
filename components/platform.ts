/**
 * One CosmosPlatform per stack: the resource group, the account, and the data model. Later
 * concerns (access, network, monitoring) sit beside these as sibling components.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { Access } from "./access";
import { CosmosAccount } from "./account";
import { DedicatedGateway } from "./gateway";
import { Identities } from "./identities";
import { Monitoring } from "./monitoring/component";
import { PrivateNetwork } from "./network";
import { PlatformConfig } from "./config";
import { dataProtection } from "./protection";
import { SqlData } from "./sql";

export interface CosmosPlatformArgs {
    /** Validated, resolved stack config (see `components/config`). */
    config: PlatformConfig;
}

export class CosmosPlatform extends pulumi.ComponentResource {
    readonly resourceGroupName: pulumi.Output<string>;
    readonly identities: Identities;
    readonly account: CosmosAccount;
    readonly sql: SqlData;
    readonly network: PrivateNetwork;
    readonly access: Access;
    readonly monitoring: Monitoring;

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

        const resourceGroupName = this.resourceGroupName;
        this.identities = new Identities("identities", { config, resourceGroupName }, { parent: this });
        const cmk = config.security.customerManagedKey;
        this.account = new CosmosAccount(
            "account",
            { config, resourceGroupName, keyIdentityId: cmk ? this.identities.identities[cmk.identity].id : undefined },
            { parent: this },
        );
        this.sql = new SqlData("sql", { config, resourceGroupName, accountName: this.account.name }, { parent: this });
        this.network = new PrivateNetwork("network", { config, resourceGroupName, accountId: this.account.id }, { parent: this });
        this.access = new Access(
            "access",
            { config, resourceGroupName, accountName: this.account.name, identities: this.identities, data: this.sql },
            { parent: this },
        );
        this.monitoring = new Monitoring("monitoring", { config, resourceGroupName, accountId: this.account.id }, { parent: this });
        if (config.gateway) new DedicatedGateway("gateway", { config, resourceGroupName, accountName: this.account.name }, { parent: this });
        this.registerOutputs({ resourceGroupName: this.resourceGroupName, accountId: this.account.id });
    }
}
