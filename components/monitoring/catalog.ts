/**
 * The alert catalogue: every alert cosmos-platform can create, with its default threshold, why,
 * and the first three things to check when it fires. The Monitoring component builds resources
 * from it, the config rules validate overrides against it, and docs/monitoring.md is generated
 * from it. Defaults follow the Azure Monitor Baseline Alerts (AMBA) for Cosmos DB where they
 * exist. https://azure.github.io/azure-monitor-baseline-alerts/services/DocumentDB/databaseAccounts/
 * AMBA's definitions (metric, aggregation, operator, window, sensitivity) were read from
 * Azure/azure-monitor-baseline-alerts services/DocumentDB/databaseAccounts/alerts.yaml and its
 * templates; where an alert here differs, its `why` says how and why.
 */
import { availabilitySla, failedRequestsToBreach } from "../shared/sla";
import { Aggregation } from "./metrics";

export type Severity = 0 | 1 | 2 | 3 | 4;
export type Profile = "essential" | "full";
export type MetricOperator = "GreaterThan" | "GreaterThanOrEqual" | "LessThan" | "LessThanOrEqual";

/** What the catalogue needs to know about an account. */
export interface CatalogContext {
    regions: { zoneRedundant: boolean }[];
    multiRegionWrites: boolean;
    serverless: boolean;
    localAuth: boolean;
    /**
     * The largest RU/s the stack declares for one throughput offer (manual RU/s or autoscale
     * max, database or container); undefined when not known (then AMBA's 3,000 RU/s applies).
     */
    throughputCeiling?: number;
}

interface BaseSpec {
    key: string;
    title: string;
    /** What it means when it fires. */
    meaning: string;
    /** Why this threshold. */
    why: string;
    firstChecks: [string, string, string];
    severity: Severity;
    /** `essential` alerts are in every stack; `full` adds the rest (the production default). */
    profile: Profile;
    applies?: (ctx: CatalogContext) => boolean;
    /** When `applies` is set: to which accounts, in words. */
    appliesTo?: string;
}

export interface MetricAlertSpec extends BaseSpec {
    kind: "metric";
    metric: string;
    aggregation: Aggregation;
    operator: MetricOperator;
    /** Static threshold in `unit`; absent for dynamic thresholds. */
    threshold?: (ctx: CatalogContext) => number;
    /** Dynamic threshold sensitivity (Azure learns the normal pattern). */
    dynamic?: "Low" | "Medium" | "High";
    unit: string;
    /** How the default threshold is derived, for the docs, when it depends on the account (e.g. "the SLA"). */
    thresholdNote?: string;
    /** Multiplies the threshold (in `unit`) into the metric's own unit, e.g. GB to bytes. */
    scale?: number;
    thresholdRange: [number, number];
    dimensions: { name: string; values: string[] }[];
    windowSize: string;
    frequency: string;
}

export interface ActivityAlertSpec extends BaseSpec {
    kind: "activity";
    /** Activity-log operation names; any of them fires the alert. */
    operations: string[];
}

export interface LogAlertSpec extends BaseSpec {
    kind: "log";
    /** KQL over the resource-specific tables; `threshold` is substituted where the query needs it. */
    query: (threshold: number) => string;
    /** Column the rule aggregates; absent = count rows. */
    measure?: string;
    aggregation: "Count" | "Maximum" | "Average";
    operator: MetricOperator;
    /** Threshold compared in the rule (when the query does not apply it itself). */
    ruleThreshold?: number;
    threshold: (ctx: CatalogContext) => number;
    unit: string;
    thresholdRange: [number, number];
    dimensions: string[];
    windowSize: string;
    frequency: string;
}

export type AlertSpec = MetricAlertSpec | ActivityAlertSpec | LogAlertSpec;

const GB = 1024 ** 3;
const all = ["*"];
const perContainer = [
    { name: "DatabaseName", values: all },
    { name: "CollectionName", values: all },
];
const multiRegion = (ctx: CatalogContext) => ctx.regions.length > 1;
const provisioned = (ctx: CatalogContext) => !ctx.serverless;

