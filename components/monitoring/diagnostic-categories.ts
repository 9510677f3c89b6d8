/**
 * Azure's rules for the account's diagnostic setting, in one place: which resource-log and metric
 * categories a Cosmos DB for NoSQL account writes, the destinations beside the workspace (a
 * storage account for audit retention, an Event Hub for a SIEM) and how their ids look. The stack
 * schema (`monitoring.diagnostics`) is built from these shapes and calls these rules; the
 * Monitoring component runs the same ones on its `diagnostics` argument.
 *
 * Log categories, as Microsoft lists them for Microsoft.DocumentDB/databaseAccounts:
 * https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/microsoft-documentdb-databaseaccounts-logs
 * Aggregated data-plane logs (5 and 15 minutes, NoSQL only, preview):
 * https://learn.microsoft.com/azure/cosmos-db/monitor-aggregated-logs
 * Destinations (one of each per setting; storage and Event Hub in the resource's region; the Event
 * Hub rule needs Manage, Send and Listen):
 * https://learn.microsoft.com/azure/azure-monitor/platform/diagnostic-settings#destinations
 */
import { z } from "zod";
import { describeValue, Report } from "../shared/errors";
import { findDuplicates } from "../account/rules";

/** Resource-log categories a NoSQL account writes, each with the resource-specific table it fills. */
export const NOSQL_LOG_TABLES = {
    DataPlaneRequests: "CDBDataPlaneRequests",
    DataPlaneRequests5M: "CDBDataPlaneRequests5M",
    DataPlaneRequests15M: "CDBDataPlaneRequests15M",
    QueryRuntimeStatistics: "CDBQueryRuntimeStatistics",
    PartitionKeyStatistics: "CDBPartitionKeyStatistics",
    PartitionKeyRUConsumption: "CDBPartitionKeyRUConsumption",
    ControlPlaneRequests: "CDBControlPlaneRequests",
} as const;

export type NoSqlLogCategory = keyof typeof NOSQL_LOG_TABLES;
export const NOSQL_LOG_CATEGORIES = Object.keys(NOSQL_LOG_TABLES) as NoSqlLogCategory[];

/** Categories Azure lists for the account type that only other APIs write: accepted by Azure, always empty here. */
export const OTHER_API_LOG_CATEGORIES: Record<string, string> = {
    MongoRequests: "API for MongoDB",
    CassandraRequests: "API for Apache Cassandra",
    GremlinRequests: "API for Apache Gremlin",
    TableApiRequests: "API for Table",
};

/** What every stack sent before categories were configurable: per-request data plane, queries, keys, control plane. */
export const DEFAULT_LOG_CATEGORIES: NoSqlLogCategory[] = [
    "DataPlaneRequests",
    "QueryRuntimeStatistics",
    "PartitionKeyStatistics",
    "PartitionKeyRUConsumption",
    "ControlPlaneRequests",
];

/**
 * Metric categories of the account's diagnostic setting: `Requests` (request, RU, storage and
 * control-plane metrics) and `SLI` (ServiceAvailability). `SLI` is the name Azure returns for the
 * category on Cosmos DB accounts (seen in exported settings and Verified Module templates);
 * Microsoft's metric list shows only `Requests` and marks the metrics "DS Export: No", so what
 * either category delivers to a destination is not documented. Alerts read platform metrics
 * directly and need neither.
 */
export const METRIC_CATEGORIES = ["Requests", "SLI"] as const;
export type MetricCategory = (typeof METRIC_CATEGORIES)[number];
export const DEFAULT_METRIC_CATEGORIES: MetricCategory[] = ["Requests", "SLI"];

const SUBSCRIPTION = "/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[^/]+/providers/";
/** Storage account names: 3-24 lowercase letters and digits. https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage */
export const STORAGE_ACCOUNT_ID = new RegExp(`^${SUBSCRIPTION}Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$`, "i");
/** A namespace-level shared access policy (the diagnostic setting needs Manage, Send and Listen on the namespace). */
export const EVENT_HUB_RULE_ID = new RegExp(
    `^${SUBSCRIPTION}Microsoft\\.EventHub/namespaces/[A-Za-z][A-Za-z0-9-]{4,48}[A-Za-z0-9]/authorizationRules/[^/]+$`,
    "i",
);
/** Event hub names: 1-256 letters, digits, periods, hyphens and underscores, starting and ending with a letter or digit. https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsofteventhub */
export const EVENT_HUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,254}[A-Za-z0-9])?$/;

const categoryList = (what: string) => `${what} is one of ${NOSQL_LOG_CATEGORIES.join(", ")}`;

