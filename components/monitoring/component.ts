/**
 * Monitoring for one account: Log Analytics, the diagnostic setting, action groups with
 * severity routing, the catalogue's metric, activity-log and log-search alerts, a cost budget
 * and the operator workbook. Alerts come from the catalogue (catalog.ts): by default every alert
 * that applies to the account, with AMBA-aligned thresholds; `selectAlerts` picks a profile and
 * applies overrides. The diagnostic setting sends the chosen log and metric categories to the
 * workspace and, optionally, to a storage account and an Event Hub (diagnostics.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import * as applicationinsights from "@pulumi/azure-native/applicationinsights";
import * as authorization from "@pulumi/azure-native/authorization";
import * as consumption from "@pulumi/azure-native/consumption";
import * as monitor from "@pulumi/azure-native/monitor";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { resolveAccountSettings } from "../account/component";
import { uuidv5 } from "../access/roles";
import type { AccountSettings } from "../account/rules";
import { DEFAULT_LOG_CATEGORIES } from "./diagnostic-categories";
import { assertValidArgs } from "../shared/errors";
import { monitoringArgsProblems } from "./rules";
import { ActivityAlertSpec, CatalogContext, LogAlertSpec, MetricAlertSpec, Severity } from "./catalog";
import { DiagnosticsArgs, diagnosticsArgsProblems, diagnosticSettingArgs } from "./diagnostics";
import { METRIC_NAMESPACE } from "./metrics";
import { ResolvedAlert, resolveAlerts } from "./resolve";
import { workbookJson } from "./workbook";

/** Resource-specific log categories sent by default (components/monitoring/diagnostic-categories.ts lists the others). */
export const LOG_CATEGORIES: readonly string[] = DEFAULT_LOG_CATEGORIES;

export interface ActionGroupArgs {
    /** Azure name of the action group. */
    name: string;
    /** Up to 12 characters; appears in SMS and email. */
    shortName: string;
    emails?: { name: string; address: string }[];
    /** HTTPS endpoints; a URL that carries a token should be a secret (`pulumi.secret` or secret config). */
    webhooks?: { name: string; uri: pulumi.Input<string> }[];
    /** Severities routed here. Default: all. */
    severities?: Severity[];
}

export interface MonitoringArgs {
    resourceGroupName: pulumi.Input<string>;
    /** The account's ARM id (its `id` output). */
    accountId: pulumi.Input<string>;
    /** The account's name: prefix of alert, budget and workbook names, so it is a plain string. */
    accountName: string;
    /** Region of the workspace, log alerts and workbook: usually the write region. */
    location: string;
    /** The account's shape, which decides the alerts that apply and their default thresholds. */
    account: CatalogContext;
    /** Subscription of the resource group. Default: the provider's (getClientConfig). */
    subscriptionId?: pulumi.Input<string>;
    /** Log Analytics: create one (default `log-<account>`, 30 days), or use an existing one by id. */
    workspace?: { create: { name: string; retentionDays?: number; dailyQuotaGb?: number } } | { id: pulumi.Input<string> };
    /**
     * The diagnostic setting beside the workspace: log and metric categories, and an optional
     * storage account (audit retention) and Event Hub (SIEM). Default: the five categories of
     * LOG_CATEGORIES and the `Requests` and `SLI` metrics, to the workspace only. Log alerts need
     * the categories their queries read; a missing one is an error.
     */
    diagnostics?: DiagnosticsArgs;
    actionGroups?: ActionGroupArgs[];
    /** Alerts to create. Default: every catalogue alert that applies to the account (`selectAlerts(account)`). */
    alerts?: ResolvedAlert[];
    /** A monthly cost budget on the resource group, notifying the action groups and these emails. */
    budget?: { amount: number; startDate: string; thresholds?: { percent: number; type: "Actual" | "Forecasted" }[]; contactEmails?: string[] };
    /** The operator workbook. Default true. */
    workbook?: boolean;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}