/** AMBA's ProvisionedThroughput threshold, used when the account's declared offers are not known. */
export const AMBA_THROUGHPUT_THRESHOLD = 3000;

/** The largest RU/s among declared offers (manual RU/s or autoscale max); undefined when none is provisioned. */
export function throughputCeiling(
    offers: readonly ({ mode: "manual"; throughput: number } | { mode: "autoscale"; maxThroughput: number } | { mode: string })[],
): number | undefined {
    const values = offers
        .map((o) => ("throughput" in o ? o.throughput : "maxThroughput" in o ? o.maxThroughput : undefined))
        .filter((v): v is number => typeof v === "number");
    return values.length > 0 ? Math.max(...values) : undefined;
}
const ops = (suffix: string) => `Microsoft.DocumentDB/databaseAccounts${suffix}`;

export const METRIC_ALERTS: MetricAlertSpec[] = [
    {
        kind: "metric",
        key: "ru-saturation",
        title: "RU saturation per partition key range",
        profile: "essential",
        severity: 3,
        applies: provisioned,
        appliesTo: "provisioned accounts (not serverless)",
        metric: "NormalizedRUConsumption",
        aggregation: "Average",
        operator: "GreaterThan",
        threshold: () => 70,
        unit: "%",
        thresholdRange: [1, 100],
        dimensions: [...perContainer, { name: "PartitionKeyRangeId", values: all }],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "A physical partition used more than the threshold of its provisioned RU/s on average over 5 minutes.",
        why: "AMBA baseline (70 %): leaves headroom before 429s; split by partition key range so one hot range is not averaged away.",
        firstChecks: [
            "Is one PartitionKeyRangeId hot while the others are cold (hot partition, see the hot-partition alert and the workbook)?",
            "Did traffic grow for the whole container (raise autoscale max or manual RU/s)?",
            "Did a new query or a missing index raise RU per request (QueryRuntimeStatistics, CDBDataPlaneRequests RequestCharge)?",
        ],
    },
    {
        kind: "metric",
        key: "throttling",
        title: "Throttled requests (429)",
        profile: "essential",
        severity: 3,
        metric: "TotalRequests",
        aggregation: "Count",
        operator: "GreaterThan",
        dynamic: "Low",
        unit: "requests",
        thresholdRange: [0, 1e9],
        dimensions: [...perContainer, { name: "StatusCode", values: ["429"] }],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "More requests were rate-limited (HTTP 429) than the learned normal for this time of day.",
        why: "AMBA baseline: a dynamic threshold of Low sensitivity, 4 of 4 one-minute periods, because a few 429s are healthy under autoscale while a change in their rate is not. AMBA's policy template watches both directions (GreaterOrLessThan); this alert watches only the rise: fewer 429s than usual is good news, and a drop in traffic shows in the availability and error alerts.",
        firstChecks: [
            "Which container and operation type get the 429s (split the metric by CollectionName, OperationType)?",
            "Is NormalizedRUConsumption at 100 % on one partition key range only (hot partition) or on all?",
            "Do clients retry with backoff (SDK retry options) and is a bulk job running?",
        ],
    },
    {
        kind: "metric",
        key: "throttled-ru",
        title: "RU spent on throttled requests",
        profile: "full",
        severity: 2,
        metric: "TotalRequestUnits",
        aggregation: "Total",
        operator: "GreaterThan",
        threshold: () => 100,
        unit: "RU",
        thresholdRange: [1, 1e9],
        dimensions: [...perContainer, { name: "StatusCode", values: ["429"] }],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "Requests that were throttled still charged more than the threshold RU in 5 minutes.",
        why: "AMBA baseline (100 RU): sustained throttling wastes RU on retries; this catches it when the count alone looks small.",
        firstChecks: [
            "Which operations are throttled (split by OperationType)?",
            "Are retries amplifying load (client retry policy, bulk mode)?",
            "Is the throughput ceiling right (autoscale max, totalThroughputLimit)?",
        ],
    },
    {
        kind: "metric",
        key: "provisioned-throughput",
        title: "Throughput above what the stack declares",
        profile: "full",
        severity: 3,
        applies: provisioned,
        appliesTo: "provisioned accounts (not serverless)",
        metric: "ProvisionedThroughput",
        aggregation: "Maximum",
        operator: "GreaterThan",
        threshold: (ctx) => ctx.throughputCeiling ?? AMBA_THROUGHPUT_THRESHOLD,
        thresholdNote: "the largest offer the stack declares",
        unit: "RU/s",
        thresholdRange: [400, 1e6],
        dimensions: perContainer,
        windowSize: "PT1H",
        frequency: "PT1M",
        meaning: "A database or container has more provisioned throughput than any offer this stack declares: someone raised it outside the pipeline.",
        why: "AMBA alerts on ProvisionedThroughput (Maximum over an hour) above a fixed 3,000 RU/s; here the threshold is the largest RU/s the stack declares for one offer (manual RU/s or autoscale max), so declared sizing never fires it and a raise made in the portal or CLI does, which Pulumi's refresh does not see (pulumi-azure-native#1787). It catches raises above the stack's largest offer only; a per-offer \"differs from declared\" check would need two alerts per offer (metric criteria combine with AND), and cuts show as throttling and RU saturation. 3,000 RU/s when the offers are not known.",
        firstChecks: [
            "Which database and container (alert dimensions), and who changed it (activity log: throughputSettings/write)?",
            "Put the value back through the stack config, or declare the new value if it was a deliberate emergency raise.",
            "Check the cost estimate and the budget: the new throughput is billed from the hour it was set.",
        ],
    },
    {
        kind: "metric",
        key: "latency-direct",
        title: "Server-side latency (direct mode)",
        profile: "full",
        severity: 3,
        metric: "ServerSideLatencyDirect",
        aggregation: "Average",
        operator: "GreaterThan",
        threshold: () => 100,
        unit: "ms",
        thresholdRange: [1, 60000],
        dimensions: perContainer,
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "The average server-side latency of direct-mode requests exceeded the threshold.",
        why: "The operations plan's target is query responses under 100 ms; server-side time above it leaves no budget for the network.",
        firstChecks: [
            "Which operation type is slow (point reads should stay under 10 ms; queries vary)?",
            "Are queries cross-partition or scanning (QueryRuntimeStatistics, index policy)?",
            "Is the container throttled or near RU saturation?",
        ],
    },
    {
        kind: "metric",
        key: "latency-gateway",
        title: "Server-side latency (gateway mode)",
        profile: "full",
        severity: 3,
        metric: "ServerSideLatencyGateway",
        aggregation: "Average",
        operator: "GreaterThan",
        threshold: () => 100,
        unit: "ms",
        thresholdRange: [1, 60000],
        dimensions: perContainer,
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "The average server-side latency of gateway-mode requests exceeded the threshold.",
        why: "Same 100 ms target as direct mode; gateway clients add a hop, so server time matters more.",
        firstChecks: [
            "Which operation type is slow?",
            "Could the client use direct mode (lower latency) or is gateway required (integrated cache, firewall)?",
            "Are large queries or stored procedures running?",
        ],
    },
    {
        kind: "metric",
        key: "availability",
        title: "Service availability below the SLA",
        profile: "essential",
        severity: 2,
        metric: "ServiceAvailability",
        aggregation: "Average",
        operator: "LessThan",
        threshold: (ctx) => availabilitySla(ctx).writes,
        thresholdNote: "the write SLA",
        unit: "%",
        thresholdRange: [90, 100],
        dimensions: [],
        windowSize: "PT1H",
        frequency: "PT5M",
        meaning: "The share of successful requests in the last hour fell below the availability the SLA promises for this configuration.",
        why: `Threshold = the write SLA of the account's configuration (99.99 % single region, 99.995 % with zones, 99.999 % multi-region writes; components/shared/sla.ts), stricter than AMBA's fixed 99.9 %. The SLA is a monthly figure and ServiceAvailability has only an hourly grain, so one bad hour fires it without breaching the month: at 10,000 requests an hour, ${failedRequestsToBreach(99.99, 10_000)} failed requests are enough at 99.99 %. Quiet accounts are noisier; raise the threshold towards 99.9 % there.`,
        firstChecks: [
            "Azure Service Health and Resource Health for Cosmos DB in the account's regions.",
            "Which status codes fail (TotalRequests by StatusCode: 5xx is Azure's, 4xx is the client's)?",
            "Is one region affected (fail over manually if automatic failover did not)?",
        ],
    },
    {
        kind: "metric",
        key: "replication-latency",
        title: "Replication lag between regions",
        profile: "full",
        severity: 3,
        applies: multiRegion,
        appliesTo: "accounts with several regions",
        metric: "ReplicationLatency",
        aggregation: "Average",
        operator: "GreaterThan",
        threshold: () => 5000,
        unit: "ms",
        thresholdRange: [10, 600000],
        dimensions: [
            { name: "SourceRegion", values: all },
            { name: "TargetRegion", values: all },
        ],
        windowSize: "PT15M",
        frequency: "PT5M",
        meaning: "Writes take longer than the threshold to reach another region.",
        why: "AMBA baseline (5 s): reads in other regions and a failover would see stale or lost data beyond this lag.",
        firstChecks: [
            "Which region pair lags (SourceRegion, TargetRegion)?",
            "Is the target region throttled or unhealthy?",
            "Is write volume unusually high (bulk import)?",
        ],
    },
    {
        kind: "metric",
        key: "region-failover",
        title: "Region failover",
        profile: "essential",
        severity: 2,
        applies: multiRegion,
        appliesTo: "accounts with several regions",
        metric: "RegionFailover",
        aggregation: "Count",
        operator: "GreaterThan",
        threshold: () => 0,
        unit: "failovers",
        thresholdRange: [0, 100],
        dimensions: [],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "The write region changed.",
        why: "Any failover is worth a look: clients reconnect, latency shifts, and the old region must be checked before failing back.",
        firstChecks: [
            "Service Health for the former write region.",
            "Are clients healthy in the new write region (latency, errors)?",
            "Plan the fail-back (docs/runbooks: failover), one change per deployment.",
        ],
    },
    {
        kind: "metric",
        key: "offline-region",
        title: "Region offline",
        profile: "essential",
        severity: 2,
        applies: multiRegion,
        appliesTo: "accounts with several regions",
        metric: "OfflineRegion",
        aggregation: "Count",
        operator: "GreaterThan",
        threshold: () => 0,
        unit: "events",
        thresholdRange: [0, 100],
        dimensions: [{ name: "Region", values: all }],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning:
            "A region of the account was taken offline (by the service during an outage, or by the offline-region action): its replica stopped serving and clients were routed to the other regions.",
        why: "AMBA baseline (OfflineRegion count > 0 over 5 minutes, every minute). Severity 2 where AMBA has 3, the same as region-failover: while a region is offline the account runs with less redundancy than declared and the SLA of its configuration no longer holds.",
        firstChecks: [
            "Service Health and Resource Health for the region named in the alert (Region dimension).",
            "Did the write region move as well (region-failover alert, failover priorities)?",
            "Once the region is healthy, bring it back online (online-region action) and wait for replication lag to settle before moving writes back.",
        ],
    },
    {
        kind: "metric",
        key: "region-removed",
        title: "Region removed",
        profile: "essential",
        severity: 3,
        applies: multiRegion,
        appliesTo: "accounts with several regions",
        metric: "RemoveRegion",
        aggregation: "Count",
        operator: "GreaterThan",
        threshold: () => 0,
        unit: "events",
        thresholdRange: [0, 100],
        dimensions: [{ name: "Region", values: all }],
        windowSize: "PT15M",
        frequency: "PT5M",
        meaning: "A region was removed from the account: a control-plane change by a deployment or by someone in the portal, CLI or API.",
        why: "AMBA baseline (RemoveRegion count over 15 minutes, every 5, severity 3; AMBA writes >= 0, which for an event count means the same as > 0). A removal this pipeline makes fires it too, hence severity 3; an unplanned one leaves fewer replicas than the stack declares, and the next deployment adds the region back with a full copy of the data.",
        firstChecks: [
            "Who removed it (activity log caller; RegionRemoveStart in CDBControlPlaneRequests)?",
            "Was it planned (the stack's regions changed in the last deployment)?",
            "If not, add it back through the pipeline, one change per deployment, after checking cost and data residency in the review report.",
        ],
    },
    {
        kind: "metric",
        key: "key-updates",
        title: "Account keys updated",
        profile: "essential",
        severity: 2,
        applies: (ctx) => ctx.localAuth,
        appliesTo: "accounts with local (key) auth on",
        metric: "UpdateAccountKeys",
        aggregation: "Count",
        operator: "GreaterThan",
        threshold: () => 0,
        unit: "updates",
        thresholdRange: [0, 100],
        dimensions: [],
        windowSize: "PT5M",
        frequency: "PT5M",
        meaning: "Account keys were regenerated (only watched while local auth is on).",
        why: "AMBA baseline: a key change breaks every client that still uses the old key, and may mean a leak.",
        firstChecks: [
            "Who regenerated the key (activity log, keys-accessed alert)?",
            "Were clients updated to the new key?",
            "Can local auth be turned off instead?",
        ],
    },
    {
        kind: "metric",
        key: "storage",
        title: "Container storage nearing a physical partition",
        profile: "full",
        severity: 3,
        metric: "DataUsage",
        aggregation: "Total",
        operator: "GreaterThan",
        threshold: () => 40,
        unit: "GB",
        scale: GB,
        thresholdRange: [1, 1e6],
        dimensions: perContainer,
        windowSize: "PT1H",
        frequency: "PT15M",
        meaning: "A container's data passed the threshold (default 80 % of one 50 GB physical partition).",
        why: "Past 50 GB a container splits into more physical partitions: throughput is divided among them and the storage-based minimum RU/s rises (1 RU/s per GB manual, 10 per GB autoscale max).",
        firstChecks: [
            "Is growth expected (compare with the declared expected size)?",
            "Is TTL on where data should expire (soft deletes, audit)?",
            "Is one logical partition approaching 20 GB (PartitionKeyStatistics)?",
        ],
    },
    {
        kind: "metric",
        key: "index-size",
        title: "Index size",
        profile: "full",
        severity: 3,
        metric: "IndexUsage",
        aggregation: "Total",
        operator: "GreaterThan",
        threshold: () => 10,
        unit: "GB",
        scale: GB,
        thresholdRange: [1, 1e6],
        dimensions: perContainer,
        windowSize: "PT1H",
        frequency: "PT15M",
        meaning: "A container's index passed the threshold.",
        why: "Index storage is billed like data and every indexed path costs write RU; a large index usually means paths nobody queries.",
        firstChecks: [
            "Compare IndexUsage with DataUsage for the container (index larger than data is a smell).",
            "Exclude paths no query filters or sorts on (query analysis advice).",
            "Check for large arrays or free-text properties indexed by `/*`.",
        ],
    },
    {
        kind: "metric",
        key: "server-errors",
        title: "Server errors (5xx)",
        profile: "essential",
        severity: 2,
        metric: "TotalRequests",
        aggregation: "Count",
        operator: "GreaterThan",
        threshold: () => 10,
        unit: "requests",
        thresholdRange: [0, 1e9],
        dimensions: [...perContainer, { name: "StatusCode", values: ["500", "503"] }],
        windowSize: "PT5M",
        frequency: "PT1M",
        meaning: "More than the threshold requests failed with a server error in 5 minutes.",
        why: "500 and 503 are the service's failures and count against the SLA; a handful is retried transparently, more is an incident.",
        firstChecks: [
            "Service Health and Resource Health for the account's regions.",
            "Which operation and region fail (split by OperationType, Region)?",
            "Did a deployment or a failover just happen?",
        ],
    },
];

