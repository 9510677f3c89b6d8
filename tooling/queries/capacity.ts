/**
 * The capacity model of one container: physical partitions, the storage-based minimum RU/s,
 * logical-partition and hot-partition risk, and what manual, autoscale and serverless capacity
 * would cost for the declared workload. Pure: container facts (from its record) and its
 * declaration in, one plan `capacity` entry out.
 */
import type { AccessPatterns } from "../../stack/queries/declarations";
import type { Finding } from "./findings";
import { ESTIMATES, roundUp } from "./estimates";
import { LIMITS } from "../model/limits";
import { PRICE_TABLE, PRICES, round2 } from "../model/prices";
import type { AccountFacts, ContainerFacts } from "./records";

export type CapacityMode = "manual" | "autoscale" | "serverless";

export interface CapacityCosts {
    manual: { throughputRUs: number; monthlyUSD: number };
    autoscale: { maxThroughputRUs: number; billedRUs: number; monthlyUSD: number };
    serverless: { monthlyUSD: number } | { unavailable: string };
}

export interface CapacityEntry {
    /** The account, in a stack of several (set by the analysis). */
    account?: string;
    database: string;
    container: string;
    declared: boolean;
    throughput: { mode: ContainerFacts["throughput"]["mode"]; ceilingRUs?: number; autoscale?: boolean };
    physicalPartitions: number;
    storageMinimum?: { manualRUs: number; autoscaleMaxRUs: number };
    logicalPartition?: { largestGB: number; limitGB: number };
    hotPartition?: { hottestKeyRUs: number; perPartitionRUs: number };
    averageRUs?: { value: number; assumed: boolean };
    costs?: CapacityCosts & { currentMonthlyUSD?: number; priceTable: string };
    recommendation?: { mode: CapacityMode | "shared"; reason: string };
    findings: Finding[];
}

/** The RU/s ceiling the container's throughput setting gives it (shared: the database's). */
export function ceilingOf(t: ContainerFacts["throughput"]): { ru?: number; autoscale?: boolean } {
    switch (t.mode) {
        case "manual":
            return { ru: t.ru, autoscale: false };
        case "autoscale":
            return { ru: t.max, autoscale: true };
        case "shared":
            return t.database ? { ru: t.database.mode === "manual" ? t.database.ru : t.database.max, autoscale: t.database.mode === "autoscale" } : {};
        default:
            return {};
    }
}

/** max(storage ÷ 50 GB, RU/s ÷ 10,000), at least 1. */
export function physicalPartitions(dataSizeGB: number, ceilingRUs: number): number {
    return Math.max(1, Math.ceil(dataSizeGB / LIMITS.partitionGB), Math.ceil(ceilingRUs / LIMITS.partitionRUs));
}

/** The least RU/s Azure lets a container with this much data be set to. */
export function storageMinimum(dataSizeGB: number): { manualRUs: number; autoscaleMaxRUs: number } {
    return {
        manualRUs: Math.max(LIMITS.manualMin, roundUp(dataSizeGB * LIMITS.manualRUsPerGB, LIMITS.manualStep)),
        autoscaleMaxRUs: Math.max(LIMITS.autoscaleMin, roundUp(dataSizeGB * LIMITS.autoscaleRUsPerGB, LIMITS.autoscaleStep)),
    };
}

/** Monthly cost of each capacity mode for a peak/average workload on this account. */
export function capacityCosts(peak: number, average: number, dataSizeGB: number, account: AccountFacts | undefined): CapacityCosts {
    const regions = account?.regions ?? 1;
    const multi = account?.multiRegionWrites ?? false;
    const zone = (account?.zoneRedundant ?? false) && !multi ? PRICES.zoneRedundancyFactor : 1;
    const min = storageMinimum(dataSizeGB);
    const hours = PRICES.hoursPerMonth;
    const manualRUs = Math.max(roundUp(peak, LIMITS.manualStep), min.manualRUs);
    const maxRUs = Math.max(roundUp(peak, LIMITS.autoscaleStep), min.autoscaleMaxRUs);
    const billed = Math.min(maxRUs, Math.max(0.1 * maxRUs, average));
    return {
        manual: {
            throughputRUs: manualRUs,
            monthlyUSD: round2((manualRUs / 100) * (multi ? PRICES.multiWritePer100RuHour : PRICES.manualPer100RuHour) * hours * regions * zone),
        },
        autoscale: {
            maxThroughputRUs: maxRUs,
            billedRUs: round2(billed),
            monthlyUSD: round2((billed / 100) * (multi ? PRICES.multiWritePer100RuHour : PRICES.autoscalePer100RuHour) * hours * regions),
        },
        serverless:
            regions > 1 || multi
                ? { unavailable: `serverless accounts run in one region; this account has ${regions}` }
                : { monthlyUSD: round2(((average * 3600 * hours) / 1e6) * PRICES.serverlessPerMillionRu) },
    };
}

