/**
 * The availability SLA Azure Cosmos DB offers for an account's configuration.
 * https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services
 *
 * | configuration                              | writes   | reads    |
 * | single region                              | 99.99    | 99.99    |
 * | single region, zone redundant              | 99.995   | 99.995   |
 * | several regions, one write region          | 99.99 (99.995 with zones) | 99.999 |
 * | several regions, multi-region writes       | 99.999   | 99.999   |
 */

export interface SlaInput {
    regions: { zoneRedundant: boolean }[];
    multiRegionWrites: boolean;
}

export interface Sla {
    writes: number;
    reads: number;
}

export function availabilitySla(account: SlaInput): Sla {
    const zones = account.regions.length > 0 && account.regions.every((r) => r.zoneRedundant);
    if (account.regions.length > 1) {
        if (account.multiRegionWrites) return { writes: 99.999, reads: 99.999 };
        return { writes: zones ? 99.995 : 99.99, reads: 99.999 };
    }
    return zones ? { writes: 99.995, reads: 99.995 } : { writes: 99.99, reads: 99.99 };
}

/** Minutes of downtime a month the SLA allows (30-day month). */
export function monthlyErrorBudgetMinutes(slaPercent: number): number {
    return Math.round((30 * 24 * 60 * (100 - slaPercent)) / 100 * 10) / 10;
}
