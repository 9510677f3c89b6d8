/**
 * Monitoring for one account: Log Analytics, the diagnostic setting, action groups with
 * severity routing, the catalogue's metric, activity-log and log-search alerts, a cost budget
 * and the operator workbook.
 */
import * as pulumi from "@pulumi/pulumi";
import * as applicationinsights from "@pulumi/azure-native/applicationinsights";
import * as authorization from "@pulumi/azure-native/authorization";
import * as consumption from "@pulumi/azure-native/consumption";
import * as monitor from "@pulumi/azure-native/monitor";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { PlatformConfig } from "../config";
import { uuidv5 } from "../roles";
import { ActivityAlertSpec, LogAlertSpec, MetricAlertSpec } from "./catalog";
import { METRIC_NAMESPACE } from "./metrics";
import { ResolvedAlert } from "./resolve";
import { workbookJson } from "./workbook";

/** Resource-specific log categories sent to the workspace. */
export const LOG_CATEGORIES = ["DataPlaneRequests", "QueryRuntimeStatistics", "PartitionKeyStatistics", "PartitionKeyRUConsumption", "ControlPlaneRequests"];

export interface MonitoringArgs {
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
    accountId: pulumi.Input<string>;
}

export class Monitoring extends pulumi.ComponentResource {
    readonly workspaceId: pulumi.Output<string>;
    readonly actionGroups: Record<string, monitor.ActionGroup> = {};
    readonly alerts: Record<string, pulumi.CustomResource> = {};

    private readonly config: PlatformConfig;

    constructor(name: string, args: MonitoringArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Monitoring", name, {}, opts);
        const { config, resourceGroupName, accountId } = args;
        this.config = config;
        const m = config.monitoring;
        const account = config.account.name;
        const location = config.account.regions[0].name;
        const client = authorization.getClientConfigOutput({ parent: this });
        const groupId = pulumi.interpolate`/subscriptions/${client.subscriptionId}/resourceGroups/${resourceGroupName}`;

        if ("create" in m.workspace) {
            const w = m.workspace.create;
            const workspace = new operationalinsights.Workspace(
                w.name,
                {
                    workspaceName: w.name,
                    resourceGroupName,
                    location,
                    sku: { name: "PerGB2018" },
                    retentionInDays: w.retentionDays,
                    ...(w.dailyQuotaGb ? { workspaceCapping: { dailyQuotaGb: w.dailyQuotaGb } } : {}),
                    tags: config.tags,
                },
                { parent: this },
            );
            this.workspaceId = workspace.id;
        } else {
            this.workspaceId = pulumi.output(m.workspace.id);
        }

        new monitor.DiagnosticSetting(
            `${account}/diagnostics`,
            {
                name: "to-log-analytics",
                resourceUri: accountId,
                workspaceId: this.workspaceId,
                logAnalyticsDestinationType: "Dedicated",
                logs: LOG_CATEGORIES.map((category) => ({ category, enabled: true })),
                metrics: [{ category: "Requests", enabled: true }],
            },
            // The service does not return logAnalyticsDestinationType reliably, which shows as a
            // diff on every preview: https://github.com/Azure/azure-rest-api-specs/issues/22400
            { parent: this, ignoreChanges: ["logAnalyticsDestinationType"] },
        );

        for (const g of m.actionGroups) {
            this.actionGroups[g.name] = new monitor.ActionGroup(
                g.name,
                {
                    actionGroupName: g.name,
                    groupShortName: g.shortName,
                    resourceGroupName,
                    location: "global",
                    enabled: true,
                    emailReceivers: g.emails.map((e) => ({ name: e.name, emailAddress: e.address, useCommonAlertSchema: true })),
                    // A webhook URL may carry a token: from a secret config key it stays a secret in state.
                    webhookReceivers: g.webhooks.map((w) => ({ name: w.name, serviceUri: w.uri.secret ? pulumi.secret(w.uri.value) : w.uri.value, useCommonAlertSchema: true })),
                    tags: config.tags,
                },
                { parent: this },
            );
        }

        for (const alert of m.alerts) {
            const spec = alert.spec;
            if (spec.kind === "metric") this.alerts[spec.key] = this.metricAlert(alert, spec, resourceGroupName, accountId, location);
            else if (spec.kind === "activity") this.alerts[spec.key] = this.activityAlert(alert, spec, resourceGroupName, groupId);
            else this.alerts[spec.key] = this.logAlert(alert, spec, resourceGroupName, location);
        }

        if (m.budget) {
            const b = m.budget;
            new consumption.Budget(
                `${account}/budget`,
                {
                    budgetName: `budget-${account}`,
                    scope: groupId,
                    amount: b.amount,
                    category: "Cost",
                    timeGrain: "Monthly",
                    timePeriod: { startDate: `${b.startDate}T00:00:00Z` },
                    notifications: Object.fromEntries(
                        b.thresholds.map((t) => [
                            `${t.type.toLowerCase()}-${t.percent}`,
                            {
                                enabled: true,
                                operator: "GreaterThanOrEqualTo",
                                threshold: t.percent,
                                thresholdType: t.type,
                                contactEmails: b.contactEmails,
                                contactGroups: Object.values(this.actionGroups).map((g) => g.id),
                            },
                        ]),
                    ),
                },
                { parent: this },
            );
        }

        if (m.workbook) {
            new applicationinsights.Workbook(
                `${account}/workbook`,
                {
                    resourceName: uuidv5(`workbook\n${config.resourceGroup.name}/${account}`),
                    resourceGroupName,
                    location,
                    displayName: `${account} operations`,
                    category: "workbook",
                    kind: "shared",
                    sourceId: accountId,
                    serializedData: pulumi.all([accountId, this.workspaceId]).apply(([a, w]) => workbookJson(a, w)),
                    tags: config.tags,
                },
                { parent: this },
            );
        }
        this.registerOutputs({ workspaceId: this.workspaceId });
    }

