/**
 * Monthly cost estimate from resource records (a plan, a stack export or a preview), at US list
 * prices. Throughput is priced at its ceiling (autoscale at its max), so the estimate is what a
 * month can cost, not what it will; the assumptions are printed with it.
 */
import { PolicyRecord } from "./records";

/** US list prices, one dated table. Source: Azure Cosmos DB pricing page (cosmos-facts.md). */
export const PRICES = {
    asOf: "2026-11",
    currency: "USD",
    hoursPerMonth: 730,
    manualPer100RuHour: 0.008,
    multiWritePer100RuHour: 0.016,
    autoscalePer100RuHour: 0.012,
    zoneRedundancyFactor: 1.25,
    serverlessPerMillionRu: 0.25,
    storagePerGbMonth: 0.25,
    continuous30PerGbMonth: 0.2,
    freeTierRu: 1000,
    freeTierGb: 25,
} as const;

export interface CostLine {
    urn: string;
    name: string;
    item: string;
    /** How the amount was computed, e.g. "4000 RU/s x 3 regions x $0.012/100 RU-h x 730 h". */
    basis: string;
    monthly: number;
}

export interface CostEstimate {
    currency: string;
    pricesAsOf: string;
    monthly: number;
    lines: CostLine[];
    assumptions: string[];
    /** The stack's consumption:Budget, when it has one. */
    budget?: { amount: number; share: number };
}

