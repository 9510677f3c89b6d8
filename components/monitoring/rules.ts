/**
 * Azure's rules for an account's monitoring, in one place: the shapes (workspace, diagnostic
 * setting, action groups, alert overrides, business alerts, budget) and the rules that join them
 * (overrides name real alerts with sensible values, every action group reaches someone, the
 * diagnostic setting sends what the log alerts read, and, when asked, every severity reaches
 * someone). The Monitoring component runs them on its arguments; the stack schema is built from
 * the same shapes and calls the same rules.
 * Action groups: https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups (short name
 * at most 12 characters). Metric alert windows and grains: components/monitoring/metrics.ts.
 * Budgets: https://learn.microsoft.com/rest/api/consumption/budgets/create-or-update (time period
 * starts on the first of a month).
 */
import { z } from "zod";
import { CATALOG, CatalogContext } from "./catalog";
import { diagnosticsRules, diagnosticsSchema } from "./diagnostic-categories";
import { logReaders } from "./diagnostics";
import { checkMetricAlert, FREQUENCIES, WINDOW_SIZES } from "./metrics";
import { ResolvedAlert, resolveAlerts } from "./resolve";
import { AlertOperator, AlertProfile, BudgetThresholdType, MonitoringSettings } from "./args";
import { describeValue, PathSegment, prefixed, Report } from "../shared/errors";
import { enumOf } from "../shared/zod";

export const severitySchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "a severity is 0 (critical) to 4 (verbose)",
});
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const emailAddress = z.string().regex(EMAIL, "an email address looks like name@example.com");
/** A webhook must be https: Azure Monitor calls it with the alert payload. */
export const webhookUri = z.string().regex(/^https:\/\/\S+$/, "a webhook is an https:// URL");

/** An action group without its webhooks (whose URI may be a secret or an output, checked by the caller's shape). */
export const actionGroupShape = {
    name: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,259}$/, "an action group name is letters, digits or hyphens")
        .describe("Azure name of the action group."),
    shortName: z.string().min(1).max(12, "an action group short name is at most 12 characters (it appears in SMS and email)").describe("Up to 12 characters."),
    emails: z.array(z.strictObject({ name: z.string().min(1), address: emailAddress })).optional(),
    severities: z.array(severitySchema).min(1).optional().describe("Severities routed here; default all."),
};

export const budgetSchema = z.strictObject({
    amount: z.number().positive("a budget amount is positive").describe("Monthly amount in the billing currency, for the resource group."),
    startDate: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "a budget starts on the first day of a month: YYYY-MM-01")
        .describe("First day of a month."),
    thresholds: z
        .array(
            z.strictObject({
                percent: z.number().min(1).max(1000),
                type: enumOf(BudgetThresholdType, "a budget threshold type", "a budget threshold type is Actual or Forecasted"),
            }),
        )
        .optional()
        .describe("Default: 80 % and 100 % actual, 100 % forecasted."),
    contactEmails: z.array(emailAddress).optional().describe("Besides the action groups."),
});

const windowSize = z.enum(WINDOW_SIZES, { error: `a window is one of ${WINDOW_SIZES.join(", ")}` });
const frequency = z.enum(FREQUENCIES, { error: `a frequency is one of ${FREQUENCIES.join(", ")}` });

export const alertOverrideSchema = z.strictObject({
    enabled: z.boolean().optional().describe("Turn the alert on or off for this stack."),
    threshold: z.number().optional().describe("In the alert's unit (docs/monitoring.md); checked against the alert's sensible range."),
    severity: severitySchema.optional().describe("0 (critical) to 4 (verbose); decides which action groups are notified."),
    windowSize: windowSize.optional(),
    frequency: frequency.optional(),
});

export const businessAlertSchema = z.strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, "a business alert name is lowercase letters, digits or hyphens"),
    description: z.string().min(1, "say what the alert means"),
    query: z
        .string()
        .refine((q) => q.trim().length > 0, "a KQL query is required")
        .describe("KQL over the workspace; the rule counts the rows it returns."),
    operator: enumOf(AlertOperator, "an operator", "an operator is GreaterThan, GreaterThanOrEqual, LessThan or LessThanOrEqual")
        .optional()
        .describe("Default GreaterThan."),
    threshold: z.number().min(0).optional().describe("Rows; default 0 (any row fires)."),
    severity: severitySchema.optional().describe("Default 3."),
    windowSize: windowSize.optional().describe("Default PT15M."),
    frequency: frequency.optional().describe("Default PT15M."),
});

