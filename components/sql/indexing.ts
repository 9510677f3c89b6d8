/**
 * Index-policy and path helpers. Pure functions: the config schema uses the checks, the SQL
 * component uses the normaliser, and tests call both directly.
 *
 * Cosmos DB rewrites the indexing policy it stores: it adds `/"_etag"/?` to the excluded paths,
 * lower-cases the mode, and fills in defaults. If we send anything other than that stored form,
 * every `pulumi preview` shows a diff that never goes away. `normaliseIndexingPolicy` emits the
 * stored form. https://learn.microsoft.com/azure/cosmos-db/index-policy
 */

/** The system path the service always appends to `excludedPaths`. */
export const ETAG_PATH = '/"_etag"/?';
/** The root wildcard: index (or exclude) everything below the root. */
export const ROOT_WILDCARD = "/*";

import type { CompositePathOrder, IndexingMode, IndexingPolicy, SpatialType, VectorIndex } from "./args";

/** The indexing policy exactly as azure-native sends it and the service stores it. */
export interface NormalisedIndexingPolicy {
    indexingMode: IndexingMode;
    automatic: boolean;
    includedPaths: { path: string }[];
    excludedPaths: { path: string }[];
    compositeIndexes?: { path: string; order: CompositePathOrder }[][];
    spatialIndexes?: { path: string; types: SpatialType[] }[];
    vectorIndexes?: VectorIndex[];
    fullTextIndexes?: { path: string }[];
}

export const ALL_SPATIAL_TYPES: SpatialType[] = ["Point", "LineString", "Polygon", "MultiPolygon"];

/** A property path segment: a plain name, or a quoted name for anything else (`/"a-b"/?`). */
const SEGMENT = String.raw`(?:[A-Za-z_$][A-Za-z0-9_$]*|"(?:[^"\\]|\\.)+"|\[\])`;
const PROPERTY_PATH = new RegExp(String.raw`^(?:/${SEGMENT})+$`);
const INDEX_PATH = new RegExp(String.raw`^(?:/${SEGMENT})*/(?:\?|\*)$`);

/** Trims a path as a person would have meant it. */
export function normalisePath(path: string): string {
    return path.trim();
}

/**
 * An included or excluded index path: starts with `/` and ends in `/?` (this scalar) or `/*`
 * (everything below). Returns a reason when the path is not of that form.
 */
export function checkIndexPath(path: string): string | undefined {
    if (!path.startsWith("/")) return "an index path starts with '/'";
    if (!(path.endsWith("/?") || path.endsWith("/*"))) {
        return "an included or excluded path ends in '/?' (that value) or '/*' (everything below it)";
    }
    if (!INDEX_PATH.test(path)) {
        return 'each segment is a property name, a quoted name such as "my-prop", or [] for array items';
    }
    return undefined;
}

/**
 * A property path as used by partition keys, unique keys and composite indexes: `/a/b`, with
 * no trailing `/?` or `/*`.
 */
export function checkPropertyPath(path: string): string | undefined {
    if (!path.startsWith("/")) return "a property path starts with '/'";
    if (path.endsWith("/?") || path.endsWith("/*")) {
        return "a property path names the property itself, without a trailing '/?' or '/*'";
    }
    if (!PROPERTY_PATH.test(path)) {
        return 'each segment is a property name or a quoted name such as "my-prop"';
    }
    return undefined;
}

/** A spatial index path: a property path followed by `/*`, e.g. `/location/*`. */
export function checkSpatialPath(path: string): string | undefined {
    if (!path.endsWith("/*") || path === ROOT_WILDCARD) {
        return "a spatial index path is a property path followed by '/*', e.g. '/location/*'";
    }
    return checkPropertyPath(path.slice(0, -2));
}

function dedupe(paths: string[]): string[] {
    return [...new Set(paths.map(normalisePath))];
}

/**
 * Emits the policy in the form the service stores:
 * - mode `none` has no paths, no composite or spatial indexes and `automatic: false`;
 * - with no paths declared at all, `/*` is included (the service default);
 * - `/"_etag"/?` is appended to the excluded paths when missing;
 * - composite orders are explicit (`ascending` when omitted), spatial types are explicit;
 * - paths are trimmed and de-duplicated, keeping the declared order.
 */
export function normaliseIndexingPolicy(input: IndexingPolicy = {}, vectorPaths: readonly string[] = []): NormalisedIndexingPolicy {
    const mode = input.mode ?? "consistent";
    if (mode === "none") {
        return { indexingMode: "none", automatic: false, includedPaths: [], excludedPaths: [] };
    }
    const declaredNoPaths = input.includedPaths === undefined && input.excludedPaths === undefined;
    const included = declaredNoPaths ? [ROOT_WILDCARD] : dedupe(input.includedPaths ?? []);
    const excluded = dedupe(input.excludedPaths ?? []);
    // Embeddings stay out of the range index: indexing every number of a vector makes inserts
    // cost more RU and latency (Microsoft's vector indexing policy guidance).
    if (!excluded.includes(ROOT_WILDCARD)) {
        for (const v of vectorPaths) if (!excluded.includes(`${normalisePath(v)}/*`)) excluded.push(`${normalisePath(v)}/*`);
    }
    if (!excluded.includes(ETAG_PATH)) excluded.push(ETAG_PATH);

    const policy: NormalisedIndexingPolicy = {
        indexingMode: "consistent",
        automatic: true,
        includedPaths: included.map((path) => ({ path })),
        excludedPaths: excluded.map((path) => ({ path })),
    };
    if (input.compositeIndexes && input.compositeIndexes.length > 0) {
        policy.compositeIndexes = input.compositeIndexes.map((composite) =>
            composite.map((p) => ({ path: normalisePath(p.path), order: p.order ?? "ascending" })),
        );
    }
    if (input.spatialIndexes && input.spatialIndexes.length > 0) {
        policy.spatialIndexes = input.spatialIndexes.map((s) => ({
            path: normalisePath(s.path),
            types: s.types && s.types.length > 0 ? [...s.types] : [...ALL_SPATIAL_TYPES],
        }));
    }
    if (input.vectorIndexes && input.vectorIndexes.length > 0) {
        policy.vectorIndexes = input.vectorIndexes.map((v) => ({ ...v, path: normalisePath(v.path) }));
    }
    if (input.fullTextIndexes && input.fullTextIndexes.length > 0) {
        policy.fullTextIndexes = input.fullTextIndexes.map((path) => ({ path: normalisePath(path) }));
    }
    return policy;
}

/**
 * Where the root wildcard sits after normalisation: exactly one of the lists must hold it.
 * Returns a reason when it is in both or in neither; undefined when the policy is sound or
 * when no paths were declared (the service then includes `/*`).
 */
export function checkRootWildcard(input: IndexingPolicy): string | undefined {
    if ((input.mode ?? "consistent") === "none") return undefined;
    if (input.includedPaths === undefined && input.excludedPaths === undefined) return undefined;
    const inIncluded = (input.includedPaths ?? []).map(normalisePath).includes(ROOT_WILDCARD);
    const inExcluded = (input.excludedPaths ?? []).map(normalisePath).includes(ROOT_WILDCARD);
    if (inIncluded && inExcluded) {
        return "'/*' is in both includedPaths and excludedPaths; put it in exactly one (include it to index everything by default, exclude it to index only the listed paths)";
    }
    if (!inIncluded && !inExcluded) {
        return "'/*' is in neither includedPaths nor excludedPaths; put it in exactly one (include it to index everything by default, exclude it to index only the listed paths)";
    }
    return undefined;
}