/** Per-container declarations the estimate uses (the plan's `accessPatterns` section). */
export interface SizeDeclaration {
    database: string;
    container: string;
    dataSizeGB: number;
    peakRUs?: number;
    averageRUs?: number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const round2 = (n: number) => Math.round(n * 100) / 100;
const money = (n: number) => `$${n.toFixed(n < 1 ? 4 : 3).replace(/0+$/, "").replace(/\.$/, "")}`;

interface AccountFacts {
    record: PolicyRecord;
    regions: number;
    zoneRegions: number;
    multiWrite: boolean;
    serverless: boolean;
    continuous30: boolean;
    freeTier: boolean;
    analytical: boolean;
}

function accountFacts(record: PolicyRecord): AccountFacts {
    const i = record.inputs;
    const locations = Array.isArray(i.locations) ? i.locations.map(obj) : [];
    const capabilities = Array.isArray(i.capabilities) ? i.capabilities.map(obj) : [];
    const backup = obj(i.backupPolicy);
    return {
        record,
        regions: Math.max(1, locations.length),
        zoneRegions: locations.filter((l) => l.isZoneRedundant === true).length,
        multiWrite: i.enableMultipleWriteLocations === true,
        serverless: capabilities.some((c) => c.name === "EnableServerless"),
        continuous30: backup.type === "Continuous" && obj(backup.continuousModeProperties).tier === "Continuous30Days",
        freeTier: i.enableFreeTier === true,
        analytical: i.enableAnalyticalStorage === true,
    };
}

/** Throughput a database or container provisions: its create options. */
function provisioned(record: PolicyRecord): { mode: "manual" | "autoscale"; ru: number } | undefined {
    const options = obj(record.inputs.options);
    const max = num(obj(options.autoscaleSettings).maxThroughput);
    if (max !== undefined) return { mode: "autoscale", ru: max };
    const manual = num(options.throughput);
    return manual !== undefined ? { mode: "manual", ru: manual } : undefined;
}

function throughputLine(r: PolicyRecord, a: AccountFacts, t: { mode: "manual" | "autoscale"; ru: number }): CostLine {
    const P = PRICES;
    let rate: number = t.mode === "autoscale" ? P.autoscalePer100RuHour : P.manualPer100RuHour;
    if (a.multiWrite) rate = P.multiWritePer100RuHour;
    // Zone redundancy adds 25 % to manual, single-write throughput in zone-redundant regions only.
    const zoneApplies = t.mode === "manual" && !a.multiWrite && a.zoneRegions > 0;
    const regionUnits = zoneApplies ? a.regions - a.zoneRegions + a.zoneRegions * P.zoneRedundancyFactor : a.regions;
    const monthly = (t.ru / 100) * rate * P.hoursPerMonth * regionUnits;
    const zones = zoneApplies ? ` (${a.zoneRegions} zone-redundant x ${P.zoneRedundancyFactor})` : "";
    return {
        urn: r.urn,
        name: r.name,
        item: `${t.mode} throughput${a.multiWrite ? ", multi-region writes" : ""}${t.mode === "autoscale" ? " at its max" : ""}`,
        basis: `${t.ru} RU/s x ${a.regions} region${a.regions === 1 ? "" : "s"}${zones} x ${money(rate)}/100 RU-h x ${P.hoursPerMonth} h`,
        monthly: round2(monthly),
    };
}

export function estimateCost(records: readonly PolicyRecord[], declarations: readonly SizeDeclaration[] = []): CostEstimate {
    const P = PRICES;
    const lines: CostLine[] = [];
    const assumptions = [
        `US list prices as of ${P.asOf}, ${P.hoursPerMonth} hours a month; taxes, reservations and discounts not applied.`,
        "Provisioned throughput is priced at its ceiling: manual RU/s, autoscale at its maximum (autoscale bills the highest RU/s reached each hour, at least 10 % of the maximum).",
    ];
    const accounts = records.filter((r) => r.type === "azure-native:cosmosdb:DatabaseAccount").map(accountFacts);
    if (accounts.length === 0) return { currency: P.currency, pricesAsOf: P.asOf, monthly: 0, lines, assumptions: [...assumptions, "No Cosmos DB account in the records."] };
    if (accounts.length > 1) assumptions.push("Several accounts: databases and containers are priced with the first account's regions.");
    const account = accounts[0];

    let provisionedRu = 0;
    for (const r of records) {
        if (r.type !== "azure-native:cosmosdb:SqlResourceSqlDatabase" && r.type !== "azure-native:cosmosdb:SqlResourceSqlContainer") continue;
        const t = provisioned(r);
        if (!t || account.serverless) continue;
        provisionedRu += t.ru;
        lines.push(throughputLine(r, account, t));
    }

    const sizes = new Map(declarations.map((d) => [`${d.database}/${d.container}`, d]));
    const containers = records.filter((r) => r.type === "azure-native:cosmosdb:SqlResourceSqlContainer");
    const dataGb = containers.reduce((sum, c) => sum + (sizes.get(c.name)?.dataSizeGB ?? 0), 0);
    const undeclared = containers.filter((c) => !sizes.has(c.name)).map((c) => c.name);
    if (undeclared.length > 0) assumptions.push(`No expected size declared for ${undeclared.join(", ")}: their storage and backup are not estimated.`);

    if (account.serverless) {
        const ruPerMonth = declarations.reduce((sum, d) => sum + (d.averageRUs ?? (d.peakRUs ?? 0) * 0.3), 0) * P.hoursPerMonth * 3600;
        lines.push({
            urn: account.record.urn,
            name: account.record.name,
            item: "serverless request units",
            basis: `${Math.round(ruPerMonth / 1e6)} M RU/month (declared average RU/s, or 30 % of peak) x ${money(P.serverlessPerMillionRu)}/M RU`,
            monthly: round2((ruPerMonth / 1e6) * P.serverlessPerMillionRu),
        });
    }
    if (dataGb > 0) {
        lines.push({
            urn: account.record.urn,
            name: account.record.name,
            item: "transactional storage",
            basis: `${round2(dataGb)} GB declared x ${account.regions} region${account.regions === 1 ? "" : "s"} x ${money(P.storagePerGbMonth)}/GB-month`,
            monthly: round2(dataGb * account.regions * P.storagePerGbMonth),
        });
        assumptions.push("Storage counts declared data only; the index typically adds 10-30 %.");
        if (account.continuous30) {
            lines.push({
                urn: account.record.urn,
                name: account.record.name,
                item: "continuous backup, 30 days",
                basis: `${round2(dataGb)} GB x ${account.regions} region${account.regions === 1 ? "" : "s"} x ${money(P.continuous30PerGbMonth)}/GB-month`,
                monthly: round2(dataGb * account.regions * P.continuous30PerGbMonth),
            });
        }
    }
    if (account.freeTier) {
        const freeRu = Math.min(provisionedRu, P.freeTierRu);
        const freeGb = Math.min(dataGb, P.freeTierGb);
        const discount = (freeRu / 100) * P.manualPer100RuHour * P.hoursPerMonth + freeGb * P.storagePerGbMonth;
        if (discount > 0) {
            lines.push({ urn: account.record.urn, name: account.record.name, item: "free tier", basis: `first ${freeRu} RU/s and ${freeGb} GB free`, monthly: -round2(discount) });
        }
    }
    if (account.analytical) assumptions.push("Analytical store is on: its storage and operations are billed separately and are not estimated.");
    if (account.zoneRegions > 0) assumptions.push("Availability zones add 25 % to manual, single-write throughput only (not to autoscale or multi-region writes).");

    const monthly = round2(lines.reduce((sum, l) => sum + l.monthly, 0));
    const budgetRecord = records.find((r) => r.type === "azure-native:consumption:Budget");
    const amount = budgetRecord ? num(budgetRecord.inputs.amount) : undefined;
    return {
        currency: P.currency,
        pricesAsOf: P.asOf,
        monthly,
        lines,
        assumptions,
        ...(amount ? { budget: { amount, share: round2(monthly / amount) } } : {}),
    };
}

export function renderCost(cost: CostEstimate): string {
    const out = [`Cost estimate: ${cost.currency} ${cost.monthly.toFixed(2)} a month (prices as of ${cost.pricesAsOf})`];
    for (const l of cost.lines) out.push(`  ${l.monthly.toFixed(2).padStart(10)}  ${l.name}: ${l.item} (${l.basis})`);
    if (cost.budget) out.push(`  budget ${cost.budget.amount.toFixed(2)}: the estimate is ${Math.round(cost.budget.share * 100)} % of it${cost.budget.share > 1 ? " (OVER BUDGET)" : ""}`);
    out.push("  Assumptions:", ...cost.assumptions.map((a) => `  - ${a}`));
    return out.join("\n");
}