const ALL_SEVERITIES: Severity[] = [0, 1, 2, 3, 4];

/**
 * An account's shape as the alert catalogue reads it (which alerts apply, their default
 * thresholds): from the account's settings, defaults applied as CosmosAccount applies them (its
 * `settings` output will do); `throughputCeiling` is the largest RU/s one offer declares, if known.
 */
export function alertContext(account: AccountSettings, throughputCeiling?: number): CatalogContext {
    const a = resolveAccountSettings(account);
    return {
        regions: a.regions.map((r) => ({ zoneRedundant: r.zoneRedundant })),
        multiRegionWrites: a.multiRegionWrites,
        serverless: a.serverless,
        localAuth: a.localAuth,
        ...(throughputCeiling !== undefined ? { throughputCeiling } : {}),
    };
}

/** The catalogue's alerts for an account: a profile (default full) with per-alert overrides. */
export function selectAlerts(account: CatalogContext, selection: { profile?: "essential" | "full"; overrides?: Parameters<typeof resolveAlerts>[2] } = {}): ResolvedAlert[] {
    return resolveAlerts(account, selection.profile ?? "full", selection.overrides ?? {});
}

export class Monitoring extends pulumi.ComponentResource {
    readonly workspaceId: pulumi.Output<string>;
    readonly actionGroups: Record<string, monitor.ActionGroup> = {};
    readonly alerts: Record<string, pulumi.CustomResource> = {};

    private readonly args: MonitoringArgs;
    private readonly prefix: string;

    constructor(name: string, args: MonitoringArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Monitoring", name, {}, opts);
        const { resourceGroupName, accountId, location } = args;
        this.args = args;
        const alerts = args.alerts ?? selectAlerts(args.account);
        assertValidArgs("Monitoring", name, [...monitoringArgsProblems({ ...args, alerts }), ...diagnosticsArgsProblems(args.diagnostics, alerts)]);
        const prefix = args.childNamePrefix ?? `${name}/`;
        this.prefix = prefix;
        const account = args.accountName;
        const subscriptionId = args.subscriptionId ?? authorization.getClientConfigOutput({ parent: this }).subscriptionId;
        const groupId = pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
        const workspaceArgs = args.workspace ?? { create: { name: `log-${account}` } };

        if ("create" in workspaceArgs) {
            const w = workspaceArgs.create;
            const workspace = new operationalinsights.Workspace(
                `${prefix}${w.name}`,
                {
                    workspaceName: w.name,
                    resourceGroupName,
                    location,
                    sku: { name: "PerGB2018" },
                    retentionInDays: w.retentionDays ?? 30,
                    ...(w.dailyQuotaGb ? { workspaceCapping: { dailyQuotaGb: w.dailyQuotaGb } } : {}),
                    tags: args.tags,
                },
                { parent: this },
            );
            this.workspaceId = workspace.id;
        } else {
            this.workspaceId = pulumi.output(workspaceArgs.id);
        }

        new monitor.DiagnosticSetting(
            `${prefix}${account}/diagnostics`,
            diagnosticSettingArgs(args.diagnostics ?? {}, accountId, this.workspaceId),
            // The service does not return logAnalyticsDestinationType reliably, which shows as a
            // diff on every preview: https://github.com/Azure/azure-rest-api-specs/issues/22400
            { parent: this, ignoreChanges: ["logAnalyticsDestinationType"] },
        );

        for (const g of args.actionGroups ?? []) {
            this.actionGroups[g.name] = new monitor.ActionGroup(
                `${prefix}${g.name}`,
                {
                    actionGroupName: g.name,
                    groupShortName: g.shortName,
                    resourceGroupName,
                    location: "global",
                    enabled: true,
                    emailReceivers: (g.emails ?? []).map((e) => ({ name: e.name, emailAddress: e.address, useCommonAlertSchema: true })),
                    // A secret URI (it may carry a token) stays a secret: the input keeps its secretness.
                    webhookReceivers: (g.webhooks ?? []).map((w) => ({ name: w.name, serviceUri: w.uri, useCommonAlertSchema: true })),
                    tags: args.tags,
                },
                { parent: this },
            );
        }

        for (const alert of alerts) {
            const spec = alert.spec;
            if (spec.kind === "metric") this.alerts[spec.key] = this.metricAlert(alert, spec, resourceGroupName, accountId, location);
            else if (spec.kind === "activity") this.alerts[spec.key] = this.activityAlert(alert, spec, resourceGroupName, groupId);
            else this.alerts[spec.key] = this.logAlert(alert, spec, resourceGroupName, location);
        }

        if (args.budget) {
            const b = args.budget;
            const thresholds = b.thresholds ?? [
                { percent: 80, type: "Actual" },
                { percent: 100, type: "Actual" },
                { percent: 100, type: "Forecasted" },
            ];
            new consumption.Budget(
                `${prefix}${account}/budget`,
                {
                    budgetName: `budget-${account}`,
                    scope: groupId,
                    amount: b.amount,
                    category: "Cost",
                    timeGrain: "Monthly",
                    timePeriod: { startDate: `${b.startDate}T00:00:00Z` },
                    notifications: Object.fromEntries(
                        thresholds.map((t) => [
                            `${t.type.toLowerCase()}-${t.percent}`,
                            {
                                enabled: true,
                                operator: "GreaterThanOrEqualTo",
                                threshold: t.percent,
                                thresholdType: t.type,
                                contactEmails: b.contactEmails ?? [],
                                contactGroups: Object.values(this.actionGroups).map((g) => g.id),
                            },
                        ]),
                    ),
                },
                { parent: this },
            );
        }

        if (args.workbook ?? true) {
            new applicationinsights.Workbook(
                `${prefix}${account}/workbook`,
                {
                    resourceName: pulumi.output(resourceGroupName).apply((rg) => uuidv5(`workbook\n${rg}/${account}`)),
                    resourceGroupName,
                    location,
                    displayName: `${account} operations`,
                    category: "workbook",
                    kind: "shared",
                    sourceId: accountId,
                    serializedData: pulumi.all([accountId, this.workspaceId]).apply(([a, w]) => workbookJson(a, w)),
                    tags: args.tags,
                },
                { parent: this },
            );
        }
        this.registerOutputs({ workspaceId: this.workspaceId });
    }

