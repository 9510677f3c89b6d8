/**
 * The operator workbook: the charts to open first when something is off. Azure Workbooks
 * "Notebook/1.0" JSON; metric items read the account, query items read the workspace.
 * https://learn.microsoft.com/azure/azure-monitor/visualize/workbooks-overview
 */
import { METRIC_NAMESPACE } from "./metrics";

/** Workbook metric aggregation codes (Azure Workbooks' own enumeration). */
const AGGREGATION = { Total: 1, Maximum: 3, Average: 4, Count: 7 } as const;

interface MetricChart {
    title: string;
    metric: string;
    aggregation: keyof typeof AGGREGATION;
    splitBy?: string;
    filter?: { dimension: string; values: string[] };
}

/** What the workbook shows, in order. Also listed in docs/monitoring.md. */
export const WORKBOOK_CHARTS: MetricChart[] = [
    {
        title: "Normalized RU consumption by partition key range (max %)",
        metric: "NormalizedRUConsumption",
        aggregation: "Maximum",
        splitBy: "PartitionKeyRangeId",
    },
    {
        title: "Throttled requests (429) by container",
        metric: "TotalRequests",
        aggregation: "Count",
        splitBy: "CollectionName",
        filter: { dimension: "StatusCode", values: ["429"] },
    },
    { title: "Server-side latency, direct mode (avg ms) by container", metric: "ServerSideLatencyDirect", aggregation: "Average", splitBy: "CollectionName" },
    { title: "Service availability (hourly %)", metric: "ServiceAvailability", aggregation: "Average" },
    { title: "Data usage by container (bytes)", metric: "DataUsage", aggregation: "Total", splitBy: "CollectionName" },
    { title: "Requests by status code", metric: "TotalRequests", aggregation: "Count", splitBy: "StatusCode" },
];

export const WORKBOOK_QUERIES = [
    {
        title: "Top partition keys by RU (last 24 h)",
        query: "CDBPartitionKeyRUConsumption\n| where TimeGenerated > ago(24h)\n| summarize RU = sum(RequestCharge) by DatabaseName, CollectionName, PartitionKey\n| top 20 by RU desc",
    },
    {
        title: "Most expensive queries (last 24 h)",
        query: "CDBQueryRuntimeStatistics\n| where TimeGenerated > ago(24h)\n| join kind=inner (CDBDataPlaneRequests | project ActivityId, RequestCharge, DurationMs) on ActivityId\n| summarize Executions = count(), RU = sum(RequestCharge), P95Ms = percentile(DurationMs, 95) by QueryText\n| top 20 by RU desc",
    },
];

export function workbookJson(accountId: string, workspaceId: string): string {
    const items: unknown[] = [
        {
            type: 1,
            name: "intro",
            content: { json: "## Cosmos DB operations\nRU by partition, throttling, latency, availability and storage. Alerts: docs/monitoring.md." },
        },
        ...WORKBOOK_CHARTS.map((c, i) => ({
            type: 10,
            name: `metric-${i}`,
            content: {
                version: "MetricsItem/2.0",
                title: c.title,
                size: 0,
                chartType: 2,
                resourceType: METRIC_NAMESPACE.toLowerCase(),
                metricScope: 0,
                resourceIds: [accountId],
                timeContext: { durationMs: 86_400_000 },
                metrics: [
                    {
                        namespace: METRIC_NAMESPACE.toLowerCase(),
                        metric: `${METRIC_NAMESPACE.toLowerCase()}--${c.metric}`,
                        aggregation: AGGREGATION[c.aggregation],
                        ...(c.splitBy ? { splitBy: c.splitBy } : {}),
                    },
                ],
                ...(c.filter ? { filters: [{ key: c.filter.dimension, operator: 0, values: c.filter.values }] } : {}),
            },
        })),
        ...WORKBOOK_QUERIES.map((q, i) => ({
            type: 3,
            name: `query-${i}`,
            content: {
                version: "KqlItem/1.0",
                title: q.title,
                query: q.query,
                size: 0,
                queryType: 0,
                resourceType: "microsoft.operationalinsights/workspaces",
                crossComponentResources: [workspaceId],
                visualization: "table",
            },
        })),
    ];
    return JSON.stringify({ version: "Notebook/1.0", items, isLocked: false });
}
