/**
 * Azure Policy property aliases for every resource type this project creates, as Microsoft
 * publishes them (`Get-AzPolicyAlias`, the same list as `az provider show --expand
 * "resourceTypes/aliases"`; https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-alias).
 * Source: github.com/maciejporebski/azure-policy-aliases, which stores that command's output per
 * resource type (a daily job); read at its commit 92a03715147c of 2026-08-22, the file and the
 * commit that last changed it per type in ALIAS_SOURCES. Every alias of each type is listed,
 * including those of the read-only objects Azure embeds (a private endpoint's subnet and NSG).
 * Microsoft's list only grows: an alias newer than this data is reported as "not in the offline
 * alias map" rather than guessed.
 *
 * One line per alias, in the published order:
 *   `<suffix>`                 default path `properties.<suffix>`
 *   `=<default path>`          the suffix is the default path without its `properties` segments
 *   `<suffix> = <default path>`
 * then optionally ` -> <input path>` where azure-native does not flatten the `properties` objects
 * (aliases.ts `inputPathOf`) or renames a segment (`odata.type` is `odataType`), and ` !` where
 * the azure-native inputs of the resource have no such property: Azure sets it (read only in the
 * REST API) or the program cannot send it, so a create request never carries it. That mark was
 * derived from the installed @pulumi/azure-native 3.28 input types (types/input.d.ts), walking
 * each alias's input path; a test re-checks the top-level segment against node_modules.
 *
 * Resource groups have no aliases: only the fields every resource has (name, location, tags).
 */
import { COSMOS_ALIASES } from "./alias-data-cosmos";
import { NETWORK_ALIASES } from "./alias-data-network";

/** The date of the published alias list this data was taken from. */
export const ALIASES_AS_OF = "2026-08-22";

