/**
 * The account's diagnostic setting (Microsoft.Insights/diagnosticSettings, API 2021-05-01-preview,
 * as azure-native 3.x plans it), mapped to `monitoring.diagnostics` (its name, categories and extra
 * destinations) and `monitoring.workspace: { id }`, and to the inputs components/monitoring/
 * diagnostics.ts plans: each enabled category as `{ category, enabled: true }` in Azure's order,
 * resource-specific tables (`Dedicated`), the workspace and the optional storage account and
 * Event Hub.
 * https://learn.microsoft.com/rest/api/monitor/diagnostic-settings/get
 * https://learn.microsoft.com/azure/azure-monitor/platform/diagnostic-settings
 */
import { DEFAULT_LOG_CATEGORIES, DEFAULT_METRIC_CATEGORIES } from "../../../components/monitoring/diagnostic-categories";
import { monitoringSchema } from "../../../stack/config/monitoring-schema";
import { flat } from "../extensions";
import { isObject } from "../../model/json";
import { Row, RowContext, sameJson, schemaReason } from "../table";

export interface DiagnosticsRowContext extends RowContext {
    /** The account's ARM id as the stack imports it: the setting's `resourceUri` at deployment. */
    accountImportId: string;
    atDeploy(path: string, value: string): void;
}

const diagnosticsShape = monitoringSchema.shape.diagnostics.unwrap().shape;
const workspaceIdSchema = monitoringSchema.shape.workspace.unwrap();

function schemaGap(ctx: RowContext, arm: string, value: unknown, parse: { success: boolean; error?: { issues: { message: string }[] } }): boolean {
    if (!parse.success) ctx.gap(arm, value, schemaReason(parse.error?.issues ?? [{ message: "refused" }]));
    return parse.success;
}

/**
 * Azure reports `retentionPolicy: { enabled: false, days: 0 }` on each category when none was sent
 * (storage retention through the setting is retired: set it on the storage account). Anything else
 * is a setting the stack config does not make.
 */
const noRetention = (policy: unknown): boolean =>
    policy === undefined ||
    (isObject(policy) && policy.enabled === false && (policy.days ?? 0) === 0 && Object.keys(policy).every((k) => k === "enabled" || k === "days"));

/** Enabled categories of `logs` or `metrics`, in Azure's order; disabled ones are what not listing them means. */
function categories(value: unknown, at: string, ctx: RowContext): string[] | undefined {
    const entries = Array.isArray(value) ? value.map(flat) : [];
    let ok = true;
    const out: string[] = [];
    entries.forEach((e, i) => {
        const where = `${at}[${i}]`;
        // Nulls are gone (documents.ts): a categoryGroup or timeGrain here is set.
        const why: Record<string, string> = {
            categoryGroup: "category groups (allLogs, audit) are not in the stack config; list the categories in Azure first",
            timeGrain: "a metric time grain is not in the stack config",
        };
        for (const k of Object.keys(e).filter((k) => !["category", "enabled", "retentionPolicy"].includes(k))) {
            ok = false;
            ctx.gap(`${where}.${k}`, e[k], why[k] ?? "not a setting the stack config knows");
        }
        if (!noRetention(e.retentionPolicy)) {
            ok = false;
            ctx.gap(
                `${where}.retentionPolicy`,
                e.retentionPolicy,
                "retention through the diagnostic setting is retired and not in the stack config; keep logs with a lifecycle rule on the storage account",
            );
        }
        if (typeof e.category !== "string") {
            ok = false;
            return ctx.gap(`${where}.category`, e.category, "expected a category name");
        }
        if (e.enabled === true) out.push(e.category);
        else if (e.enabled !== false) {
            ok = false;
            ctx.gap(`${where}.enabled`, e.enabled, "expected true or false");
        }
    });
    return ok ? out : undefined;
}

export const DIAGNOSTIC_SETTING_ROWS: readonly Row<DiagnosticsRowContext>[] = [
    {
        arm: "properties.workspaceId",
        azureDefault: "",
        apply(value, ctx) {
            if (value === "")
                return ctx.gap("properties.workspaceId", value, "the project's diagnostic setting sends to a Log Analytics workspace; this one has none");
            const workspace = { id: value };
            if (!schemaGap(ctx, "properties.workspaceId", value, workspaceIdSchema.safeParse(workspace))) return;
            ctx.set(["workspace"], workspace);
            ctx.input(["workspaceId"], value);
            ctx.set(["diagnostics", "name"], ctx.doc.name);
            ctx.input(["name"], ctx.doc.name);
            ctx.input(["resourceUri"], ctx.accountImportId);
            ctx.atDeploy("resourceUri", ctx.accountImportId);
        },
    },
    {
        // The project writes resource-specific tables, which its alerts and workbook read. Azure does
        // not report the value reliably (components/monitoring/component.ts ignores its changes), so
        // absent is taken as sent; AzureDiagnostics is a setting the project does not make.
        arm: "properties.logAnalyticsDestinationType",
        azureDefault: "Dedicated",
        apply(value, ctx) {
            if (value !== "Dedicated")
                return ctx.gap(
                    "properties.logAnalyticsDestinationType",
                    value,
                    "the project's setting writes resource-specific tables (Dedicated), which its alerts read; switch the setting in Azure first",
                );
            ctx.input(["logAnalyticsDestinationType"], value);
        },
    },
    {
        arm: "properties.logs",
        azureDefault: [],
        apply(value, ctx) {
            const logs = categories(value, "properties.logs", ctx);
            if (!logs) return;
            if (!schemaGap(ctx, "properties.logs", logs, diagnosticsShape.logCategories.safeParse(logs))) return;
            if (!sameJson(logs, DEFAULT_LOG_CATEGORIES)) ctx.set(["diagnostics", "logCategories"], logs);
            ctx.input(
                ["logs"],
                logs.map((category) => ({ category, enabled: true })),
            );
        },
    },
    {
        arm: "properties.metrics",
        azureDefault: [],
        apply(value, ctx) {
            const metrics = categories(value, "properties.metrics", ctx);
            if (!metrics) return;
            if (!schemaGap(ctx, "properties.metrics", metrics, diagnosticsShape.metricCategories.safeParse(metrics))) return;
            if (!sameJson(metrics, DEFAULT_METRIC_CATEGORIES)) ctx.set(["diagnostics", "metricCategories"], metrics);
            ctx.input(
                ["metrics"],
                metrics.map((category) => ({ category, enabled: true })),
            );
        },
    },
    ...(["storageAccountId", "eventHubAuthorizationRuleId", "eventHubName"] as const).map(
        (key): Row<DiagnosticsRowContext> => ({
            arm: `properties.${key}`,
            azureDefault: "",
            apply(value, ctx) {
                if (value === "" || !schemaGap(ctx, `properties.${key}`, value, diagnosticsShape[key].safeParse(value))) return;
                ctx.set(["diagnostics", key], value);
                ctx.input([key], value);
            },
        }),
    ),
    { arm: "properties.marketplacePartnerId", azureDefault: "", gap: "a partner solution destination is not in the stack config" },
    { arm: "properties.serviceBusRuleId", azureDefault: "", gap: "a Service Bus destination (retired) is not in the stack config" },
];
