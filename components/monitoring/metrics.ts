/**
 * The Azure Monitor platform metrics of Microsoft.DocumentDB/databaseAccounts that our alerts and
 * workbook use, as Azure publishes them: REST name, unit, the aggregations Azure computes, the
 * dimensions it records and the time grains it samples at. Every alert is checked against this
 * table (`checkMetricAlert`), so an unsupported metric, aggregation, dimension or grain fails a
 * test instead of a deployment. Checked against Microsoft's list dated 2026-07-13.
 * https://learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/microsoft-documentdb-databaseaccounts-metrics
 */

export type Aggregation = "Average" | "Minimum" | "Maximum" | "Total" | "Count";

export interface MetricDefinition {
    unit: "Count" | "Percent" | "MilliSeconds" | "Bytes";
    aggregations: readonly Aggregation[];
    dimensions: readonly string[];
    /** Smallest first. */
    timeGrains: readonly string[];
    /** Replaced by another metric; never alert on it. */
    deprecated?: string;
}

export const METRIC_NAMESPACE = "Microsoft.DocumentDB/databaseAccounts";

const STORAGE_GRAINS = ["PT5M", "PT15M", "PT30M", "PT1H"] as const;
const REQUEST_DIMENSIONS = [
    "DatabaseName",
    "CollectionName",
    "Region",
    "StatusCode",
    "OperationType",
    "Status",
    "CapacityType",
    "PriorityLevel",
    "ConnectionMode",
    "IsExternal",
] as const;
const LATENCY_DIMENSIONS = ["DatabaseName", "CollectionName", "Region", "ConnectionMode", "OperationType", "PublicAPIType", "APIType", "IsExternal"] as const;
const LATENCY_GRAINS = ["PT1M", "PT5M", "PT1H", "P1D"] as const;

export const METRICS: Record<string, MetricDefinition> = {
    TotalRequests: { unit: "Count", aggregations: ["Count"], dimensions: REQUEST_DIMENSIONS, timeGrains: ["PT1M"] },
    TotalRequestUnits: {
        unit: "Count",
        aggregations: ["Total", "Average", "Maximum"],
        dimensions: REQUEST_DIMENSIONS.filter((d) => d !== "ConnectionMode" && d !== "IsExternal"),
        timeGrains: ["PT1M"],
    },
    NormalizedRUConsumption: {
        unit: "Percent",
        aggregations: ["Maximum", "Average"],
        dimensions: ["CollectionName", "DatabaseName", "Region", "PartitionKeyRangeId", "CollectionRid", "PhysicalPartitionId", "OfferOwnerRid"],
        timeGrains: LATENCY_GRAINS,
    },
    ServerSideLatencyDirect: {
        unit: "MilliSeconds",
        aggregations: ["Average", "Minimum", "Maximum", "Total"],
        dimensions: LATENCY_DIMENSIONS,
        timeGrains: LATENCY_GRAINS,
    },
    ServerSideLatencyGateway: {
        unit: "MilliSeconds",
        aggregations: ["Average", "Minimum", "Maximum", "Total"],
        dimensions: LATENCY_DIMENSIONS,
        timeGrains: LATENCY_GRAINS,
    },
    ServerSideLatency: {
        unit: "MilliSeconds",
        aggregations: ["Average", "Minimum", "Maximum", "Total"],
        dimensions: ["DatabaseName", "CollectionName", "Region", "ConnectionMode", "OperationType", "PublicAPIType"],
        timeGrains: LATENCY_GRAINS,
        deprecated: "use ServerSideLatencyDirect and ServerSideLatencyGateway",
    },
    ServiceAvailability: { unit: "Percent", aggregations: ["Minimum", "Average", "Maximum"], dimensions: ["IsExternal"], timeGrains: ["PT1H"] },
    DataUsage: {
        unit: "Bytes",
        aggregations: ["Total", "Average", "Maximum", "Minimum"],
        dimensions: ["CollectionName", "DatabaseName", "Region"],
        timeGrains: STORAGE_GRAINS,
    },
    IndexUsage: {
        unit: "Bytes",
        aggregations: ["Total", "Average", "Maximum", "Minimum"],
        dimensions: ["CollectionName", "DatabaseName", "Region", "IsLeakedPartition"],
        timeGrains: STORAGE_GRAINS,
    },
    DocumentCount: {
        unit: "Count",
        aggregations: ["Total", "Average"],
        dimensions: ["CollectionName", "DatabaseName", "Region"],
        timeGrains: ["PT5M", "PT1H", "P1D"],
        deprecated: "use DocumentCountV2",
    },
    DocumentCountV2: {
        unit: "Count",
        aggregations: ["Total", "Average"],
        dimensions: ["CollectionName", "DatabaseName", "Region"],
        timeGrains: ["PT5M", "PT1H", "P1D"],
    },
    ProvisionedThroughput: {
        unit: "Count",
        aggregations: ["Maximum"],
        dimensions: ["DatabaseName", "CollectionName", "Region"],
        timeGrains: ["PT5M", "PT1H", "P1D"],
    },
    AutoscaleMaxThroughput: { unit: "Count", aggregations: ["Maximum"], dimensions: ["DatabaseName", "CollectionName"], timeGrains: ["PT5M", "PT1H"] },
    PhysicalPartitionSizeInfo: {
        unit: "Bytes",
        aggregations: ["Maximum", "Average"],
        dimensions: ["CollectionName", "DatabaseName", "PhysicalPartitionId", "OfferOwnerRid", "Region"],
        timeGrains: LATENCY_GRAINS,
    },
    ReplicationLatency: {
        unit: "MilliSeconds",
        aggregations: ["Minimum", "Maximum", "Average"],
        dimensions: ["SourceRegion", "TargetRegion"],
        timeGrains: ["PT1M"],
    },
    RegionFailover: { unit: "Count", aggregations: ["Count"], dimensions: [], timeGrains: ["PT5M"] },
    /** A region taken offline (by the service in an outage, or by the offlineRegion action). */
    OfflineRegion: { unit: "Count", aggregations: ["Count"], dimensions: ["Region", "StatusCode"], timeGrains: ["PT1M"] },
    /** A region removed from the account (a control-plane change). */
    RemoveRegion: { unit: "Count", aggregations: ["Count"], dimensions: ["Region"], timeGrains: ["PT5M"] },
    UpdateAccountKeys: { unit: "Count", aggregations: ["Count"], dimensions: ["KeyType"], timeGrains: ["PT5M"] },
};

