/**
 * CosmosPlatform: a whole stack. The resource groups, then one CosmosEstate per account, built
 * from the arguments that stack/args.ts maps from the resolved config. This is the stack layer:
 * the components below it know nothing of stack files.
 *
 * Until 0.2 the finer components (account, data, network, access, monitoring, gateway,
 * identities) were this component's children; they are the estate's now. Each keeps its state
 * through an alias to its old parent (and CosmosAccount to its old type), which the engine follows
 * for it and, multiplied out, for every resource below it: no replace, no delete.
 * https://www.pulumi.com/docs/iac/concepts/options/aliases/
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { CosmosEstate, EstateParts } from "../components/estate/component";
import { LEGACY_COSMOS_ACCOUNT_TYPE } from "../components/account/component";
import type { SharedPrivateDnsZone } from "../components/network/args";
import { dataProtection } from "../components/shared/protection";
import { estateArgs } from "./args";
import type { PlatformConfig, ResolvedStack } from "./config";
import { importIds, importTransformation } from "./import";

export interface CosmosPlatformArgs {
    /** The validated, resolved stack (stack/config). */
    stack: ResolvedStack;
}

/** One account's estate. */
export interface AccountStack extends EstateParts {
    config: PlatformConfig;
    resourceGroupName: pulumi.Output<string>;
    estate: CosmosEstate;
}

/** The finer components' types, which moved from this component to the estate. */
const MOVED_COMPONENTS = new Set([
    "cosmos-platform:index:CosmosAccount",
    "cosmos-platform:index:SqlData",
    "cosmos-platform:index:PrivateNetwork",
    "cosmos-platform:index:Access",
    "cosmos-platform:index:Monitoring",
    "cosmos-platform:index:DedicatedGateway",
    "cosmos-platform:index:Identities",
]);

/**
 * Aliases the estate's direct children to their place before 0.2: under this component, and the
 * account under its old type token.
 */
export function legacyParentAliases(platform: pulumi.Resource): pulumi.ResourceTransformation {
    return (args) => {
        if (!MOVED_COMPONENTS.has(args.type) || !(args.opts.parent instanceof CosmosEstate)) return undefined;
        // By the parent's URN rather than the parent itself: the SDK turns each alias into an Output,
        // and an Output of an object holding a resource walks that resource's whole graph (thousands
        // of objects) for unknowns, for every alias every child inherits. Same alias on the wire.
        const parent = platform.urn;
        const old: pulumi.Alias = args.type === "cosmos-platform:index:CosmosAccount" ? { parent, type: LEGACY_COSMOS_ACCOUNT_TYPE } : { parent };
        return { props: args.props, opts: pulumi.mergeOptions(args.opts, { aliases: [old] }) };
    };
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
        // The privatelink zone each resource group already has, created by its first account that needed one.
        const zones = new Map<string, SharedPrivateDnsZone>();
        // A named function, not an inline arrow: the SDK records where a resource is declared only from
        // a named stack frame (@pulumi/pulumi Resource.framePositionRegExp), and the build's source
        // maps (tsc's) have no names to lend an anonymous one.
        const buildAccount = (config: PlatformConfig): AccountStack => {
            const resourceGroupName = groups.get(config.resourceGroup.name) as pulumi.Output<string>;
            const transformations = [legacyParentAliases(this), ...(config.import ? [importTransformation(importIds(config))] : [])];
            const estate = new CosmosEstate(config.account.name, estateArgs(config, resourceGroupName, zones.get(config.resourceGroup.name)), {
                parent: this,
                transformations,
            });
            if (estate.privateDnsZone && !zones.has(config.resourceGroup.name)) {
                zones.set(config.resourceGroup.name, { id: estate.privateDnsZone.id, name: estate.privateDnsZone.name, resourceGroupName });
            }
            return { config, resourceGroupName, estate, ...estate.parts };
        };
        this.accounts = args.stack.accounts.map(buildAccount);
        this.registerOutputs({ accountIds: this.accounts.map((a) => a.account.id) });
    }
}