function currentCost(t: ContainerFacts["throughput"], average: number, account: AccountFacts | undefined): number | undefined {
    if (t.mode === "manual") return capacityCosts(t.ru, average, 0, account).manual.monthlyUSD;
    if (t.mode === "autoscale") return capacityCosts(t.max, average, 0, account).autoscale.monthlyUSD;
    if (t.mode === "serverless") return round2(((average * 3600 * PRICES.hoursPerMonth) / 1e6) * PRICES.serverlessPerMillionRu);
    return undefined;
}

function recommend(costs: CapacityCosts, t: ContainerFacts["throughput"], account: AccountFacts | undefined): { mode: CapacityMode; reason: string } {
    if (t.mode === "serverless" || account?.serverless) {
        return { mode: "serverless", reason: "the account is serverless (fixed at creation); provisioned modes need a new account" };
    }
    const options: [CapacityMode, number][] = [
        ["manual", costs.manual.monthlyUSD],
        ["autoscale", costs.autoscale.monthlyUSD],
    ];
    if ("monthlyUSD" in costs.serverless) options.push(["serverless", costs.serverless.monthlyUSD]);
    options.sort((a, b) => a[1] - b[1]);
    const [best, price] = options[0];
    const others = options
        .slice(1)
        .map(([m, p]) => `${m} $${p}`)
        .join(", ");
    return { mode: best, reason: `cheapest for the declared peak and average: $${price}/month (${others})` };
}

