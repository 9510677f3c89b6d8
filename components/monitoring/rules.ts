/**
 * Azure's rules for action groups, metric alerts and budgets, shared by the Monitoring component
 * and the stack schema (stack/config/monitoring-schema.ts), so both give the same messages.
 * Action groups: https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups (short name
 * at most 12 characters). Metric alert windows and grains: components/monitoring/metrics.ts.
 * Budgets: https://learn.microsoft.com/rest/api/consumption/budgets/create-or-update (time period
 * starts on the first of a month).
 */
import { z } from "zod";
import type { ResolvedAlert } from "./resolve";
import { checkMetricAlert } from "./metrics";
import { ConfigProblem, describeValue, Report } from "../shared/errors";
import { shapeProblems } from "../shared/zod";

export const severitySchema = z.number().int().min(0, "a severity is 0 (critical) to 4 (verbose)").max(4, "a severity is 0 (critical) to 4 (verbose)");
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const emailAddress = z.string().regex(EMAIL, "an email address looks like name@example.com");
/** A webhook must be https: Azure Monitor calls it with the alert payload. */
export const webhookUri = z.string().regex(/^https:\/\/\S+$/, "a webhook is an https:// URL");

/** An action group without its webhooks (whose URI may be a secret, checked apart). */
export const actionGroupShape = {
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,259}$/, "an action group name is letters, digits or hyphens").describe("Azure name of the action group."),
    shortName: z.string().min(1).max(12, "an action group short name is at most 12 characters (it appears in SMS and email)").describe("Up to 12 characters."),
    emails: z.array(z.strictObject({ name: z.string().min(1), address: emailAddress })).optional(),
    severities: z.array(severitySchema).min(1).optional().describe("Severities routed here; default all."),
};

export const budgetSchema = z.strictObject({
    amount: z.number().positive("a budget amount is positive").describe("Monthly amount in the billing currency, for the resource group."),
    startDate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "a budget starts on the first day of a month: YYYY-MM-01").describe("First day of a month."),
    thresholds: z
        .array(z.strictObject({ percent: z.number().min(1).max(1000), type: z.enum(["Actual", "Forecasted"], { error: "a budget threshold type is Actual or Forecasted" }) }))
        .optional()
        .describe("Default: 80 % and 100 % actual, 100 % forecasted."),
    contactEmails: z.array(emailAddress).optional().describe("Besides the action groups."),
});

interface ActionGroupLike {
    name: string;
    shortName: string;
    emails?: { name: string; address: string }[];
    webhooks?: { name: string; uri: unknown }[];
    severities?: number[];
}

/** Action groups, alerts and budget as the Monitoring component takes them; paths are argument paths. */
export function monitoringArgsProblems(args: { actionGroups?: readonly ActionGroupLike[]; alerts?: readonly ResolvedAlert[]; budget?: unknown }): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const report: Report = (path, message) => problems.push({ path, message });
    const groupSchema = z.strictObject({ ...actionGroupShape, webhooks: z.array(z.strictObject({ name: z.string().min(1), uri: z.unknown() })).optional() });
    (args.actionGroups ?? []).forEach((g, i) => {
        for (const p of shapeProblems(groupSchema, g)) report(["actionGroups", i, ...p.path], p.message);
        (g.webhooks ?? []).forEach((w, j) => {
            // A secret or another resource's output is checked where it is known (the stack checks config values).
            if (typeof w.uri === "string" && !webhookUri.safeParse(w.uri).success) report(["actionGroups", i, "webhooks", j, "uri"], "a webhook is an https:// URL; got a value that is not");
        });
    });
    (args.alerts ?? []).forEach((a, i) => {
        if (a.spec.kind !== "metric") return;
        for (const p of checkMetricAlert({ ...a.spec, windowSize: a.windowSize ?? a.spec.windowSize, frequency: a.frequency ?? a.spec.frequency })) report(["alerts", i], `alert '${a.spec.key}': ${p}`);
        if (a.severity < 0 || a.severity > 4) report(["alerts", i, "severity"], `a severity is 0 (critical) to 4 (verbose); got ${describeValue(a.severity)}`);
    });
    if (args.budget !== undefined) for (const p of shapeProblems(budgetSchema, args.budget)) report(["budget", ...p.path], p.message);
    return problems;
}
