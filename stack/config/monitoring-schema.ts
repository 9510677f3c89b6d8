/**
 * Monitoring config: workspace, the diagnostic setting's categories and extra destinations
 * (shapes shared with the Monitoring component: components/monitoring/diagnostic-categories.ts), action
 * groups and their severity routing, per-alert overrides of the catalogue
 * (components/monitoring/catalog.ts), business log alerts, budget and workbook.
 */
import { z } from "zod";
import { FREQUENCIES, WINDOW_SIZES } from "../../components/monitoring/metrics";
import { diagnosticsSchema } from "../../components/monitoring/diagnostic-categories";
import { actionGroupShape, budgetSchema, severitySchema, webhookUri } from "../../components/monitoring/rules";
import { secretCapable } from "../../components/shared/secrets";

const severity = severitySchema;
const windowSize = z.enum(WINDOW_SIZES, { error: `a window is one of ${WINDOW_SIZES.join(", ")}` });
const frequency = z.enum(FREQUENCIES, { error: `a frequency is one of ${FREQUENCIES.join(", ")}` });
const operator = z.enum(["GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"], {
    error: "an operator is GreaterThan, GreaterThanOrEqual, LessThan or LessThanOrEqual",
});

const alertOverride = z.strictObject({
    enabled: z.boolean().optional().describe("Turn the alert on or off for this stack."),
    threshold: z.number().optional().describe("In the alert's unit (docs/monitoring.md); checked against the alert's sensible range."),
    severity: severity.optional().describe("0 (critical) to 4 (verbose); decides which action groups are notified."),
    windowSize: windowSize.optional(),
    frequency: frequency.optional(),
});

export const monitoringSchema = z.strictObject({
    profile: z
        .enum(["essential", "full"], { error: "a monitoring profile is 'essential' or 'full'" })
        .optional()
        .describe("`essential`: the alerts every stack needs (availability, throttling, errors, deletions). `full`: all of them. Default: full in production, essential elsewhere."),
    workspace: z
        .union([
            z.strictObject({
                name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,62}$/, "a workspace name is 4-63 letters, digits or hyphens").describe("Log Analytics workspace to create."),
                retentionDays: z.number().int().min(30, "workspace retention is 30 to 730 days").max(730, "workspace retention is 30 to 730 days").optional().describe("Default 30 (included in the price)."),
                dailyQuotaGb: z.number().positive().optional().describe("Ingestion cap per day, a cost guard; default none."),
            }),
            z.strictObject({
                id: z
                    .string()
                    .regex(/^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+$/i, "a workspace id is /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.OperationalInsights/workspaces/<name>")
                    .describe("An existing workspace (e.g. the platform's central one)."),
            }),
        ], { error: "workspace is { name, retentionDays? } to create one, or { id } of an existing one" })
        .optional()
        .describe("Where diagnostics go: a workspace created here, or an existing one by id. Default: create `log-<account name>`."),
    diagnostics: diagnosticsSchema
        .extend({
            name: z
                .string()
                // ARM resource names: no '#' (it breaks URL parsing), nor the path and query characters:
                // https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
                .regex(/^[^/\\?#%&<>*:\x00-\x1f]{1,260}$/, "a diagnostic setting name is 1-260 characters without /, \\, ?, #, %, &, <, >, *, : or control characters")
                .optional()
                .describe("The setting's Azure name. Default `to-log-analytics`. An existing setting keeps its own (adopted: while `import` is set, the setting of this name is imported with the workspace given by id, and the rest of monitoring waits for the switch's removal)."),
        })
        .optional()
        .describe("The account's diagnostic setting: log and metric categories, and a storage account (audit retention) and/or an Event Hub (SIEM) beside the workspace. Default: the five categories the alerts and workbook read, `Requests` and `SLI` metrics, workspace only."),
    actionGroups: z
        .array(
            z.strictObject({
                ...actionGroupShape,
                webhooks: z
                    .array(z.strictObject({ name: z.string().min(1), uri: secretCapable(webhookUri).describe("May hold a secret: the URL often carries a token. Set it with `pulumi config set --secret --path 'cosmos-platform:monitoring.actionGroups[0].webhooks[0].uri' <url>`; it then reaches Azure, state and previews only as a secret.") }))
                    .optional()
                    .describe("HTTPS endpoints (chat, paging, ITSM). Keep tokens out of git: encrypt the `uri` (it may hold a secret)."),
            }),
        )
        .optional()
        .describe("Who is notified, and of which severities."),
    alerts: z.record(z.string(), alertOverride).optional().describe("Per-alert overrides, keyed by alert (see docs/monitoring.md)."),
    businessAlerts: z
        .array(
            z.strictObject({
                name: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, "a business alert name is lowercase letters, digits or hyphens"),
                description: z.string().min(1, "say what the alert means"),
                query: z.string().refine((q) => q.trim().length > 0, "a KQL query is required").describe("KQL over the workspace; the rule counts the rows it returns."),
                operator: operator.optional().describe("Default GreaterThan."),
                threshold: z.number().min(0).optional().describe("Rows; default 0 (any row fires)."),
                severity: severity.optional().describe("Default 3."),
                windowSize: windowSize.optional().describe("Default PT15M."),
                frequency: frequency.optional().describe("Default PT15M."),
            }),
        )
        .optional()
        .describe("Log search alerts of your own (business metrics), declared as KQL."),
    budget: budgetSchema
        .optional()
        .describe("A cost budget (consumption:Budget) on the resource group, with notifications."),
    workbook: z.boolean().optional().describe("Create the operator workbook. Default true."),
});

export type MonitoringConfigInput = z.output<typeof monitoringSchema>;
