/**
 * The estimates the analysis uses, in one place, each with where it comes from: this project's
 * heuristics, shown as estimates in every output and replaced by measurements where a declaration
 * gives them. Azure's limits and prices are the model's (tooling/model/limits.ts, prices.ts).
 */

/** The share of a dedicated gateway node's memory that is integrated cache (about half). */
export const CACHE_SHARE_OF_MEMORY = 0.5;
/** The integrated cache's default staleness when a request sets none. */
export const DEFAULT_STALENESS_SECONDS = 300;

export const ESTIMATES = {
    /** Average RU/s when a declaration gives only the peak. */
    averageShareOfPeak: 0.3,
    /** Minimum charge of a query, per physical partition it visits (a small, indexed query costs about 2.8 RU). */
    queryRUsPerPartition: 3,
    /** A point read costs 1 RU up to about 10 KB, then about 1 RU per 10 KB (1 KB: 1 RU, 100 KB: 10 RU). */
    pointReadKBPerRU: 10,
    /** Writing an item with indexing off: about 5 RU per KB (1 KB: 5 RU, 100 KB: 50 RU). */
    writeRUsPerKB: 5,
    /** Each indexed term (a scalar path, a composite, a spatial path) adds about this much to a write. */
    writeRUsPerIndexedTerm: 0.1,
    /** Scalar properties per KB of item when a declaration does not say. */
    propertiesPerKB: 10,
    minProperties: 10,
} as const;

/**
 * Vector and full-text search, per physical partition a query visits, on top of
 * `queryRUsPerPartition`. What each index reads is Microsoft's description; the prices are this
 * project's estimate (docs/access-patterns.md, "Vector and full-text search"):
 * - no vector index (or `VectorDistance(..., true)`, or no TOP, or a quantizedFlat/diskANN index
 *   with fewer than 1,000 vectors in the partition): every candidate document is loaded and scored
 *   (https://learn.microsoft.com/azure/cosmos-db/nosql/query/vectordistance, remarks;
 *   https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#current-limitations);
 * - flat: every candidate's full vector is read from the index (brute force, exact);
 * - quantizedFlat: every candidate's quantized vector, then the TOP k full vectors;
 * - diskANN: a graph search over k × searchListSizeMultiplier candidates, each read with its
 *   full vector, independent of how many vectors the partition holds
 *   (https://learn.microsoft.com/azure/cosmos-db/index-policy#vector-indexes);
 * - full-text functions on a path with a full-text index are index lookups; without one every
 *   candidate document is loaded and tokenised
 *   (https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search); FullTextScore adds a
 *   lookup per search term (Microsoft's FAQ: phrases and many terms cost more).
 * Every KB read is priced like a read past the first KB: 1 / `pointReadKBPerRU` RU per KB.
 */
export const SEARCH_ESTIMATES = {
    /** Bytes per vector component by data type (float32 default). */
    bytesPerComponent: { float32: 4, float16: 2, int8: 1, uint8: 1 } as Record<string, number>,
    /** quantizationByteSize when the index leaves it to the service ("dynamic"). */
    defaultQuantizedBytes: 64,
    /** VectorDistance's searchListSizeMultiplier default on a diskANN index. */
    defaultSearchListSizeMultiplier: 10,
    /** quantizedFlat and diskANN fall back to a full scan below this many vectors per partition. */
    minVectorsForQuantizedIndex: 1000,
    /** Above this many vectors per partition Microsoft calls diskANN the most performant index. */
    diskAnnAdvisedAboveVectors: 50_000,
    /** TOP n assumed when TOP is a parameter without a numeric declared value. */
    assumedTop: 10,
    /** Index lookups per FullTextScore search term, in RU. */
    fullTextScoreRUsPerTerm: 1,
} as const;

/** A cross-partition query at or above this rate is a hot path: a warning, not a note. */
export const HOT_CALLS_PER_SECOND = 1;

export function roundUp(value: number, step: number): number {
    return Math.ceil(value / step) * step;
}
