/**
 * Integrated-cache advice: which declared reads a dedicated gateway's cache would serve, the
 * MaxIntegratedCacheStaleness to give each, and whether the gateway's cost is covered by the RU
 * it saves. https://learn.microsoft.com/azure/cosmos-db/integrated-cache
 *
 * Model (estimates, stated in the output):
 * - Each gateway node has its own cache; a key (an item, or a query text with its parameters)
 *   misses once per node per staleness window, then hits until the window ends.
 * - Staleness: 10% of the mean time between changes of what the read returns (an item, a logical
 *   partition for a single-partition query, the container for a cross-partition one), between
 *   1 second and 1 hour; under 1 second the read is not worth caching.
 * - Cache size: about half a node's memory; point reads whose working set is larger hit less.
 * - RU saved lowers the throughput to provision: priced at the container's mode, in every region.
 */
import type { QueryEntry } from "./analyze";
import type { AccessPatterns } from "../../stack/queries/declarations";
import type { Finding } from "./findings";
import { CACHE_SHARE_OF_MEMORY, DEFAULT_STALENESS_SECONDS, ESTIMATES } from "./estimates";
import { GATEWAY_MEMORY_GB } from "../model/limits";
import { PRICE_TABLE, PRICES, round2 } from "../model/prices";
import { ceilingOf } from "./capacity";
import type { AccountFacts, ContainerFacts, GatewayFacts } from "./records";

export interface CacheCandidate {
    /** The account, in a stack of several (set by the analysis). */
    account?: string;
    database: string;
    container: string;
    /** `point reads` or `query <name>`. */
    read: string;
    callsPerSecond: number;
    ruPerCall: number;
    /** Recommended MaxIntegratedCacheStaleness in seconds; null: do not cache this read. */
    stalenessSeconds: number | null;
    hitRatio: number;
    savedRUs: number;
}

export interface CachingSection {
    /** The account the section is about, in a stack of several. */
    account?: string;
    gateway: GatewayFacts & { configured: boolean; regions: number; monthlyUSD: number };
    consistency: string;
    candidates: CacheCandidate[];
    savedRUs: number;
    savedMonthlyUSD: number;
    verdict: "pays-off" | "does-not-pay-off";
    /** What clients must do for reads to use the cache. */
    requirements: string[];
    priceTable: string;
    findings: Finding[];
}

export interface CachingInput {
    container: ContainerFacts;
    declaration: AccessPatterns;
    queries: QueryEntry[];
}

const MIN_STALENESS = 1;
const MAX_STALENESS = 3600;
const KB_PER_GB = 1024 * 1024;

/** 10% of the time between changes, clamped to 1 s - 1 h; null under 1 s. */
export function recommendedStaleness(secondsBetweenChanges: number): number | null {
    const s = 0.1 * secondsBetweenChanges;
    if (s < MIN_STALENESS) return null;
    return Math.round(Math.min(MAX_STALENESS, s));
}

/** Share of calls a node's cache answers: each key misses once per node per window. */
export function hitRatio(callsPerSecond: number, stalenessSeconds: number, keys: number, nodes: number): number {
    const perKeyPerNode = (callsPerSecond * stalenessSeconds) / (keys * nodes);
    return perKeyPerNode <= 1 ? 0 : round2(1 - 1 / perKeyPerNode);
}

function pricePer100(c: ContainerFacts, account: AccountFacts | undefined): number | undefined {
    const ceiling = ceilingOf(c.throughput);
    if (ceiling.ru === undefined) return undefined;
    if (account?.multiRegionWrites) return PRICES.multiWritePer100RuHour;
    return ceiling.autoscale ? PRICES.autoscalePer100RuHour : PRICES.manualPer100RuHour * (account?.zoneRedundant ? PRICES.zoneRedundancyFactor : 1);
}

function candidatesFor(input: CachingInput, nodes: number, cacheKB: number): CacheCandidate[] {
    const { container: c, declaration: d } = input;
    const writes = d.writesPerSecond;
    const items = Math.max(1, (d.dataSizeGB * KB_PER_GB) / d.itemSizeKB);
    const out: CacheCandidate[] = [];
    if (d.pointReadsPerSecond > 0) {
        const staleness = recommendedStaleness(writes > 0 ? items / writes : Infinity);
        const keys = d.pointReadWorkingSet ?? items;
        const ru = Math.max(1, Math.ceil(d.itemSizeKB / ESTIMATES.pointReadKBPerRU));
        let ratio = staleness === null ? 0 : hitRatio(d.pointReadsPerSecond, staleness, keys, nodes);
        const workingSetKB = Math.min(keys, d.pointReadsPerSecond * (staleness ?? 0)) * d.itemSizeKB;
        if (workingSetKB > cacheKB) ratio = round2(ratio * (cacheKB / workingSetKB));
        out.push({
            database: c.database,
            container: c.container,
            read: "point reads",
            callsPerSecond: d.pointReadsPerSecond,
            ruPerCall: ru,
            stalenessSeconds: staleness,
            hitRatio: ratio,
            savedRUs: round2(ratio * d.pointReadsPerSecond * ru),
        });
    }
    for (const q of input.queries) {
        if (q.callsPerSecond <= 0 || q.findings.some((f) => f.severity === "error")) continue;
        const decl = d.queries.find((x) => x.name === q.name);
        const params = Object.keys(decl?.parameters ?? {}).length;
        const scope = q.routing === "single" ? d.partitionKeyCardinality : 1;
        const staleness = recommendedStaleness(writes > 0 ? scope / writes : Infinity);
        const keys = decl?.distinctKeys ?? (params === 0 ? 1 : d.partitionKeyCardinality);
        const ratio = staleness === null ? 0 : hitRatio(q.callsPerSecond, staleness, keys, nodes);
        out.push({
            database: c.database,
            container: c.container,
            read: `query ${q.name}`,
            callsPerSecond: q.callsPerSecond,
            ruPerCall: q.ruPerCall.value,
            stalenessSeconds: staleness,
            hitRatio: ratio,
            savedRUs: round2(ratio * q.callsPerSecond * q.ruPerCall.value),
        });
    }
    return out;
}