/** Per resource type: the file in maciejporebski/azure-policy-aliases and the commit (date) that last changed it. */
export const ALIAS_SOURCES: Record<string, string> = {
    "Microsoft.DocumentDB/databaseAccounts": "aliases/Microsoft.DocumentDB/databaseAccounts.md@eda25ad0aabc (2026-06-30)",
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases": "aliases/Microsoft.DocumentDB/databaseAccounts-sqlDatabases.md@e5b256482f3f (2024-06-01)",
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers":
        "aliases/Microsoft.DocumentDB/databaseAccounts-sqlDatabases-containers.md@a2c8c8041aa1 (2025-12-12)",
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures":
        "aliases/Microsoft.DocumentDB/databaseAccounts-sqlDatabases-containers-storedProcedures.md@5a58f1ea1206 (2020-07-22)",
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers":
        "aliases/Microsoft.DocumentDB/databaseAccounts-sqlDatabases-containers-triggers.md@5a58f1ea1206 (2020-07-22)",
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions":
        "aliases/Microsoft.DocumentDB/databaseAccounts-sqlDatabases-containers-userDefinedFunctions.md@5a58f1ea1206 (2020-07-22)",
    "Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions": "aliases/Microsoft.DocumentDB/databaseAccounts-sqlRoleDefinitions.md@eda25ad0aabc (2026-06-30)",
    "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments": "aliases/Microsoft.DocumentDB/databaseAccounts-sqlRoleAssignments.md@6f56db6be202 (2021-02-27)",
    "Microsoft.DocumentDB/databaseAccounts/services": "aliases/Microsoft.DocumentDB/databaseAccounts-services.md@e5b256482f3f (2024-06-01)",
    "Microsoft.ManagedIdentity/userAssignedIdentities": "aliases/Microsoft.ManagedIdentity/userAssignedIdentities.md@ba185f55f731 (2026-04-11)",
    "Microsoft.Network/virtualNetworks": "aliases/Microsoft.Network/virtualNetworks.md@92a03715147c (2026-08-22)",
    "Microsoft.Network/virtualNetworks/subnets": "aliases/Microsoft.Network/virtualNetworks-subnets.md@92a03715147c (2026-08-22)",
    "Microsoft.Network/privateEndpoints": "aliases/Microsoft.Network/privateEndpoints.md@92a03715147c (2026-08-22)",
    "Microsoft.Network/privateEndpoints/privateDnsZoneGroups": "aliases/Microsoft.Network/privateEndpoints-privateDnsZoneGroups.md@01d616e874d7 (2022-01-04)",
    "Microsoft.Network/privateDnsZones": "aliases/Microsoft.Network/privateDnsZones.md@3554fd41281f (2021-02-02)",
    "Microsoft.Network/privateDnsZones/virtualNetworkLinks": "aliases/Microsoft.Network/privateDnsZones-virtualNetworkLinks.md@1b33adc12646 (2024-08-15)",
    "Microsoft.Authorization/roleAssignments": "aliases/Microsoft.Authorization/roleAssignments.md@00c999d6ca28 (2021-09-02)",
    "Microsoft.Authorization/locks": "aliases/Microsoft.Authorization/locks.md@5a58f1ea1206 (2020-07-22)",
    "Microsoft.OperationalInsights/workspaces": "aliases/Microsoft.OperationalInsights/workspaces.md@eca671648152 (2025-07-22)",
    "Microsoft.Insights/diagnosticSettings": "aliases/microsoft.insights/diagnosticSettings.md@e57d9beec840 (2021-11-03)",
    "Microsoft.Insights/actionGroups": "aliases/microsoft.insights/actiongroups.md@169a8e1888f6 (2025-07-01)",
    "Microsoft.Insights/metricAlerts": "aliases/microsoft.insights/metricalerts.md@e11b5bbdc70e (2026-04-12)",
    "Microsoft.Insights/activityLogAlerts": "aliases/microsoft.insights/activityLogAlerts.md@f533b8fdc1aa (2023-07-29)",
    "Microsoft.Insights/scheduledQueryRules": "aliases/microsoft.insights/scheduledqueryrules.md@169a8e1888f6 (2025-07-01)",
    "Microsoft.Insights/workbooks": "aliases/microsoft.insights/workbooks.md@9f899b99cd61 (2021-06-09)",
    "Microsoft.Consumption/budgets": "aliases/Microsoft.Consumption/Budgets.md@3ac26fc4ca7f (2020-08-14)",
    "Microsoft.Security/advancedThreatProtectionSettings": "aliases/Microsoft.Security/advancedThreatProtectionSettings.md@5a58f1ea1206 (2020-07-22)",
};

