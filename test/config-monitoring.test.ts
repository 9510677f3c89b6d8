import * as assert from "assert";
import { baseline, expectProblem, parse, withOncall } from "./helpers/config";

/** A production config, with the on-call action group the tests change further. */
interface ProdTestConfig {
    [key: string]: unknown;
    monitoring: { [key: string]: unknown; actionGroups: Record<string, unknown>[] };
}

function prodRaw(): ProdTestConfig {
    const raw = withOncall(baseline()) as ProdTestConfig;
    raw.environment = "prod";
    return raw;
}

describe("stack config: monitoring rules", () => {
    it("defaults to a created workspace, the essential profile outside production and full in it", () => {
        const dev = parse(baseline()).monitoring;
        assert.deepStrictEqual(dev.workspace, { create: { name: "log-test-account", retentionDays: 30 } });
        assert.strictEqual(dev.profile, "essential");
        assert.strictEqual(parse(prodRaw()).monitoring.profile, "full");
    });

    it("rejects an override for an alert that does not exist and lists the alerts", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { "ru-saturaton": { threshold: 80 } } };
        expectProblem(raw, "monitoring.alerts.ru-saturaton", 'no alert named "ru-saturaton"', "ru-saturation", "throttling");
    });

    it("rejects a threshold outside the alert's range, naming its unit", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { "ru-saturation": { threshold: 150 } } };
        expectProblem(raw, "monitoring.alerts.ru-saturation.threshold", "in %, from 1 to 100", "got 150");
    });

    it("rejects a threshold on a dynamic or an activity-log alert", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { throttling: { threshold: 5 }, "account-deleted": { threshold: 1 } } };
        expectProblem(raw, "monitoring.alerts.throttling.threshold", "dynamic threshold");
        expectProblem(raw, "monitoring.alerts.account-deleted.threshold", "takes no threshold");
    });

    it("rejects a window shorter than the metric's time grain", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { availability: { windowSize: "PT15M" } } };
        expectProblem(raw, "monitoring.alerts.availability", "shorter than the metric's smallest time grain PT1H");
    });

    it("rejects an unknown severity, window or frequency value", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { storage: { severity: 5, frequency: "PT2M" } } };
        expectProblem(raw, "monitoring.alerts.storage.severity", "0 (critical) to 4", "got 5");
        expectProblem(raw, "monitoring.alerts.storage.frequency", "PT1M, PT5M", 'got "PT2M"');
    });

    it("rejects turning on an alert that does not apply to the account", () => {
        const raw = baseline();
        raw.monitoring = { alerts: { "replication-latency": { enabled: true } } };
        expectProblem(raw, "monitoring.alerts.replication-latency.enabled", "does not apply", "one region");
    });

    it("rejects an action group without receivers", () => {
        const raw = baseline();
        raw.monitoring = { actionGroups: [{ name: "ag", shortName: "ag" }] };
        expectProblem(raw, "monitoring.actionGroups[0]", "has no receivers");
    });

    it("rejects a production stack whose alerts reach nobody", () => {
        const raw = baseline();
        raw.environment = "prod";
        expectProblem(raw, "monitoring.actionGroups", "alerts must reach someone (requireReceivers, on in production)");
    });

    it("rejects a production stack that leaves a used severity unrouted", () => {
        const raw = prodRaw();
        raw.monitoring.actionGroups[0].severities = [0, 1, 2];
        expectProblem(raw, "monitoring.actionGroups", "no action group receives severity 3");
    });

    it("rejects an empty business-alert query and a short name too long", () => {
        const raw = baseline();
        raw.monitoring = {
            businessAlerts: [{ name: "orders-stalled", description: "No orders in 15 minutes", query: "   " }],
            actionGroups: [{ name: "ag", shortName: "much-too-long-name", emails: [{ name: "a", address: "a@example.com" }] }],
        };
        expectProblem(raw, "monitoring.businessAlerts[0].query", "KQL query is required");
        expectProblem(raw, "monitoring.actionGroups[0].shortName", "at most 12 characters");
    });

    it("accepts a business alert and adds it to the stack's alerts", () => {
        const raw = baseline();
        raw.monitoring = {
            businessAlerts: [
                {
                    name: "orders-stalled",
                    description: "No orders in 15 minutes",
                    query: "CDBDataPlaneRequests | where OperationName == 'Create'",
                    operator: "LessThan",
                    threshold: 1,
                },
            ],
        };
        const alert = parse(raw).monitoring.alerts.find((a) => a.spec.key === "business-orders-stalled");
        assert.ok(alert && alert.spec.kind === "log");
        assert.strictEqual(alert.threshold, 1);
    });

    it("rejects a budget that does not start on the first of a month, or a bad email", () => {
        const raw = baseline();
        raw.monitoring = { budget: { amount: 100, startDate: "2026-12-15", contactEmails: ["finops"] } };
        expectProblem(raw, "monitoring.budget.startDate", "first day of a month", 'got "2026-12-15"');
        expectProblem(raw, "monitoring.budget.contactEmails[0]", "name@example.com", 'got "finops"');
    });

    it("rejects a workspace id that is not a Log Analytics workspace", () => {
        const raw = baseline();
        raw.monitoring = { workspace: { id: "/subscriptions/x/workspaces/y" } };
        expectProblem(raw, "monitoring.workspace.id", "Microsoft.OperationalInsights/workspaces/<name>", 'got "/subscriptions/x/workspaces/y"');
    });
});
