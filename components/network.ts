/**
 * PrivateNetwork: private connectivity to one account. An optional VNet, a private endpoint
 * (group `Sql`) per entry, the `privatelink.documents.azure.com` zone linked to every VNet that
 * holds an endpoint, and exactly one DNS zone group per endpoint, unless DNS is left to a central
 * team. https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
 */
import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import * as privatedns from "@pulumi/azure-native/privatedns";
import { SUBNET_ID, vnetIdOfSubnet } from "./roles";
import { assertValidArgs, collectProblems, describeValue, Report } from "./validation/errors";
import { checkIpRule, cidrContains } from "./validation/network";

export const PRIVATE_DNS_ZONE = "privatelink.documents.azure.com";
/** Cosmos DB NoSQL's private-link sub-resource. */
export const SQL_GROUP_ID = "Sql";

export interface VirtualNetworkArgs {
    /** Azure name of the VNet to create. */
    name: string;
    /** CIDR, e.g. 10.20.0.0/16. */
    addressSpace: string;
    /** Region of the VNet. */
    location: string;
    subnets: { name: string; prefix: string }[];
}

export interface PrivateEndpointArgs {
    /** Azure name of the endpoint. */
    name: string;
    /** A subnet of `virtualNetwork` by name, or an existing subnet's resource id. */
    subnet: string;
    /** Region of the endpoint (the subnet's). */
    location: string;
    /** `zoneGroup` (default): a DNS zone group registers the records. `none`: DNS is left to a central team. */
    privateDns?: "zoneGroup" | "none";
}

export interface PrivateNetworkArgs {
    resourceGroupName: pulumi.Input<string>;
    /** The account's ARM id (its `id` output). */
    accountId: pulumi.Input<string>;
    /** A VNet to create for the endpoints. */
    virtualNetwork?: VirtualNetworkArgs;
    privateEndpoints?: PrivateEndpointArgs[];
    /** An existing `privatelink.documents.azure.com` zone (hub) whose VNet links a central team manages. Default: create one and link it to the VNets. */
    privateDnsZoneId?: pulumi.Input<string>;
    /**
     * A zone another PrivateNetwork of this program created (its `zone`), e.g. for a second account
     * in the same resource group, where a second zone of the same name cannot exist: the endpoints
     * register in it, and this component links its own VNets to it.
     */
    sharedPrivateDnsZone?: { id: pulumi.Input<string>; name: pulumi.Input<string>; resourceGroupName: pulumi.Input<string> };
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}

function duplicates(names: string[], at: (i: number) => (string | number)[], what: string, report: Report): void {
    const seen = new Set<string>();
    names.forEach((n, i) => {
        if (seen.has(n)) report(at(i), `${what} '${n}' is declared twice`);
        seen.add(n);
    });
}

/** Azure's rules on the VNet and endpoints: CIDR ranges inside the address space, subnets that exist. */
export function privateNetworkRules(args: { virtualNetwork?: Pick<VirtualNetworkArgs, "addressSpace" | "subnets">; privateEndpoints?: Pick<PrivateEndpointArgs, "name" | "subnet">[] }, report: Report): void {
    const vnet = args.virtualNetwork;
    const subnetNames = new Set((vnet?.subnets ?? []).map((s) => s.name));
    if (vnet) {
        const spaceProblem = checkIpRule(vnet.addressSpace);
        if (spaceProblem || !vnet.addressSpace.includes("/")) {
            report(["virtualNetwork", "addressSpace"], `expected a CIDR range such as 10.20.0.0/16; got ${describeValue(vnet.addressSpace)}`);
        }
        vnet.subnets.forEach((s, i) => {
            if (checkIpRule(s.prefix) || !s.prefix.includes("/")) {
                report(["virtualNetwork", "subnets", i, "prefix"], `expected a CIDR range such as 10.20.1.0/24; got ${describeValue(s.prefix)}`);
            } else if (!spaceProblem && !cidrContains(vnet.addressSpace, s.prefix)) {
                report(["virtualNetwork", "subnets", i, "prefix"], `${s.prefix} is outside the address space ${vnet.addressSpace}`);
            }
        });
        duplicates(vnet.subnets.map((s) => s.name), (i) => ["virtualNetwork", "subnets", i, "name"], "subnet", report);
    }
    const endpoints = args.privateEndpoints ?? [];
    duplicates(endpoints.map((p) => p.name), (i) => ["privateEndpoints", i, "name"], "private endpoint", report);
    endpoints.forEach((pe, i) => {
        if (!subnetNames.has(pe.subnet) && !SUBNET_ID.test(pe.subnet)) {
            report(
                ["privateEndpoints", i, "subnet"],
                `expected a subnet of network.virtualNetwork (${[...subnetNames].join(", ") || "none declared"}) or a subnet resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>); got ${describeValue(pe.subnet)}`,
            );
        }
    });
}

