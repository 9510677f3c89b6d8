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
import { z } from "zod";
import { resolveAccountSettings } from "../account/defaults";
import { accountSettingsSchema } from "../account/rules";
import { uuidv5 } from "../shared/arm-ids";
import { DEFAULT_LOG_CATEGORIES } from "./diagnostic-categories";
import { checkedOptions, collectProblems, ConfigProblem } from "../shared/errors";
import { inputOf, shapeProblems } from "../shared/zod";
import { alertsFor, diagnosticsSchema, monitoringSettingsRules, monitoringSettingsShape, webhookUri, workspaceId, workspaceSchema } from "./rules";
import { ActivityAlertSpec, CatalogContext, LogAlertSpec, MetricAlertSpec, Severity } from "./catalog";
import { diagnosticSettingArgs } from "./diagnostics";
import { METRIC_NAMESPACE } from "./metrics";
import { businessAlertSpec, ResolvedAlert } from "./resolve";
import { workbookJson } from "./workbook";
import type { AccountSettings } from "../account/args";
import type { ActionGroup, MonitoringArgs, MonitoringSettings } from "./args";

/** Resource-specific log categories sent by default (components/monitoring/diagnostic-categories.ts lists the others). */
export const LOG_CATEGORIES: readonly string[] = DEFAULT_LOG_CATEGORIES;

const ALL_SEVERITIES: Severity[] = [0, 1, 2, 3, 4];

/**
 * An account's shape as the alert catalogue reads it (which alerts apply, their default
 * thresholds), from its settings with CosmosAccount's defaults; `throughputCeiling` is the largest
 * RU/s one offer declares, if known.
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

/** The monitoring settings as the component takes them: webhook URIs, the workspace id and destination ids may be outputs. */
const settingsArgsSchema = monitoringSettingsShape(
    inputOf(webhookUri),
    workspaceSchema(inputOf(workspaceId)),
    diagnosticsSchema.extend({
        storageAccountId: inputOf(diagnosticsSchema.shape.storageAccountId.unwrap()).optional(),
        eventHubAuthorizationRuleId: inputOf(diagnosticsSchema.shape.eventHubAuthorizationRuleId.unwrap()).optional(),
        eventHubName: inputOf(diagnosticsSchema.shape.eventHubName.unwrap()).optional(),
    }),
);

const SETTINGS_KEYS = Object.keys(settingsArgsSchema.shape) as (keyof MonitoringSettings)[];

/** Every alert this account gets: the catalogue's for its settings, then the business alerts. */
export function monitoringAlerts(m: MonitoringSettings, ctx: CatalogContext): ResolvedAlert[] {
    return [...alertsFor(m, ctx), ...(m.businessAlerts ?? []).map((b) => businessAlertSpec(b).resolved)];
}

/** Azure's rules on monitoring settings for an account whose settings are valid; paths relative to the settings. */
export function monitoringSettingsProblems(m: MonitoringSettings, accountSettings: AccountSettings, maxThroughput?: number): ConfigProblem[] {
    const settings = Object.fromEntries(SETTINGS_KEYS.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));
    const shape = shapeProblems(settingsArgsSchema, settings);
    if (shape.length > 0) return shape;
    return collectProblems((report) => monitoringSettingsRules(m, alertContext(accountSettings, maxThroughput), report));
}

/** Azure's rules on the component's arguments; paths are argument paths (`actionGroups[0].shortName`). */
export function monitoringArgsProblems(args: MonitoringArgs): ConfigProblem[] {
    const shape = [
        ...shapeProblems(accountSettingsSchema, args.accountSettings).map((p) => ({ ...p, path: ["accountSettings", ...p.path] })),
        ...shapeProblems(z.number().int().positive().optional(), args.maxThroughput).map((p) => ({ ...p, path: ["maxThroughput"] })),
    ];
    return shape.length > 0 ? shape : monitoringSettingsProblems(args, args.accountSettings, args.maxThroughput);
}

/** What the alert builders share. */
interface AlertScope {
    parent: Monitoring;
    prefix: string;
    account: string;
    resourceGroupName: pulumi.Input<string>;
    accountId: pulumi.Input<string>;
    location: string;
    workspaceId: pulumi.Output<string>;
    tags: MonitoringArgs["tags"];
    /** Action group ids per severity. */
    groupIdsFor: (severity: number) => pulumi.Output<string>[];
}

/** Monitoring of one account: workspace, diagnostic setting, action groups, alerts, budget and workbook. */
export class Monitoring extends pulumi.ComponentResource {
    /** The workspace that receives the diagnostics. */
    readonly workspaceId: pulumi.Output<string>;
    /** The action groups, by name. */
    readonly actionGroups: { [name: string]: monitor.ActionGroup };
    /** The ids of the alert rules, keyed by alert. */
    readonly alertIds: { [key: string]: pulumi.Output<string> };