export function cachingAdvice(inputs: readonly CachingInput[], account: AccountFacts | undefined, gateway: GatewayFacts | undefined): CachingSection {
    const evaluated: GatewayFacts = gateway ?? { size: "Cosmos.D4s", instances: 1 };
    const regions = account?.regions ?? 1;
    const gatewayUSD = round2(
        (PRICES.gatewayPerHour[evaluated.size] ?? PRICES.gatewayPerHour["Cosmos.D4s"]) * evaluated.instances * regions * PRICES.hoursPerMonth,
    );
    const cacheKB = (GATEWAY_MEMORY_GB[evaluated.size] ?? 16) * CACHE_SHARE_OF_MEMORY * KB_PER_GB;
    const candidates: CacheCandidate[] = [];
    let savedUSD = 0;
    for (const input of inputs) {
        const list = candidatesFor(input, evaluated.instances, cacheKB);
        candidates.push(...list);
        const saved = list.reduce((sum, x) => sum + x.savedRUs, 0);
        const per100 = pricePer100(input.container, account);
        savedUSD +=
            per100 !== undefined
                ? (saved / 100) * per100 * PRICES.hoursPerMonth * regions
                : ((saved * 3600 * PRICES.hoursPerMonth) / 1e6) * PRICES.serverlessPerMillionRu;
    }
    const savedRUs = round2(candidates.reduce((sum, x) => sum + x.savedRUs, 0));
    const savedMonthlyUSD = round2(savedUSD);
    const paysOff = savedMonthlyUSD > gatewayUSD;
    const consistency = account?.consistency ?? "Session";
    const endpoint = account ? `https://${account.name}.sqlx.cosmos.azure.com` : "the account's sqlx.cosmos.azure.com endpoint";
    const findings: Finding[] = [];
    const what = `${evaluated.instances} × ${evaluated.size} in ${regions} region${regions === 1 ? "" : "s"}`;
    if (gateway && !paysOff) {
        findings.push({
            severity: "warning",
            code: "gateway-cost",
            message: `the dedicated gateway (${what}) costs $${gatewayUSD}/month; the declared reads it can serve from cache save about $${savedMonthlyUSD}/month (${savedRUs} RU/s)`,
        });
    } else if (!gateway && paysOff) {
        findings.push({
            severity: "info",
            code: "gateway-advice",
            message: `a dedicated gateway (${what}, $${gatewayUSD}/month) would save about $${savedMonthlyUSD}/month (${savedRUs} RU/s) from the declared reads: consider gateway: { size: ${evaluated.size}, instances: ${evaluated.instances} }`,
        });
    } else if (!gateway) {
        findings.push({
            severity: "info",
            code: "gateway-not-worth",
            message: `a dedicated gateway (${what}) would cost $${gatewayUSD}/month and save about $${savedMonthlyUSD}/month (${savedRUs} RU/s) from the declared reads: leave it off`,
        });
    }
    if (gateway && (consistency === "Strong" || consistency === "BoundedStaleness")) {
        findings.push({
            severity: "warning",
            code: "cache-consistency",
            message: `the account's default consistency is ${consistency}: the integrated cache serves only Session and Eventual requests, so clients must set one of those per request`,
        });
    }
    if (gateway && evaluated.instances < 2) {
        findings.push({
            severity: "info",
            code: "gateway-single-node",
            message: "one gateway node is a single point of failure for clients that use its endpoint; use 2 or more in production",
        });
    }
    return {
        gateway: { ...evaluated, configured: gateway !== undefined, regions, monthlyUSD: gatewayUSD },
        consistency,
        candidates,
        savedRUs,
        savedMonthlyUSD,
        verdict: paysOff ? "pays-off" : "does-not-pay-off",
        requirements: [
            `clients use Gateway connection mode with the dedicated gateway endpoint ${endpoint}`,
            "cached requests use Session or Eventual consistency",
            `each cached read sets DedicatedGatewayRequestOptions.MaxIntegratedCacheStaleness to its recommended staleness (default ${DEFAULT_STALENESS_SECONDS} s)`,
            "transactional batch and bulk requests do not populate the cache, and change-feed reads are not cached",
        ],
        priceTable: PRICE_TABLE,
        findings,
    };
}
