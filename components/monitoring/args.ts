/**
 * The arguments of an account's monitoring: Log Analytics, the diagnostic setting, action groups,
 * the alert catalogue's alerts with per-alert overrides, business log alerts, a cost budget and
 * the operator workbook. `MonitoringSettings` is what a stack file's
 * `cosmos-platform:monitoring` holds and what CosmosEstate takes; `MonitoringArgs` adds the
 * account it watches.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import type { AccountSettings } from "../account/args";

/** Which of the catalogue's alerts an account gets (docs/monitoring.md). */
export const AlertProfile = {
    /** The alerts every account needs: availability, throttling, errors, deletions. */
    Essential: "essential",
    /** Every alert that applies to the account. */
    Full: "full",
} as const;
export type AlertProfile = (typeof AlertProfile)[keyof typeof AlertProfile];

/** Azure Monitor alert severity: 0 is the most severe. */
export const AlertSeverity = {
    Critical: 0,
    Error: 1,
    Warning: 2,
    Informational: 3,
    Verbose: 4,
} as const;
export type AlertSeverity = (typeof AlertSeverity)[keyof typeof AlertSeverity];

/** How a log alert compares its count with the threshold. */
export const AlertOperator = {
    GreaterThan: "GreaterThan",
    GreaterThanOrEqual: "GreaterThanOrEqual",
    LessThan: "LessThan",
    LessThanOrEqual: "LessThanOrEqual",
} as const;
export type AlertOperator = (typeof AlertOperator)[keyof typeof AlertOperator];

/** Platform-metric categories a diagnostic setting can send. */
export const MetricCategory = {
    Requests: "Requests",
    /** ServiceAvailability. */
    SLI: "SLI",
} as const;
export type MetricCategory = (typeof MetricCategory)[keyof typeof MetricCategory];

/** Whether a budget notification reacts to actual or forecast cost. */
export const BudgetThresholdType = {
    Actual: "Actual",
    Forecasted: "Forecasted",
} as const;
export type BudgetThresholdType = (typeof BudgetThresholdType)[keyof typeof BudgetThresholdType];

/** The Log Analytics workspace: one created here (`name`) or an existing one (`id`), not both. */
export interface WorkspaceSettings {
    /** The workspace to create, 4-63 letters, digits or hyphens. Default: `log-<account name>`. */
    name?: string;
    /**
     * Retention of a created workspace, 30 to 730 days. Default 30 (included in the price).
     * @default 30
     */
    retentionDays?: number;
    /** Ingestion cap per day of a created workspace, a cost guard. Default: none. */
    dailyQuotaGb?: number;
    /** An existing workspace's resource id (e.g. the platform's central one) instead of creating one. */
    id?: pulumi.Input<string>;
}

/** The account's diagnostic setting: categories, and destinations beside the workspace. */
export interface DiagnosticsSettings {
    /**
     * The setting's Azure name (part of its identity: a change replaces it). Default `to-log-analytics`; an adopted setting keeps its own.
     * @default "to-log-analytics"
     */
    name?: string;
    /** Resource-log categories (NoSQL ones only). Default: DataPlaneRequests, QueryRuntimeStatistics, PartitionKeyStatistics, PartitionKeyRUConsumption, ControlPlaneRequests. */
    logCategories?: string[];
    /**
     * Metric categories: Requests, SLI. Default both; an empty list sends none.
     * @default ["Requests", "SLI"]
     */
    metricCategories?: MetricCategory[];
    /** Also archive to this storage account (a Standard account in the Cosmos DB account's location). */
    storageAccountId?: pulumi.Input<string>;
    /** Also stream to Event Hubs through this namespace policy (Manage, Send, Listen). */
    eventHubAuthorizationRuleId?: pulumi.Input<string>;
    /** The event hub. Default: one hub per category. Needs eventHubAuthorizationRuleId. */
    eventHubName?: pulumi.Input<string>;
}

/** An email receiver of an action group. */
export interface EmailReceiver {
    /** The receiver's name in the action group. */
    name: string;
    /** The address, e.g. oncall@contoso.com. */
    address: string;
}

/** A webhook receiver of an action group. */
export interface WebhookReceiver {
    /** The receiver's name in the action group. */
    name: string;
    /** An https:// URL. A URL that carries a token should be a secret (`pulumi.secret`, or secret config). */
    uri: pulumi.Input<string>;
}

