/**
 * Azure Cosmos DB's service limits that the components check
 * (https://learn.microsoft.com/azure/cosmos-db/concepts-limits). The one definition: the stack
 * schema, the policy pack and the tooling (tooling/model/limits.ts) read these. No imports, so
 * the pack can load it without the components' dependencies.
 */
export const LIMITS = {
    manualMin: 400,
    manualStep: 100,
    autoscaleMin: 1000,
    autoscaleStep: 1000,
    maxThroughput: 1_000_000,
    sharedDatabaseContainers: 25,
    partitionKeyPaths: 3,
    databasesAndContainers: 500,
} as const;
