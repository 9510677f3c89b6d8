/**
 * The access-pattern analysis of a whole plan: resource records plus the `accessPatterns`
 * declarations in, the plan's `queries`, `capacity`, `indexAdvice` and `caching` sections out.
 * Pure; `render.ts` writes the same result for people.
 */
import { IndexAdviceEntry, indexAdviceFor } from "./advice";
import { analyzeQuery, IndexNeeds, QueryEntry } from "./analyze";
import { CachingInput, CachingSection, cachingAdvice } from "./caching";
import { CapacityEntry, capacityFor } from "./capacity";
import type { ContainerDeclaration } from "../../stack/queries/declarations";
import type { Finding } from "./findings";
import { ContainerFacts, Facts, factsFromRecords, RecordLike } from "./records";
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
    /** Integrated-cache advice per account (a gateway serves one account): one section in a single-account stack. */
    caching: CachingSection[];
    /** Declarations whose container is not among the records. */
    unmatched: Finding[];
}

const plainKey = (c: { database: string; container: string }): string => `${c.database}/${c.container}`;

/**
 * The declaration of a container record: the one its account declares (by the record's
 * `accountName`), or one that names no account (a single-account stack's).
 */
function declarationIndex(declarations: readonly ContainerDeclaration[]) {
    const own = new Map<string, ContainerDeclaration>();
    const any = new Map<string, ContainerDeclaration>();
    for (const d of declarations) {
        if (d.account !== undefined) own.set(`${d.account}\u0000${plainKey(d)}`, d);
        else any.set(plainKey(d), d);
    }
    return (c: ContainerFacts): ContainerDeclaration | undefined =>
        (c.account !== undefined ? own.get(`${c.account}\u0000${plainKey(c)}`) : undefined) ?? any.get(plainKey(c));
}

/**
 * Analyses every container record against its declaration. In a stack of several accounts each
 * declaration is matched within its own account, and every entry and finding names the account.
 */
export function analyzeAccessPatterns(records: readonly RecordLike[], declarations: readonly ContainerDeclaration[]): AccessPatternAnalysis {
    const facts = factsFromRecords(records);
    const multi = facts.accounts.length > 1;
    const accountByName = new Map(facts.accounts.map((a) => [a.name, a]));
    const declarationOf = declarationIndex(declarations);
    const named = <T extends object>(c: ContainerFacts, entry: T): T => (multi && c.account !== undefined ? { account: c.account, ...entry } : entry);
    const queries: QueryEntry[] = [];
    const capacity: CapacityEntry[] = [];
    const indexAdvice: IndexAdviceEntry[] = [];
    const caching = new Map<string, CachingInput[]>();
    const used = new Set<ContainerDeclaration>();
    for (const c of facts.containers) {
        const decl = declarationOf(c);
        const account = (c.account !== undefined ? accountByName.get(c.account) : undefined) ?? facts.account;
        const cap = capacityFor(c, account, decl);
        capacity.push(named(c, cap));
        if (!decl) continue;
        used.add(decl);
        const needs: IndexNeeds[] = [];
        const entries: QueryEntry[] = [];
        for (const q of decl.queries) {
            const { entry, needs: n } = analyzeQuery(q, c, cap.physicalPartitions, searchWorkload(decl, cap.physicalPartitions));
            entries.push(named(c, entry));
            needs.push(n);
        }
        queries.push(...entries);
        indexAdvice.push(named(c, indexAdviceFor(c, decl, needs)));
        const key = account?.name ?? "";
        const list = caching.get(key) ?? [];
        list.push({ container: c, declaration: decl, queries: entries });
        caching.set(key, list);
    }
    const unmatched = declarations
        .filter((d) => !used.has(d))
        .map(
            (d): Finding => ({
                severity: "warning",
                code: "no-container",
                message:
                    d.account !== undefined && multi
                        ? `access patterns are declared for ${plainKey(d)} of account '${d.account}', but that account has no container record of that name`
                        : `access patterns are declared for ${plainKey(d)}, but no container record has that name`,
            }),
        );
    return { queries, capacity, indexAdvice, caching: cachingSections(facts, caching, multi), unmatched };
}

/** One caching section per account (with its own gateway), or one for records without an account. */
function cachingSections(facts: Facts, inputs: ReadonlyMap<string, CachingInput[]>, multi: boolean): CachingSection[] {
    if (!multi) return [cachingAdvice(inputs.get(facts.account?.name ?? "") ?? [], facts.account, facts.gateway)];
    return facts.accounts.map((a) => {
        const section = cachingAdvice(inputs.get(a.name) ?? [], a, facts.gateways.get(a.name));
        return { account: a.name, ...section, candidates: section.candidates.map((x) => ({ account: a.name, ...x })) };
    });
}

export function allFindings(a: AccessPatternAnalysis): Finding[] {
    return [
        ...a.queries.flatMap((q) => q.findings),
        ...a.capacity.flatMap((c) => c.findings),
        ...a.indexAdvice.flatMap((i) => i.findings),
        ...a.caching.flatMap((c) => c.findings),
        ...a.unmatched,
    ];
}

/** Errors: a query Cosmos DB would reject at run time, or a partition design that cannot hold the data. */
export function hasErrors(a: Pick<AccessPatternAnalysis, "queries" | "capacity">): boolean {
    return [...a.queries.flatMap((q) => q.findings), ...a.capacity.flatMap((c) => c.findings)].some((f) => f.severity === "error");
}
