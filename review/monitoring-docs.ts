/**
 * Renders docs/monitoring.md from the alert catalogue, so the troubleshooting guide always
 * matches what is deployed. Regenerate with `npm run docs:monitoring`; a test fails when stale.
 */
import { ACTIVITY_ALERTS, AlertSpec, CatalogContext, LOG_ALERTS, METRIC_ALERTS } from "../components/monitoring/catalog";
import { LOG_CATEGORIES } from "../components/monitoring/component";
import { WORKBOOK_CHARTS, WORKBOOK_QUERIES } from "../components/monitoring/workbook";
import { availabilitySla, monthlyErrorBudgetMinutes } from "../components/sla";

const SINGLE: CatalogContext = { regions: [{ zoneRedundant: false }], multiRegionWrites: false, serverless: false, localAuth: false };

function condition(spec: AlertSpec): string {
    if (spec.kind === "activity") return `activity log: ${spec.operations.map((o) => `\`${o}\``).join(" or ")}`;
    if (spec.kind === "log") return `log search (${spec.aggregation === "Count" ? "rows" : `${spec.aggregation} of ${spec.measure}`}) ${spec.operator} ${spec.threshold(SINGLE)} ${spec.unit}`;
    const dims = spec.dimensions.filter((d) => d.values.join() !== "*").map((d) => `${d.name} = ${d.values.join(" or ")}`);
    const threshold = spec.dynamic ? `dynamic threshold (${spec.dynamic} sensitivity)` : `${spec.key === "availability" ? "the SLA" : spec.threshold?.(SINGLE)} ${spec.unit}`;
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
        "Every stack gets a Log Analytics workspace (or uses one by id), a diagnostic setting on the account in",
        `resource-specific mode (\`Dedicated\`) with ${LOG_CATEGORIES.map((c) => `\`${c}\``).join(", ")} and the \`Requests\``,
        "metrics, action groups from config, the alerts below, an optional cost budget and an operator workbook.",
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
        "own configuration; the `error-rate` log alert watches the same budget at 15-minute resolution.",
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