export class PrivateNetwork extends pulumi.ComponentResource {
    readonly virtualNetwork?: network.VirtualNetwork;
    readonly endpoints: Record<string, network.PrivateEndpoint> = {};
    readonly zone?: privatedns.PrivateZone;

    constructor(name: string, args: PrivateNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:PrivateNetwork", name, {}, opts);
        assertValidArgs("PrivateNetwork", name, collectProblems((report) => privateNetworkRules(args, report)));
        const prefix = args.childNamePrefix ?? `${name}/`;
        const { resourceGroupName } = args;
        const vnetArgs = args.virtualNetwork;
        const endpoints = args.privateEndpoints ?? [];
        const subnetNames = new Set((vnetArgs?.subnets ?? []).map((s) => s.name));

        if (vnetArgs) {
            // Subnets inline: separately managed Subnet resources fight the VNet's own subnet list.
            this.virtualNetwork = new network.VirtualNetwork(
                `${prefix}${vnetArgs.name}`,
                {
                    virtualNetworkName: vnetArgs.name,
                    resourceGroupName,
                    location: vnetArgs.location,
                    addressSpace: { addressPrefixes: [vnetArgs.addressSpace] },
                    subnets: vnetArgs.subnets.map((s) => ({ name: s.name, addressPrefix: s.prefix })),
                    tags: args.tags,
                },
                { parent: this },
            );
        }
        const isLocal = (pe: PrivateEndpointArgs) => subnetNames.has(pe.subnet);
        const subnetId = (pe: PrivateEndpointArgs): pulumi.Input<string> => (isLocal(pe) ? pulumi.interpolate`${this.virtualNetwork!.id}/subnets/${pe.subnet}` : pe.subnet);

        const zoneGroups = endpoints.filter((pe) => (pe.privateDns ?? "zoneGroup") === "zoneGroup");
        const shared = args.sharedPrivateDnsZone;
        let zoneId: pulumi.Input<string> | undefined = args.privateDnsZoneId ?? shared?.id;
        if (zoneGroups.length > 0 && (zoneId === undefined || shared !== undefined)) {
            let zone: { name: pulumi.Input<string>; resourceGroupName: pulumi.Input<string> };
            if (shared) {
                zone = shared;
            } else {
                this.zone = new privatedns.PrivateZone(
                    `${prefix}${PRIVATE_DNS_ZONE}`,
                    { privateZoneName: PRIVATE_DNS_ZONE, resourceGroupName, location: "global", tags: args.tags },
                    { parent: this },
                );
                zoneId = this.zone.id;
                zone = { name: this.zone.name, resourceGroupName };
            }
            // Link the zone to every VNet that holds an endpoint, so resolution works there.
            const vnets = new Map<string, pulumi.Input<string>>();
            for (const pe of zoneGroups) {
                if (!isLocal(pe)) {
                    const id = vnetIdOfSubnet(pe.subnet);
                    vnets.set(id.split("/").pop() as string, id);
                } else if (this.virtualNetwork && vnetArgs) {
                    vnets.set(vnetArgs.name, this.virtualNetwork.id);
                }
            }
            for (const [vnetName, vnetId] of [...vnets.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
                new privatedns.VirtualNetworkLink(
                    `${prefix}${PRIVATE_DNS_ZONE}/${vnetName}`,
                    {
                        privateZoneName: zone.name,
                        resourceGroupName: zone.resourceGroupName,
                        virtualNetworkLinkName: `link-${vnetName}`,
                        location: "global",
                        registrationEnabled: false,
                        virtualNetwork: { id: vnetId },
                        tags: args.tags,
                    },
                    { parent: this },
                );
            }
        }

        for (const pe of endpoints) {
            const endpoint = new network.PrivateEndpoint(
                `${prefix}${pe.name}`,
                {
                    privateEndpointName: pe.name,
                    resourceGroupName,
                    location: pe.location,
                    subnet: { id: subnetId(pe) },
                    privateLinkServiceConnections: [{ name: `${pe.name}-sql`, privateLinkServiceId: args.accountId, groupIds: [SQL_GROUP_ID] }],
                    tags: args.tags,
                },
                { parent: this },
            );
            this.endpoints[pe.name] = endpoint;
            if ((pe.privateDns ?? "zoneGroup") === "zoneGroup" && zoneId !== undefined) {
                new network.PrivateDnsZoneGroup(
                    `${prefix}${pe.name}/dns`,
                    {
                        privateEndpointName: endpoint.name,
                        resourceGroupName,
                        privateDnsZoneGroupName: "default",
                        privateDnsZoneConfigs: [{ name: PRIVATE_DNS_ZONE.replace(/\./g, "-"), privateDnsZoneId: zoneId }],
                    },
                    { parent: this },
                );
            }
        }
        this.registerOutputs({});
    }
}