export const diagnosticsSchema = z.strictObject({
    name: z
        .string()
        // ARM resource names: no '#' (it breaks URL parsing), nor the path and query characters:
        // https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
        // Each character (UTF-16 code unit) is U+0020 or above (no C0 control character) and none of those listed.
        .regex(
            /^(?:(?![/\\?#%&<>*:])[\x20-\uffff]){1,260}$/,
            "a diagnostic setting name is 1-260 characters without /, \\, ?, #, %, &, <, >, *, : or control characters",
        )
        .optional()
        .describe(
            "The setting's Azure name. Default `to-log-analytics`. An existing setting keeps its own (adopted: while `import` is set, the setting of this name is imported with the workspace given by id, and the rest of monitoring waits for the switch's removal).",
        ),
    logCategories: z
        .array(z.string({ error: categoryList("a log category") }))
        .min(1, "send at least one log category (the workspace, the alerts and the audit trail read them)")
        .optional()
        .describe(
            `Resource-log categories sent to every destination: ${NOSQL_LOG_CATEGORIES.join(", ")}. Default: ${DEFAULT_LOG_CATEGORIES.join(", ")}. \`DataPlaneRequests5M\`/\`DataPlaneRequests15M\` (preview) aggregate the data plane and cost far less than per-request \`DataPlaneRequests\`; log alerts that read a table need its category. The Mongo, Cassandra, Gremlin and Table categories are refused: a NoSQL account never writes them.`,
        ),
    metricCategories: z
        .array(z.enum(METRIC_CATEGORIES, { error: `a metric category is ${METRIC_CATEGORIES.join(" or ")}` }))
        .optional()
        .describe(
            "Platform-metric categories sent to the destinations: `Requests` and `SLI` (ServiceAvailability). Default both; `[]` sends none. Alerts do not depend on them.",
        ),
    storageAccountId: z
        .string()
        .regex(
            STORAGE_ACCOUNT_ID,
            "a storage account id is /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<3-24 lowercase letters and digits>",
        )
        .optional()
        .describe(
            "Also archive the logs to this storage account (audit retention; set retention with a lifecycle rule or an immutability policy on the account). A Standard account in the Cosmos DB account's location (its first region); with a firewall on, allow trusted Microsoft services. Not priced by the cost estimate.",
        ),
    eventHubAuthorizationRuleId: z
        .string()
        .regex(
            EVENT_HUB_RULE_ID,
            "an Event Hub authorization rule id is /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.EventHub/namespaces/<namespace>/authorizationRules/<rule>",
        )
        .optional()
        .describe(
            "Also stream the logs to Event Hubs (a SIEM) through this namespace shared access policy, which needs Manage, Send and Listen. The namespace is in the Cosmos DB account's location (its first region). Not priced by the cost estimate.",
        ),
    eventHubName: z
        .string()
        .regex(EVENT_HUB_NAME, "an event hub name is 1-256 letters, digits, periods, hyphens or underscores, starting and ending with a letter or digit")
        .optional()
        .describe("The event hub to stream to. Default: Azure creates one hub per category (`insights-logs-<category>`). Needs eventHubAuthorizationRuleId."),
});

export type DiagnosticsShape = z.input<typeof diagnosticsSchema>;

/** Resource-specific tables a KQL query reads, and the log categories that fill them. */
export function logCategoriesReadBy(query: string): NoSqlLogCategory[] {
    const tables = new Set(query.match(/\bCDB[A-Za-z0-9]+\b/g) ?? []);
    return NOSQL_LOG_CATEGORIES.filter((c) => tables.has(NOSQL_LOG_TABLES[c]));
}

/**
 * The rules of the diagnostic setting. Paths are relative to the diagnostics object;
 * `logReaders` are the log alerts the stack creates (their path, for messages, and their KQL).
 */
export function diagnosticsRules(
    d: Pick<DiagnosticsShape, "logCategories" | "metricCategories"> & { eventHubName?: unknown; eventHubAuthorizationRuleId?: unknown },
    report: Report,
    logReaders: { name: string; query: string }[] = [],
): void {
    const categories = d.logCategories ?? DEFAULT_LOG_CATEGORIES;
    const accepted = NOSQL_LOG_CATEGORIES.join(", ");
    categories.forEach((c, i) => {
        const api = OTHER_API_LOG_CATEGORIES[c];
        if (api) report(["logCategories", i], `'${c}' logs requests of the ${api}; a Cosmos DB for NoSQL account never writes it; accepted: ${accepted}`);
        else if (!(NOSQL_LOG_CATEGORIES as string[]).includes(c))
            report(["logCategories", i], `${describeValue(c)} is not a log category of Cosmos DB for NoSQL; accepted: ${accepted}`);
    });
    for (const dup of findDuplicates(categories, (c) => c)) {
        report(["logCategories", dup.index], `log category '${dup.key}' is listed twice (first as logCategories[${dup.first}]); list each once`);
    }
    for (const dup of findDuplicates(d.metricCategories ?? [], (c) => c)) {
        report(["metricCategories", dup.index], `metric category '${dup.key}' is listed twice (first as metricCategories[${dup.first}]); list each once`);
    }
    if (d.eventHubName !== undefined && d.eventHubAuthorizationRuleId === undefined) {
        report(
            ["eventHubName"],
            `an event hub name needs eventHubAuthorizationRuleId (the namespace policy that sends to it); got eventHubName ${typeof d.eventHubName === "string" ? describeValue(d.eventHubName) : "(an output)"} alone`,
        );
    }
    const sent = new Set<string>(categories);
    for (const reader of logReaders) {
        const missing = logCategoriesReadBy(reader.query).filter((c) => !sent.has(c));
        if (missing.length > 0) {
            report(
                ["logCategories"],
                `${reader.name} reads ${missing.map((c) => NOSQL_LOG_TABLES[c]).join(", ")}, filled only by log category ${missing.join(", ")}; add ${missing.length === 1 ? "it" : "them"} to logCategories or turn the alert off`,
            );
        }
    }
}