const WORKSPACE_ID = /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+$/i;

/** The workspace: `name` (and its settings) to create one, or `id` of an existing one. */
export function workspaceSchema<S extends z.ZodType>(id: S) {
    return z
        .strictObject({
            name: z
                .string()
                .regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,62}$/, "a workspace name is 4-63 letters, digits or hyphens")
                .optional()
                .describe("Log Analytics workspace to create."),
            retentionDays: z
                .number()
                .int()
                .min(30, "workspace retention is 30 to 730 days")
                .max(730, "workspace retention is 30 to 730 days")
                .optional()
                .describe("Default 30 (included in the price)."),
            dailyQuotaGb: z.number().positive().optional().describe("Ingestion cap per day, a cost guard; default none."),
            id: id.optional().describe("An existing workspace (e.g. the platform's central one) instead of creating one."),
        })
        .superRefine((w, ctx) => {
            const created = w.name !== undefined || w.retentionDays !== undefined || w.dailyQuotaGb !== undefined;
            if ((w.id !== undefined) === created)
                ctx.addIssue({ code: "custom", message: "workspace is { name, retentionDays?, dailyQuotaGb? } to create one, or { id } of an existing one" });
        });
}

/** A workspace id, as a stack file writes it. */
export const workspaceId = z
    .string()
    .regex(WORKSPACE_ID, "a workspace id is /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.OperationalInsights/workspaces/<name>");

/**
 * The monitoring settings' shape, with the webhook URI and the workspace id as the caller takes
 * them: plain strings (or secrets) in a stack file, inputs for the component.
 */
export function monitoringSettingsShape<U extends z.ZodType, W extends z.ZodType, D extends z.ZodType>(uri: U, workspace: W, diagnostics: D) {
    return z.strictObject({
        profile: enumOf(AlertProfile, "a monitoring profile", "a monitoring profile is 'essential' or 'full'")
            .optional()
            .describe(
                "`essential`: the alerts every stack needs (availability, throttling, errors, deletions). `full`: all of them. Default: full in production, essential elsewhere.",
            ),
        workspace: workspace
            .optional()
            .describe("Where diagnostics go: a workspace created here, or an existing one by id. Default: create `log-<account name>`."),
        diagnostics: diagnostics
            .optional()
            .describe(
                "The account's diagnostic setting: log and metric categories, and a storage account (audit retention) and/or an Event Hub (SIEM) beside the workspace. Default: the five categories the alerts and workbook read, `Requests` and `SLI` metrics, workspace only.",
            ),
        actionGroups: z
            .array(
                z.strictObject({
                    ...actionGroupShape,
                    webhooks: z
                        .array(z.strictObject({ name: z.string().min(1), uri }))
                        .optional()
                        .describe("HTTPS endpoints (chat, paging, ITSM). Keep tokens out of git: encrypt the `uri` (it may hold a secret)."),
                }),
            )
            .optional()
            .describe("Who is notified, and of which severities."),
        alerts: z.record(z.string(), alertOverrideSchema).optional().describe("Per-alert overrides, keyed by alert (see docs/monitoring.md)."),
        businessAlerts: z.array(businessAlertSchema).optional().describe("Log search alerts of your own (business metrics), declared as KQL."),
        budget: budgetSchema.optional().describe("A cost budget (consumption:Budget) on the resource group, with notifications."),
        workbook: z.boolean().optional().describe("Create the operator workbook. Default true."),
        requireReceivers: z
            .boolean()
            .optional()
            .describe(
                "Refuse alerts that reach nobody: at least one action group, and every severity the alerts use routed to one. Default: true in production, false elsewhere.",
            ),
    });
}

/** The settings the monitoring rules read, whatever form the webhook URIs take. */
type MonitoringRuleInput = Omit<MonitoringSettings, "actionGroups"> & {
    actionGroups?: readonly { name: string; emails?: readonly unknown[]; webhooks?: readonly unknown[]; severities?: readonly number[] }[];
};

