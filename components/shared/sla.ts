/**
 * The availability SLA Azure Cosmos DB offers for an account's configuration.
 * https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services
 *
 * | configuration                              | writes   | reads    |
 * | single region                              | 99.99    | 99.99    |
 * | single region, zone redundant              | 99.995   | 99.995   |
 * | several regions, one write region          | 99.99 (99.995 with zones) | 99.999 |
 * | several regions, multi-region writes       | 99.999   | 99.999   |
 *
 * The `availability` alert (monitoring/catalog.ts) fires when the hourly ServiceAvailability
 * metric drops below the write SLA of the account's configuration. Two things make it noisier than
 * the SLA itself:
 * - the SLA is measured over a month (99.99 % leaves 4.3 minutes of errors in 30 days), while the
 *   metric has one grain, an hour: one bad hour fires the alert without the month being lost;
 * - an hour's availability is a share of that hour's requests, so few requests make each failure
 *   weigh more: `failedRequestsToBreach` gives how many failed requests in an hour cross the
 *   threshold (2 at 10,000 requests an hour and 99.99 %; 1 below 10,000).
 * AMBA uses a fixed 99.9 % for the same metric, which is quieter but lets an account run below its
 * own SLA for hours unnoticed; the catalogue keeps the SLA and lets quiet stacks raise it.
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
    return Math.round(((30 * 24 * 60 * (100 - slaPercent)) / 100) * 10) / 10;
}

/**
 * The fewest failed requests in one hour that bring that hour's availability below `slaPercent`,
 * given the hour's request count: the noise floor of the hourly availability alert.
 */
export function failedRequestsToBreach(slaPercent: number, requestsPerHour: number): number {
    if (!Number.isInteger(requestsPerHour) || requestsPerHour < 1) throw new Error(`requests per hour is a whole number of at least 1; got ${requestsPerHour}`);
    // Availability < sla  <=>  failed > requests x (100 - sla) / 100; work in integers of 0.001 %.
    const allowedMilli = requestsPerHour * Math.round((100 - slaPercent) * 1000);
    return Math.floor(allowedMilli / 100_000) + 1;
}
