import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { AMBA_THROUGHPUT_THRESHOLD, CATALOG, METRIC_ALERTS, throughputCeiling } from "../components/monitoring/catalog";
import { LOG_CATEGORIES } from "../components/monitoring/component";
import { checkMetricAlert, durationMinutes, METRICS } from "../components/monitoring/metrics";
import { resolveAlerts } from "../components/monitoring/resolve";
import { workbookJson, WORKBOOK_CHARTS } from "../components/monitoring/workbook";
import { availabilitySla, failedRequestsToBreach, monthlyErrorBudgetMinutes } from "../components/shared/sla";
import { renderMonitoringDocs } from "../tooling/review/monitoring-docs";
import { ResourceRecord, UNKNOWN } from "../tooling/model/plan-record";
import { SynthResult } from "../tooling/review/synth";
import { one, ofType } from "./helpers/records";
import { committedStack } from "./helpers/stacks";

const FULL_CTX = { regions: [{ zoneRedundant: true }, { zoneRedundant: true }], multiRegionWrites: false, serverless: false, localAuth: true };

type Criterion = Record<string, unknown> & { dimensions?: { name: string; operator: string; values: string[] }[] };
const criterion = (r: ResourceRecord) => (r.inputs.criteria as { allOf: Criterion[] }).allOf[0];