/** The catalogue's alerts this account gets: its profile's, with the overrides applied. */
export function alertsFor(m: Pick<MonitoringSettings, "profile" | "alerts">, ctx: CatalogContext): ResolvedAlert[] {
    return resolveAlerts(ctx, m.profile ?? AlertProfile.Full, m.alerts ?? {});
}

/**
 * The rules that join monitoring settings, for the account `ctx` describes. Paths are relative to
 * the settings (`alerts.<key>.threshold`, `actionGroups[0]`).
 */
export function monitoringSettingsRules(m: MonitoringRuleInput, ctx: CatalogContext, report: Report): void {
    const byKey = new Map(CATALOG.map((s) => [s.key, s]));
    for (const [key, o] of Object.entries(m.alerts ?? {})) {
        const at: PathSegment[] = ["alerts", key];
        const spec = byKey.get(key);
        if (!spec) {
            report(at, `no alert named ${describeValue(key)}; alerts: ${[...byKey.keys()].join(", ")}`);
            continue;
        }
        if (o.enabled === true && spec.applies && !spec.applies(ctx)) {
            report(
                [...at, "enabled"],
                `alert '${key}' does not apply to this account (${spec.kind === "metric" && spec.metric === "ReplicationLatency" ? "one region" : "its configuration"}); remove the override`,
            );
        }
        if (o.threshold !== undefined) {
            if (spec.kind === "activity") report([...at, "threshold"], `alert '${key}' fires on an activity-log event and takes no threshold`);
            else if (spec.kind === "metric" && spec.dynamic)
                report([...at, "threshold"], `alert '${key}' uses a dynamic threshold that Azure learns; set severity or windowSize instead`);
            else if (o.threshold < spec.thresholdRange[0] || o.threshold > spec.thresholdRange[1]) {
                report(
                    [...at, "threshold"],
                    `threshold for '${key}' is in ${spec.unit}, from ${spec.thresholdRange[0]} to ${spec.thresholdRange[1]}; got ${o.threshold}`,
                );
            }
        }
        if ((o.windowSize !== undefined || o.frequency !== undefined) && spec.kind === "activity") {
            report(at, `alert '${key}' fires on an activity-log event and has no window or frequency`);
        } else if (spec.kind === "metric" && (o.windowSize !== undefined || o.frequency !== undefined)) {
            for (const p of checkMetricAlert({ ...spec, windowSize: o.windowSize ?? spec.windowSize, frequency: o.frequency ?? spec.frequency }))
                report(at, `alert '${key}': ${p}`);
        }
    }

    const groups = m.actionGroups ?? [];
    const seen = new Set<string>();
    groups.forEach((g, i) => {
        if (seen.has(g.name)) report(["actionGroups", i, "name"], `action group '${g.name}' is declared twice`);
        seen.add(g.name);
        if ((g.emails ?? []).length + (g.webhooks ?? []).length === 0)
            report(["actionGroups", i], `action group '${g.name}' has no receivers; add emails or webhooks`);
    });
    const names = new Set<string>();
    (m.businessAlerts ?? []).forEach((b, i) => {
        if (names.has(b.name)) report(["businessAlerts", i, "name"], `business alert '${b.name}' is declared twice`);
        names.add(b.name);
    });

    const alerts = alertsFor(m, ctx);
    const readers = [...logReaders(alerts), ...(m.businessAlerts ?? []).map((b) => ({ name: `business alert '${b.name}'`, query: b.query }))];
    diagnosticsRules(m.diagnostics ?? {}, prefixed(["diagnostics"], report), readers);

    if (m.requireReceivers) {
        if (groups.length === 0) {
            report(["actionGroups"], "alerts must reach someone (requireReceivers, on in production): add at least one action group with receivers");
        } else {
            const severities = new Set([...alerts.map((a) => a.severity), ...(m.businessAlerts ?? []).map((b) => b.severity ?? 3)]);
            for (const s of [...severities].sort((a, b) => a - b)) {
                if (!groups.some((g) => !g.severities || g.severities.includes(s))) {
                    report(["actionGroups"], `no action group receives severity ${s}, which the alerts use; add it to an action group's severities`);
                }
            }
        }
    }
}

export { diagnosticsSchema };
