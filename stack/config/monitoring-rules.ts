/**
 * Monitoring's rules for a stack: the Monitoring component's own (components/monitoring/rules.ts),
 * with alerts that must reach someone in production (`requireReceivers`, default on there). While
 * importing, monitoring is not deployed (stack/platform.ts), so its rules wait for the next deployment.
 */
import { alertContext } from "../../components/monitoring/component";
import { monitoringSettingsRules } from "../../components/monitoring/rules";
import { prefixed } from "../../components/shared/errors";
import { isProduction } from "./defaults";
import { AccountView } from "./schema";
import type { Report } from "./security-rules";

export function monitoringRules(cfg: AccountView, report: Report): void {
    const m = cfg.monitoring ?? {};
    const production = isProduction(cfg);
    const settings = {
        ...m,
        profile: m.profile ?? (production ? "full" : "essential"),
        requireReceivers: !cfg.import && (m.requireReceivers ?? production),
    } as const;
    monitoringSettingsRules(settings, alertContext(cfg.account), prefixed(["monitoring"], report));
}