export const ACTIVITY_ALERTS: ActivityAlertSpec[] = [
    {
        kind: "activity",
        key: "account-deleted",
        title: "Account deleted",
        profile: "essential",
        severity: 1,
        operations: [ops("/delete")],
        meaning: "Someone deleted a Cosmos DB account in this resource group.",
        why: "Deleting an account deletes all its data; only a restore from continuous backup brings it back.",
        firstChecks: [
            "Who did it (activity log caller)?",
            "Start a point-in-time restore into a new account now (docs/restore.md); the restore window is the backup tier's retention, and the deleted account stays restorable.",
            "Why did the lock and protection not stop it?",
        ],
    },
    {
        kind: "activity",
        key: "database-deleted",
        title: "Database deleted",
        profile: "essential",
        severity: 1,
        operations: [ops("/sqlDatabases/delete")],
        meaning: "Someone deleted a database.",
        why: "All containers and items of the database are gone.",
        firstChecks: [
            "Who did it (activity log caller)?",
            "Restore it into the same account: npm run restore-drill -- --in-place <database> (docs/restore.md, in place); pick a point just before the delete event.",
            "Check that only Cosmos DB Operator-like roles can delete (no key-based metadata writes).",
        ],
    },
    {
        kind: "activity",
        key: "container-deleted",
        title: "Container deleted",
        profile: "essential",
        severity: 1,
        operations: [ops("/sqlDatabases/containers/delete")],
        meaning: "Someone deleted a container.",
        why: "All items of the container are gone.",
        firstChecks: [
            "Who did it (activity log caller)?",
            "Restore it into the same account: npm run restore-drill -- --in-place <database>/<container> (docs/restore.md, in place); on shared throughput, restore its database.",
            "Was it a deliberate replace (partition-key change) that skipped the rotation runbook?",
        ],
    },
    {
        kind: "activity",
        key: "keys-accessed",
        title: "Keys listed or regenerated",
        profile: "essential",
        severity: 2,
        operations: [ops("/listKeys/action"), ops("/readonlykeys/action"), ops("/regenerateKey/action"), ops("/listConnectionStrings/action")],
        meaning: "Someone read or regenerated account keys or connection strings.",
        why: "Keys are off by design; any key access is either a misconfigured tool or someone working around Entra ID.",
        firstChecks: [
            "Who did it (activity log caller)?",
            "Is local auth actually off (disableLocalAuth)? Then the keys do not work, but ask why.",
            "Rotate the keys if they may have leaked.",
        ],
    },
    {
        kind: "activity",
        key: "failover-priority-changed",
        title: "Failover priority changed",
        profile: "essential",
        severity: 2,
        applies: multiRegion,
        appliesTo: "accounts with several regions",
        operations: [ops("/failoverPriorityChange/action")],
        meaning: "The failover order (and possibly the write region) changed.",
        why: "A manual failover or priority change outside the pipeline makes the stack config lie.",
        firstChecks: [
            "Was it a planned failover (runbook) or an incident response?",
            "Update the stack config so the next deployment does not move it back.",
            "Check latency and errors in the new write region.",
        ],
    },
];