    /** Action groups that receive this severity. */
    private groupIdsFor(severity: number): pulumi.Output<string>[] {
        return this.config.monitoring.actionGroups.filter((g) => g.severities.includes(severity as never)).map((g) => this.actionGroups[g.name].id);
    }

    private metricAlert(alert: ResolvedAlert, spec: MetricAlertSpec, resourceGroupName: pulumi.Input<string>, accountId: pulumi.Input<string>, location: string) {
        const account = this.config.account.name;
        const dimensions = spec.dimensions.map((d) => ({ name: d.name, operator: "Include", values: d.values }));
        const criteria: monitor.MetricAlertArgs["criteria"] = spec.dynamic
            ? {
                  odataType: "Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria",
                  allOf: [
                      {
                          criterionType: "DynamicThresholdCriterion",
                          name: spec.key,
                          metricName: spec.metric,
                          metricNamespace: METRIC_NAMESPACE,
                          operator: spec.operator,
                          timeAggregation: spec.aggregation,
                          alertSensitivity: spec.dynamic,
                          failingPeriods: { numberOfEvaluationPeriods: 4, minFailingPeriodsToAlert: 4 },
                          dimensions,
                      },
                  ],
              }
            : {
                  odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
                  allOf: [
                      {
                          criterionType: "StaticThresholdCriterion",
                          name: spec.key,
                          metricName: spec.metric,
                          metricNamespace: METRIC_NAMESPACE,
                          operator: spec.operator,
                          threshold: (alert.threshold ?? 0) * (spec.scale ?? 1),
                          timeAggregation: spec.aggregation,
                          dimensions,
                      },
                  ],
              };
        return new monitor.MetricAlert(
            `alert:${spec.key}`,
            {
                ruleName: `${account}-${spec.key}`,
                resourceGroupName,
                location: "global",
                description: `${spec.title}: ${spec.meaning}`,
                severity: alert.severity,
                enabled: true,
                scopes: [accountId],
                ...(spec.dynamic ? { targetResourceType: METRIC_NAMESPACE, targetResourceRegion: location } : {}),
                windowSize: alert.windowSize as string,
                evaluationFrequency: alert.frequency as string,
                autoMitigate: true,
                criteria,
                actions: this.groupIdsFor(alert.severity).map((actionGroupId) => ({ actionGroupId })),
                tags: this.config.tags,
            },
            { parent: this },
        );
    }

    private activityAlert(alert: ResolvedAlert, spec: ActivityAlertSpec, resourceGroupName: pulumi.Input<string>, groupId: pulumi.Input<string>) {
        const operation =
            spec.operations.length === 1
                ? { field: "operationName", equals: spec.operations[0] }
                : { anyOf: spec.operations.map((equals) => ({ field: "operationName", equals })) };
        return new monitor.ActivityLogAlert(
            `alert:${spec.key}`,
            {
                activityLogAlertName: `${this.config.account.name}-${spec.key}`,
                resourceGroupName,
                location: "global",
                description: `${spec.title}: ${spec.meaning}`,
                enabled: true,
                scopes: [groupId],
                condition: { allOf: [{ field: "category", equals: "Administrative" }, operation] },
                actions: { actionGroups: this.groupIdsFor(alert.severity).map((actionGroupId) => ({ actionGroupId })) },
                tags: this.config.tags,
            },
            { parent: this },
        );
    }

    private logAlert(alert: ResolvedAlert, spec: LogAlertSpec, resourceGroupName: pulumi.Input<string>, location: string) {
        const threshold = alert.threshold ?? 0;
        return new monitor.ScheduledQueryRule(
            `alert:${spec.key}`,
            {
                ruleName: `${this.config.account.name}-${spec.key}`,
                resourceGroupName,
                location,
                kind: "LogAlert",
                displayName: spec.title,
                description: spec.meaning,
                severity: alert.severity,
                enabled: true,
                scopes: [this.workspaceId],
                windowSize: alert.windowSize,
                evaluationFrequency: alert.frequency,
                criteria: {
                    allOf: [
                        {
                            query: spec.query(threshold),
                            timeAggregation: spec.aggregation,
                            ...(spec.measure ? { metricMeasureColumn: spec.measure } : {}),
                            operator: spec.operator,
                            threshold: spec.ruleThreshold ?? threshold,
                            dimensions: spec.dimensions.map((name) => ({ name, operator: "Include", values: ["*"] })),
                            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
                        },
                    ],
                },
                actions: { actionGroups: this.groupIdsFor(alert.severity) },
                tags: this.config.tags,
            },
            { parent: this },
        );
    }
}
