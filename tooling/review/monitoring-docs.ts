/**
 * Renders docs/monitoring.md from the alert catalogue, so the troubleshooting guide always
 * matches what is deployed. Regenerate with `npm run docs:monitoring`; a test fails when stale.
 */
import { ACTIVITY_ALERTS, AlertSpec, CatalogContext, LOG_ALERTS, METRIC_ALERTS } from "../../components/monitoring/catalog";
import { WORKBOOK_CHARTS, WORKBOOK_QUERIES } from "../../components/monitoring/workbook";
import { availabilitySla, failedRequestsToBreach, monthlyErrorBudgetMinutes } from "../../components/shared/sla";
import {
    DEFAULT_LOG_CATEGORIES,
    DEFAULT_METRIC_CATEGORIES,
    NOSQL_LOG_CATEGORIES,
    NOSQL_LOG_TABLES,
    OTHER_API_LOG_CATEGORIES,
} from "../../components/monitoring/diagnostic-categories";

const SINGLE: CatalogContext = { regions: [{ zoneRedundant: false }], multiRegionWrites: false, serverless: false, localAuth: false };

function condition(spec: AlertSpec): string {
    if (spec.kind === "activity") return `activity log: ${spec.operations.map((o) => `\`${o}\``).join(" or ")}`;
    if (spec.kind === "log")
        return `log search (${spec.aggregation === "Count" ? "rows" : `${spec.aggregation} of ${spec.measure}`}) ${spec.operator} ${spec.threshold(SINGLE)} ${spec.unit}`;
    const dims = spec.dimensions.filter((d) => d.values.join() !== "*").map((d) => `${d.name} = ${d.values.join(" or ")}`);
    const threshold = spec.dynamic
        ? `dynamic threshold (${spec.dynamic} sensitivity)`
        : spec.thresholdNote
          ? `${spec.thresholdNote} (${spec.unit})`
          : `${spec.threshold?.(SINGLE)} ${spec.unit}`;
    return `\`${spec.metric}\` ${spec.aggregation}${dims.length ? ` where ${dims.join(", ")}` : ""} ${spec.operator} ${threshold}`;
}

function section(spec: AlertSpec): string[] {
    const timing = spec.kind === "activity" ? "on each event" : `window ${spec.windowSize}, every ${spec.frequency}`;
    const when = spec.appliesTo ? ` Only for ${spec.appliesTo}.` : "";
    return [
        `### ${spec.title} (\`${spec.key}\`)`,
        "",
        `- **Condition**: ${condition(spec)}; ${timing}.`,
        `- **Severity** ${spec.severity}, profile \`${spec.profile}\`.${when}`,
        `- **Means**: ${spec.meaning}`,
        `- **Why this threshold**: ${spec.why}`,
        "- **First three things to check**:",
        ...spec.firstChecks.map((c, i) => `  ${i + 1}. ${c}`),
        "",
    ];
}