export const LOG_ALERTS: LogAlertSpec[] = [
    {
        kind: "log",
        key: "hot-partition",
        title: "Hot partition key",
        profile: "full",
        severity: 3,
        query: (share) =>
            [
                "let byKey = CDBPartitionKeyRUConsumption",
                "| summarize KeyRU = sum(RequestCharge) by DatabaseName, CollectionName, PartitionKey;",
                "byKey",
                "| join kind=inner (byKey | summarize ContainerRU = sum(KeyRU) by DatabaseName, CollectionName) on DatabaseName, CollectionName",
                "| where ContainerRU >= 1000",
                "| extend SharePercent = round(100.0 * KeyRU / ContainerRU, 1)",
                `| where SharePercent > ${share}`,
                "| project DatabaseName, CollectionName, PartitionKey, SharePercent, KeyRU, ContainerRU",
            ].join("\n"),
        aggregation: "Count",
        operator: "GreaterThan",
        ruleThreshold: 0,
        threshold: () => 30,
        unit: "% of the container's RU",
        thresholdRange: [5, 100],
        dimensions: ["DatabaseName", "CollectionName"],
        windowSize: "PT15M",
        frequency: "PT15M",
        meaning: "One partition key consumed more than the threshold share of its container's RU in 15 minutes (containers using at least 1,000 RU).",
        why: "A physical partition serves at most 10,000 RU/s; when one key takes a large share, it throttles while the container looks idle.",
        firstChecks: [
            "Which key (PartitionKey column) and which operations (CDBPartitionKeyRUConsumption by OperationName)?",
            "Is it a tenant or a time bucket that needs a hierarchical key or a suffix?",
            "Can reads of that key be cached (integrated cache) or writes batched?",
        ],
    },
    {
        kind: "log",
        key: "point-latency-p99",
        title: "p99 latency of point operations",
        profile: "full",
        severity: 3,
        query: () =>
            [
                "CDBDataPlaneRequests",
                '| where OperationName in ("Read", "Create", "Upsert", "Replace", "Delete", "Patch")',
                "| summarize P99 = percentile(DurationMs, 99), Requests = count() by OperationName, CollectionName",
                "| where Requests >= 100",
            ].join("\n"),
        measure: "P99",
        aggregation: "Maximum",
        operator: "GreaterThan",
        threshold: () => 10,
        unit: "ms",
        thresholdRange: [1, 10000],
        dimensions: ["OperationName", "CollectionName"],
        windowSize: "PT15M",
        frequency: "PT15M",
        meaning: "The 99th percentile server duration of point reads and writes exceeded the threshold.",
        why: "Cosmos DB's latency objective is under 10 ms at p99 for point reads and writes within a region; above it, something is wrong.",
        firstChecks: [
            "Which operation and container (dimensions)?",
            "Are items large (item size drives point-operation latency)?",
            "Is the container throttled, or are requests crossing regions?",
        ],
    },
    {
        kind: "log",
        key: "error-rate",
        title: "Server error rate (SLA compliance)",
        profile: "full",
        severity: 2,
        query: () =>
            [
                "CDBDataPlaneRequests",
                "| summarize Requests = count(), ServerErrors = countif(StatusCode >= 500) by CollectionName",
                "| where Requests >= 100",
                "| extend ErrorRatePercent = 100.0 * ServerErrors / Requests",
            ].join("\n"),
        measure: "ErrorRatePercent",
        aggregation: "Maximum",
        operator: "GreaterThan",
        threshold: () => 1,
        unit: "%",
        thresholdRange: [0.001, 100],
        dimensions: ["CollectionName"],
        windowSize: "PT15M",
        frequency: "PT15M",
        meaning: "More than the threshold share of a container's requests failed with server errors in 15 minutes.",
        why: "The SLA counts server errors; sustained rates above 1 % spend a month's error budget (4.3 minutes at 99.99 %) within hours.",
        firstChecks: [
            "Which status codes (500 vs 503) and which region?",
            "Service Health; is a failover in progress?",
            "Did the client's retry policy hide a longer outage?",
        ],
    },
];

export const CATALOG: AlertSpec[] = [...METRIC_ALERTS, ...ACTIVITY_ALERTS, ...LOG_ALERTS];
export const ALERT_KEYS = CATALOG.map((a) => a.key);
