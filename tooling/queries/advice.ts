/**
 * Index advice for one container: the smallest index policy that serves its declared queries
 * (included paths only for queried properties, the composites they need), the composites no
 * declared query uses, and what the smaller index would save on writes. Pure.
 *
 * Write cost model (an estimate, see queries/estimates.ts): a write costs about 5 RU per KB plus
 * about 0.1 RU per indexed term (scalar path, composite, spatial path). With `/*` included, a
 * policy indexes every scalar property of the item (declared `propertiesPerItem`, default 10
 * per KB) less its excluded scalar paths; an excluded subtree's size is unknown, so savings
 * against such a policy are an upper bound ("up to"). Vector and full-text indexes are kept as
 * they are (vector indexes cannot change after creation) and are not priced.
 */
import type { IndexNeeds } from "./analyze";
import type { AccessPatterns } from "../../stack/queries/declarations";
import type { Finding } from "./findings";
import { ALWAYS_INDEXED, CompositeIndex, describeComposite, IndexPolicy, isIndexed, sameComposite } from "./index-policy";
import { ESTIMATES } from "./estimates";
import { round2 } from "../model/prices";
import type { ContainerFacts } from "./records";
import type { SearchPolicy, VectorIndex } from "./search-policy";

const ETAG = '/"_etag"/?';

export interface MinimalPolicy {
    indexingMode: "consistent";
    automatic: true;
    includedPaths: { path: string }[];
    excludedPaths: { path: string }[];
    compositeIndexes?: CompositeIndex[][];
    spatialIndexes?: { path: string; types: string[] }[];
    vectorIndexes?: VectorIndex[];
    fullTextIndexes?: { path: string }[];
}

export interface IndexAdviceEntry {
    /** The account, in a stack of several (set by the analysis). */
    account?: string;
    database: string;
    container: string;
    minimalPolicy: MinimalPolicy;
    unusedComposites: string[];
    writeRUs: {
        /** Estimated RU per write with the current policy and with the minimal one. */
        current: number;
        minimal: number;
        /** At the declared writes per second. */
        savingRUs: number;
        /** True when the current policy excludes subtrees of unknown size: the saving is at most this. */
        upperBound: boolean;
    };
    findings: Finding[];
}

function dedupeComposites(list: CompositeIndex[][]): CompositeIndex[][] {
    const out: CompositeIndex[][] = [];
    for (const c of list) if (!out.some((o) => sameComposite(o, c))) out.push(c);
    return out;
}

/** The smallest consistent policy that serves every need: `/*` excluded, the queried paths and the key included. */
export function minimalPolicy(needs: readonly IndexNeeds[], keyPaths: readonly string[], current: IndexPolicy, search?: SearchPolicy): MinimalPolicy {
    const scalar = new Set<string>();
    for (const n of needs) for (const p of n.paths) if (p !== "" && !ALWAYS_INDEXED.includes(p)) scalar.add(`${p}/?`);
    // Microsoft recommends indexing the partition key when the policy excludes /*.
    for (const k of keyPaths) if (!ALWAYS_INDEXED.includes(k)) scalar.add(`${k}/?`);
    const spatialPaths = [...new Set(needs.flatMap((n) => n.spatialPaths))].sort();
    const included = [...[...scalar].sort(), ...spatialPaths.map((p) => `${p}/*`)];
    const composites = dedupeComposites(needs.flatMap((n) => [...n.requiredComposites, ...n.usedComposites, ...n.advisedComposites]));
    const policy: MinimalPolicy = {
        indexingMode: "consistent",
        automatic: true,
        includedPaths: included.map((path) => ({ path })),
        excludedPaths: [{ path: "/*" }, { path: ETAG }],
    };
    if (composites.length > 0) policy.compositeIndexes = composites;
    if (spatialPaths.length > 0) {
        policy.spatialIndexes = spatialPaths.map((p) => ({
            path: `${p}/*`,
            types: current.spatial.find((s) => s.path === `${p}/*`)?.types ?? ["Point"],
        }));
    }
    if (search && search.vectorIndexes.length > 0) policy.vectorIndexes = search.vectorIndexes;
    if (search && search.fullTextIndexes.length > 0) policy.fullTextIndexes = search.fullTextIndexes.map((path) => ({ path }));
    return policy;
}