/** Who is notified, and of which severities. */
export interface ActionGroup {
    /** Azure name of the action group. */
    name: string;
    /** Up to 12 characters; appears in SMS and email. */
    shortName: string;
    /** Email receivers. */
    emails?: EmailReceiver[];
    /** HTTPS endpoints (chat, paging, ITSM). */
    webhooks?: WebhookReceiver[];
    /** Severities routed here. Default: all. */
    severities?: AlertSeverity[];
}

/** An override of one catalogue alert. */
export interface AlertOverride {
    /** Turn the alert on or off. */
    enabled?: boolean;
    /** In the alert's unit (docs/monitoring.md); checked against the alert's sensible range. */
    threshold?: number;
    /** 0 (critical) to 4 (verbose); decides which action groups are notified. */
    severity?: AlertSeverity;
    /** Evaluation window: PT1M, PT5M, PT15M, PT30M, PT1H, PT6H, PT12H or P1D. */
    windowSize?: string;
    /** Evaluation frequency: PT1M, PT5M, PT15M, PT30M or PT1H. */
    frequency?: string;
}

/** A log search alert of your own, over the workspace. */
export interface BusinessAlert {
    /** Lowercase letters, digits or hyphens. */
    name: string;
    /** What it means when it fires. */
    description: string;
    /** KQL over the workspace; the rule counts the rows it returns. */
    query: string;
    /**
     * How the count compares with the threshold. Default GreaterThan.
     * @default "GreaterThan"
     */
    operator?: AlertOperator;
    /**
     * Rows. Default 0 (any row fires).
     * @default 0
     */
    threshold?: number;
    /**
     * Default 3 (informational).
     * @default 3
     */
    severity?: AlertSeverity;
    /**
     * Default PT15M.
     * @default "PT15M"
     */
    windowSize?: string;
    /**
     * Default PT15M.
     * @default "PT15M"
     */
    frequency?: string;
}

/** One notification of a budget. */
export interface BudgetThreshold {
    /** Percent of the amount, 1 to 1000. */
    percent: number;
    /** Actual or Forecasted cost. */
    type: BudgetThresholdType;
}

/** A monthly cost budget on the resource group. */
export interface BudgetSettings {
    /** Monthly amount in the billing currency. */
    amount: number;
    /** First day of a month, YYYY-MM-01. */
    startDate: string;
    /** Default: 80 % and 100 % actual, 100 % forecasted. */
    thresholds?: BudgetThreshold[];
    /** Notified besides the action groups. */
    contactEmails?: string[];
}

/** An account's monitoring, as a stack file's `cosmos-platform:monitoring` says it. */
export interface MonitoringSettings {
    /**
     * essential or full. Default full.
     * @default "full"
     */
    profile?: AlertProfile;
    /** Where diagnostics go. Default: create `log-<account name>`, 30 days. */
    workspace?: WorkspaceSettings;
    /** The diagnostic setting. Default: the five categories the alerts and workbook read, Requests and SLI metrics, to the workspace only. */
    diagnostics?: DiagnosticsSettings;
    /** Who is notified, and of which severities. */
    actionGroups?: ActionGroup[];
    /** Per-alert overrides, keyed by catalogue alert (docs/monitoring.md). */
    alerts?: { [key: string]: AlertOverride };
    /** Log search alerts of your own (business metrics), declared as KQL. */
    businessAlerts?: BusinessAlert[];
    /** A monthly cost budget on the resource group, notifying the action groups. */
    budget?: BudgetSettings;
    /**
     * The operator workbook. Default true.
     * @default true
     */
    workbook?: boolean;
    /**
     * Refuse alerts that reach nobody: at least one action group, and every severity the alerts
     * use routed to one. Default false; stacks set it in production.
     * @default false
     */
    requireReceivers?: boolean;
}

/** Monitoring: an account's monitoring settings, and the account they watch. */
export interface MonitoringArgs extends MonitoringSettings {
    /** Resource group of the workspace, alerts, budget and workbook (usually the account's). */
    resourceGroupName: pulumi.Input<string>;
    /** The account to watch. */
    account: cosmosdb.DatabaseAccount;
    /** The account's settings, as given to CosmosAccount: which alerts apply (regions, multi-region writes, serverless, keys), and the names and region of what this creates. */
    accountSettings: AccountSettings;
    /** The largest RU/s the account declares for one throughput offer (manual RU/s or autoscale max): sizes the RU alert. Default: AMBA's 3,000 RU/s. */
    maxThroughput?: number;
    /** Subscription of the resource group. Default: the provider's (getClientConfig). */
    subscriptionId?: pulumi.Input<string>;
    /** Tags of every resource created here. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
