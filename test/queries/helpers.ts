import * as assert from "assert";
import type { AccessPatterns, QueryDeclaration } from "../../stack/queries/declarations";
import type { Finding } from "../../tooling/queries/findings";
import { AccountFacts, ContainerFacts, factsFromRecords, RecordLike, ThroughputFacts } from "../../tooling/queries/records";
import { TYPES } from "../../tooling/model/types";

/**
 * A container's resource record as synthesis writes it (azure-native `SqlResourceSqlContainer`
 * inputs): `resource` holds what a test is about (`indexingPolicy`, `vectorEmbeddingPolicy`,
 * `fullTextPolicy`, `computedProperties`, ...), `partitionKey` defaults to `/tenantId`.
 */
export function containerRecord(
    resource: Record<string, unknown> = {},
    options: Record<string, unknown> = { autoscaleSettings: { maxThroughput: 1000 } },
): RecordLike {
    const id = typeof resource.id === "string" ? resource.id : "items";
    return {
        urn: `urn:pulumi:test::test::${TYPES.container}::app/${id}`,
        type: TYPES.container,
        name: `app/${id}`,
        dependencies: [],
        inputs: {
            databaseName: "app",
            containerName: id,
            resource: { id, partitionKey: { paths: ["/tenantId"], kind: "Hash", version: 2 }, ...resource },
            options,
        },
    };
}

/** The facts the analysis reads from one container record. */
export function factsOf(record: RecordLike): ContainerFacts {
    const [facts] = factsFromRecords([record]).containers;
    assert.ok(facts, "the record is a container record");
    return facts;
}

/** A minimal container: one key path, the default index policy, 1000 RU/s autoscale; override what a test is about. */
export function container(
    options: { keys?: string[]; policy?: Record<string, unknown>; throughput?: ThroughputFacts; resource?: Record<string, unknown> } = {},
): ContainerFacts {
    const keys = options.keys ?? ["/tenantId"];
    const resource: Record<string, unknown> = { partitionKey: { paths: keys, kind: keys.length > 1 ? "MultiHash" : "Hash", version: 2 }, ...options.resource };
    if (options.policy) resource.indexingPolicy = options.policy;
    return { ...factsOf(containerRecord(resource)), throughput: options.throughput ?? { mode: "autoscale", max: 1000 } };
}

export function query(sql: string, callsPerSecond = 1, parameters: Record<string, unknown> = {}): QueryDeclaration {
    // Declare every parameter the text mentions, so tests are about the verdict, not the declaration.
    const declared = { ...Object.fromEntries((sql.match(/@[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((p) => [p, "x"])), ...parameters };
    return { name: "q", sql, parameters: declared, callsPerSecond };
}

export function workload(overrides: Partial<AccessPatterns> = {}): AccessPatterns {
    return {
        dataSizeGB: 10,
        itemSizeKB: 1,
        peakRUs: 800,
        averageRUs: 300,
        partitionKeyCardinality: 1000,
        pointReadsPerSecond: 0,
        writesPerSecond: 0,
        queries: [],
        ...overrides,
    };
}

export const ONE_REGION: AccountFacts = { name: "acct", regions: 1, zoneRedundant: false, multiRegionWrites: false, serverless: false, consistency: "Session" };

/** The findings with a code; fails when there are none. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
    const found = findings.filter((f) => f.code === code);
    assert.ok(found.length > 0, `no ${code} finding; findings were:\n${findings.map((f) => `${f.severity} ${f.code}: ${f.message}`).join("\n") || "(none)"}`);
    return found;
}

export function codes(findings: readonly Finding[]): string[] {
    return findings.map((f) => f.code).sort();
}
