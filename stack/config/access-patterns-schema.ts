/**
 * Config for access patterns (how each container is used); the dedicated gateway's shape lives with its component. The SQL of
 * declared queries is parsed, and parameters matched, by `access-patterns-rules.ts`; the analysis
 * itself runs over the plan (queries/, docs/access-patterns.md).
 */
import { z } from "zod";
import type { AccessPatterns } from "../queries/declarations";
export { gatewaySchema } from "../../components/gateway/component";

const positive = (what: string) => z.number().positive(`${what} is a number above 0`);
const count = (what: string) => z.number().int(`${what} is a whole number`).min(1, `${what} is at least 1`);
const rate = (what: string) => z.number().min(0, `${what} is 0 or more per second`);

const PARAMETER_NAME = /^@[A-Za-z_][A-Za-z0-9_]*$/;

/** `{ "@name": value }`; a bad name is reported on the map, naming the key (zod's own key error names neither). */
const parameters = z.record(z.string(), z.unknown()).superRefine((map, ctx) => {
    for (const key of Object.keys(map).filter((k) => !PARAMETER_NAME.test(k))) {
        ctx.addIssue({ code: "custom", message: `parameter '${key}' is not a parameter name: '@' followed by letters, digits or '_', e.g. '@tenantId'` });
    }
});

export const querySchema = z.strictObject({
    name: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "a query name is 1-64 letters, digits, '_' or '-', starting with a letter")
        .describe("Names the query in findings; unique within the container."),
    sql: z
        .string()
        .min(1, "sql is the query text")
        .describe("Cosmos DB for NoSQL query text, with `@parameters`; parsed when the config is read (syntax errors give line and column)."),
    parameters: parameters
        .optional()
        .describe(
            'A realistic value for each `@parameter` the query uses, e.g. `{ "@tenantId": contoso }`; every parameter used must be listed and every listed one used.',
        ),
    callsPerSecond: rate("callsPerSecond").describe("Expected calls per second at peak; 1 or more makes a cross-partition query a warning."),
    ruPerCall: positive("ruPerCall")
        .optional()
        .describe("Measured RU charge per call (query metrics). Default: an estimate (about 3 RU per physical partition visited)."),
    distinctKeys: count("distinctKeys")
        .optional()
        .describe("Distinct parameter sets in use within a few minutes, for cache advice. Default: 1 without parameters, else the partition-key cardinality."),
});

export const accessPatternsSchema = z.strictObject({
    dataSizeGB: positive("dataSizeGB").describe("Expected data size in GB, before index."),
    itemSizeKB: positive("itemSizeKB").max(2048, "an item is at most 2 MB (2048 KB)").describe("Typical item size in KB (at most 2048)."),
    peakRUs: positive("peakRUs").describe("Peak RU/s the workload needs."),
    averageRUs: positive("averageRUs").optional().describe("Average RU/s over a day, for the capacity-mode costs. Default: 30% of peakRUs."),
    partitionKeyCardinality: count("partitionKeyCardinality").describe("Distinct values of the full partition key (all levels of a hierarchical key)."),
    hotKeyShare: z
        .number()
        .gt(0, "hotKeyShare is a share above 0")
        .max(1, "hotKeyShare is a share of at most 1")
        .optional()
        .describe("Share (0-1] of data and traffic held by the busiest key value. Default: 1 / partitionKeyCardinality (uniform)."),
    pointReadsPerSecond: rate("pointReadsPerSecond").optional().describe("Point reads (id + partition key) per second at peak. Default 0."),
    pointReadWorkingSet: count("pointReadWorkingSet")
        .optional()
        .describe("Distinct items point-read within a few minutes, for cache advice. Default: every item."),
    writesPerSecond: rate("writesPerSecond").optional().describe("Creates, replaces, upserts and deletes per second at peak. Default 0."),
    propertiesPerItem: count("propertiesPerItem")
        .optional()
        .describe("Scalar properties in a typical item, for the index write-cost estimate. Default: 10 per KB, at least 10."),
    queries: z.array(querySchema).optional().describe("The queries the application runs: `{ name, sql, parameters, callsPerSecond }`."),
});

export type AccessPatternsConfig = z.output<typeof accessPatternsSchema>;

/** Defaults for the optional rates and lists, in one place; estimates stay optional (the analysis says when it assumed). */
export function resolveAccessPatterns(p: AccessPatternsConfig): AccessPatterns {
    return {
        ...p,
        pointReadsPerSecond: p.pointReadsPerSecond ?? 0,
        writesPerSecond: p.writesPerSecond ?? 0,
        queries: (p.queries ?? []).map((q) => ({ ...q, parameters: q.parameters ?? {} })),
    };
}

/** Rounds to 4 significant digits, so scaled declarations print cleanly. */
const sig = (n: number): number => Number(n.toPrecision(4));

/**
 * The shared data model's declared workload scaled for one stack (`workloadScale`): sizes, rates
 * and cardinality shrink or grow together; item size, hot-key share and query text stay.
 */
export function scaleAccessPatterns(p: AccessPatterns, scale: number): AccessPatterns {
    if (scale === 1) return p;
    const opt = (n: number | undefined) => (n === undefined ? undefined : sig(n * scale));
    return {
        ...p,
        dataSizeGB: sig(p.dataSizeGB * scale),
        peakRUs: sig(p.peakRUs * scale),
        ...(p.averageRUs !== undefined ? { averageRUs: opt(p.averageRUs) } : {}),
        partitionKeyCardinality: Math.max(1, Math.round(p.partitionKeyCardinality * scale)),
        pointReadsPerSecond: sig(p.pointReadsPerSecond * scale),
        ...(p.pointReadWorkingSet !== undefined ? { pointReadWorkingSet: Math.max(1, Math.round(p.pointReadWorkingSet * scale)) } : {}),
        writesPerSecond: sig(p.writesPerSecond * scale),
        queries: p.queries.map((q) => ({ ...q, callsPerSecond: sig(q.callsPerSecond * scale) })),
    };
}