describe("metric table and alert catalogue", () => {
    it("accepts every catalogue metric alert as Azure publishes the metric", () => {
        for (const spec of METRIC_ALERTS) assert.deepStrictEqual(checkMetricAlert(spec), [], spec.key);
    });

    it("rejects unknown and deprecated metrics, missing aggregations and dimensions", () => {
        const base = { metric: "TotalRequests", aggregation: "Count" as const, dimensions: [], windowSize: "PT5M", frequency: "PT1M" };
        assert.match(checkMetricAlert({ ...base, metric: "ThrottledRequests" }).join(), /not a metric/);
        assert.match(checkMetricAlert({ ...base, metric: "ServerSideLatency", aggregation: "Average" }).join(), /deprecated/);
        assert.match(checkMetricAlert({ ...base, metric: "ServiceAvailability", aggregation: "Total", windowSize: "PT1H" }).join(), /no Total aggregation/);
        assert.match(checkMetricAlert({ ...base, dimensions: [{ name: "PartitionKeyRangeId" }] }).join(), /no dimension 'PartitionKeyRangeId'/);
    });

    it("rejects windows shorter than the metric's grain and frequencies longer than the window", () => {
        const availability = { metric: "ServiceAvailability", aggregation: "Average" as const, dimensions: [], windowSize: "PT5M", frequency: "PT1M" };
        assert.match(checkMetricAlert(availability).join(), /shorter than the metric's smallest time grain PT1H/);
        assert.match(checkMetricAlert({ ...availability, windowSize: "PT1H", frequency: "PT6H" }).join(), /not one of/);
        assert.match(
            checkMetricAlert({ ...availability, metric: "TotalRequests", aggregation: "Count", windowSize: "PT5M", frequency: "PT15M" }).join(),
            /longer than the window/,
        );
        assert.strictEqual(durationMinutes("P1D"), 1440);
    });

    it("knows the region and throughput metrics AMBA alerts on, with Microsoft's grains and dimensions", () => {
        const offline = { metric: "OfflineRegion", aggregation: "Count" as const, dimensions: [{ name: "Region" }], windowSize: "PT5M", frequency: "PT1M" };
        assert.deepStrictEqual(checkMetricAlert(offline), []);
        assert.match(checkMetricAlert({ ...offline, aggregation: "Total" }).join(), /OfflineRegion' has no Total aggregation/);
        const removed = { metric: "RemoveRegion", aggregation: "Count" as const, dimensions: [], windowSize: "PT1M", frequency: "PT1M" };
        assert.match(checkMetricAlert(removed).join(), /shorter than the metric's smallest time grain PT5M/);
        const throughput = {
            metric: "ProvisionedThroughput",
            aggregation: "Maximum" as const,
            dimensions: [{ name: "DatabaseName" }, { name: "Region" }],
            windowSize: "PT1H",
            frequency: "PT1M",
        };
        assert.deepStrictEqual(checkMetricAlert(throughput), []);
        assert.match(checkMetricAlert({ ...throughput, aggregation: "Average" }).join(), /has no Average aggregation \(it has Maximum\)/);
        assert.match(checkMetricAlert({ ...throughput, dimensions: [{ name: "PartitionKeyRangeId" }] }).join(), /no dimension 'PartitionKeyRangeId'/);
    });

    it("adds AMBA's OfflineRegion, RemoveRegion and ProvisionedThroughput alerts where they apply", () => {
        const keys = (ctx: typeof FULL_CTX, profile: "essential" | "full") => resolveAlerts(ctx, profile, {}).map((a) => a.spec.key);
        const single = { ...FULL_CTX, regions: [{ zoneRedundant: true }] };
        assert.ok(keys(FULL_CTX, "essential").includes("offline-region") && keys(FULL_CTX, "essential").includes("region-removed"));
        assert.ok(
            !keys(single, "full").includes("offline-region") && !keys(single, "full").includes("region-removed"),
            "one region cannot go offline or be removed",
        );
        assert.ok(keys(single, "full").includes("provisioned-throughput") && !keys(single, "essential").includes("provisioned-throughput"));
        assert.ok(!keys({ ...single, serverless: true }, "full").includes("provisioned-throughput"), "serverless has no provisioned throughput");
        const spec = (key: string) => METRIC_ALERTS.find((a) => a.key === key);
        assert.deepStrictEqual([spec("offline-region")?.severity, spec("region-removed")?.severity, spec("provisioned-throughput")?.severity], [2, 3, 3]);
        assert.deepStrictEqual([spec("region-removed")?.windowSize, spec("region-removed")?.frequency], ["PT15M", "PT5M"]);
    });

    it("sets the throughput alert at the largest declared offer, else AMBA's 3,000 RU/s", () => {
        const threshold = (ctx: typeof FULL_CTX & { throughputCeiling?: number }) =>
            resolveAlerts(ctx, "full", {}).find((a) => a.spec.key === "provisioned-throughput")?.threshold;
        assert.strictEqual(threshold({ ...FULL_CTX, throughputCeiling: 4000 }), 4000);
        assert.strictEqual(threshold(FULL_CTX), AMBA_THROUGHPUT_THRESHOLD);
        assert.strictEqual(throughputCeiling([{ mode: "manual", throughput: 600 }, { mode: "autoscale", maxThroughput: 4000 }, { mode: "shared" }]), 4000);
        assert.strictEqual(
            throughputCeiling([
                { mode: "manual", throughput: 6000 },
                { mode: "autoscale", maxThroughput: 4000 },
            ]),
            6000,
        );
        assert.strictEqual(throughputCeiling([{ mode: "serverless" }]), undefined);
    });

    it("aligns the 429 alert with AMBA's Low sensitivity and says why it watches only the rise", () => {
        const throttling = METRIC_ALERTS.find((a) => a.key === "throttling");
        assert.deepStrictEqual([throttling?.dynamic, throttling?.operator], ["Low", "GreaterThan"]);
        assert.match(String(throttling?.why), /GreaterOrLessThan/);
    });

    it("never alerts on a deprecated metric, and every catalogue key is unique", () => {
        for (const spec of METRIC_ALERTS) assert.ok(!METRICS[spec.metric].deprecated, spec.key);
        assert.strictEqual(new Set(CATALOG.map((s) => s.key)).size, CATALOG.length);
    });

    it("gives a smaller essential set and drops what does not apply", () => {
        const full = resolveAlerts(FULL_CTX, "full", {}).map((a) => a.spec.key);
        const essential = resolveAlerts({ ...FULL_CTX, regions: [{ zoneRedundant: false }], serverless: true, localAuth: false }, "essential", {}).map(
            (a) => a.spec.key,
        );
        assert.ok(full.includes("replication-latency") && full.includes("key-updates") && full.includes("hot-partition"));
        assert.deepStrictEqual(essential, [
            "throttling",
            "availability",
            "server-errors",
            "account-deleted",
            "database-deleted",
            "container-deleted",
            "keys-accessed",
        ]);
    });

    it("applies overrides: off, threshold, severity, window", () => {
        const alerts = resolveAlerts(FULL_CTX, "full", {
            storage: { threshold: 100, severity: 2 },
            "index-size": { enabled: false },
            throttling: { windowSize: "PT15M" },
        });
        const storage = alerts.find((a) => a.spec.key === "storage");
        assert.deepStrictEqual([storage?.threshold, storage?.severity], [100, 2]);
        assert.ok(!alerts.some((a) => a.spec.key === "index-size"));
        assert.strictEqual(alerts.find((a) => a.spec.key === "throttling")?.windowSize, "PT15M");
    });
});

describe("SLA", () => {
    it("follows the published table", () => {
        assert.deepStrictEqual(availabilitySla({ regions: [{ zoneRedundant: false }], multiRegionWrites: false }), { writes: 99.99, reads: 99.99 });
        assert.deepStrictEqual(availabilitySla({ regions: [{ zoneRedundant: true }], multiRegionWrites: false }), { writes: 99.995, reads: 99.995 });
        assert.deepStrictEqual(availabilitySla({ regions: [{ zoneRedundant: false }, { zoneRedundant: false }], multiRegionWrites: false }), {
            writes: 99.99,
            reads: 99.999,
        });
        assert.deepStrictEqual(availabilitySla({ regions: [{ zoneRedundant: true }, { zoneRedundant: true }], multiRegionWrites: false }), {
            writes: 99.995,
            reads: 99.999,
        });
        assert.deepStrictEqual(availabilitySla({ regions: [{ zoneRedundant: false }, { zoneRedundant: true }], multiRegionWrites: true }), {
            writes: 99.999,
            reads: 99.999,
        });
        assert.strictEqual(monthlyErrorBudgetMinutes(99.99), 4.3);
    });

    it("counts the failed requests in one hour that take it below the SLA (the alert's noise floor)", () => {
        assert.strictEqual(failedRequestsToBreach(99.99, 10_000), 2, "1 failure in 10,000 is exactly 99.99 %");
        assert.strictEqual(failedRequestsToBreach(99.99, 100_000), 11);
        assert.strictEqual(failedRequestsToBreach(99.995, 100_000), 6);
        assert.strictEqual(failedRequestsToBreach(99.99, 1_000), 1);
        assert.strictEqual(failedRequestsToBreach(99.9, 1_000), 2);
        assert.throws(() => failedRequestsToBreach(99.99, 0), /whole number of at least 1; got 0/);
        const availability = METRIC_ALERTS.find((a) => a.key === "availability");
        assert.match(String(availability?.why), new RegExp(`${failedRequestsToBreach(99.99, 10_000)} failed requests are enough at 99.99 %`));
    });
});

describe("monitoring: prod stack", () => {
    let prod: SynthResult;
    let groups: Record<string, ResourceRecord>;
    before(async () => {
        prod = await committedStack("prod");
        groups = Object.fromEntries(ofType(prod.resources, "monitor:ActionGroup").map((g) => [g.name, g]));
    });

    const alert = (key: string) => prod.resources.find((r) => r.name === `alert:${key}`) as ResourceRecord;
    const routedTo = (r: ResourceRecord) =>
        Object.values(groups)
            .filter((g) => r.dependencies.includes(g.urn))
            .map((g) => g.name);

    it("sends the five resource-specific log categories and the Requests and SLI metrics to the workspace only", () => {
        const d = one(prod.resources, "monitor:DiagnosticSetting");
        assert.strictEqual(d.inputs.logAnalyticsDestinationType, "Dedicated");
        assert.strictEqual(d.inputs.name, "to-log-analytics");
        assert.deepStrictEqual(
            (d.inputs.logs as { category: string }[]).map((l) => l.category),
            LOG_CATEGORIES,
        );
        assert.deepStrictEqual(d.inputs.metrics, [
            { category: "Requests", enabled: true },
            { category: "SLI", enabled: true },
        ]);
        assert.deepStrictEqual([d.inputs.storageAccountId, d.inputs.eventHubAuthorizationRuleId, d.inputs.eventHubName], [undefined, undefined, undefined]);
        assert.deepStrictEqual(d.options.ignoreChanges, ["logAnalyticsDestinationType"]);
        assert.ok(d.dependencies.includes(one(prod.resources, "cosmosdb:DatabaseAccount").urn));
        assert.ok(d.dependencies.includes(one(prod.resources, "operationalinsights:Workspace").urn));
        assert.strictEqual(one(prod.resources, "operationalinsights:Workspace").inputs.retentionInDays, 90);
    });

    it("creates the full set of alerts for a three-region account", () => {
        const names = prod.resources
            .filter((r) => r.name.startsWith("alert:"))
            .map((r) => r.name.slice(6))
            .sort();
        const expected = resolveAlerts({ ...FULL_CTX, regions: [1, 2, 3].map(() => ({ zoneRedundant: true })), localAuth: false }, "full", {})
            .map((a) => a.spec.key)
            .sort();
        assert.deepStrictEqual(names, expected);
        assert.ok(!names.includes("key-updates"), "no key alert while keys are off");
    });

    it("watches RU saturation per partition key range at 70 % average over 5 minutes", () => {
        const r = alert("ru-saturation");
        const c = criterion(r);
        assert.deepStrictEqual([c.metricName, c.timeAggregation, c.operator, c.threshold], ["NormalizedRUConsumption", "Average", "GreaterThan", 70]);
        assert.deepStrictEqual(
            c.dimensions?.map((d) => d.name),
            ["DatabaseName", "CollectionName", "PartitionKeyRangeId"],
        );
        assert.deepStrictEqual([r.inputs.windowSize, r.inputs.evaluationFrequency, r.inputs.severity], ["PT5M", "PT1M", 3]);
        assert.deepStrictEqual(r.inputs.scopes, [UNKNOWN]);
        assert.ok(r.dependencies.includes(one(prod.resources, "cosmosdb:DatabaseAccount").urn), "scoped to the account");
        assert.deepStrictEqual(routedTo(r), ["ag-cosmos-prod-team"]);
    });

    it("watches 429s with a dynamic threshold", () => {
        const r = alert("throttling");
        const c = criterion(r);
        assert.strictEqual((r.inputs.criteria as { odataType: string }).odataType, "Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria");
        assert.deepStrictEqual(
            [c.criterionType, c.metricName, c.timeAggregation, c.operator, c.alertSensitivity],
            ["DynamicThresholdCriterion", "TotalRequests", "Count", "GreaterThan", "Low"],
        );
        assert.deepStrictEqual(c.failingPeriods, { numberOfEvaluationPeriods: 4, minFailingPeriodsToAlert: 4 });
        assert.deepStrictEqual(
            c.dimensions?.find((d) => d.name === "StatusCode"),
            { name: "StatusCode", operator: "Include", values: ["429"] },
        );
        assert.deepStrictEqual([r.inputs.targetResourceType, r.inputs.targetResourceRegion], ["Microsoft.DocumentDB/databaseAccounts", "westeurope"]);
    });

    it("holds availability to the SLA of three zone-redundant regions, on the hourly grain", () => {
        const r = alert("availability");
        const c = criterion(r);
        assert.deepStrictEqual([c.metricName, c.operator, c.threshold, r.inputs.windowSize], ["ServiceAvailability", "LessThan", 99.995, "PT1H"]);
        assert.deepStrictEqual(routedTo(r), ["ag-cosmos-prod-oncall"]);
    });

    it("alerts on latency, replication lag, failover, 5xx, storage and index size with the documented thresholds", () => {
        const expect = (key: string, metric: string, threshold: number, window: string) => {
            const r = alert(key);
            const c = criterion(r);
            assert.deepStrictEqual([c.metricName, c.threshold, r.inputs.windowSize], [metric, threshold, window], key);
        };
        expect("latency-direct", "ServerSideLatencyDirect", 100, "PT5M");
        expect("latency-gateway", "ServerSideLatencyGateway", 100, "PT5M");
        expect("replication-latency", "ReplicationLatency", 5000, "PT15M");
        expect("region-failover", "RegionFailover", 0, "PT5M");
        expect("storage", "DataUsage", 40 * 1024 ** 3, "PT1H");
        expect("index-size", "IndexUsage", 10 * 1024 ** 3, "PT1H");
        expect("server-errors", "TotalRequests", 10, "PT5M");
        assert.deepStrictEqual(criterion(alert("server-errors")).dimensions?.find((d) => d.name === "StatusCode")?.values, ["500", "503"]);
    });

    it("watches offline and removed regions per region, paging on-call for an offline one", () => {
        const offline = alert("offline-region");
        assert.deepStrictEqual(
            [criterion(offline).metricName, criterion(offline).timeAggregation, criterion(offline).operator, criterion(offline).threshold],
            ["OfflineRegion", "Count", "GreaterThan", 0],
        );
        assert.deepStrictEqual(criterion(offline).dimensions, [{ name: "Region", operator: "Include", values: ["*"] }]);
        assert.deepStrictEqual(routedTo(offline), ["ag-cosmos-prod-oncall"]);
        const removed = alert("region-removed");
        assert.deepStrictEqual(
            [criterion(removed).metricName, removed.inputs.windowSize, removed.inputs.evaluationFrequency],
            ["RemoveRegion", "PT15M", "PT5M"],
        );
        assert.deepStrictEqual(routedTo(removed), ["ag-cosmos-prod-team"]);
    });

    it("fires when a container's throughput rises above prod's largest declared offer (10,000 RU/s)", () => {
        const r = alert("provisioned-throughput");
        const c = criterion(r);
        assert.deepStrictEqual([c.metricName, c.timeAggregation, c.operator, c.threshold], ["ProvisionedThroughput", "Maximum", "GreaterThan", 10000]);
        assert.deepStrictEqual(
            c.dimensions?.map((d) => d.name),
            ["DatabaseName", "CollectionName"],
        );
        assert.deepStrictEqual([r.inputs.windowSize, r.inputs.evaluationFrequency, r.inputs.severity], ["PT1H", "PT1M", 3]);
    });

    it("raises activity-log alerts on deletions, key access and failover priority changes", () => {
        const condition = (key: string) => (alert(key).inputs.condition as { allOf: Record<string, unknown>[] }).allOf;
        assert.deepStrictEqual(condition("container-deleted"), [
            { equals: "Administrative", field: "category" },
            { equals: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/delete", field: "operationName" },
        ]);
        const keys = condition("keys-accessed")[1] as { anyOf: { equals: string }[] };
        assert.ok(keys.anyOf.some((c) => c.equals === "Microsoft.DocumentDB/databaseAccounts/regenerateKey/action"));
        assert.strictEqual(alert("failover-priority-changed").inputs.location, "global");
        assert.deepStrictEqual(alert("account-deleted").inputs.scopes, [
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-cosmos-platform-prod",
        ]);
    });

    it("runs log search alerts on the workspace: hot partition share, p99 point latency, error rate", () => {
        const workspace = one(prod.resources, "operationalinsights:Workspace");
        const hot = alert("hot-partition");
        assert.ok(hot.dependencies.includes(workspace.urn));
        assert.match(String(criterion(hot).query), /CDBPartitionKeyRUConsumption[\s\S]*SharePercent > 30/);
        const p99 = criterion(alert("point-latency-p99"));
        assert.deepStrictEqual([p99.metricMeasureColumn, p99.timeAggregation, p99.threshold], ["P99", "Maximum", 10]);
        const errors = criterion(alert("error-rate"));
        assert.deepStrictEqual([errors.metricMeasureColumn, errors.threshold], ["ErrorRatePercent", 1]);
        assert.strictEqual(alert("error-rate").inputs.kind, "LogAlert");
    });

    it("has a monthly budget that notifies the action groups", () => {
        const b = one(prod.resources, "consumption:Budget");
        assert.deepStrictEqual([b.inputs.amount, b.inputs.timeGrain, b.inputs.category], [8000, "Monthly", "Cost"]);
        const notifications = b.inputs.notifications as Record<string, { threshold: number; thresholdType: string; contactEmails: string[] }>;
        assert.deepStrictEqual(Object.keys(notifications).sort(), ["actual-100", "actual-80", "forecasted-100"]);
        assert.deepStrictEqual(notifications["actual-80"].contactEmails, ["finops@contoso.example"]);
        for (const g of Object.values(groups)) assert.ok(b.dependencies.includes(g.urn));
    });
});

describe("monitoring: dev stack and workbook", () => {
    it("gives dev the essential alerts only", async () => {
        const dev = await committedStack("dev");
        const names = dev.resources
            .filter((r) => r.name.startsWith("alert:"))
            .map((r) => r.name.slice(6))
            .sort();
        assert.deepStrictEqual(names, [
            "account-deleted",
            "availability",
            "container-deleted",
            "database-deleted",
            "keys-accessed",
            "server-errors",
            "throttling",
        ]);
        assert.strictEqual(ofType(dev.resources, "monitor:ScheduledQueryRule").length, 0);
        assert.deepStrictEqual(one(dev.resources, "operationalinsights:Workspace").inputs.workspaceCapping, { dailyQuotaGb: 1 });
    });

    it("builds workbook charts only from supported metrics and aggregations", () => {
        const json = JSON.parse(workbookJson("/subscriptions/x/acct", "/subscriptions/x/ws")) as { version: string; items: { type: number }[] };
        assert.strictEqual(json.version, "Notebook/1.0");
        assert.strictEqual(json.items.filter((i) => i.type === 10).length, WORKBOOK_CHARTS.length);
        for (const chart of WORKBOOK_CHARTS) {
            const def = METRICS[chart.metric];
            assert.ok(def && def.aggregations.includes(chart.aggregation), chart.title);
            if (chart.splitBy) assert.ok(def.dimensions.includes(chart.splitBy), chart.title);
        }
    });

    it("docs/monitoring.md is what the catalogue generates (run npm run docs:monitoring)", () => {
        const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "monitoring.md"), "utf8");
        assert.strictEqual(committed, renderMonitoringDocs());
        for (const spec of CATALOG) assert.ok(committed.includes(`(\`${spec.key}\`)`), spec.key);
    });
});
