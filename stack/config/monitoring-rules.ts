/**
 * Cross-key rules for monitoring: overrides must name real alerts with sensible values, every
 * action group must reach someone, production alerts must reach someone at every severity, and
 * the diagnostic setting sends what the log alerts read (components/monitoring/diagnostic-categories.ts).
 */
import { CATALOG } from "../../components/monitoring/catalog";
import { logReaders } from "../../components/monitoring/diagnostics";
import { checkMetricAlert } from "../../components/monitoring/metrics";
import { resolveAlerts } from "../../components/monitoring/resolve";
import { alertContext } from "../../components/monitoring/component";
import { isProduction } from "./defaults";
import { diagnosticsRules } from "../../components/monitoring/diagnostic-categories";
import { describeValue, prefixed } from "../../components/shared/errors";
import { AccountView } from "./schema";
import type { Report } from "./security-rules";

export function monitoringRules(cfg: AccountView, report: Report): void {
    const m: NonNullable<AccountView["monitoring"]> = cfg.monitoring ?? {};
    const ctx = alertContext(cfg.account);
    const production = isProduction(cfg);
    const byKey = new Map(CATALOG.map((s) => [s.key, s]));

    for (const [key, o] of Object.entries(m.alerts ?? {})) {
        const at = ["monitoring", "alerts", key];
        const spec = byKey.get(key);
        if (!spec) {
            report(at, `no alert named ${describeValue(key)}; alerts: ${[...byKey.keys()].join(", ")}`);
            continue;
        }
        if (o.enabled === true && spec.applies && !spec.applies(ctx)) {
            report([...at, "enabled"], `alert '${key}' does not apply to this account (${spec.kind === "metric" && spec.metric === "ReplicationLatency" ? "one region" : "its configuration"}); remove the override`);
        }
        if (o.threshold !== undefined) {
            if (spec.kind === "activity") report([...at, "threshold"], `alert '${key}' fires on an activity-log event and takes no threshold`);
            else if (spec.kind === "metric" && spec.dynamic) report([...at, "threshold"], `alert '${key}' uses a dynamic threshold that Azure learns; set severity or windowSize instead`);
            else if (o.threshold < spec.thresholdRange[0] || o.threshold > spec.thresholdRange[1]) {
                report([...at, "threshold"], `threshold for '${key}' is in ${spec.unit}, from ${spec.thresholdRange[0]} to ${spec.thresholdRange[1]}; got ${o.threshold}`);
            }
        }
        if ((o.windowSize !== undefined || o.frequency !== undefined) && spec.kind === "activity") {
            report(at, `alert '${key}' fires on an activity-log event and has no window or frequency`);
        } else if (spec.kind === "metric" && (o.windowSize !== undefined || o.frequency !== undefined)) {
            const problems = checkMetricAlert({ ...spec, windowSize: o.windowSize ?? spec.windowSize, frequency: o.frequency ?? spec.frequency });
            for (const p of problems) report(at, `alert '${key}': ${p}`);
        }
    }

    const groups = m.actionGroups ?? [];
    const seen = new Set<string>();
    groups.forEach((g, i) => {
        if (seen.has(g.name)) report(["monitoring", "actionGroups", i, "name"], `action group '${g.name}' is declared twice`);
        seen.add(g.name);
        if ((g.emails ?? []).length + (g.webhooks ?? []).length === 0) {
            report(["monitoring", "actionGroups", i], `action group '${g.name}' has no receivers; add emails or webhooks`);
        }
    });
    const names = new Set<string>();
    (m.businessAlerts ?? []).forEach((b, i) => {
        if (names.has(b.name)) report(["monitoring", "businessAlerts", i, "name"], `business alert '${b.name}' is declared twice`);
        names.add(b.name);
    });

    const alerts = resolveAlerts(ctx, m.profile ?? (production ? "full" : "essential"), m.alerts ?? {});
    const readers = [...logReaders(alerts), ...(m.businessAlerts ?? []).map((b) => ({ name: `business alert '${b.name}'`, query: b.query }))];
    diagnosticsRules(m.diagnostics ?? {}, prefixed(["monitoring", "diagnostics"], report), readers);

    // While importing, monitoring is not deployed (stack/platform.ts); the rule applies once the switch is removed.
    if (production && !cfg.import) {
        if (groups.length === 0) {
            report(["monitoring", "actionGroups"], "a production stack needs at least one action group with receivers, or its alerts reach nobody");
        } else {
            const severities = new Set([...alerts.map((a) => a.severity), ...(m.businessAlerts ?? []).map((b) => b.severity ?? 3)]);
            for (const s of [...severities].sort()) {
                if (!groups.some((g) => !g.severities || g.severities.includes(s))) {
                    report(["monitoring", "actionGroups"], `no action group receives severity ${s}, which production alerts use; add it to an action group's severities`);
                }
            }
        }
    }
}
