/**
 * PrivateNetwork: private connectivity to one account. An optional VNet, a private endpoint per
 * entry (group `Sql`, or `SqlDedicated` for the dedicated gateway), per group the private DNS zone
 * (`privatelink.documents.azure.com`, `privatelink.sqlx.cosmos.azure.com`) linked to every VNet
 * that holds such an endpoint, and exactly one DNS zone group per endpoint, unless DNS is left to a
 * central team. Endpoints may have static IPs and may ask for manual approval.
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
 */
import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import * as privatedns from "@pulumi/azure-native/privatedns";
import { SUBNET_ID, vnetIdOfSubnet } from "../shared/arm-ids";
import { checkedOptions, collectProblems, describeValue, Report } from "../shared/errors";
import type { PrivateEndpoint, PrivateNetworkArgs, VirtualNetwork } from "./args";
import { checkIpRule, cidrContains, subnetProblems } from "../shared/ip";
import { endpointOptionRules, PRIVATE_LINK_GROUPS, PrivateLinkGroup } from "./private-endpoints";

export const PRIVATE_DNS_ZONE = PRIVATE_LINK_GROUPS.Sql;
/** The dedicated gateway's zone (`<account>.sqlx.cosmos.azure.com`). */
export const GATEWAY_PRIVATE_DNS_ZONE = PRIVATE_LINK_GROUPS.SqlDedicated;
/** Cosmos DB NoSQL's private-link sub-resource. */
export const SQL_GROUP_ID = "Sql";
/** The dedicated gateway's private-link sub-resource. */
export const SQL_DEDICATED_GROUP_ID = "SqlDedicated";

function duplicates(names: string[], at: (i: number) => (string | number)[], what: string, report: Report): void {
    const seen = new Set<string>();
    names.forEach((n, i) => {
        if (seen.has(n)) report(at(i), `${what} '${n}' is declared twice`);
        seen.add(n);
    });
}

/** Azure's rules on the VNet and endpoints: CIDR ranges inside the address space, subnets that exist, static IPs inside their subnet. */
export function privateNetworkRules(
    args: {
        virtualNetwork?: Pick<VirtualNetwork, "addressSpace" | "subnets">;
        privateEndpoints?: (Pick<PrivateEndpoint, "name" | "subnet" | "ipConfigurations" | "manualApproval"> & { groupId?: string })[];
    },
    report: Report,
): void {
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
        duplicates(
            vnet.subnets.map((s) => s.name),
            (i) => ["virtualNetwork", "subnets", i, "name"],
            "subnet",
            report,
        );
        for (const p of subnetProblems(vnet.subnets)) report(["virtualNetwork", "subnets", p.index, "prefix"], p.message);
    }
    const endpoints = args.privateEndpoints ?? [];
    duplicates(
        endpoints.map((p) => p.name),
        (i) => ["privateEndpoints", i, "name"],
        "private endpoint",
        report,
    );
    const taken = new Map<string, Map<string, string>>();
    endpoints.forEach((pe, i) => {
        if (!subnetNames.has(pe.subnet) && !SUBNET_ID.test(pe.subnet)) {
            report(
                ["privateEndpoints", i, "subnet"],
                `expected a subnet of network.virtualNetwork (${[...subnetNames].join(", ") || "none declared"}) or a subnet resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>); got ${describeValue(pe.subnet)}`,
            );
        }
        const inSubnet = taken.get(pe.subnet) ?? new Map<string, string>();
        taken.set(pe.subnet, inSubnet);
        const prefix = vnet?.subnets.find((s) => s.name === pe.subnet)?.prefix;
        endpointOptionRules(pe, prefix, inSubnet, (path, message) => report(["privateEndpoints", i, ...path], message));
    });
}

/** The connection an endpoint makes: auto-approved, or a request the account's owner approves. Pure, for tests. */
export function endpointConnections(
    pe: PrivateEndpoint,
    accountId: pulumi.Input<string>,
): Pick<network.PrivateEndpointArgs, "privateLinkServiceConnections" | "manualPrivateLinkServiceConnections" | "ipConfigurations"> {
    const group = pe.groupId ?? SQL_GROUP_ID;
    // The existing `-sql` connection name stays as it is: renaming it would update every endpoint.
    const connection = { name: pe.connectionName ?? `${pe.name}-${group.toLowerCase()}`, privateLinkServiceId: accountId, groupIds: [group] };
    const ips = (pe.ipConfigurations ?? []).map((ip) => ({
        name: ip.name ?? `ipconfig-${ip.memberName}`,
        groupId: group,
        memberName: ip.memberName,
        privateIPAddress: ip.privateIPAddress.trim(),
    }));
    return {
        ...(pe.manualApproval
            ? { manualPrivateLinkServiceConnections: [{ ...connection, requestMessage: pe.manualApproval.requestMessage }] }
            : { privateLinkServiceConnections: [connection] }),
        ...(ips.length > 0 ? { ipConfigurations: ips } : {}),
    };
}

