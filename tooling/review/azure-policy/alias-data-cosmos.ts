/** Cosmos DB (Microsoft.DocumentDB) aliases; format and sources as in alias-data.ts. */

export const COSMOS_ALIASES: Record<string, string> = {
    "Microsoft.DocumentDB/databaseAccounts": `
sku.name = properties.databaseAccountOfferType
databaseAccountOfferType
virtualNetworkRules
virtualNetworkRules[*]
virtualNetworkRules[*].id
virtualNetworkRules[*].ignoreMissingVNetServiceEndpoint
isVirtualNetworkFilterEnabled
consistencyPolicy
consistencyPolicy.defaultConsistencyLevel
consistencyPolicy.maxStalenessPrefix
consistencyPolicy.maxIntervalInSeconds
enableAutomaticFailover
Locations = properties.locations
Locations[*] = properties.locations[*]
Locations[*].locationName = properties.locations[*].locationName
locations[*].id = properties.locations[*].id !
locations[*].documentEndpoint = properties.locations[*].documentEndpoint !
locations[*].provisioningState = properties.locations[*].provisioningState !
locations[*].failoverPriority
locations[*].isZoneRedundant
readLocations !
readLocations[*] !
readLocations[*].locationName !
writeLocations !
writeLocations[*] !
writeLocations[*].locationName !
failoverPolicies !
failoverPolicies[*] !
failoverPolicies[*].locationName !
failoverPolicies[*].failoverPriority !
ipRangeFilter
ipRules
ipRules[*]
ipRules[*].ipAddressOrRange
enableMultipleWriteLocations
capabilities
capabilities[*]
capabilities[*].name
enableCassandraConnector
connectorOffer
disableKeyBasedMetadataWriteAccess
keyVaultKeyUri
publicNetworkAccess
enableFreeTier
apiProperties
apiProperties.serverVersion
enableAnalyticalStorage
analyticalStorageConfiguration
analyticalStorageConfiguration.schemaType
provisioningState !
documentEndpoint !
instanceId !
privateEndpointConnections !
privateEndpointConnections[*] !
privateEndpointConnections[*].id !
privateEndpointConnections[*].name !
privateEndpointConnections[*].privateEndpoint = properties.privateEndpointConnections[*].properties.privateEndpoint !
privateEndpointConnections[*].privateEndpoint.id = properties.privateEndpointConnections[*].properties.privateEndpoint.id !
privateEndpointConnections[*].privateLinkServiceConnectionState = properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState !
privateEndpointConnections[*].privateLinkServiceConnectionState.status = properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState.status !
privateEndpointConnections[*].privateLinkServiceConnectionState.actionsRequired = properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
cors
cors[*]
cors[*].allowedOrigins
cors[*].allowedMethods
cors[*].allowedHeaders
cors[*].exposedHeaders
cors[*].maxAgeInSeconds
createMode
restoreParameters
restoreParameters.restoreMode
restoreParameters.restoreSource
restoreParameters.restoreTimestampInUtc
restoreParameters.databasesToRestore
restoreParameters.databasesToRestore[*]
restoreParameters.databasesToRestore[*].databaseName
restoreParameters.databasesToRestore[*].collectionNames
restoreParameters.databasesToRestore[*].collectionNames[*]
restoreParameters.sourceBackupLocation
backupPolicy
backupPolicy.type
backupPolicy.Periodic = properties.backupPolicy
backupPolicy.Periodic.periodicModeProperties = properties.backupPolicy.periodicModeProperties
backupPolicy.Periodic.periodicModeProperties.backupIntervalInMinutes = properties.backupPolicy.periodicModeProperties.backupIntervalInMinutes
backupPolicy.Periodic.periodicModeProperties.backupRetentionIntervalInHours = properties.backupPolicy.periodicModeProperties.backupRetentionIntervalInHours
backupPolicy.Periodic.periodicModeProperties.backupStorageRedundancy = properties.backupPolicy.periodicModeProperties.backupStorageRedundancy
backupPolicy.Continuous = properties.backupPolicy
backupPolicy.Continuous.continuousModeProperties = properties.backupPolicy.continuousModeProperties
backupPolicy.Continuous.continuousModeProperties.tier = properties.backupPolicy.continuousModeProperties.tier
backupPolicy.migrationState !
networkAclBypass
networkAclBypassResourceIds
networkAclBypassResourceIds[*]
defaultIdentity
disableLocalAuth
diagnosticLogSettings
diagnosticLogSettings.enableFullTextQuery
capacity
capacity.totalThroughputLimit
enableMaterializedViews
keysMetadata !
keysMetadata.primaryMasterKey.generationTime !
keysMetadata.secondaryMasterKey.generationTime !
keysMetadata.primaryReadonlyMasterKey.generationTime !
keysMetadata.secondaryReadonlyMasterKey.generationTime !
enablePartitionMerge
minimalTlsVersion
enableBurstCapacity
customerManagedKeyStatus !
enablePriorityBasedExecution
defaultPriorityLevel`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases": `
resource
resource.id
resource.restoreParameters
resource.restoreParameters.restoreSource
resource.restoreParameters.restoreTimestampInUtc
resource.createMode
options
options.throughput
options.autoscaleSettings
options.autoscaleSettings.maxThroughput`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers": `
resource
resource.id
resource.indexingPolicy
resource.indexingPolicy.automatic
resource.indexingPolicy.indexingMode
resource.indexingPolicy.includedPaths
resource.indexingPolicy.includedPaths[*]
resource.indexingPolicy.includedPaths[*].path
resource.indexingPolicy.includedPaths[*].indexes
resource.indexingPolicy.includedPaths[*].indexes[*]
resource.indexingPolicy.includedPaths[*].indexes[*].dataType
resource.indexingPolicy.includedPaths[*].indexes[*].precision
resource.indexingPolicy.includedPaths[*].indexes[*].kind
resource.indexingPolicy.excludedPaths
resource.indexingPolicy.excludedPaths[*]
resource.indexingPolicy.excludedPaths[*].path
resource.indexingPolicy.compositeIndexes
resource.indexingPolicy.compositeIndexes[*]
resource.indexingPolicy.compositeIndexes[*].path
resource.indexingPolicy.compositeIndexes[*].order
resource.indexingPolicy.spatialIndexes
resource.indexingPolicy.spatialIndexes[*]
resource.indexingPolicy.spatialIndexes[*].path
resource.indexingPolicy.spatialIndexes[*].types
resource.indexingPolicy.spatialIndexes[*].types[*]
resource.partitionKey
resource.partitionKey.paths
resource.partitionKey.paths[*]
resource.partitionKey.kind
resource.partitionKey.version
resource.partitionKey.systemKey
resource.defaultTtl
resource.analyticalStorageTtl
resource.uniqueKeyPolicy
resource.uniqueKeyPolicy.uniqueKeys
resource.uniqueKeyPolicy.uniqueKeys[*]
resource.uniqueKeyPolicy.uniqueKeys[*].paths
resource.uniqueKeyPolicy.uniqueKeys[*].paths[*]
resource.conflictResolutionPolicy
resource.conflictResolutionPolicy.mode
resource.conflictResolutionPolicy.conflictResolutionPath
resource.conflictResolutionPolicy.conflictResolutionProcedure
resource.clientEncryptionPolicy
resource.clientEncryptionPolicy.includedPaths
resource.clientEncryptionPolicy.includedPaths[*]
resource.clientEncryptionPolicy.includedPaths[*].path
resource.clientEncryptionPolicy.includedPaths[*].clientEncryptionKeyId
resource.clientEncryptionPolicy.includedPaths[*].encryptionType
resource.clientEncryptionPolicy.includedPaths[*].encryptionAlgorithm
resource.clientEncryptionPolicy.policyFormatVersion
resource.restoreParameters
resource.restoreParameters.restoreSource
resource.restoreParameters.restoreTimestampInUtc
resource.createMode
resource.materializedViewDefinition
resource.materializedViewDefinition.sourceCollectionRid
resource.materializedViewDefinition.sourceCollectionId
resource.materializedViewDefinition.definition
resource.computedProperties
resource.computedProperties[*]
resource.computedProperties[*].name
resource.computedProperties[*].query
options
options.throughput
options.autoscaleSettings
options.autoscaleSettings.maxThroughput`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures": `
resource
resource.id
resource.body`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers": `
resource
resource.id
resource.body
resource.triggerType
resource.triggerOperation`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions": `
resource
resource.id
resource.body`,
    "Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions": `
roleName
type
assignableScopes
assignableScopes[*]
permissions
permissions[*]
permissions[*].dataActions
permissions[*].dataActions[*]
permissions[*].notDataActions
permissions[*].notDataActions[*]`,
    "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments": `
roleDefinitionId
scope
principalId`,
    "Microsoft.DocumentDB/databaseAccounts/services": `
SqlDedicatedGatewayServiceResourceProperties.sqlDedicatedGatewayEndpoint = properties.sqlDedicatedGatewayEndpoint !
SqlDedicatedGatewayServiceResourceProperties.locations = properties.locations !
SqlDedicatedGatewayServiceResourceProperties.locations[*] = properties.locations[*] !
creationTime !
instanceSize
instanceCount
serviceType
status !`,
};
