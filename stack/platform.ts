/**
 * CosmosPlatform: a whole stack. The resource groups, then per account the components of
 * components/ (identities, account, data, network, access, monitoring, gateway), each built from
 * the arguments that stack/args.ts maps from the resolved config. This is the stack layer: the
 * components below it know nothing of stack files.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { Access } from "../components/access/component";
import { CosmosAccount } from "../components/account/component";
import { DedicatedGateway } from "../components/gateway/component";
import { Identities } from "../components/identities/component";
import { Monitoring } from "../components/monitoring/component";
import { PrivateNetwork, PrivateNetworkArgs } from "../components/network/component";
import { dataProtection } from "../components/shared/protection";
import { SqlData } from "../components/sql/component";
import { accessArgs, accountArgs, identitiesArgs, monitoringArgs, privateNetworkArgs, sqlDataArgs } from "./args";
import type { PlatformConfig, ResolvedStack } from "./config";
import { importIds, importTransformation } from "./import";

export interface CosmosPlatformArgs {
    /** The validated, resolved stack (stack/config). */
    stack: ResolvedStack;
}

/** One account's components. */
export interface AccountStack {
    config: PlatformConfig;
    resourceGroupName: pulumi.Output<string>;
    identities: Identities;
    account: CosmosAccount;
    sql: SqlData;
    network: PrivateNetwork;
    access: Access;
    /** Undefined while the account is being imported (`import`), unless it imports an existing diagnostic setting (then that alone): monitoring is added afterwards. */
    monitoring?: Monitoring;
    gateway?: DedicatedGateway;
}

export class CosmosPlatform extends pulumi.ComponentResource {
    /** In declaration order; the single-account form has one. */
    readonly accounts: AccountStack[];

    constructor(name: string, args: CosmosPlatformArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:CosmosPlatform", name, {}, opts);
        const groups = new Map<string, pulumi.Output<string>>();
        for (const config of args.stack.accounts) {
            const rg = config.resourceGroup;
            if (groups.has(rg.name)) continue;
            if (!rg.create) {
                groups.set(rg.name, pulumi.output(rg.name));
                continue;
            }
            // Deleting the group deletes the accounts in it: protect it like the data. Accounts that
            // share a group share this one resource (the config rules make them declare it alike).
            const group = new resources.ResourceGroup(
                rg.name,
                { resourceGroupName: rg.name, location: rg.location, tags: config.tags },
                { parent: this, ...dataProtection(config.production) },
            );
            groups.set(rg.name, group.name);
        }
        this.accounts = args.stack.accounts.map((config) => this.buildAccount(config, groups.get(config.resourceGroup.name) as pulumi.Output<string>));
        this.registerOutputs({ accountIds: this.accounts.map((a) => a.account.id) });
    }

    /** The privatelink zone each resource group already has, created by its first account that needed one. */
    private readonly zones = new Map<string, PrivateNetworkArgs["sharedPrivateDnsZone"]>();

    private network(name: string, config: PlatformConfig, resourceGroupName: pulumi.Output<string>, accountId: pulumi.Output<string>, opts: pulumi.ComponentResourceOptions): PrivateNetwork {
        const shared = config.network.privateDnsZoneId === undefined ? this.zones.get(config.resourceGroup.name) : undefined;
        const network = new PrivateNetwork(name, { ...privateNetworkArgs(config, resourceGroupName, accountId), ...(shared ? { sharedPrivateDnsZone: shared } : {}) }, opts);
        if (network.zone && !this.zones.has(config.resourceGroup.name)) {
            this.zones.set(config.resourceGroup.name, { id: network.zone.id, name: network.zone.name, resourceGroupName });
        }
        return network;
    }

    private buildAccount(config: PlatformConfig, resourceGroupName: pulumi.Output<string>): AccountStack {
        // Component names carry the account prefix too: several accounts never share a URN.
        const p = config.childNamePrefix;
        // While importing, every resource gets its ARM id as the `import` option (stack/import.ts).
        const opts: pulumi.ComponentResourceOptions = config.import ? { parent: this, transformations: [importTransformation(importIds(config))] } : { parent: this };
        const identities = new Identities(`${p}identities`, identitiesArgs(config, resourceGroupName), opts);
        const cmk = config.security.customerManagedKey;
        // The key's identity: one the stack creates (by name), or an existing one by resource id (an adopted account's).
        const keyIdentityId = cmk ? (cmk.identity.startsWith("/") ? cmk.identity : identities.identities[cmk.identity].id) : undefined;
        const account = new CosmosAccount(`${p}account`, accountArgs(config, resourceGroupName, keyIdentityId), opts);
        const sql = new SqlData(`${p}sql`, sqlDataArgs(config, resourceGroupName, account.name), opts);
        const network = this.network(`${p}network`, config, resourceGroupName, account.id, opts);
        const access = new Access(`${p}access`, accessArgs(config, resourceGroupName, account.name, identities, sql), opts);
        // An import deployment creates nothing, and monitoring has no off switch: it comes with the
        // first deployment after the import switch is removed (docs/runbooks/adopt.md). An existing
        // diagnostic setting (named in the config) is imported then, on its own.
        const importsDiagnostics = config.import !== undefined && config.monitoring.diagnostics.name !== undefined;
        const monitoring = config.import && !importsDiagnostics ? undefined : new Monitoring(`${p}monitoring`, monitoringArgs(config, resourceGroupName, account.id, { diagnosticsOnly: importsDiagnostics }), opts);
        const gateway = config.gateway
            ? new DedicatedGateway(
                  `${p}gateway`,
                  { resourceGroupName, accountName: account.name, size: config.gateway.size, instances: config.gateway.instances, childNamePrefix: p },
                  opts,
              )
            : undefined;
        return { config, resourceGroupName, identities, account, sql, network, access, ...(monitoring ? { monitoring } : {}), ...(gateway ? { gateway } : {}) };
    }
}