    /** Action groups that receive this severity. */
    private groupIdsFor(severity: number): pulumi.Output<string>[] {
        return (this.args.actionGroups ?? []).filter((g) => (g.severities ?? ALL_SEVERITIES).includes(severity as Severity)).map((g) => this.actionGroups[g.name].id);
    }

    private metricAlert(alert: ResolvedAlert, spec: MetricAlertSpec, resourceGroupName: pulumi.Input<string>, accountId: pulumi.Input<string>, location: string) {
        const account = this.args.accountName;
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
            `${this.prefix}alert:${spec.key}`,
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
                tags: this.args.tags,
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
            `${this.prefix}alert:${spec.key}`,
            {
                activityLogAlertName: `${this.args.accountName}-${spec.key}`,
                resourceGroupName,
                location: "global",
                description: `${spec.title}: ${spec.meaning}`,
                enabled: true,
                scopes: [groupId],
                condition: { allOf: [{ field: "category", equals: "Administrative" }, operation] },
                actions: { actionGroups: this.groupIdsFor(alert.severity).map((actionGroupId) => ({ actionGroupId })) },
                tags: this.args.tags,
            },
            { parent: this },
        );
    }

    private logAlert(alert: ResolvedAlert, spec: LogAlertSpec, resourceGroupName: pulumi.Input<string>, location: string) {
        const threshold = alert.threshold ?? 0;
        return new monitor.ScheduledQueryRule(
            `${this.prefix}alert:${spec.key}`,
            {
                ruleName: `${this.args.accountName}-${spec.key}`,
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
                tags: this.args.tags,
            },
            { parent: this },
        );
    }
}
