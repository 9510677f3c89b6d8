import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { maxAutoscaleThroughput, maxManualThroughput } from "../../policies/cost";
import { accountName, allowedLocations, diagnosticSettings, metricAlertActionGroup } from "../../policies/operations";
import { partitionKeyVersion2 } from "../../policies/performance";
import { find } from "./estate";
import { ruleSuite } from "./helpers";

const account = (e: PolicyRecord[]) => find(e, "cosmosdb:DatabaseAccount").inputs;
const orders = (e: PolicyRecord[]) => find(e, "cosmosdb:SqlResourceSqlContainer", "appdb/orders").inputs;
const ops = (e: PolicyRecord[]) => find(e, "cosmosdb:SqlResourceSqlDatabase", "ops").inputs;
const A = "account 'contoso-cosmos-prod'";

ruleSuite(
    maxManualThroughput,
    [
        [
            "rejects manual throughput over the cap",
            (e) => (ops(e).options = { throughput: 20000 }),
            [`database 'ops' has manual throughput 20000 RU/s; accepted: at most 10000 RU/s (policy config maxThroughput)`],
        ],
        [
            "uses the configured cap",
            (e) => (orders(e).options = { throughput: 5000 }),
            [`container 'appdb/orders' has manual throughput 5000 RU/s; accepted: at most 4000 RU/s (policy config maxThroughput)`],
            { maxThroughput: 4000 },
        ],
    ],
    "azure-native:cosmosdb:DatabaseAccount",
);

ruleSuite(maxAutoscaleThroughput, [
    [
        "rejects an autoscale max over the cap",
        (e) => (orders(e).options = { autoscaleSettings: { maxThroughput: 20000 } }),
        [`container 'appdb/orders' has autoscale max throughput 20000 RU/s; accepted: at most 10000 RU/s (policy config maxAutoscaleThroughput)`],
    ],
]);

ruleSuite(accountName, [
    [
        "rejects a name Azure refuses",
        (e) => (account(e).accountName = "Contoso_Cosmos"),
        [
            `account name "Contoso_Cosmos" is not a valid Cosmos DB account name; accepted: 3-44 lowercase letters, digits and hyphens, starting and ending with a letter or digit`,
        ],
    ],
    [
        "rejects a name that ends with a hyphen",
        (e) => (account(e).accountName = "contoso-"),
        [
            `account name "contoso-" is not a valid Cosmos DB account name; accepted: 3-44 lowercase letters, digits and hyphens, starting and ending with a letter or digit`,
        ],
    ],
    [
        "rejects an auto-named account",
        (e) => delete account(e).accountName,
        [
            `account 'contoso-cosmos-prod' has no accountName, so azure-native derives one with a random suffix; accepted: an explicit name of 3-44 lowercase letters, digits and hyphens`,
        ],
    ],
    [
        "applies the configured naming convention",
        (e) => (account(e).accountName = "orders-db"),
        [`account name "orders-db" does not match the naming convention /^contoso-cosmos-/ (policy config namingPattern)`],
        { namingPattern: "^contoso-cosmos-" },
    ],
]);

ruleSuite(allowedLocations, [
    [
        "rejects a replica outside the list",
        (e) => ((account(e).locations as { locationName: string }[])[2].locationName = "eastus"),
        [`${A} locations[2] is "eastus"; accepted: westeurope, northeurope, swedencentral, germanywestcentral, francecentral`],
    ],
    [
        "compares display names and ARM names alike",
        (e) => (account(e).location = "West Europe"),
        [],
        { allowedLocations: ["westeurope", "northeurope", "swedencentral"] },
    ],
]);

ruleSuite(diagnosticSettings, [
    [
        "rejects an account without a diagnostic setting",
        (e) => e.splice(e.indexOf(find(e, "monitor:DiagnosticSetting")), 1),
        [`${A} has no diagnostic setting; accepted: an azure-native:monitor:DiagnosticSetting whose resourceUri is the account id`],
    ],
    [
        "rejects a setting without a destination",
        (e) => delete find(e, "monitor:DiagnosticSetting").inputs.workspaceId,
        [
            `diagnostic setting 'contoso-cosmos-prod/diagnostics' of ${A} has no destination; accepted: one of workspaceId, storageAccountId, eventHubAuthorizationRuleId, marketplacePartnerId`,
        ],
    ],
    [
        "rejects a setting that sends no resource logs (metrics only)",
        (e) => {
            const d = find(e, "monitor:DiagnosticSetting").inputs;
            d.logs = [{ category: "DataPlaneRequests", enabled: false }];
            d.metrics = [{ category: "Requests", enabled: true }];
        },
        [
            `diagnostic setting 'contoso-cosmos-prod/diagnostics' of ${A} sends no resource logs; accepted: at least one enabled entry in logs with a category (e.g. DataPlaneRequests, ControlPlaneRequests) or a categoryGroup`,
        ],
    ],
    [
        "accepts a storage account or an event hub as the only destination",
        (e) => {
            const d = find(e, "monitor:DiagnosticSetting").inputs;
            delete d.workspaceId;
            d.eventHubAuthorizationRuleId = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns/authorizationRules/send";
            d.logs = [{ category: "ControlPlaneRequests", enabled: true }];
        },
        [],
    ],
    [
        "does not count a setting on another resource",
        (e) => {
            const d = find(e, "monitor:DiagnosticSetting");
            d.dependencies = [];
            d.inputs.resourceUri = "/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/kv";
        },
        [`${A} has no diagnostic setting; accepted: an azure-native:monitor:DiagnosticSetting whose resourceUri is the account id`],
    ],
]);

const alert = (e: PolicyRecord[]) => find(e, "monitor:MetricAlert").inputs;
ruleSuite(
    metricAlertActionGroup,
    [
        [
            "rejects an alert without actions",
            (e) => (alert(e).actions = []),
            [`metric alert 'alert-throttling' has no actions; accepted: at least one action with an actionGroupId`],
        ],
        [
            "rejects an action without an action group",
            (e) => (alert(e).actions = [{ actionGroupId: UNKNOWN }, { webHookProperties: {} }]),
            [`metric alert 'alert-throttling' actions[1] has no actionGroupId; accepted: an action group id`],
        ],
    ],
    "azure-native:cosmosdb:DatabaseAccount",
);

ruleSuite(
    partitionKeyVersion2,
    [
        [
            "rejects version 1",
            (e) => ((orders(e).resource as { partitionKey: { version?: number } }).partitionKey.version = 1),
            [`container 'appdb/orders' has partitionKey.version 1; accepted: 2`],
        ],
        [
            "treats a missing version as 1",
            (e) => delete (orders(e).resource as { partitionKey: { version?: number } }).partitionKey.version,
            [`container 'appdb/orders' has partitionKey.version (not set), which Azure treats as 1; accepted: 2`],
        ],
    ],
    "azure-native:cosmosdb:SqlResourceSqlDatabase",
);
