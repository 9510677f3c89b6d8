/**
 * Firewall rule helpers: IPv4 addresses and CIDR ranges as the Cosmos DB firewall accepts them.
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall
 */

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Why a firewall entry is not an IPv4 address or CIDR range; undefined when it is. */
export function checkIpRule(rule: string): string | undefined {
    const [address, prefix, ...rest] = rule.trim().split("/");
    const accepted = "an IPv4 address (203.0.113.7) or CIDR range (203.0.113.0/24)";
    if (rest.length > 0 || address === undefined) return `expected ${accepted}`;
    const octets = address.split(".");
    if (octets.length !== 4 || !octets.every((o) => OCTET.test(o))) return `expected ${accepted}`;
    if (prefix !== undefined) {
        if (!/^\d{1,2}$/.test(prefix) || Number(prefix) > 32) return `expected ${accepted} with a prefix of 0 to 32`;
        const { address: value, prefix: bits } = parseCidr(rule);
        const hostBits = 32 - bits;
        if (hostBits > 0 && value % 2 ** hostBits !== 0) {
            return `expected ${accepted}; host bits are set below the /${bits} prefix (the network address is ${networkAddress(value, bits)}/${bits})`;
        }
    }
    return undefined;
}

/** Address (as a 32-bit number) and prefix length of a rule that checkIpRule accepted. */
export function parseCidr(rule: string): { address: number; prefix: number } {
    const [address, prefix] = rule.trim().split("/");
    return { address: address.split(".").reduce((acc, o) => acc * 256 + Number(o), 0), prefix: prefix === undefined ? 32 : Number(prefix) };
}

/** Whether CIDR `inner` lies inside CIDR `outer` (both valid). */
export function cidrContains(outer: string, inner: string): boolean {
    const o = parseCidr(outer);
    const i = parseCidr(inner);
    if (i.prefix < o.prefix) return false;
    const size = 2 ** (32 - o.prefix);
    return Math.floor(i.address / size) === Math.floor(o.address / size);
}

function networkAddress(value: number, bits: number): string {
    const hostBits = 32 - bits;
    const network = value - (value % 2 ** hostBits);
    return [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join(".");
}

/** Trimmed, de-duplicated and sorted (numerically by address, then prefix) so the order never causes a diff. */
export function normaliseIpRules(rules: readonly string[]): string[] {
    return [...new Set(rules.map((r) => r.trim()))].sort((a, b) => {
        const x = parseCidr(a);
        const y = parseCidr(b);
        return x.address - y.address || x.prefix - y.prefix;
    });
}

/**
 * Azure's smallest subnet: /29, 8 addresses, of which Azure reserves 5 (the network address, the
 * default gateway, two for DNS and the broadcast address).
 * https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets
 */
export const SMALLEST_SUBNET_PREFIX = 29;

/** Whether two valid CIDR ranges share an address. */
export function cidrsOverlap(a: string, b: string): boolean {
    return cidrContains(a, b) || cidrContains(b, a);
}

/**
 * Azure's rules on a VNet's subnets that one subnet alone cannot show: none smaller than /29, and
 * no two overlapping (Azure refuses the VNet: NetcfgSubnetRangesOverlap). Only ranges checkIpRule
 * accepts are judged; reports each problem at the later subnet.
 */
export function subnetProblems(subnets: readonly { name: string; prefix: string }[]): { index: number; message: string }[] {
    const problems: { index: number; message: string }[] = [];
    const valid = subnets.map((s) => s.prefix.includes("/") && checkIpRule(s.prefix) === undefined);
    subnets.forEach((s, i) => {
        if (!valid[i]) return;
        const { prefix } = parseCidr(s.prefix);
        if (prefix > SMALLEST_SUBNET_PREFIX) {
            problems.push({
                index: i,
                message: `${s.prefix.trim()} is smaller than Azure allows: the smallest subnet is /${SMALLEST_SUBNET_PREFIX} (8 addresses, 5 of which Azure reserves)`,
            });
        }
        for (let j = 0; j < i; j++) {
            if (valid[j] && cidrsOverlap(subnets[j].prefix, s.prefix)) {
                problems.push({
                    index: i,
                    message: `${s.prefix.trim()} overlaps subnet '${subnets[j].name}' (${subnets[j].prefix.trim()}); Azure refuses subnets of one network that overlap`,
                });
                break;
            }
        }
    });
    return problems;
}