/** Private endpoints, their DNS zones and an optional VNet for one account. */
export class PrivateNetwork extends pulumi.ComponentResource {
    readonly virtualNetwork?: network.VirtualNetwork;
    /** The private endpoints, by name. */
    readonly endpoints: { [name: string]: network.PrivateEndpoint };
    /** The `privatelink.documents.azure.com` zone, when this component creates it. */
    readonly zone?: privatedns.PrivateZone;
    /** The `privatelink.sqlx.cosmos.azure.com` zone, when this component creates it. */
    readonly gatewayZone?: privatedns.PrivateZone;

    constructor(name: string, args: PrivateNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super(
            "cosmos-platform:index:PrivateNetwork",
            name,
            {},
            checkedOptions(
                "PrivateNetwork",
                name,
                collectProblems((report) => privateNetworkRules(args, report)),
                opts,
            ),
        );
        this.endpoints = {};
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
        const isLocal = (pe: PrivateEndpoint) => subnetNames.has(pe.subnet);
        const subnetId = (pe: PrivateEndpoint): pulumi.Input<string> =>
            isLocal(pe) ? pulumi.interpolate`${this.virtualNetwork!.id}/subnets/${pe.subnet}` : pe.subnet;
        const withZoneGroup = (group: PrivateLinkGroup) =>
            endpoints.filter((pe) => (pe.groupId ?? SQL_GROUP_ID) === group && (pe.privateDns ?? "zoneGroup") === "zoneGroup");

        // Per group, its zone: the one given (hub), else one created here and linked to the VNets.
        const zoneIds: Record<PrivateLinkGroup, pulumi.Input<string> | undefined> = { Sql: args.privateDnsZoneId, SqlDedicated: args.gatewayPrivateDnsZoneId };
        const shared = args.privateDnsZoneId === undefined ? args.sharedPrivateDnsZone : undefined;
        if (shared) zoneIds[SQL_GROUP_ID] = shared.id;
        for (const group of [SQL_GROUP_ID, SQL_DEDICATED_GROUP_ID] as const) {
            const members = withZoneGroup(group);
            const sharing = group === SQL_GROUP_ID && shared !== undefined;
            if (members.length === 0 || (zoneIds[group] !== undefined && !sharing)) continue;
            const vnets = new Map<string, pulumi.Input<string>>();
            for (const pe of members) {
                if (!isLocal(pe)) {
                    const id = vnetIdOfSubnet(pe.subnet);
                    vnets.set(id.split("/").pop() as string, id);
                } else if (this.virtualNetwork && vnetArgs) {
                    vnets.set(vnetArgs.name, this.virtualNetwork.id);
                }
            }
            if (sharing && shared) {
                this.linkVirtualNetworks(prefix, PRIVATE_LINK_GROUPS[group], shared, vnets, args);
                continue;
            }
            const zone = this.createZone(prefix, PRIVATE_LINK_GROUPS[group], vnets, args);
            zoneIds[group] = zone.id;
            if (group === SQL_GROUP_ID) this.zone = zone;
            else this.gatewayZone = zone;
        }

        for (const pe of endpoints) {
            const group = pe.groupId ?? SQL_GROUP_ID;
            const endpoint = new network.PrivateEndpoint(
                `${prefix}${pe.name}`,
                {
                    privateEndpointName: pe.name,
                    resourceGroupName,
                    location: pe.location,
                    subnet: { id: subnetId(pe) },
                    ...endpointConnections(pe, args.account.id),
                    ...(pe.networkInterfaceName !== undefined ? { customNetworkInterfaceName: pe.networkInterfaceName } : {}),
                    tags: args.tags,
                },
                { parent: this },
            );
            this.endpoints[pe.name] = endpoint;
            const zoneId = zoneIds[group];
            if ((pe.privateDns ?? "zoneGroup") === "zoneGroup" && zoneId !== undefined) {
                new network.PrivateDnsZoneGroup(
                    `${prefix}${pe.name}/dns`,
                    {
                        privateEndpointName: endpoint.name,
                        resourceGroupName,
                        privateDnsZoneGroupName: "default",
                        privateDnsZoneConfigs: [{ name: PRIVATE_LINK_GROUPS[group].replace(/\./g, "-"), privateDnsZoneId: zoneId }],
                    },
                    { parent: this },
                );
            }
        }
        this.registerOutputs({});
    }

    /** A private DNS zone, linked to every VNet that holds one of its endpoints so resolution works there. */
    private createZone(prefix: string, zoneName: string, vnets: Map<string, pulumi.Input<string>>, args: PrivateNetworkArgs): privatedns.PrivateZone {
        const zone = new privatedns.PrivateZone(
            `${prefix}${zoneName}`,
            { privateZoneName: zoneName, resourceGroupName: args.resourceGroupName, location: "global", tags: args.tags },
            { parent: this },
        );
        this.linkVirtualNetworks(prefix, zoneName, { name: zone.name, resourceGroupName: args.resourceGroupName }, vnets, args);
        return zone;
    }

    /** Links the zone to every VNet that holds an endpoint, so resolution works there. */
    private linkVirtualNetworks(
        prefix: string,
        zoneName: string,
        zone: { name: pulumi.Input<string>; resourceGroupName: pulumi.Input<string> },
        vnets: Map<string, pulumi.Input<string>>,
        args: PrivateNetworkArgs,
    ): void {
        for (const [vnetName, vnetId] of [...vnets.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            new privatedns.VirtualNetworkLink(
                `${prefix}${zoneName}/${vnetName}`,
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
}
