/**
 * Operations and governance rules: naming, locations, diagnostics, alert routing.
 */
import { PolicyConfigSchema, PolicyResource, ResourceValidationPolicy, StackValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { accountCandidates, accountLabel as candidateLabel, accountOf } from "./lib/matching";
import { DatabaseAccount, MetricAlert, TYPES } from "./lib/types";
import { configWithDefaults, isPresent, known, list, normaliseLocation, peek } from "./lib/values";
import { accountLabel } from "./security/account";

const nameSchema: PolicyConfigSchema = {
    properties: {
        namingPattern: {
            type: "string",
            default: "",
            description: "An extra regular expression the account name must match (the organisation's naming convention); empty for none.",
        },
    },
};

const AZURE_ACCOUNT_NAME = /^[a-z0-9](?:[a-z0-9-]{1,42}[a-z0-9])$/;

export const accountName: ResourceValidationPolicy = {
    name: "cosmosdb-account-name",
    description:
        "Cosmos DB accounts have an explicit name that Azure accepts (3-44 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit) and that follows the naming convention; an auto-generated name changes on every replace.",
    enforcementLevel: "mandatory",
    severity: "low",
    tags: ["operations"],
    remediationSteps:
        "Set accountName explicitly (stack config account.name) to a name that matches the rules in the message. Renaming an existing account replaces it: data loss.",
    url: "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftdocumentdb",
    configSchema: nameSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { namingPattern } = configWithDefaults<{ namingPattern: string }>(nameSchema, args.getConfig());
        const name = account.accountName;
        if (name === undefined) {
            report(
                `account '${args.name}' has no accountName, so azure-native derives one with a random suffix; accepted: an explicit name of 3-44 lowercase letters, digits and hyphens`,
            );
            return;
        }
        if (!AZURE_ACCOUNT_NAME.test(name)) {
            report(
                `account name ${JSON.stringify(name)} is not a valid Cosmos DB account name; accepted: 3-44 lowercase letters, digits and hyphens, starting and ending with a letter or digit`,
            );
        } else if (namingPattern !== "" && !new RegExp(namingPattern).test(name)) {
            report(`account name ${JSON.stringify(name)} does not match the naming convention /${namingPattern}/ (policy config namingPattern)`);
        }
    }),
};

const locationsSchema: PolicyConfigSchema = {
    properties: {
        allowedLocations: {
            type: "array",
            items: { type: "string" },
            default: ["westeurope", "northeurope", "swedencentral", "germanywestcentral", "francecentral"],
            description: "Azure regions the account and its replicas may use (names compared without spaces or case).",
        },
    },
};

export const allowedLocations: ResourceValidationPolicy = {
    name: "cosmosdb-allowed-locations",
    description: "Cosmos DB accounts and every replica region stay in the allowed regions (data residency).",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["operations", "governance"],
    remediationSteps: "Use only the regions listed in the stack's policy config allowedLocations, or extend the list after a data-residency review.",
    url: "https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally",
    configSchema: locationsSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { allowedLocations: allowed } = configWithDefaults<{ allowedLocations: string[] }>(locationsSchema, args.getConfig());
        const ok = new Set(allowed.map(normaliseLocation));
        const used = [
            ...(account.location !== undefined ? [{ where: "location", name: account.location }] : []),
            ...list(account.locations).map((l, i) => ({ where: `locations[${i}]`, name: l.locationName })),
        ];
        for (const { where, name } of used) {
            if (typeof name === "string" && !ok.has(normaliseLocation(name))) {
                report(`${accountLabel(account, args)} ${where} is ${JSON.stringify(name)}; accepted: ${allowed.join(", ")}`);
            }
        }
    }),
};

const DESTINATIONS = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"];

export const diagnosticSettings: StackValidationPolicy = {
    name: "cosmosdb-diagnostic-settings",
    description:
        "Every Cosmos DB account sends its resource logs and metrics somewhere through a diagnostic setting: without it there is no record of data-plane or control-plane requests to investigate.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["operations"],
    remediationSteps:
        "Add an azure-native:monitor:DiagnosticSetting with resourceUri the account id, a destination (workspaceId with logAnalyticsDestinationType Dedicated, and optionally storageAccountId or eventHubAuthorizationRuleId) and enabled log categories, by default DataPlaneRequests, QueryRuntimeStatistics, PartitionKeyStatistics, PartitionKeyRUConsumption and ControlPlaneRequests.",
    url: "https://learn.microsoft.com/azure/cosmos-db/monitor-resource-logs",
    validateStack: (args, report) => {
        const accounts = accountCandidates(args.resources, TYPES.account);
        if (accounts.length === 0) args.notApplicable(`no ${TYPES.account} in the stack`);
        const settings = args.resources.filter((r) => r.type === TYPES.diagnosticSetting);
        const props = (r: PolicyResource) => r.props as Record<string, unknown>;
        for (const account of accounts) {
            const mine = settings.filter((s) => accountOf(s, accounts) === account);
            if (mine.length === 0) {
                report(
                    `${candidateLabel(account)} has no diagnostic setting; accepted: an ${TYPES.diagnosticSetting} whose resourceUri is the account id`,
                    account.resource.urn,
                );
                continue;
            }
            const routed = mine.filter((s) => DESTINATIONS.some((d) => isPresent(() => props(s)[d])));
            if (routed.length === 0) {
                report(
                    `diagnostic setting '${mine[0].name}' of ${candidateLabel(account)} has no destination; accepted: one of ${DESTINATIONS.join(", ")}`,
                    mine[0].urn,
                );
            } else if (!routed.some((s) => sendsLogs(() => props(s).logs))) {
                // Categories are chosen per stack now; a setting with metrics only records no request.
                report(
                    `diagnostic setting '${routed[0].name}' of ${candidateLabel(account)} sends no resource logs; accepted: at least one enabled entry in logs with a category (e.g. DataPlaneRequests, ControlPlaneRequests) or a categoryGroup`,
                    routed[0].urn,
                );
            }
        }
    },
};

/** True when a diagnostic setting's `logs` enables a category or group, or cannot be read yet (unknown in a preview). */
function sendsLogs(read: () => unknown): boolean {
    const logs = peek(read);
    if (!logs.known) return true;
    return list(logs.value as readonly unknown[]).some((entry) => {
        const e = peek(() => entry as Record<string, unknown>);
        if (!e.known) return true;
        const enabled = peek(() => e.value.enabled);
        if (enabled.known && enabled.value === false) return false;
        return isPresent(() => e.value.category) || isPresent(() => e.value.categoryGroup);
    });
}

export const metricAlertActionGroup: ResourceValidationPolicy = {
    name: "monitor-metric-alert-action-group",
    description: "Every metric alert notifies someone: at least one action with an action group, otherwise it fires into the void.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["operations"],
    remediationSteps: "Add actions: [{ actionGroupId: <action group id> }] to the alert.",
    url: "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups",
    validateResource: validateResourceOfType(MetricAlert, (alert, args, report) => {
        const label = `metric alert '${known(() => alert.ruleName) ?? args.name}'`;
        const actions = list(alert.actions);
        if (actions.length === 0) {
            report(`${label} has no actions; accepted: at least one action with an actionGroupId`);
            return;
        }
        actions.forEach((action, i) => {
            if (!isPresent(() => action.actionGroupId)) report(`${label} actions[${i}] has no actionGroupId; accepted: an action group id`);
        });
    }),
};
