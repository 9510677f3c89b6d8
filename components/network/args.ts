/**
 * The arguments of private connectivity to one account: an optional VNet, private endpoints
 * (group `Sql`, or `SqlDedicated` for the dedicated gateway), their private DNS zones and zone groups.
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";

/** How an endpoint's DNS records are registered. */
export const PrivateDnsMode = {
    /** A DNS zone group registers the records in the private DNS zone. */
    ZoneGroup: "zoneGroup",
    /** DNS is left to a central team (e.g. Azure Policy's DeployIfNotExists). */
    None: "none",
} as const;
export type PrivateDnsMode = (typeof PrivateDnsMode)[keyof typeof PrivateDnsMode];

/** The account's private-link sub-resource an endpoint connects to. */
export const PrivateLinkGroup = {
    /** The account's endpoint (privatelink.documents.azure.com). */
    Sql: "Sql",
    /** The dedicated gateway's (privatelink.sqlx.cosmos.azure.com), on an account that has one. */
    SqlDedicated: "SqlDedicated",
} as const;
export type PrivateLinkGroup = (typeof PrivateLinkGroup)[keyof typeof PrivateLinkGroup];

/** A subnet of a VNet created here. */
export interface Subnet {
    /** Subnet name. */
    name: string;
    /** CIDR inside the VNet's address space, e.g. 10.20.1.0/24 (at most /29: Azure reserves five addresses). */
    prefix: string;
}

/** A VNet to create for the endpoints. */
export interface VirtualNetwork {
    /** Azure name of the VNet. */
    name: string;
    /** CIDR, e.g. 10.20.0.0/16. */
    addressSpace: string;
    /** Region of the VNet. */
    location: string;
    /** Its subnets; they may not overlap. */
    subnets: Subnet[];
}

/** A static address of an endpoint, one per member of the group (the global endpoint and each region). */
export interface StaticIpConfiguration {
    /** Member of the group (the global endpoint or a region), as `az network private-link-resource list` names it. */
    memberName: string;
    /** A free address of the endpoint's subnet. */
    privateIPAddress: string;
    /** Name of the IP configuration. Default `ipconfig-<memberName>`. */
    name?: string;
}

/** A connection the account's owner approves (another team or tenant owns the account). */
export interface ManualApproval {
    /** Shown to the approver; at most 140 characters. */
    requestMessage: string;
}

/** A private endpoint to the account. */
export interface PrivateEndpoint {
    /** Azure name of the endpoint. */
    name: string;
    /** A subnet of `virtualNetwork` by name, or an existing subnet's resource id. */
    subnet: string;
    /** Region of the endpoint (the subnet's). */
    location: string;
    /**
     * zoneGroup (a DNS zone group registers the records) or none (DNS is left to a central team). Default zoneGroup.
     * @default "zoneGroup"
     */
    privateDns?: PrivateDnsMode;
    /**
     * Sql (the account's endpoint) or SqlDedicated (the dedicated gateway's). Default Sql.
     * @default "Sql"
     */
    groupId?: PrivateLinkGroup;
    /** Static addresses, one per member of the group. Default: Azure assigns them. */
    ipConfigurations?: StaticIpConfiguration[];
    /** Ask for a connection that the account's owner approves. Default: auto-approved. */
    manualApproval?: ManualApproval;
    /** The connection's name. Default `<name>-<group in lower case>`; an existing endpoint keeps its own (adoption). */
    connectionName?: string;
    /** The network interface's name (`customNetworkInterfaceName`, create-only). Default: Azure's; an existing endpoint keeps its own (adoption). */
    networkInterfaceName?: string;
}

/** A `privatelink.documents.azure.com` zone another PrivateNetwork of this program created. */
export interface SharedPrivateDnsZone {
    /** The zone's resource id. */
    id: pulumi.Input<string>;
    /** The zone's name. */
    name: pulumi.Input<string>;
    /** The zone's resource group. */
    resourceGroupName: pulumi.Input<string>;
}

/** PrivateNetwork: private connectivity to one account. */
export interface PrivateNetworkArgs {
    /** Resource group of the VNet, endpoints and zones. */
    resourceGroupName: pulumi.Input<string>;
    /** The account the endpoints connect to. */
    account: cosmosdb.DatabaseAccount;
    /** A VNet to create for the endpoints. */
    virtualNetwork?: VirtualNetwork;
    /** The private endpoints. */
    privateEndpoints?: PrivateEndpoint[];
    /** An existing `privatelink.documents.azure.com` zone (hub). Default: create one and link it to the VNets. */
    privateDnsZoneId?: pulumi.Input<string>;
    /** An existing `privatelink.sqlx.cosmos.azure.com` zone (hub) for SqlDedicated endpoints. Default: create one when needed. */
    gatewayPrivateDnsZoneId?: pulumi.Input<string>;
    /**
     * A `privatelink.documents.azure.com` zone another PrivateNetwork of this program created (its
     * `zone`), e.g. for a second account in the same resource group, where a second zone of that
     * name cannot exist: the Sql endpoints register in it, and this component links its own VNets to it.
     */
    sharedPrivateDnsZone?: SharedPrivateDnsZone;
    /** Tags of every resource created here. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
