/**
 * Which alerts a stack gets, with which thresholds: the catalogue filtered by profile and by what
 * applies to the account, with the stack's overrides applied. Pure, for the component, the config
 * rules and tests.
 */
import type { AlertOverride, BusinessAlert } from "./args";
import { AlertSpec, CATALOG, CatalogContext, LogAlertSpec, Profile, Severity } from "./catalog";

export interface ResolvedAlert {
    spec: AlertSpec;
    /** Static threshold in the spec's unit; undefined for dynamic and activity alerts. */
    threshold?: number;
    severity: Severity;
    windowSize?: string;
    frequency?: string;
}

export function defaultThreshold(spec: AlertSpec, ctx: CatalogContext): number | undefined {
    if (spec.kind === "activity") return undefined;
    return spec.threshold?.(ctx);
}

/** Whether the alert is on for this stack before overrides: its profile is in, and it applies. */
export function inProfile(spec: AlertSpec, profile: Profile, ctx: CatalogContext): boolean {
    const applies = spec.applies ? spec.applies(ctx) : true;
    return applies && (profile === "full" || spec.profile === "essential");
}

export function resolveAlerts(ctx: CatalogContext, profile: Profile, overrides: Record<string, AlertOverride>): ResolvedAlert[] {
    const out: ResolvedAlert[] = [];
    for (const spec of CATALOG) {
        const o = overrides[spec.key] ?? {};
        const applies = spec.applies ? spec.applies(ctx) : true;
        const enabled = applies && (o.enabled ?? inProfile(spec, profile, ctx));
        if (!enabled) continue;
        out.push({
            spec,
            threshold: o.threshold ?? defaultThreshold(spec, ctx),
            severity: o.severity ?? spec.severity,
            ...(spec.kind === "activity" ? {} : { windowSize: o.windowSize ?? spec.windowSize, frequency: o.frequency ?? spec.frequency }),
        });
    }
    return out;
}

/** A business alert as a log alert spec, so it is built like the catalogue's own. */
export function businessAlertSpec(b: BusinessAlert): { spec: LogAlertSpec; resolved: ResolvedAlert } {
    const spec: LogAlertSpec = {
        kind: "log",
        key: `business-${b.name}`,
        title: b.name,
        meaning: b.description,
        why: "Declared by the stack (monitoring.businessAlerts).",
        firstChecks: ["Run the query in the workspace.", "Check the business process it watches.", "Tune the threshold if it fires without cause."],
        severity: b.severity ?? 3,
        profile: "essential",
        query: () => b.query,
        aggregation: "Count",
        operator: b.operator ?? "GreaterThan",
        threshold: () => b.threshold ?? 0,
        unit: "rows",
        thresholdRange: [0, 1e9],
        dimensions: [],
        windowSize: b.windowSize ?? "PT15M",
        frequency: b.frequency ?? "PT15M",
    };
    return { spec, resolved: { spec, threshold: b.threshold ?? 0, severity: spec.severity, windowSize: spec.windowSize, frequency: spec.frequency } };
}