/** Window sizes and evaluation frequencies a metric alert accepts, shortest first. */
export const WINDOW_SIZES = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D"] as const;
export const FREQUENCIES = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H"] as const;

/** ISO 8601 durations used here, in minutes. */
export function durationMinutes(iso: string): number {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
    if (!m || iso === "P" || iso === "PT") throw new Error(`not an ISO 8601 duration: ${iso}`);
    return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export interface MetricAlertShape {
    metric: string;
    aggregation: Aggregation;
    dimensions: readonly { name: string }[];
    windowSize: string;
    frequency: string;
}

/** Why Azure would reject (or silently mis-evaluate) this metric alert; empty when it is sound. */
export function checkMetricAlert(alert: MetricAlertShape): string[] {
    const def = METRICS[alert.metric];
    if (!def) return [`metric '${alert.metric}' is not a metric of ${METRIC_NAMESPACE} in our table`];
    const problems: string[] = [];
    if (def.deprecated) problems.push(`metric '${alert.metric}' is deprecated: ${def.deprecated}`);
    if (!def.aggregations.includes(alert.aggregation)) {
        problems.push(`metric '${alert.metric}' has no ${alert.aggregation} aggregation (it has ${def.aggregations.join(", ")})`);
    }
    for (const d of alert.dimensions) {
        if (!def.dimensions.includes(d.name))
            problems.push(`metric '${alert.metric}' has no dimension '${d.name}' (it has ${def.dimensions.join(", ") || "none"})`);
    }
    if (!(WINDOW_SIZES as readonly string[]).includes(alert.windowSize)) problems.push(`window ${alert.windowSize} is not one of ${WINDOW_SIZES.join(", ")}`);
    if (!(FREQUENCIES as readonly string[]).includes(alert.frequency)) problems.push(`frequency ${alert.frequency} is not one of ${FREQUENCIES.join(", ")}`);
    if (problems.length === 0) {
        if (durationMinutes(alert.frequency) > durationMinutes(alert.windowSize)) {
            problems.push(`frequency ${alert.frequency} is longer than the window ${alert.windowSize}`);
        }
        if (durationMinutes(alert.windowSize) < durationMinutes(def.timeGrains[0])) {
            problems.push(`window ${alert.windowSize} is shorter than the metric's smallest time grain ${def.timeGrains[0]}`);
        }
    }
    return problems;
}
