/**
 * Azure's rules on a private endpoint's own options: the private-link sub-resource (group id) of a
 * Cosmos DB NoSQL account, static IP configurations and the manual-approval request.
 *
 * - Group ids and their zones: `Sql` -> privatelink.documents.azure.com, `SqlDedicated` (the
 *   dedicated gateway, offered only on an account that has one) -> privatelink.sqlx.cosmos.azure.com.
 *   https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints#api-types-and-private-zone-names
 * - A Cosmos DB endpoint holds one IP for the account's global endpoint and one per region; a
 *   static IP configuration names its member (`az network private-link-resource list` prints the
 *   group's requiredMembers) and an address of the endpoint's subnet. Azure reserves the first four
 *   and the last address of every subnet.
 *   https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets
 * - A manual connection carries a request message of at most 140 characters (azure-native
 *   `PrivateLinkServiceConnectionArgs.requestMessage`) and waits until the account's owner approves it.
 *   https://learn.microsoft.com/azure/private-link/private-endpoint-overview#access-to-a-private-link-resource-using-approval-workflow
 */
import { describeValue, PathSegment, Report } from "../shared/errors";
import { checkIpRule, cidrContains, parseCidr } from "../shared/ip";

/** Cosmos DB NoSQL's private-link sub-resources and the private DNS zone each one needs. */
export const PRIVATE_LINK_GROUPS = {
    Sql: "privatelink.documents.azure.com",
    SqlDedicated: "privatelink.sqlx.cosmos.azure.com",
} as const;

export type { PrivateLinkGroup } from "./args";
import type { PrivateLinkGroup, StaticIpConfiguration } from "./args";
export const PRIVATE_LINK_GROUP_IDS = Object.keys(PRIVATE_LINK_GROUPS) as PrivateLinkGroup[];

/** Longest request message Azure takes on a manual private-link connection. */
export const MAX_REQUEST_MESSAGE = 140;

export interface EndpointOptionsInput {
    name: string;
    groupId?: string;
    ipConfigurations?: readonly StaticIpConfiguration[];
    manualApproval?: { requestMessage: string };
}

/**
 * One endpoint's group id, static IPs and approval request, paths relative to the endpoint.
 * `subnetPrefix` is the subnet's CIDR when the subnet is declared here (else unknown: only its id).
 * `taken` collects addresses already used in the same subnet, across endpoints.
 */
export function endpointOptionRules(pe: EndpointOptionsInput, subnetPrefix: string | undefined, taken: Map<string, string>, report: Report): void {
    if (pe.groupId !== undefined && !(PRIVATE_LINK_GROUP_IDS as string[]).includes(pe.groupId)) {
        report(["groupId"], `expected ${PRIVATE_LINK_GROUP_IDS.join(" or ")} (the NoSQL API's private-link sub-resources); got ${describeValue(pe.groupId)}`);
    }
    const members = new Set<string>();
    const names = new Set<string>();
    (pe.ipConfigurations ?? []).forEach((ip, i) => {
        const at = (...rest: PathSegment[]): PathSegment[] => ["ipConfigurations", i, ...rest];
        if (members.has(ip.memberName)) report(at("memberName"), `member '${ip.memberName}' has two IP configurations; give each member one address`);
        members.add(ip.memberName);
        const name = ip.name ?? `ipconfig-${ip.memberName}`;
        if (names.has(name)) report(at("name"), `IP configuration name '${name}' is used twice in endpoint '${pe.name}'`);
        names.add(name);
        const address = ip.privateIPAddress.trim();
        if (checkIpRule(address) || address.includes("/")) {
            report(at("privateIPAddress"), `expected an IPv4 address such as 10.20.1.10; got ${describeValue(ip.privateIPAddress)}`);
            return;
        }
        if (subnetPrefix !== undefined && !checkIpRule(subnetPrefix) && subnetPrefix.includes("/")) {
            const problem = subnetAddressProblem(subnetPrefix, address);
            if (problem) report(at("privateIPAddress"), problem);
        }
        const holder = taken.get(address);
        if (holder !== undefined)
            report(at("privateIPAddress"), `${address} is already the address of ${holder}; every IP configuration needs its own address`);
        else taken.set(address, `endpoint '${pe.name}' member '${ip.memberName}'`);
    });
    const message = pe.manualApproval?.requestMessage;
    if (message !== undefined && (message.trim() === "" || message.length > MAX_REQUEST_MESSAGE)) {
        report(
            ["manualApproval", "requestMessage"],
            `a request message is 1 to ${MAX_REQUEST_MESSAGE} characters, telling the account's owner who asks and why; got ${message.length} characters`,
        );
    }
}

/** Why `address` cannot be a static address in subnet `prefix` (a valid CIDR); undefined when it can. */
export function subnetAddressProblem(prefix: string, address: string): string | undefined {
    if (!cidrContains(prefix, address)) return `${address} is outside the endpoint's subnet ${prefix}`;
    const { address: network, prefix: bits } = parseCidr(prefix);
    const offset = parseCidr(address).address - network;
    const last = 2 ** (32 - bits) - 1;
    if (offset < 4 || offset === last) return `${address} is one of the addresses Azure reserves in ${prefix} (the first four and the last); choose another`;
    return undefined;
}
