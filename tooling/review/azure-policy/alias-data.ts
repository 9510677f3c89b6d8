/**
 * Azure Policy property aliases for every resource type this project creates, as Microsoft
 * publishes them (`az provider show --namespace <ns> --expand "resourceTypes/aliases"`,
 * `Get-AzPolicyAlias`). Transcribed from a dump of those commands published per resource type
 * in github.com/maciejporebski/azure-policy-aliases (commits named in ALIAS_SOURCES, read on
 * 2026-11-29); Microsoft's alias list only grows, so a newer alias is reported as "not in the
 * offline alias map" rather than guessed.
 *
 * One line per alias: `<alias suffix>` when its default path is `properties.<suffix>`, else
 * `<alias suffix> = <default path>`. A trailing ` !` marks a property Azure sets (read only in
 * the REST API spec): absent from a create request, known only to Azure afterwards.
 *
 * Microsoft.Network types publish thousands of aliases for the read-only objects they embed
 * (a private endpoint's subnet, its NSG, the NICs); only the aliases for the properties a
 * request carries, plus the read-only ones built-ins commonly read, are listed for them.
 */
import { COSMOS_ALIASES } from "./alias-data-cosmos";

export const ALIASES_AS_OF = "2026-11-29";

export const ALIAS_SOURCES: Record<string, string> = {
    "Microsoft.DocumentDB": "maciejporebski/azure-policy-aliases@c08d1aca (databaseAccounts, containers), @1ec50c65 (sqlDatabases), @5a58f1ea (scripts), @58cd5cd3, @6f56db6b (sqlRole*), @1a6436e2 (services)",
    "Microsoft.Network": "maciejporebski/azure-policy-aliases@04d4d952 (virtualNetworks), @0d683dc6 (privateEndpoints), @2438e735 (privateDnsZoneGroups, privateDnsZones), @1b33adc1 (virtualNetworkLinks)",
    "Microsoft.Insights": "maciejporebski/azure-policy-aliases@e57d9bee (diagnosticSettings, metricalerts), @169a8e18 (actiongroups), @f533b8fd (activityLogAlerts, scheduledqueryrules), @9f899b99 (workbooks)",
    "Microsoft.ManagedIdentity, Microsoft.Authorization, Microsoft.Security": "maciejporebski/azure-policy-aliases@2438e735, @00c999d6 (roleAssignments)",
    "Microsoft.OperationalInsights, Microsoft.Consumption": "maciejporebski/azure-policy-aliases@209f756c (workspaces), @3ac26fc4 (budgets)",
};

