/** Cosmos DB (Microsoft.DocumentDB) aliases, as published: format and sources in alias-data.ts. Generated data: do not edit by hand. */

export const COSMOS_ALIASES: Record<string, string> = {
    "Microsoft.DocumentDB/databaseAccounts": `
sku.name = properties.databaseAccountOfferType
virtualNetworkRules[*]
virtualNetworkRules[*].id
isVirtualNetworkFilterEnabled
consistencyPolicy.defaultConsistencyLevel
enableAutomaticFailover
Locations = properties.locations
Locations[*] = properties.locations[*]
Locations[*].locationName = properties.locations[*].locationName
readLocations !
readLocations[*] !
readLocations[*].locationName !
writeLocations !
writeLocations[*] !
writeLocations[*].locationName !
failoverPolicies !
failoverPolicies[*] !
failoverPolicies[*].locationName !
ipRangeFilter !
virtualNetworkRules
virtualNetworkRules[*].ignoreMissingVNetServiceEndpoint
enableMultipleWriteLocations
databaseAccountOfferType
consistencyPolicy.maxStalenessPrefix
consistencyPolicy.maxIntervalInSeconds
consistencyPolicy
capabilities[*].name
capabilities[*]
capabilities
enableCassandraConnector
connectorOffer
locations[*].id !
locations[*].documentEndpoint !
locations[*].provisioningState !
locations[*].failoverPriority
locations[*].isZoneRedundant
disableKeyBasedMetadataWriteAccess
keyVaultKeyUri
publicNetworkAccess
ipRules[*].ipAddressOrRange
ipRules[*]
ipRules
enableFreeTier
apiProperties.serverVersion
apiProperties
enableAnalyticalStorage
provisioningState !
documentEndpoint !
writeLocations[*].id !
writeLocations[*].documentEndpoint !
writeLocations[*].provisioningState !
writeLocations[*].failoverPriority !
writeLocations[*].isZoneRedundant !
readLocations[*].id !
readLocations[*].documentEndpoint !
readLocations[*].provisioningState !
readLocations[*].failoverPriority !
readLocations[*].isZoneRedundant !
failoverPolicies[*].id !
failoverPolicies[*].failoverPriority !
privateEndpointConnections !
privateEndpointConnections[*] !
privateEndpointConnections[*].id !
privateEndpointConnections[*].name !
privateEndpointConnections[*].type !
=properties.privateEndpointConnections[*].properties.privateEndpoint !
=properties.privateEndpointConnections[*].properties.privateEndpoint.id !
=properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState !
=properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.privateEndpointConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
cors
cors[*]
cors[*].allowedOrigins
cors[*].allowedMethods
cors[*].allowedHeaders
cors[*].exposedHeaders
cors[*].maxAgeInSeconds
instanceId !
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
backupPolicy.Periodic = properties.backupPolicy
backupPolicy
backupPolicy.Periodic.periodicModeProperties = properties.backupPolicy.periodicModeProperties
backupPolicy.Periodic.periodicModeProperties.backupIntervalInMinutes = properties.backupPolicy.periodicModeProperties.backupIntervalInMinutes
backupPolicy.Periodic.periodicModeProperties.backupRetentionIntervalInHours = properties.backupPolicy.periodicModeProperties.backupRetentionIntervalInHours
backupPolicy.type
backupPolicy.Periodic.periodicModeProperties.backupStorageRedundancy = properties.backupPolicy.periodicModeProperties.backupStorageRedundancy
networkAclBypass
networkAclBypassResourceIds
networkAclBypassResourceIds[*]
defaultIdentity
analyticalStorageConfiguration
analyticalStorageConfiguration.schemaType
backupPolicy.migrationState
backupPolicy.migrationState.status
backupPolicy.migrationState.targetType
backupPolicy.migrationState.startTime
disableLocalAuth
diagnosticLogSettings !
diagnosticLogSettings.enableFullTextQuery !
backupPolicy.Continuous = properties.backupPolicy
capacity
capacity.totalThroughputLimit
restoreParameters.gremlinDatabasesToRestore
restoreParameters.gremlinDatabasesToRestore[*]
restoreParameters.gremlinDatabasesToRestore[*].databaseName
restoreParameters.gremlinDatabasesToRestore[*].graphNames
restoreParameters.gremlinDatabasesToRestore[*].graphNames[*]
restoreParameters.tablesToRestore
restoreParameters.tablesToRestore[*]
enableMaterializedViews !
backupPolicy.Continuous.continuousModeProperties = properties.backupPolicy.continuousModeProperties
backupPolicy.Continuous.continuousModeProperties.tier = properties.backupPolicy.continuousModeProperties.tier
keysMetadata !
keysMetadata.primaryMasterKey !
keysMetadata.primaryMasterKey.generationTime !
keysMetadata.secondaryMasterKey !
keysMetadata.secondaryMasterKey.generationTime !
keysMetadata.primaryReadonlyMasterKey !
keysMetadata.primaryReadonlyMasterKey.generationTime !
keysMetadata.secondaryReadonlyMasterKey !
keysMetadata.secondaryReadonlyMasterKey.generationTime !
enablePartitionMerge
minimalTlsVersion
restoreParameters.sourceBackupLocation
enableBurstCapacity
customerManagedKeyStatus
enablePriorityBasedExecution
defaultPriorityLevel
restoreParameters.restoreWithTtlDisabled
enablePerRegionPerPartitionAutoscale
capacityMode !
enableAllVersionsAndDeletesChangeFeed !
enforceHierarchicalPartitionKeyIdLastLevel !
keysMetadata.primaryMasterKey.approximateLastUsageTime !
keysMetadata.secondaryMasterKey.approximateLastUsageTime !
keysMetadata.primaryReadonlyMasterKey.approximateLastUsageTime !
keysMetadata.secondaryReadonlyMasterKey.approximateLastUsageTime !
softDeleteConfiguration !
softDeleteConfiguration.softDeletionEnabled !
softDeleteConfiguration.minMinutesBeforePermanentDeletionAllowed !
softDeleteConfiguration.softDeleteRetentionPeriodInMinutes !`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases": `
resource
resource.id
options.throughput
options
options.autoscaleSettings.maxThroughput
options.autoscaleSettings
resource.restoreParameters
resource.restoreParameters.restoreSource
resource.restoreParameters.restoreTimestampInUtc
resource.createMode
resource.restoreParameters.restoreWithTtlDisabled`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers": `
resource.id
resource.indexingPolicy.automatic
resource.indexingPolicy.indexingMode
resource.indexingPolicy.includedPaths[*].path
resource.indexingPolicy.includedPaths[*].indexes[*].dataType
resource.indexingPolicy.includedPaths[*].indexes[*].precision
resource.indexingPolicy.includedPaths[*].indexes[*].kind
resource.indexingPolicy.includedPaths[*].indexes[*]
resource.indexingPolicy.includedPaths[*].indexes
resource.indexingPolicy.includedPaths[*]
resource.indexingPolicy.includedPaths
resource.indexingPolicy.excludedPaths[*].path
resource.indexingPolicy.excludedPaths[*]
resource.indexingPolicy.excludedPaths
resource.indexingPolicy.compositeIndexes[*].path !
resource.indexingPolicy.compositeIndexes[*].order !
resource.indexingPolicy.compositeIndexes[*]
resource.indexingPolicy.compositeIndexes
resource.indexingPolicy.spatialIndexes[*].path
resource.indexingPolicy.spatialIndexes[*].types[*]
resource.indexingPolicy.spatialIndexes[*].types
resource.indexingPolicy.spatialIndexes[*]
resource.indexingPolicy.spatialIndexes
resource.indexingPolicy
resource.partitionKey.paths[*]
resource.partitionKey.paths
resource.partitionKey.kind
resource.partitionKey.version
resource.partitionKey
resource.defaultTtl
resource.uniqueKeyPolicy.uniqueKeys[*].paths[*]
resource.uniqueKeyPolicy.uniqueKeys[*].paths
resource.uniqueKeyPolicy.uniqueKeys[*]
resource.uniqueKeyPolicy.uniqueKeys
resource.uniqueKeyPolicy
resource.conflictResolutionPolicy.mode
resource.conflictResolutionPolicy.conflictResolutionPath
resource.conflictResolutionPolicy.conflictResolutionProcedure
resource.conflictResolutionPolicy
resource
options.throughput
options
options.autoscaleSettings.maxThroughput
options.autoscaleSettings
resource.analyticalStorageTtl
resource.partitionKey.systemKey !
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
resource.materializedViewDefinition !
resource.materializedViewDefinition.sourceCollectionRid !
resource.materializedViewDefinition.sourceCollectionId !
resource.materializedViewDefinition.definition !
resource.computedProperties
resource.computedProperties[*]
resource.computedProperties[*].name
resource.computedProperties[*].query
resource.restoreParameters.restoreWithTtlDisabled
resource.indexingPolicy.vectorIndexes
resource.indexingPolicy.vectorIndexes[*]
resource.indexingPolicy.vectorIndexes[*].path
resource.indexingPolicy.vectorIndexes[*].type
resource.vectorEmbeddingPolicy
resource.vectorEmbeddingPolicy.vectorEmbeddings
resource.vectorEmbeddingPolicy.vectorEmbeddings[*]
resource.vectorEmbeddingPolicy.vectorEmbeddings[*].path
resource.vectorEmbeddingPolicy.vectorEmbeddings[*].dataType
resource.vectorEmbeddingPolicy.vectorEmbeddings[*].distanceFunction
resource.vectorEmbeddingPolicy.vectorEmbeddings[*].dimensions
resource.fullTextPolicy
resource.fullTextPolicy.defaultLanguage
resource.fullTextPolicy.fullTextPaths
resource.fullTextPolicy.fullTextPaths[*]
resource.fullTextPolicy.fullTextPaths[*].path
resource.fullTextPolicy.fullTextPaths[*].language
resource.materializedViews !
resource.materializedViews[*] !
resource.materializedViews[*].id !
resource.indexingPolicy.vectorIndexes[*].quantizationByteSize
resource.indexingPolicy.vectorIndexes[*].indexingSearchListSize
resource.indexingPolicy.vectorIndexes[*].vectorIndexShardKey
resource.indexingPolicy.vectorIndexes[*].vectorIndexShardKey[*]
resource.indexingPolicy.fullTextIndexes
resource.indexingPolicy.fullTextIndexes[*]
resource.indexingPolicy.fullTextIndexes[*].path
resource.materializedViewDefinition.throughputBucketForBuild !
resource.materializedViewsProperties !
resource.materializedViewsProperties.throughputBucketForBuild !
resource.dataMaskingPolicy !
resource.dataMaskingPolicy.includedPaths !
resource.dataMaskingPolicy.includedPaths[*] !
resource.dataMaskingPolicy.includedPaths[*].path !
resource.dataMaskingPolicy.includedPaths[*].strategy !
resource.dataMaskingPolicy.includedPaths[*].startPosition !
resource.dataMaskingPolicy.includedPaths[*].length !
resource.dataMaskingPolicy.excludedPaths !
resource.dataMaskingPolicy.excludedPaths[*] !
resource.dataMaskingPolicy.excludedPaths[*].path !
resource.dataMaskingPolicy.isPolicyEnabled !`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures": `
resource.id
resource.body
resource`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers": `
resource.id
resource.body
resource.triggerType
resource.triggerOperation
resource`,
    "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions": `
resource.id
resource.body
resource`,
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
permissions[*].notDataActions[*]
permissions[*].id`,
    "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments": `
roleDefinitionId
scope
principalId`,
    "Microsoft.DocumentDB/databaseAccounts/services": `
SqlDedicatedGatewayServiceResourceProperties.sqlDedicatedGatewayEndpoint = properties.sqlDedicatedGatewayEndpoint !
SqlDedicatedGatewayServiceResourceProperties.locations = properties.locations !
SqlDedicatedGatewayServiceResourceProperties.locations[*] = properties.locations[*] !
SqlDedicatedGatewayServiceResourceProperties.locations[*].name = properties.locations[*].name !
SqlDedicatedGatewayServiceResourceProperties.locations[*].location = properties.locations[*].location !
SqlDedicatedGatewayServiceResourceProperties.locations[*].status = properties.locations[*].status !
SqlDedicatedGatewayServiceResourceProperties.locations[*].sqlDedicatedGatewayEndpoint = properties.locations[*].sqlDedicatedGatewayEndpoint !
creationTime !
instanceSize -> properties.instanceSize
instanceCount -> properties.instanceCount
serviceType -> properties.serviceType
status !
SqlDedicatedGateway.dedicatedGatewayType = properties.dedicatedGatewayType -> properties.dedicatedGatewayType`,
};