/** Indexed terms of a policy for an item with this many scalar properties, and whether it is a bound. */
export function indexedTerms(policy: IndexPolicy, properties: number): { terms: number; upperBound: boolean } {
    if (policy.mode === "none") return { terms: 0, upperBound: false };
    const extra = policy.composites.length + policy.spatial.length;
    const isRoot = (p: string) => p === "/*";
    if (policy.included.some(isRoot)) {
        const excludedScalars = policy.excluded.filter((p) => p !== ETAG && p.endsWith("/?")).length;
        const excludedTrees = policy.excluded.filter((p) => !isRoot(p) && p.endsWith("/*")).length;
        return { terms: Math.max(0, properties - excludedScalars) + extra, upperBound: excludedTrees > 0 };
    }
    return { terms: policy.included.length + extra, upperBound: false };
}

function toIndexPolicy(m: MinimalPolicy): IndexPolicy {
    return {
        mode: "consistent",
        included: m.includedPaths.map((p) => p.path),
        excluded: m.excludedPaths.map((p) => p.path),
        composites: m.compositeIndexes ?? [],
        spatial: m.spatialIndexes ?? [],
    };
}

export function writeRUsPerItem(itemSizeKB: number, terms: number): number {
    return round2(itemSizeKB * ESTIMATES.writeRUsPerKB + terms * ESTIMATES.writeRUsPerIndexedTerm);
}

export function indexAdviceFor(c: ContainerFacts, decl: AccessPatterns, needs: readonly IndexNeeds[]): IndexAdviceEntry {
    const findings: Finding[] = [];
    const minimal = minimalPolicy(needs, c.partitionKey.paths, c.policy, c.search);
    const used = needs.flatMap((n) => [...n.usedComposites, ...n.requiredComposites]);
    const unused = c.policy.composites.filter((existing) => !used.some((u) => sameComposite(u, existing)));
    for (const u of unused) {
        findings.push({
            severity: "info",
            code: "unused-composite",
            message: `composite ${describeComposite(u)} serves none of the declared queries as written; it costs RU on every write and storage (remove it, or rewrite the query that should use it)`,
        });
    }
    for (const k of c.partitionKey.paths) {
        if (c.policy.mode === "consistent" && !isIndexed(k, c.policy)) {
            findings.push({
                severity: "info",
                code: "key-not-indexed",
                message: `the partition key path ${k} is not indexed; Microsoft recommends including it (${k}/?) when the policy excludes /*`,
            });
        }
    }
    const properties = decl.propertiesPerItem ?? Math.max(ESTIMATES.minProperties, Math.round(decl.itemSizeKB * ESTIMATES.propertiesPerKB));
    const current = indexedTerms(c.policy, properties);
    const smaller = indexedTerms(toIndexPolicy(minimal), properties);
    const perWriteCurrent = writeRUsPerItem(decl.itemSizeKB, current.terms);
    const perWriteMinimal = writeRUsPerItem(decl.itemSizeKB, smaller.terms);
    const writes = decl.writesPerSecond;
    const saving = round2(Math.max(0, perWriteCurrent - perWriteMinimal) * writes);
    if (saving > 0) {
        findings.push({
            severity: "info",
            code: "smaller-index",
            message: `the minimal policy (${minimal.includedPaths.length} included path${minimal.includedPaths.length === 1 ? "" : "s"}, ${minimal.compositeIndexes?.length ?? 0} composite) would save ${current.upperBound ? "up to " : "about "}${saving} RU/s at ${writes} writes/s (${perWriteCurrent} → ${perWriteMinimal} RU per write, estimated); a property added to queries later must be added to it`,
        });
    }
    return {
        database: c.database,
        container: c.container,
        minimalPolicy: minimal,
        unusedComposites: unused.map(describeComposite),
        writeRUs: { current: perWriteCurrent, minimal: perWriteMinimal, savingRUs: saving, upperBound: current.upperBound },
        findings,
    };
}