export const PLATFORM_ALIASES: Record<string, string> = {
    "Microsoft.ManagedIdentity/userAssignedIdentities": `
tenantId !
principalId !
clientId !
clientSecretUrl !`,
    "Microsoft.Network/virtualNetworks": `
addressSpace
addressSpace.addressPrefixes
addressSpace.addressPrefixes[*]
dhcpOptions
dhcpOptions.dnsServers
dhcpOptions.dnsServers[*]
subnets
subnets[*]
subnets[*].id
subnets[*].name
subnets[*].etag !
subnets[*].addressPrefix = properties.subnets[*].properties.addressPrefix
subnets[*].routeTable = properties.subnets[*].properties.routeTable
subnets[*].routeTable.id = properties.subnets[*].properties.routeTable.id
subnets[*].networkSecurityGroup = properties.subnets[*].properties.networkSecurityGroup
subnets[*].networkSecurityGroup.id = properties.subnets[*].properties.networkSecurityGroup.id
subnets[*].serviceEndpoints[*].service = properties.subnets[*].properties.serviceEndpoints[*].service
subnets[*].serviceEndpoints[*].locations[*] = properties.subnets[*].properties.serviceEndpoints[*].locations[*]
subnets[*].ipConfigurations = properties.subnets[*].properties.ipConfigurations !
subnets[*].ipConfigurations[*] = properties.subnets[*].properties.ipConfigurations[*] !
subnets[*].ipConfigurations[*].id = properties.subnets[*].properties.ipConfigurations[*].id !
subnets[*].provisioningState = properties.subnets[*].properties.provisioningState !
ddosProtectionPlan.id
enableDdosProtection
resourceGuid !
provisioningState !`,
    "Microsoft.Network/privateEndpoints": `
subnet.addressPrefix = properties.subnet.properties.addressPrefix !
subnet.addressPrefixes = properties.subnet.properties.addressPrefixes !
subnet.addressPrefixes[*] = properties.subnet.properties.addressPrefixes[*] !
subnet.type = properties.subnet.type !
privateLinkServiceConnections[*].resolvedPrivateLinkServiceLocation = properties.privateLinkServiceConnections[*].properties.resolvedPrivateLinkServiceLocation !
manualPrivateLinkServiceConnections[*].resolvedPrivateLinkServiceLocation = properties.manualPrivateLinkServiceConnections[*].properties.resolvedPrivateLinkServiceLocation !
applicationSecurityGroups
applicationSecurityGroups[*]
applicationSecurityGroups[*].id
ipConfigurations
ipConfigurations[*]
ipConfigurations[*].name
ipConfigurations[*].groupId = properties.ipConfigurations[*].properties.groupId
ipConfigurations[*].memberName = properties.ipConfigurations[*].properties.memberName
ipConfigurations[*].privateIPAddress = properties.ipConfigurations[*].properties.privateIPAddress
customNetworkInterfaceName
resourceGuid !`,
    "Microsoft.Network/privateEndpoints/privateDnsZoneGroups": `
provisioningState !
privateDnsZoneConfigs
privateDnsZoneConfigs[*]
privateDnsZoneConfigs[*].name
privateDnsZoneConfigs[*].privateDnsZoneId = properties.privateDnsZoneConfigs[*].properties.privateDnsZoneId
privateDnsZoneConfigs[*].recordSets = properties.privateDnsZoneConfigs[*].properties.recordSets !
privateDnsZoneConfigs[*].recordSets[*] = properties.privateDnsZoneConfigs[*].properties.recordSets[*] !
privateDnsZoneConfigs[*].recordSets[*].fqdn = properties.privateDnsZoneConfigs[*].properties.recordSets[*].fqdn !`,
    "Microsoft.Network/privateDnsZones": `
maxNumberOfRecordSets !
numberOfRecordSets !
maxNumberOfVirtualNetworkLinks !
numberOfVirtualNetworkLinks !
maxNumberOfVirtualNetworkLinksWithRegistration !
numberOfVirtualNetworkLinksWithRegistration !
provisioningState !`,
    "Microsoft.Network/privateDnsZones/virtualNetworkLinks": `
virtualNetwork
virtualNetwork.id
registrationEnabled
resolutionPolicy
virtualNetworkLinkState !
provisioningState !`,
    "Microsoft.Authorization/roleAssignments": `
roleDefinitionId
principalId
principalType
canDelegate
description
condition
conditionVersion
scope
delegatedManagedIdentityResourceId
createdOn !
updatedOn !
createdBy !
updatedBy !`,
    "Microsoft.Authorization/locks": `
level
notes
owners
owners[*]
owners[*].applicationId`,
    "Microsoft.OperationalInsights/workspaces": `
retentionInDays
sku
sku.name
sku.capacityReservationLevel
sku.maxCapacityReservationLevel !
sku.lastSkuUpdate !
workspaceCapping
workspaceCapping.dailyQuotaGb
workspaceCapping.quotaNextResetTime !
workspaceCapping.dataIngestionStatus !
publicNetworkAccessForIngestion
publicNetworkAccessForQuery
forceCmkForQuery
privateLinkScopedResources !
privateLinkScopedResources[*] !
privateLinkScopedResources[*].resourceId !
privateLinkScopedResources[*].scopeId !
provisioningState !
source !
customerId !
portalUrl !`,
    "Microsoft.Insights/diagnosticSettings": `
logs
logs[*]
logs[*].category
logs[*].categoryGroup
logs[*].enabled
logs[*].retentionPolicy
logs[*].retentionPolicy.enabled
logs[*].retentionPolicy.days
logs.enabled = properties.logs[*].enabled
metrics
metrics[*]
metrics[*].category
metrics[*].enabled
metrics[*].timeGrain
metrics[*].retentionPolicy
metrics[*].retentionPolicy.enabled
metrics[*].retentionPolicy.days
metrics.enabled = properties.metrics[*].enabled
storageAccountId
workspaceId
eventHubAuthorizationRuleId
eventHubName
serviceBusRuleId
logAnalyticsDestinationType
marketplacePartnerId`,
    "Microsoft.Insights/actionGroups": `
groupShortName
enabled
emailReceivers
emailReceivers[*]
emailReceivers[*].name
emailReceivers[*].emailAddress
emailReceivers[*].useCommonAlertSchema
emailReceivers[*].status !
smsReceivers
smsReceivers[*]
smsReceivers[*].name
smsReceivers[*].countryCode
smsReceivers[*].phoneNumber
webhookReceivers
webhookReceivers[*]
webhookReceivers[*].name
webhookReceivers[*].serviceUri
webhookReceivers[*].useCommonAlertSchema
webhookReceivers[*].useAadAuth
webhookReceivers[*].objectId
webhookReceivers[*].identifierUri
webhookReceivers[*].tenantId
armRoleReceivers
armRoleReceivers[*]
armRoleReceivers[*].name
armRoleReceivers[*].roleId
armRoleReceivers[*].useCommonAlertSchema
azureAppPushReceivers
azureAppPushReceivers[*]
itsmReceivers
itsmReceivers[*]
voiceReceivers
voiceReceivers[*]
logicAppReceivers
logicAppReceivers[*]
azureFunctionReceivers
azureFunctionReceivers[*]
automationRunbookReceivers
automationRunbookReceivers[*]
eventHubReceivers
eventHubReceivers[*]
incidentReceivers
incidentReceivers[*]`,
    "Microsoft.Insights/metricAlerts": `
description
severity
enabled
scopes
scopes[*]
evaluationFrequency
windowSize
targetResourceType
targetResourceRegion
criteria
criteria.odata.type = properties.criteria.odata.type
autoMitigate
actions
actions[*]
actions[*].actionGroupId
actions[*].webhookProperties
lastUpdatedTime !
isMigrated !
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria = properties.criteria
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf = properties.criteria.allOf
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*] = properties.criteria.allOf[*]
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*].operator = properties.criteria.allOf[*].operator
criteria.Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria.allOf[*].threshold = properties.criteria.allOf[*].threshold`,
    "Microsoft.Insights/activityLogAlerts": `
scopes
scopes[*]
condition
condition.allOf
condition.allOf[*]
condition.allOf[*].field
condition.allOf[*].equals
condition.allOf[*].containsAny
condition.allOf[*].containsAny[*]
condition.allOf[*].anyOf
condition.allOf[*].anyOf[*]
condition.allOf[*].anyOf[*].field
condition.allOf[*].anyOf[*].equals
condition.field
condition.equals
enabled
actions
actions.actionGroups
actions.actionGroups[*]
actions.actionGroups[*].actionGroupId
actions.actionGroups[*].webhookProperties
actions.actionGroups[*].actionProperties
description
tenantScope`,
    "Microsoft.Insights/scheduledQueryRules": `
description
enabled
severity
scopes
scopes[*]
evaluationFrequency
windowSize
targetResourceTypes
targetResourceTypes[*]
criteria
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
muteActionsDuration
actions
actions[*]
actions[*].actionGroupId
lastUpdatedTime !
provisioningState !`,
    "Microsoft.Insights/workbooks": `
displayName
serializedData
category
version
tags
tags[*]
sourceId
storageUri
description
timeModified !
userId !
revision !`,
    "Microsoft.Consumption/budgets": `
category
amount
timeGrain
timePeriod
timePeriod.startDate
timePeriod.endDate
notifications
filter
filter.and
filter.and[*]
filter.dimensions
filter.dimensions.name
filter.dimensions.operator
filter.dimensions.values
filter.dimensions.values[*]
filter.tags
filter.tags.name
filter.tags.operator
filter.tags.values
filter.tags.values[*]
currentSpend !
currentSpend.amount !
currentSpend.unit !`,
    "Microsoft.Security/advancedThreatProtectionSettings": `
isEnabled
current.isEnabled = properties.isEnabled`,
    // Resource groups carry only name, location and tags: the fields every type has.
    "Microsoft.Resources/subscriptions/resourceGroups": ``,
};

/** Every alias table, by ARM resource type. */
export const ALIAS_TABLE: Record<string, string> = { ...COSMOS_ALIASES, ...PLATFORM_ALIASES };
