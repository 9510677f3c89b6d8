/**
 * Private connectivity: an optional VNet, a private endpoint (group `Sql`) per configured subnet,
 * the `privatelink.documents.azure.com` zone linked to every VNet that holds an endpoint, and
 * exactly one DNS zone group per endpoint, unless DNS is left to a central team.
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
 */
import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import * as privatedns from "@pulumi/azure-native/privatedns";
import { PlatformConfig, ResolvedPrivateEndpoint } from "./config";
import { vnetIdOfSubnet } from "./roles";

export const PRIVATE_DNS_ZONE = "privatelink.documents.azure.com";
/** Cosmos DB NoSQL's private-link sub-resource. */
export const SQL_GROUP_ID = "Sql";

export interface PrivateNetworkArgs {
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
    accountId: pulumi.Input<string>;
}

export class PrivateNetwork extends pulumi.ComponentResource {
    readonly virtualNetwork?: network.VirtualNetwork;
    readonly endpoints: Record<string, network.PrivateEndpoint> = {};
    readonly zone?: privatedns.PrivateZone;

    constructor(name: string, args: PrivateNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:PrivateNetwork", name, {}, opts);
        const { config, resourceGroupName } = args;
        const net = config.network;
        const vnetConfig = net.virtualNetwork;

        if (vnetConfig) {
            // Subnets inline: separately managed Subnet resources fight the VNet's own subnet list.
            this.virtualNetwork = new network.VirtualNetwork(
                vnetConfig.name,
                {
                    virtualNetworkName: vnetConfig.name,
                    resourceGroupName,
                    location: vnetConfig.location,
                    addressSpace: { addressPrefixes: [vnetConfig.addressSpace] },
                    subnets: vnetConfig.subnets.map((s) => ({ name: s.name, addressPrefix: s.prefix })),
                    tags: config.tags,
                },
                { parent: this },
            );
        }
        const subnetId = (pe: ResolvedPrivateEndpoint): pulumi.Input<string> =>
            "id" in pe.subnet ? pe.subnet.id : pulumi.interpolate`${this.virtualNetwork!.id}/subnets/${pe.subnet.name}`;

        const zoneGroups = net.privateEndpoints.filter((pe) => pe.privateDns === "zoneGroup");
        let zoneId: pulumi.Input<string> | undefined = net.privateDnsZoneId;
        if (zoneGroups.length > 0 && zoneId === undefined) {
            this.zone = new privatedns.PrivateZone(
                PRIVATE_DNS_ZONE,
                { privateZoneName: PRIVATE_DNS_ZONE, resourceGroupName, location: "global", tags: config.tags },
                { parent: this },
            );
            zoneId = this.zone.id;
            // Link the zone to every VNet that holds an endpoint, so resolution works there.
            const vnets = new Map<string, pulumi.Input<string>>();
            for (const pe of zoneGroups) {
                if ("id" in pe.subnet) {
                    const id = vnetIdOfSubnet(pe.subnet.id);
                    vnets.set(id.split("/").pop() as string, id);
                } else if (this.virtualNetwork && vnetConfig) {
                    vnets.set(vnetConfig.name, this.virtualNetwork.id);
                }
            }
            for (const [vnetName, vnetId] of [...vnets.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
                new privatedns.VirtualNetworkLink(
                    `${PRIVATE_DNS_ZONE}/${vnetName}`,
                    {
                        privateZoneName: this.zone.name,
                        resourceGroupName,
                        virtualNetworkLinkName: `link-${vnetName}`,
                        location: "global",
                        registrationEnabled: false,
                        virtualNetwork: { id: vnetId },
                        tags: config.tags,
                    },
                    { parent: this },
                );
            }
        }

        for (const pe of net.privateEndpoints) {
            const endpoint = new network.PrivateEndpoint(
                pe.name,
                {
                    privateEndpointName: pe.name,
                    resourceGroupName,
                    location: pe.location,
                    subnet: { id: subnetId(pe) },
                    privateLinkServiceConnections: [{ name: `${pe.name}-sql`, privateLinkServiceId: args.accountId, groupIds: [SQL_GROUP_ID] }],
                    tags: config.tags,
                },
                { parent: this },
            );
            this.endpoints[pe.name] = endpoint;
            if (pe.privateDns === "zoneGroup" && zoneId !== undefined) {
                new network.PrivateDnsZoneGroup(
                    `${pe.name}/dns`,
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
