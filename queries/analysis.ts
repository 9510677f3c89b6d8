/**
 * The access-pattern analysis of a whole plan: resource records plus the `accessPatterns`
 * declarations in, the plan's `queries`, `capacity`, `indexAdvice` and `caching` sections out.
 * Pure; `render.ts` writes the same result for people.
 */
import { IndexAdviceEntry, indexAdviceFor } from "./advice";
import { analyzeQuery, IndexNeeds, QueryEntry } from "./analyze";
import { CachingInput, CachingSection, cachingAdvice } from "./caching";
import { CapacityEntry, capacityFor } from "./capacity";
import type { ContainerDeclaration } from "./declarations";
import type { Finding } from "./findings";
import { containerKey, factsFromRecords, RecordLike } from "./records";
import type { SearchWorkload } from "./search";

const KB_PER_GB = 1024 * 1024;

/** How many items a search runs over: per physical partition, and under one partition-key value (the average one). */
export function searchWorkload(decl: Pick<ContainerDeclaration, "dataSizeGB" | "itemSizeKB" | "partitionKeyCardinality">, partitions: number): SearchWorkload {
    const items = (decl.dataSizeGB * KB_PER_GB) / decl.itemSizeKB;
    return { itemsPerPartition: items / partitions, itemsPerKey: items / decl.partitionKeyCardinality, itemSizeKB: decl.itemSizeKB };
}

export interface AccessPatternAnalysis {
    queries: QueryEntry[];
    capacity: CapacityEntry[];
    indexAdvice: IndexAdviceEntry[];
    caching: CachingSection;
    /** Declarations whose container is not among the records. */
    unmatched: Finding[];
}

export function analyzeAccessPatterns(records: readonly RecordLike[], declarations: readonly ContainerDeclaration[]): AccessPatternAnalysis {
    const facts = factsFromRecords(records);
    const byKey = new Map(declarations.map((d) => [containerKey(d), d]));
    const known = new Set(facts.containers.map(containerKey));
    const queries: QueryEntry[] = [];
    const capacity: CapacityEntry[] = [];
    const indexAdvice: IndexAdviceEntry[] = [];
    const caching: CachingInput[] = [];
    for (const c of facts.containers) {
        const decl = byKey.get(containerKey(c));
        const cap = capacityFor(c, facts.account, decl);
        capacity.push(cap);
        if (!decl) continue;
        const needs: IndexNeeds[] = [];
        const entries: QueryEntry[] = [];
        for (const q of decl.queries) {
            const { entry, needs: n } = analyzeQuery(q, c, cap.physicalPartitions, searchWorkload(decl, cap.physicalPartitions));
            entries.push(entry);
            needs.push(n);
        }
        queries.push(...entries);
        indexAdvice.push(indexAdviceFor(c, decl, needs));
        caching.push({ container: c, declaration: decl, queries: entries });
    }
    const unmatched = declarations
        .filter((d) => !known.has(containerKey(d)))
        .map((d): Finding => ({ severity: "warning", code: "no-container", message: `access patterns are declared for ${containerKey(d)}, but no container record has that name` }));
    return { queries, capacity, indexAdvice, caching: cachingAdvice(caching, facts.account, facts.gateway), unmatched };
}

export function allFindings(a: AccessPatternAnalysis): Finding[] {
    return [
        ...a.queries.flatMap((q) => q.findings),
        ...a.capacity.flatMap((c) => c.findings),
        ...a.indexAdvice.flatMap((i) => i.findings),
        ...a.caching.findings,
        ...a.unmatched,
    ];
}

/** Errors: a query Cosmos DB would reject at run time, or a partition design that cannot hold the data. */
export function hasErrors(a: Pick<AccessPatternAnalysis, "queries" | "capacity">): boolean {
    return [...a.queries.flatMap((q) => q.findings), ...a.capacity.flatMap((c) => c.findings)].some((f) => f.severity === "error");
}