export const PLATFORM_ALIASES: Record<string, string> = {
    "Microsoft.ManagedIdentity/userAssignedIdentities": `
tenantId !
principalId !
clientId !
clientSecretUrl !
isolationScope !
assignmentRestrictions !
assignmentRestrictions.providers !
assignmentRestrictions.providers[*] !`,
    "Microsoft.Network/privateDnsZones": `
maxNumberOfRecordSets !
numberOfRecordSets !
maxNumberOfVirtualNetworkLinks !
numberOfVirtualNetworkLinks !
maxNumberOfVirtualNetworkLinksWithRegistration !
numberOfVirtualNetworkLinksWithRegistration !
provisioningState !
internalId !`,
    "Microsoft.Network/privateDnsZones/virtualNetworkLinks": `
virtualNetwork.id
virtualNetwork
registrationEnabled
virtualNetworkLinkState !
provisioningState !
resolutionPolicy`,
    "Microsoft.Authorization/roleAssignments": `
roleDefinitionId
principalId
principalType
canDelegate !
description
condition
conditionVersion
scope
createdOn !
updatedOn !
createdBy !
updatedBy !
delegatedManagedIdentityResourceId`,
    "Microsoft.Authorization/locks": `
level
notes
owners[*].applicationId
owners[*]
owners`,
    "Microsoft.OperationalInsights/workspaces": `
retentionInDays
sku.name
provisioningState !
source !
customerId !
portalUrl !
sku
features.serviceMap.machineGroups.groupType = properties.groupType !
features.serviceMap.machineGroups.count = properties.count !
features.serviceMap.machineGroups.machines[*].id = properties.machines[*].id !
features.serviceMap.machineGroups.machines[*].type = properties.machines[*].type !
features.serviceMap.machineGroups.machines[*].name = properties.machines[*].name !
features.serviceMap.machineGroups.machines[*].kind = properties.machines[*].kind !
features.serviceMap.machineGroups.machines[*] = properties.machines[*] !
features.serviceMap.machineGroups.machines = properties.machines !
features.serviceMap.machineGroups.machines[*].displayNameHint = properties.machines[*].properties.displayNameHint !
features.serviceMap.machineGroups.machines[*].osFamilyHint = properties.machines[*].properties.osFamilyHint !
features.machineGroups.groupType = properties.groupType !
features.machineGroups.count = properties.count !
features.machineGroups.machines[*].id = properties.machines[*].id !
features.machineGroups.machines[*].type = properties.machines[*].type !
features.machineGroups.machines[*].name = properties.machines[*].name !
features.machineGroups.machines[*].kind = properties.machines[*].kind !
features.machineGroups.machines[*] = properties.machines[*] !
features.machineGroups.machines = properties.machines !
features.machineGroups.machines[*].displayNameHint = properties.machines[*].properties.displayNameHint !
features.machineGroups.machines[*].osFamilyHint = properties.machines[*].properties.osFamilyHint !
privateEndpointConnections.privateEndpoint.id = properties.privateEndpoint.id !
privateEndpointConnections.privateEndpoint = properties.privateEndpoint !
privateEndpointConnections.privateLinkServiceConnectionState.status = properties.privateLinkServiceConnectionState.status !
privateEndpointConnections.privateLinkServiceConnectionState.description = properties.privateLinkServiceConnectionState.description !
privateEndpointConnections.privateLinkServiceConnectionState.actionsRequired = properties.privateLinkServiceConnectionState.actionsRequired !
privateEndpointConnections.privateLinkServiceConnectionState = properties.privateLinkServiceConnectionState !
linkedStorageAccounts.CustomLogs.dataSourceType = properties.dataSourceType !
linkedStorageAccounts.CustomLogs.storageAccountIds[*] = properties.storageAccountIds[*] !
linkedStorageAccounts.CustomLogs.storageAccountIds = properties.storageAccountIds !
sku.capacityReservationLevel
sku.maxCapacityReservationLevel !
sku.lastSkuUpdate !
workspaceCapping.dailyQuotaGb
workspaceCapping.quotaNextResetTime !
workspaceCapping.dataIngestionStatus !
workspaceCapping
publicNetworkAccessForIngestion
publicNetworkAccessForQuery
privateLinkScopedResources[*].resourceId !
privateLinkScopedResources[*].scopeId !
privateLinkScopedResources[*] !
privateLinkScopedResources !
forceCmkForQuery
createdDate !
modifiedDate !
features
features.enableDataExport
features.immediatePurgeDataOn30Days
features.enableLogAccessUsingOnlyResourcePermissions
features.clusterResourceId
features.disableLocalAuth
defaultDataCollectionRuleResourceId
features.unifiedSentinelBillingOnly !
replication !
replication.location !
replication.enabled !
replication.provisioningState !
replication.createdDate !
replication.lastModifiedDate !
failover !
failover.state !
failover.lastModifiedDate !`,
    "Microsoft.Insights/diagnosticSettings": `
logs.enabled = properties.logs[*].enabled
metrics.enabled = properties.metrics[*].enabled
storageAccountId
workspaceId
eventHubAuthorizationRuleId
eventHubName
metrics[*].retentionPolicy.enabled
metrics[*].retentionPolicy.days
metrics[*].category
logs[*].retentionPolicy.enabled
logs[*].retentionPolicy.days
logs[*].category
serviceBusRuleId
metrics[*].timeGrain
metrics[*].enabled
metrics[*].retentionPolicy
metrics[*]
metrics
logs[*].enabled
logs[*].retentionPolicy
logs[*]
logs
logAnalyticsDestinationType
logs[*].categoryGroup
marketplacePartnerId`,
    "Microsoft.Insights/actionGroups": `
groupShortName
enabled
emailReceivers[*].name
emailReceivers[*].emailAddress
emailReceivers[*].status !
emailReceivers[*]
emailReceivers
smsReceivers[*].name
smsReceivers[*].countryCode
smsReceivers[*].phoneNumber
smsReceivers[*].status !
smsReceivers[*]
smsReceivers
webhookReceivers[*].name
webhookReceivers[*].serviceUri
webhookReceivers[*]
webhookReceivers
itsmReceivers[*].name
itsmReceivers[*].workspaceId
itsmReceivers[*].connectionId
itsmReceivers[*].ticketConfiguration
itsmReceivers[*].region
itsmReceivers[*]
itsmReceivers
azureAppPushReceivers[*].name
azureAppPushReceivers[*].emailAddress
azureAppPushReceivers[*]
azureAppPushReceivers
automationRunbookReceivers[*].automationAccountId
automationRunbookReceivers[*].runbookName
automationRunbookReceivers[*].webhookResourceId
automationRunbookReceivers[*].isGlobalRunbook
automationRunbookReceivers[*].name
automationRunbookReceivers[*].serviceUri
automationRunbookReceivers[*]
automationRunbookReceivers
voiceReceivers[*].name
voiceReceivers[*].countryCode
voiceReceivers[*].phoneNumber
voiceReceivers[*]
voiceReceivers
logicAppReceivers[*].name
logicAppReceivers[*].resourceId
logicAppReceivers[*].callbackUrl
logicAppReceivers[*]
logicAppReceivers
azureFunctionReceivers[*].name
azureFunctionReceivers[*].functionAppResourceId
azureFunctionReceivers[*].functionName
azureFunctionReceivers[*].httpTriggerUrl
azureFunctionReceivers[*]
azureFunctionReceivers
armRoleReceivers[*].name
armRoleReceivers[*].roleId
armRoleReceivers[*]
armRoleReceivers
emailReceivers[*].useCommonAlertSchema
webhookReceivers[*].useCommonAlertSchema
automationRunbookReceivers[*].useCommonAlertSchema
logicAppReceivers[*].useCommonAlertSchema
azureFunctionReceivers[*].useCommonAlertSchema
armRoleReceivers[*].useCommonAlertSchema
webhookReceivers[*].useAadAuth
webhookReceivers[*].objectId
webhookReceivers[*].identifierUri
webhookReceivers[*].tenantId
eventHubReceivers
eventHubReceivers[*]
eventHubReceivers[*].name
eventHubReceivers[*].eventHubNameSpace
eventHubReceivers[*].eventHubName
eventHubReceivers[*].useCommonAlertSchema
eventHubReceivers[*].tenantId
eventHubReceivers[*].subscriptionId
incidentReceivers
incidentReceivers[*]
incidentReceivers[*].name
incidentReceivers[*].connection
incidentReceivers[*].connection.name
incidentReceivers[*].connection.id
incidentReceivers[*].incidentManagementService
incidentReceivers[*].mappings
webhookReceivers[*].managedIdentity
automationRunbookReceivers[*].managedIdentity
logicAppReceivers[*].managedIdentity
azureFunctionReceivers[*].managedIdentity
eventHubReceivers[*].managedIdentity`,
    "Microsoft.Insights/metricAlerts": `
description
severity
enabled
scopes[*]
scopes
evaluationFrequency
windowSize
targetResourceType
targetResourceRegion
criteria.additionalProperties !
criteria.odata.type -> criteria.odataType
criteria
autoMitigate
actions[*].actionGroupId
actions[*].webhookProperties.additionalProperties
actions[*].webhookProperties = properties.actions[*].webHookProperties
actions[*]
actions
lastUpdatedTime !
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria = properties.criteria
criteria.Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria = properties.criteria
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria = properties.criteria
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf = properties.criteria.allOf
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf = properties.criteria.allOf
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*].operator = properties.criteria.allOf[*].operator
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*].threshold = properties.criteria.allOf[*].threshold
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.threshold = properties.criteria.allOf[*].threshold
criteria.Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria.webTestId = properties.criteria.webTestId
criteria.Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria.componentId = properties.criteria.componentId
criteria.Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria.failedLocationCount = properties.criteria.failedLocationCount
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.alertSensitivity = properties.criteria.allOf[*].alertSensitivity
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods = properties.criteria.allOf[*].failingPeriods
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.numberOfEvaluationPeriods = properties.criteria.allOf[*].failingPeriods.numberOfEvaluationPeriods
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.minFailingPeriodsToAlert = properties.criteria.allOf[*].failingPeriods.minFailingPeriodsToAlert
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.ignoreDataBefore = properties.criteria.allOf[*].ignoreDataBefore
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].criterionType = properties.criteria.allOf[*].criterionType
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].name = properties.criteria.allOf[*].name
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].metricName = properties.criteria.allOf[*].metricName
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].metricNamespace = properties.criteria.allOf[*].metricNamespace
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions = properties.criteria.allOf[*].dimensions
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*] = properties.criteria.allOf[*].dimensions[*]
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].name = properties.criteria.allOf[*].dimensions[*].name
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].operator = properties.criteria.allOf[*].dimensions[*].operator
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values = properties.criteria.allOf[*].dimensions[*].values
criteria.Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values[*] = properties.criteria.allOf[*].dimensions[*].values[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria = properties.criteria
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf = properties.criteria.allOf
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].operator = properties.criteria.allOf[*].operator
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].threshold = properties.criteria.allOf[*].threshold
criteria.Microsoft-Azure-Monitor-WebtestLocationAvailabilityCriteria.webTestId = properties.criteria.webTestId
criteria.Microsoft-Azure-Monitor-WebtestLocationAvailabilityCriteria.componentId = properties.criteria.componentId
criteria.Microsoft-Azure-Monitor-WebtestLocationAvailabilityCriteria.failedLocationCount = properties.criteria.failedLocationCount
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.alertSensitivity = properties.criteria.allOf[*].alertSensitivity
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods = properties.criteria.allOf[*].failingPeriods
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.numberOfEvaluationPeriods = properties.criteria.allOf[*].failingPeriods.numberOfEvaluationPeriods
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.minFailingPeriodsToAlert = properties.criteria.allOf[*].failingPeriods.minFailingPeriodsToAlert
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.ignoreDataBefore = properties.criteria.allOf[*].ignoreDataBefore
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].criterionType = properties.criteria.allOf[*].criterionType
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].name = properties.criteria.allOf[*].name
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].metricName = properties.criteria.allOf[*].metricName
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].metricNamespace = properties.criteria.allOf[*].metricNamespace
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions = properties.criteria.allOf[*].dimensions
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*] = properties.criteria.allOf[*].dimensions[*]
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].name = properties.criteria.allOf[*].dimensions[*].name
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].operator = properties.criteria.allOf[*].dimensions[*].operator
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values = properties.criteria.allOf[*].dimensions[*].values
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values[*] = properties.criteria.allOf[*].dimensions[*].values[*]
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].skipMetricValidation = properties.criteria.allOf[*].skipMetricValidation
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].timeAggregation = properties.criteria.allOf[*].timeAggregation
isMigrated !
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria = properties.criteria
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf = properties.criteria.allOf
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.threshold = properties.criteria.allOf[*].threshold
criteria.Microsoft-Azure-Monitor-WebtestLocationAvailabilityCriteria = properties.criteria
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-MultipleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.operator = properties.criteria.allOf[*].operator
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.alertSensitivity = properties.criteria.allOf[*].alertSensitivity
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods = properties.criteria.allOf[*].failingPeriods
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.numberOfEvaluationPeriods = properties.criteria.allOf[*].failingPeriods.numberOfEvaluationPeriods
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.failingPeriods.minFailingPeriodsToAlert = properties.criteria.allOf[*].failingPeriods.minFailingPeriodsToAlert
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].DynamicThresholdCriterion.ignoreDataBefore = properties.criteria.allOf[*].ignoreDataBefore
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].StaticThresholdCriterion.threshold = properties.criteria.allOf[*].threshold
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].criterionType = properties.criteria.allOf[*].criterionType
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].name = properties.criteria.allOf[*].name
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].metricName = properties.criteria.allOf[*].metricName
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].metricNamespace = properties.criteria.allOf[*].metricNamespace
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].timeAggregation = properties.criteria.allOf[*].timeAggregation
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions = properties.criteria.allOf[*].dimensions
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions[*] = properties.criteria.allOf[*].dimensions[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions[*].name = properties.criteria.allOf[*].dimensions[*].name
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions[*].operator = properties.criteria.allOf[*].dimensions[*].operator
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values = properties.criteria.allOf[*].dimensions[*].values
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].dimensions[*].values[*] = properties.criteria.allOf[*].dimensions[*].values[*]
criteria.Microsoft-Azure-Monitor-SingleResourceMultipleMetricCriteria.allOf[*].skipMetricValidation = properties.criteria.allOf[*].skipMetricValidation
criteria.Microsoft-Azure-Monitor-PromQLCriteria = properties.criteria
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf = properties.criteria.allOf
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf[*].DynamicThresholdCriterion = properties.criteria.allOf[*]
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf[*].criterionType = properties.criteria.allOf[*].criterionType
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf[*].name = properties.criteria.allOf[*].name
criteria.Microsoft-Azure-Monitor-PromQLCriteria.failingPeriods = properties.criteria.failingPeriods !
criteria.Microsoft-Azure-Monitor-PromQLCriteria.failingPeriods.for = properties.criteria.failingPeriods.for !
criteria.Microsoft-Azure-Monitor-PromQLCriteria.allOf[*].query = properties.criteria.allOf[*].query !
resolveConfiguration !
resolveConfiguration.autoResolved !
resolveConfiguration.timeToResolve !
customProperties !
actionProperties !`,
    "Microsoft.Insights/activityLogAlerts": `
scopes
scopes[*]
condition
condition.allOf
condition.allOf[*]
condition.allOf[*].field
condition.allOf[*].equals
condition.allOf[*].containsAny
enabled
actions.actionGroups[*].actionGroupId
actions.actionGroups[*].webhookProperties.additionalProperties
actions.actionGroups[*].webhookProperties
actions.actionGroups[*]
actions.actionGroups
actions
description
condition.field !
condition.equals !
condition.allOf[*].containsAny[*]
condition.allOf[*].anyOf
condition.allOf[*].anyOf[*]
condition.allOf[*].anyOf[*].field
condition.allOf[*].anyOf[*].equals
condition.allOf[*].anyOf[*].containsAny
condition.allOf[*].anyOf[*].containsAny[*]
tenantScope !
actions.actionGroups[*].actionProperties !`,
    "Microsoft.Insights/scheduledQueryRules": `
description
enabled
lastUpdatedTime !
provisioningState !
source.query !
source.authorizedResources[*] !
source.authorizedResources !
source.dataSourceId !
source.queryType !
source !
schedule.frequencyInMinutes !
schedule.timeWindowInMinutes !
schedule !
action.odata.type !
action !
severity
scopes[*]
scopes
evaluationFrequency
windowSize
targetResourceTypes[*]
targetResourceTypes
criteria.query !
criteria.timeAggregation !
criteria.metricMeasureColumn !
criteria.resourceIdColumn !
criteria.dimensions[*].name !
criteria.dimensions[*].operator !
criteria.dimensions[*].values[*] !
criteria.dimensions[*].values !
criteria.dimensions[*] !
criteria.dimensions !
criteria.operator !
criteria.threshold !
criteria.failingPeriods.numberOfEvaluationPeriods !
criteria.failingPeriods.minFailingPeriodsToAlert !
criteria.failingPeriods !
criteria
muteActionsDuration
actions[*].actionGroupId !
actions[*].webHookProperties !
actions[*] !
actions
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction = properties.action !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction = properties.action !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.severity = properties.action.severity !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.aznsAction = properties.action.aznsAction !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.aznsAction.actionGroup = properties.action.aznsAction.actionGroup !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.aznsAction.actionGroup[*] = properties.action.aznsAction.actionGroup[*] !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.aznsAction.emailSubject = properties.action.aznsAction.emailSubject !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.aznsAction.customWebhookPayload = properties.action.aznsAction.customWebhookPayload !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.throttlingInMin = properties.action.throttlingInMin !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger = properties.action.trigger !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.thresholdOperator = properties.action.trigger.thresholdOperator !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.threshold = properties.action.trigger.threshold !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.metricTrigger = properties.action.trigger.metricTrigger !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.metricTrigger.thresholdOperator = properties.action.trigger.metricTrigger.thresholdOperator !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.metricTrigger.threshold = properties.action.trigger.metricTrigger.threshold !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.metricTrigger.metricTriggerType = properties.action.trigger.metricTrigger.metricTriggerType !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.AlertingAction.trigger.metricTrigger.metricColumn = properties.action.trigger.metricTrigger.metricColumn !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria = properties.action.criteria !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*] = properties.action.criteria[*] !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].metricName = properties.action.criteria[*].metricName !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions = properties.action.criteria[*].dimensions !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions[*] = properties.action.criteria[*].dimensions[*] !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions[*].name = properties.action.criteria[*].dimensions[*].name !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions[*].operator = properties.action.criteria[*].dimensions[*].operator !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions[*].values = properties.action.criteria[*].dimensions[*].values !
action.Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.Microsoft.AppInsights.Nexus.DataContracts.Resources.ScheduledQueryRules.LogToMetricAction.criteria[*].dimensions[*].values[*] = properties.action.criteria[*].dimensions[*].values[*] !
criteria.allOf
criteria.allOf[*]
criteria.allOf[*].query
criteria.allOf[*].timeAggregation
criteria.allOf[*].metricMeasureColumn
criteria.allOf[*].resourceIdColumn
criteria.allOf[*].dimensions
criteria.allOf[*].dimensions[*]
criteria.allOf[*].dimensions[*].name
criteria.allOf[*].dimensions[*].operator
criteria.allOf[*].dimensions[*].values
criteria.allOf[*].dimensions[*].values[*]
criteria.allOf[*].operator
criteria.allOf[*].threshold
criteria.allOf[*].failingPeriods
criteria.allOf[*].failingPeriods.numberOfEvaluationPeriods
criteria.allOf[*].failingPeriods.minFailingPeriodsToAlert
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction = properties.action !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.severity = properties.action.severity !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.aznsAction = properties.action.aznsAction !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.aznsAction.actionGroup = properties.action.aznsAction.actionGroup !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.aznsAction.actionGroup[*] = properties.action.aznsAction.actionGroup[*] !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.aznsAction.emailSubject = properties.action.aznsAction.emailSubject !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.aznsAction.customWebhookPayload = properties.action.aznsAction.customWebhookPayload !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.throttlingInMin = properties.action.throttlingInMin !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger = properties.action.trigger !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.thresholdOperator = properties.action.trigger.thresholdOperator !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.threshold = properties.action.trigger.threshold !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.metricTrigger = properties.action.trigger.metricTrigger !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.metricTrigger.thresholdOperator = properties.action.trigger.metricTrigger.thresholdOperator !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.metricTrigger.threshold = properties.action.trigger.metricTrigger.threshold !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.metricTrigger.metricTriggerType = properties.action.trigger.metricTrigger.metricTriggerType !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-AlertingAction.trigger.metricTrigger.metricColumn = properties.action.trigger.metricTrigger.metricColumn !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria = properties.action.criteria !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*] = properties.action.criteria[*] !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].metricName = properties.action.criteria[*].metricName !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions = properties.action.criteria[*].dimensions !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions[*] = properties.action.criteria[*].dimensions[*] !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions[*].name = properties.action.criteria[*].dimensions[*].name !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions[*].operator = properties.action.criteria[*].dimensions[*].operator !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions[*].values = properties.action.criteria[*].dimensions[*].values !
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction.criteria[*].dimensions[*].values[*] = properties.action.criteria[*].dimensions[*].values[*] !
createdWithApiVersion !
isLegacyLogAnalyticsRule !
displayName
overrideQueryTimeRange
criteria.allOf[*].metricName
isWorkspaceAlertsStorageConfigured !
checkWorkspaceAlertsStorageConfigured
skipQueryValidation
autoMitigate
action.Microsoft-WindowsAzure-Management-Monitoring-Alerts-Models-Microsoft-AppInsights-Nexus-DataContracts-Resources-ScheduledQueryRules-LogToMetricAction = properties.action !
actions.actionGroups
actions.actionGroups[*]
actions.customProperties
publicNetworkAccess !
ruleResolveConfiguration !
ruleResolveConfiguration.autoResolved !
ruleResolveConfiguration.timeToResolve !
actions.actionProperties
resolveConfiguration
resolveConfiguration.autoResolved
resolveConfiguration.timeToResolve
criteria.allOf[*].criterionType
criteria.allOf[*].alertSensitivity
criteria.allOf[*].ignoreDataBefore
criteria.allOf[*].minRecurrenceCount`,
    "Microsoft.Insights/workbooks": `
displayName
serializedData
timeModified !
category
version
tags[*] !
tags !
userId !
name !
workbookId !
kind !
sourceResourceId !
sourceId
storageUri
description
revision !`,
    "Microsoft.Consumption/budgets": `
category
amount
timeGrain
timePeriod
timePeriod.startDate
timePeriod.endDate
currentSpend !
currentSpend.amount !
currentSpend.unit !
notifications
filters !
filters.resourceGroups[*] !
filters.resourceGroups !
filters.resources[*] !
filters.resources !
filters.meters[*] !
filters.meters !
filters.tags !
filter
filter.and[*]
filter.and[*].dimensions
filter.and[*].dimensions.name
filter.and[*].dimensions.operator
filter.and[*].dimensions.values[*]
filter.and[*].dimensions.values
filter.and[*].tags
filter.and[*].tags.name
filter.and[*].tags.operator
filter.and[*].tags.values[*]
filter.and[*].tags.values
filter.and
filter.not !
filter.not.dimensions !
filter.not.dimensions.name !
filter.not.dimensions.operator !
filter.not.dimensions.values[*] !
filter.not.dimensions.values !
filter.not.tags !
filter.not.tags.name !
filter.not.tags.operator !
filter.not.tags.values[*] !
filter.not.tags.values !
filter.dimensions
filter.dimensions.name
filter.dimensions.operator
filter.dimensions.values[*]
filter.dimensions.values
filter.tags
filter.tags.name
filter.tags.operator
filter.tags.values[*]
filter.tags.values`,
    "Microsoft.Security/advancedThreatProtectionSettings": `
isEnabled
current.isEnabled = properties.isEnabled`,
    "Microsoft.Resources/subscriptions/resourceGroups": ``,
};

/** Every alias table, by ARM resource type. */
export const ALIAS_TABLE: Record<string, string> = { ...COSMOS_ALIASES, ...NETWORK_ALIASES, ...PLATFORM_ALIASES };