export function capacityFor(c: ContainerFacts, account: AccountFacts | undefined, decl: AccessPatterns | undefined): CapacityEntry {
    const ceiling = ceilingOf(c.throughput);
    const findings: Finding[] = [];
    const base = {
        database: c.database,
        container: c.container,
        throughput: { mode: c.throughput.mode, ...(ceiling.ru !== undefined ? { ceilingRUs: ceiling.ru, autoscale: ceiling.autoscale ?? false } : {}) },
    };
    if (!decl) {
        return {
            ...base,
            declared: false,
            physicalPartitions: physicalPartitions(0, ceiling.ru ?? 0),
            findings: [
                {
                    severity: "info",
                    code: "not-declared",
                    message: "no access patterns declared: routing, index and capacity cannot be checked; declare accessPatterns for this container",
                },
            ],
        };
    }
    const partitions = physicalPartitions(decl.dataSizeGB, ceiling.ru ?? 0);
    const min = storageMinimum(decl.dataSizeGB);
    const share = decl.hotKeyShare ?? 1 / decl.partitionKeyCardinality;
    const largestGB = round2(decl.dataSizeGB * share);
    const average = decl.averageRUs ?? decl.peakRUs * ESTIMATES.averageShareOfPeak;
    const keyText = c.partitionKey.hierarchical ? `full key (${c.partitionKey.paths.join(", ")})` : `key ${c.partitionKey.paths.join("")}`;

    if (largestGB > LIMITS.logicalPartitionGB) {
        findings.push({
            severity: "error",
            code: "logical-partition-limit",
            message: `the largest ${keyText} value would hold ${largestGB} GB, over the 20 GB logical-partition limit: writes to it fail once full; choose a key with more values or add a level to a hierarchical key`,
        });
    } else if (largestGB > LIMITS.logicalPartitionGB / 2) {
        findings.push({
            severity: "warning",
            code: "logical-partition-large",
            message: `the largest ${keyText} value would hold ${largestGB} GB, over half the 20 GB logical-partition limit`,
        });
    }
    if (decl.partitionKeyCardinality < partitions) {
        findings.push({
            severity: "warning",
            code: "few-key-values",
            message: `${decl.partitionKeyCardinality} key values for ${partitions} physical partitions: some partitions stay empty while their share of the throughput is paid for`,
        });
    }

    let hotPartition: CapacityEntry["hotPartition"];
    if (ceiling.ru !== undefined) {
        const perPartition = Math.min(LIMITS.partitionRUs, ceiling.ru / partitions);
        const hottest = round2(decl.peakRUs * share);
        hotPartition = { hottestKeyRUs: hottest, perPartitionRUs: round2(perPartition) };
        if (hottest > perPartition) {
            findings.push({
                severity: "warning",
                code: "hot-partition",
                message: `the busiest key value needs ${hottest} RU/s at peak but its physical partition gets ${round2(perPartition)} RU/s (${ceiling.ru} RU/s over ${partitions} partitions): expect 429s on that key; spread it (a hierarchical key or a suffix) or raise throughput`,
            });
        }
        if (c.throughput.mode !== "shared" && decl.peakRUs > ceiling.ru) {
            findings.push({
                severity: "warning",
                code: "under-provisioned",
                message: `declared peak ${decl.peakRUs} RU/s is above the ${ceiling.ru} RU/s ceiling: requests beyond it are throttled (429)`,
            });
        }
        if (c.throughput.mode === "autoscale" && ceiling.ru < min.autoscaleMaxRUs) {
            findings.push({
                severity: "warning",
                code: "storage-minimum",
                message: `with ${decl.dataSizeGB} GB stored Azure keeps autoscale max at ${min.autoscaleMaxRUs} RU/s or more (10 RU/s per GB); ${ceiling.ru} cannot be set`,
            });
        }
        if (c.throughput.mode === "manual" && ceiling.ru < min.manualRUs) {
            findings.push({
                severity: "warning",
                code: "storage-minimum",
                message: `with ${decl.dataSizeGB} GB stored Azure keeps manual throughput at ${min.manualRUs} RU/s or more (1 RU/s per GB); ${ceiling.ru} cannot be set`,
            });
        }
        if (c.throughput.mode === "autoscale" && ceiling.ru >= 2 * Math.max(roundUp(decl.peakRUs, LIMITS.autoscaleStep), min.autoscaleMaxRUs)) {
            findings.push({
                severity: "info",
                code: "over-provisioned",
                message: `autoscale max ${ceiling.ru} RU/s is at least twice what the declared peak (${decl.peakRUs} RU/s) and storage need; the 10% floor of it is billed every hour`,
            });
        }
    }

    let costs: CapacityEntry["costs"];
    let recommendation: CapacityEntry["recommendation"];
    if (c.throughput.mode === "shared") {
        recommendation = { mode: "shared", reason: "sized with its database's shared throughput: compare the database's containers together" };
    } else {
        const all = capacityCosts(decl.peakRUs, average, decl.dataSizeGB, account);
        const current = currentCost(c.throughput, average, account);
        costs = { ...all, ...(current !== undefined ? { currentMonthlyUSD: round2(current) } : {}), priceTable: PRICE_TABLE };
        recommendation = recommend(all, c.throughput, account);
        const currentMode = c.throughput.mode;
        if (recommendation.mode !== currentMode) {
            const how =
                currentMode === "serverless" || recommendation.mode === "serverless"
                    ? "needs a new account (capacity mode is fixed at creation)"
                    : `switch with Azure's migrate-to-${recommendation.mode} action, not a config edit alone`;
            findings.push({
                severity: "info",
                code: "capacity-mode",
                message: `${recommendation.mode} would suit this workload better than ${currentMode}: ${recommendation.reason}; ${how}`,
            });
        }
    }

    return {
        ...base,
        declared: true,
        physicalPartitions: partitions,
        storageMinimum: min,
        logicalPartition: { largestGB, limitGB: LIMITS.logicalPartitionGB },
        ...(hotPartition ? { hotPartition } : {}),
        averageRUs: { value: round2(average), assumed: decl.averageRUs === undefined },
        ...(costs ? { costs } : {}),
        ...(recommendation ? { recommendation } : {}),
        findings,
    };
}
