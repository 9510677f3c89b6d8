/**
 * The account's diagnostic setting: which log and metric categories go where. Pure functions, so
 * tests read the inputs and the validation without mocks; the Monitoring component registers the
 * resource. The rules and messages are the stack schema's (components/monitoring/diagnostic-categories.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import type * as monitor from "@pulumi/azure-native/monitor";
import { collectProblems, ConfigProblem, prefixed } from "../shared/errors";
import { shapeProblems } from "../shared/zod";
import { DEFAULT_LOG_CATEGORIES, DEFAULT_METRIC_CATEGORIES, diagnosticsRules, diagnosticsSchema } from "./diagnostic-categories";
import { ResolvedAlert } from "./resolve";
import type { DiagnosticsSettings } from "./args";

const ID_KEYS = ["storageAccountId", "eventHubAuthorizationRuleId", "eventHubName"] as const;
/** Stands in for an id only known at deployment (an Output), which the rules can only see as present. */
const COMPUTED = "<computed>";

/** The log alerts' KQL, so a category they read cannot be left out. */
export function logReaders(alerts: readonly ResolvedAlert[]): { name: string; query: string }[] {
    return alerts.flatMap((a) => (a.spec.kind === "log" ? [{ name: `alert '${a.spec.key}'`, query: a.spec.query(a.threshold ?? 0) }] : []));
}

/** Azure's rules on the `diagnostics` argument; paths start at `diagnostics`. Ids that are Outputs are checked for presence only. */
export function diagnosticsArgsProblems(diagnostics: DiagnosticsSettings = {}, alerts: readonly ResolvedAlert[] = []): ConfigProblem[] {
    const plain: Record<string, unknown> = {};
    const present: Record<string, unknown> = {};
    for (const key of ["logCategories", "metricCategories"] as const) {
        if (diagnostics[key] !== undefined) plain[key] = present[key] = diagnostics[key];
    }
    for (const key of ID_KEYS) {
        const value = diagnostics[key];
        if (value === undefined) continue;
        if (typeof value === "string") plain[key] = value;
        present[key] = typeof value === "string" ? value : COMPUTED;
    }
    const shape = shapeProblems(diagnosticsSchema, plain).map((p) => ({ ...p, path: ["diagnostics", ...p.path] }));
    if (shape.length > 0) return shape;
    return collectProblems((report) => diagnosticsRules(present, prefixed(["diagnostics"], report), logReaders(alerts)));
}

/** The DiagnosticSetting inputs: the workspace in resource-specific tables, plus the optional destinations. */
export function diagnosticSettingArgs(
    diagnostics: DiagnosticsSettings,
    accountId: pulumi.Input<string>,
    workspaceId: pulumi.Input<string>,
): monitor.DiagnosticSettingArgs {
    return {
        // The name is part of the setting's identity in Azure: changing it replaces the setting.
        name: diagnostics.name ?? "to-log-analytics",
        resourceUri: accountId,
        workspaceId,
        logAnalyticsDestinationType: "Dedicated",
        logs: (diagnostics.logCategories ?? DEFAULT_LOG_CATEGORIES).map((category) => ({ category, enabled: true })),
        metrics: (diagnostics.metricCategories ?? DEFAULT_METRIC_CATEGORIES).map((category) => ({ category, enabled: true })),
        ...(diagnostics.storageAccountId !== undefined ? { storageAccountId: diagnostics.storageAccountId } : {}),
        ...(diagnostics.eventHubAuthorizationRuleId !== undefined ? { eventHubAuthorizationRuleId: diagnostics.eventHubAuthorizationRuleId } : {}),
        ...(diagnostics.eventHubName !== undefined ? { eventHubName: diagnostics.eventHubName } : {}),
    };
}