    constructor(name: string, args: MonitoringArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Monitoring", name, {}, checkedOptions("Monitoring", name, monitoringArgsProblems(args), opts));
        this.actionGroups = {};
        this.alertIds = {};
        const { resourceGroupName } = args;
        const accountId = args.account.id;
        const settings = resolveAccountSettings(args.accountSettings);
        const account = settings.name;
        const location = settings.regions[0].name;
        const alerts = monitoringAlerts(args, alertContext(args.accountSettings, args.maxThroughput));
        const prefix = args.childNamePrefix ?? `${name}/`;
        const subscriptionId = args.subscriptionId ?? authorization.getClientConfigOutput({ parent: this }).subscriptionId;
        const groupId = pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
        const workspaceArgs = args.workspace ?? {};

        if (workspaceArgs.id === undefined) {
            const workspaceName = workspaceArgs.name ?? `log-${account}`;
            const workspace = new operationalinsights.Workspace(
                `${prefix}${workspaceName}`,
                {
                    workspaceName,
                    resourceGroupName,
                    location,
                    sku: { name: "PerGB2018" },
                    retentionInDays: workspaceArgs.retentionDays ?? 30,
                    ...(workspaceArgs.dailyQuotaGb ? { workspaceCapping: { dailyQuotaGb: workspaceArgs.dailyQuotaGb } } : {}),
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

        const groups = args.actionGroups ?? [];
        const scope: AlertScope = {
            parent: this,
            prefix,
            account,
            resourceGroupName,
            accountId,
            location,
            workspaceId: this.workspaceId,
            tags: args.tags,
            groupIdsFor: (severity) => groupIdsFor(groups, this.actionGroups, severity),
        };
        for (const alert of alerts) {
            const spec = alert.spec;
            const rule =
                spec.kind === "metric"
                    ? metricAlert(scope, alert, spec)
                    : spec.kind === "activity"
                      ? activityAlert(scope, alert, spec, groupId)
                      : logAlert(scope, alert, spec);
            this.alertIds[spec.key] = rule.id;
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
}

/** Action groups that receive this severity. */
function groupIdsFor(groups: readonly ActionGroup[], created: { [name: string]: monitor.ActionGroup }, severity: number): pulumi.Output<string>[] {
    return groups.filter((g) => (g.severities ?? ALL_SEVERITIES).includes(severity as Severity)).map((g) => created[g.name].id);
}

function metricAlert(s: AlertScope, alert: ResolvedAlert, spec: MetricAlertSpec) {
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
        `${s.prefix}alert:${spec.key}`,
        {
            ruleName: `${s.account}-${spec.key}`,
            resourceGroupName: s.resourceGroupName,
            location: "global",
            description: `${spec.title}: ${spec.meaning}`,
            severity: alert.severity,
            enabled: true,
            scopes: [s.accountId],
            ...(spec.dynamic ? { targetResourceType: METRIC_NAMESPACE, targetResourceRegion: s.location } : {}),
            windowSize: alert.windowSize as string,
            evaluationFrequency: alert.frequency as string,
            autoMitigate: true,
            criteria,
            actions: s.groupIdsFor(alert.severity).map((actionGroupId) => ({ actionGroupId })),
            tags: s.tags,
        },
        { parent: s.parent },
    );
}

function activityAlert(s: AlertScope, alert: ResolvedAlert, spec: ActivityAlertSpec, groupId: pulumi.Input<string>) {
    const operation =
        spec.operations.length === 1
            ? { field: "operationName", equals: spec.operations[0] }
            : { anyOf: spec.operations.map((equals) => ({ field: "operationName", equals })) };
    return new monitor.ActivityLogAlert(
        `${s.prefix}alert:${spec.key}`,
        {
            activityLogAlertName: `${s.account}-${spec.key}`,
            resourceGroupName: s.resourceGroupName,
            location: "global",
            description: `${spec.title}: ${spec.meaning}`,
            enabled: true,
            scopes: [groupId],
            condition: { allOf: [{ field: "category", equals: "Administrative" }, operation] },
            actions: { actionGroups: s.groupIdsFor(alert.severity).map((actionGroupId) => ({ actionGroupId })) },
            tags: s.tags,
        },
        { parent: s.parent },
    );
}

function logAlert(s: AlertScope, alert: ResolvedAlert, spec: LogAlertSpec) {
    const threshold = alert.threshold ?? 0;
    return new monitor.ScheduledQueryRule(
        `${s.prefix}alert:${spec.key}`,
        {
            ruleName: `${s.account}-${spec.key}`,
            resourceGroupName: s.resourceGroupName,
            location: s.location,
            kind: "LogAlert",
            displayName: spec.title,
            description: spec.meaning,
            severity: alert.severity,
            enabled: true,
            scopes: [s.workspaceId],
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
            actions: { actionGroups: s.groupIdsFor(alert.severity) },
            tags: s.tags,
        },
        { parent: s.parent },
    );
}