export function renderMonitoringDocs(): string {
    const slaRows = [
        ["single region", { regions: [{ zoneRedundant: false }], multiRegionWrites: false }],
        ["single region, zone redundant", { regions: [{ zoneRedundant: true }], multiRegionWrites: false }],
        ["several regions, one write region", { regions: [{ zoneRedundant: false }, { zoneRedundant: false }], multiRegionWrites: false }],
        ["several regions, zone redundant, one write region", { regions: [{ zoneRedundant: true }, { zoneRedundant: true }], multiRegionWrites: false }],
        ["several regions, multi-region writes", { regions: [{ zoneRedundant: true }, { zoneRedundant: true }], multiRegionWrites: true }],
    ] as const;
    return [
        "# Monitoring and alerts",
        "",
        "<!-- Generated from components/monitoring/ by `npm run docs:monitoring`; a test fails when this file is stale. -->",
        "",
        "Every stack gets a Log Analytics workspace (or uses one by id), a diagnostic setting on the account",
        "(below), action groups from config, the alerts below, an optional cost budget and an operator workbook.",
        "Production stacks get the `full` profile; others the `essential` one (cheaper: no log-search alerts).",
        "Each alert goes to the action groups whose `severities` include its severity. Thresholds, severities,",
        "windows and on/off are overridable per stack under `cosmos-platform:monitoring.alerts.<key>`; every",
        "metric alert is checked against Azure's published metric list (`components/monitoring/metrics.ts`).",
        "",
        "## SLA and the availability threshold",
        "",
        "| configuration | writes | reads | error budget (writes, 30 days) |",
        "|---|---|---|---|",
        ...slaRows.map(([label, input]) => {
            const sla = availabilitySla(input as never);
            return `| ${label} | ${sla.writes} % | ${sla.reads} % | ${monthlyErrorBudgetMinutes(sla.writes)} min |`;
        }),
        "",
        "The `availability` alert fires when hourly `ServiceAvailability` drops below the write SLA of the account's",
        "own configuration; the `error-rate` log alert watches the same budget at 15-minute resolution. The SLA is",
        "a monthly figure and the metric an hourly one, so one bad hour fires the alert without losing the month,",
        "and the fewer requests an hour, the fewer failures it takes (failed requests in one hour that fire it):",
        "",
        "| SLA | 1,000 requests/h | 10,000 requests/h | 100,000 requests/h |",
        "|---|---|---|---|",
        ...[99.99, 99.995, 99.999].map((sla) => `| ${sla} % | ${[1_000, 10_000, 100_000].map((n) => failedRequestsToBreach(sla, n)).join(" | ")} |`),
        "",
        "AMBA uses a fixed 99.9 % instead: quieter, but an account can then run below its own SLA for hours. On a",
        "quiet stack, raise `monitoring.alerts.availability.threshold` towards 99.9 (components/shared/sla.ts explains the",
        "choice).",
        "",
        "## Diagnostic setting",
        "",
        "One diagnostic setting (`to-log-analytics`) sends resource logs, in resource-specific tables (`Dedicated`), to",
        "the workspace and, when `monitoring.diagnostics` names them, to a storage account (`storageAccountId`, for",
        "audit retention) and an Event Hub (`eventHubAuthorizationRuleId`, optional `eventHubName`, for a SIEM). Both",
        "must be in the account's location (its first region); the Event Hub policy needs Manage, Send and Listen; a firewalled",
        "destination must let trusted Microsoft services in. The cost estimate does not price the workspace, the",
        "storage account or the Event Hub.",
        "",
        "| log category | table | default |",
        "|---|---|---|",
        ...NOSQL_LOG_CATEGORIES.map((c) => `| \`${c}\` | \`${NOSQL_LOG_TABLES[c]}\` | ${DEFAULT_LOG_CATEGORIES.includes(c) ? "yes" : "no"} |`),
        "",
        `${Object.keys(OTHER_API_LOG_CATEGORIES)
            .map((c) => `\`${c}\``)
            .join(", ")} are refused: a NoSQL account never writes them.`,
        "A log alert whose query reads a table needs that table's category: leaving it out is a config error naming",
        "the alert. The aggregated `DataPlaneRequests5M`/`15M` categories (preview) cost far less than per-request",
        "`DataPlaneRequests`; the `point-latency-p99` and `error-rate` alerts and the workbook's query tiles read",
        "`CDBDataPlaneRequests`, so drop them (or keep `DataPlaneRequests`) when switching.",
        "",
        `Metric categories: ${DEFAULT_METRIC_CATEGORIES.map((c) => `\`${c}\``).join(" and ")} (\`SLI\` carries \`ServiceAvailability\`). Microsoft's metric list marks Cosmos DB`,
        "metrics as not exported by diagnostic settings, so the categories may deliver nothing; no alert depends on them.",
        "",
        "## Metric alerts",
        "",
        ...METRIC_ALERTS.flatMap(section),
        "## Activity-log alerts",
        "",
        "Activity-log alerts have no severity in Azure; the severity here only routes them to action groups.",
        "",
        ...ACTIVITY_ALERTS.flatMap(section),
        "## Log search alerts",
        "",
        "They query the resource-specific tables (`CDBDataPlaneRequests`, `CDBPartitionKeyRUConsumption`, ...),",
        "so they need the diagnostic setting; data arrives a few minutes late. Business alerts declared in",
        "`monitoring.businessAlerts` are built the same way and count the rows their KQL returns.",
        "",
        ...LOG_ALERTS.flatMap(section),
        "## Workbook",
        "",
        "The workbook `<account> operations` shows, in order:",
        "",
        ...WORKBOOK_CHARTS.map((c) => `- ${c.title}`),
        ...WORKBOOK_QUERIES.map((q) => `- ${q.title}`),
        "",
        "## Budget",
        "",
        "`monitoring.budget` creates a monthly `consumption:Budget` on the resource group. Notifications go to",
        "`contactEmails` and every action group, by default at 80 % and 100 % of actual spend and at 100 % of",
        "forecast spend.",
        "",
    ].join("\n");
}
