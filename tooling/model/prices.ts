/**
 * The one price table of the tooling: Azure Cosmos DB US list prices (USD), as Microsoft's pricing
 * page listed them when the table was taken (`asOf`): https://azure.microsoft.com/pricing/details/cosmos-db/
 * Provisioned throughput is billed per hour for the highest RU/s of the hour, per region; the
 * cost estimate (review/cost.ts) and the capacity and caching advice (queries/) price with it.
 */
export const PRICES = {
    asOf: "2026-11",
    source: "https://azure.microsoft.com/pricing/details/cosmos-db/",
    currency: "USD",
    hoursPerMonth: 730,
    /** Per 100 RU/s per hour, per region: manual (standard) throughput, single write region. */
    manualPer100RuHour: 0.008,
    /** Manual or autoscale throughput of an account with multi-region writes. */
    multiWritePer100RuHour: 0.016,
    /** Autoscale, single write region: 1.5 x manual, on the highest RU/s reached in the hour (at least 10 % of the maximum). */
    autoscalePer100RuHour: 0.012,
    /** Manual throughput in zone-redundant regions (not autoscale, not multi-region writes). */
    zoneRedundancyFactor: 1.25,
    serverlessPerMillionRu: 0.25,
    /** Transactional storage, per region. */
    storagePerGbMonth: 0.25,
    /** Continuous backup with 30 days' retention, per region (7 days is free). */
    continuous30PerGbMonth: 0.2,
    /** Free tier: the first 1,000 RU/s and 25 GB of one account per subscription. */
    freeTierRu: 1000,
    freeTierGb: 25,
    /**
     * Dedicated gateway, per node per hour, per region: D4s 4 vCPU 16 GB, D8s 8 vCPU 32 GB,
     * D16s 16 vCPU 64 GB, at their published launch prices.
     */
    gatewayPerHour: { "Cosmos.D4s": 0.41, "Cosmos.D8s": 0.82, "Cosmos.D16s": 1.63 } as Readonly<Record<string, number>>,
} as const;

/** How outputs name the table: `US list prices as of 2026-11 (https://azure.microsoft.com/pricing/details/cosmos-db/)`. */
export const PRICE_TABLE = `US list prices as of ${PRICES.asOf} (${PRICES.source})`;

/** Rounds money and RU figures for output: two decimals, no float noise. */
export function round2(value: number): number {
    return Math.round(value * 100) / 100;
}
