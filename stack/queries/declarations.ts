/**
 * What a container declares about how it is used: the `accessPatterns` of a container in the
 * stack config, and (one entry per container) the plan document's `accessPatterns` section.
 * The analysis reads these together with the container's resource record; see
 * docs/access-patterns.md. Plain JSON, no Pulumi.
 */

/** One query the application runs against the container. */
export interface QueryDeclaration {
    /** Unique within the container; names the query in findings. */
    name: string;
    /** Cosmos DB for NoSQL query text, with `@parameters`. */
    sql: string;
    /** A realistic value for each `@parameter` the query uses. */
    parameters: Record<string, unknown>;
    /** Expected calls per second at peak. */
    callsPerSecond: number;
    /** Measured RU charge per call (query metrics); estimated when absent. */
    ruPerCall?: number;
    /** Distinct parameter sets in use within a few minutes (for the integrated cache); estimated when absent. */
    distinctKeys?: number;
}

/** The workload of one container. */
export interface AccessPatterns {
    /** Expected data size in GB (the container's storage, before index). */
    dataSizeGB: number;
    /** Typical item size in KB. */
    itemSizeKB: number;
    /** Peak RU/s the workload needs. */
    peakRUs: number;
    /** Average RU/s over a day; when absent 30% of the peak is assumed. */
    averageRUs?: number;
    /** Distinct values of the full partition key (all levels of a hierarchical key). */
    partitionKeyCardinality: number;
    /** Share (0-1] of data and traffic held by the busiest key value; when absent 1/cardinality (uniform). */
    hotKeyShare?: number;
    /** Point reads (id + partition key) per second at peak. */
    pointReadsPerSecond: number;
    /** Distinct items point-read within a few minutes; when absent, every item. */
    pointReadWorkingSet?: number;
    /** Creates, replaces, upserts and deletes per second at peak. */
    writesPerSecond: number;
    /** Scalar properties in a typical item; when absent 10 per KB (at least 10). */
    propertiesPerItem?: number;
    queries: QueryDeclaration[];
}

/** The plan's `accessPatterns` section: one entry per container that declares access patterns. */
export interface ContainerDeclaration extends AccessPatterns {
    /**
     * The account (Azure name) whose container this is, in a stack of several accounts; absent in a
     * single-account stack. The analysis matches it to the container record of that account.
     */
    account?: string;
    database: string;
    container: string;
}

/** The shape of the resolved data model that carries declarations (PlatformConfig.databases). */
export interface DeclaringDatabase {
    name: string;
    containers: { name: string; accessPatterns?: AccessPatterns }[];
}

/** The plan section, in data-model order; `account` names the account in a stack of several. */
export function declarationSection(databases: readonly DeclaringDatabase[], account?: string): ContainerDeclaration[] {
    const owner = account !== undefined ? { account } : {};
    return databases.flatMap((db) =>
        db.containers.flatMap((c) => (c.accessPatterns ? [{ ...owner, database: db.name, container: c.name, ...c.accessPatterns }] : [])),
    );
}
