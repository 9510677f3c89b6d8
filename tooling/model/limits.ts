/**
 * Azure Cosmos DB's limits, for the tooling (https://learn.microsoft.com/azure/cosmos-db/concepts-limits).
 * What the components check as well (throughput minimums and steps, the 25 containers of a
 * shared-throughput database, ...) is defined once in components/shared/limits.ts and taken from there;
 * what only the analyses need (partition sizes, storage-based minimums) is defined here.
 */
import { LIMITS as COMPONENT_LIMITS } from "../../components/shared/limits";

export const LIMITS = {
    ...COMPONENT_LIMITS,
    /** A physical partition serves up to 10,000 RU/s ... */
    partitionRUs: 10_000,
    /** ... and holds up to 50 GB. */
    partitionGB: 50,
    /** A logical partition (one full partition-key value) holds at most 20 GB. */
    logicalPartitionGB: 20,
    /**
     * Storage-based minimum: manual RU/s per GB stored, autoscale max RU/s per GB stored
     * (https://learn.microsoft.com/azure/cosmos-db/concepts-limits#minimum-throughput-limits).
     */
    manualRUsPerGB: 1,
    autoscaleRUsPerGB: 10,
} as const;

/**
 * Dedicated gateway node memory in GB, by size; about half of it is the integrated cache
 * (https://learn.microsoft.com/azure/cosmos-db/dedicated-gateway).
 */
export const GATEWAY_MEMORY_GB: Readonly<Record<string, number>> = { "Cosmos.D4s": 16, "Cosmos.D8s": 32, "Cosmos.D16s": 64 };
