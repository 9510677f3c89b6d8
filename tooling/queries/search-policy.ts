/**
 * A container's vector and full-text configuration as its resource record carries it
 * (azure-native `SqlContainerResourceArgs`): `vectorEmbeddingPolicy.vectorEmbeddings`,
 * `indexingPolicy.vectorIndexes`, `fullTextPolicy` and `indexingPolicy.fullTextIndexes`, and the
 * container's `computedProperties`. Pure readers; unknown or missing parts read as empty.
 *
 * - Vector search needs the path in the vector embedding policy; a vector index makes it cheaper:
 *   https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#container-vector-policies
 * - A full-text index must be on a path of the full-text policy:
 *   https://learn.microsoft.com/azure/cosmos-db/index-policy#full-text-indexes
 * - Computed properties are top-level paths `/<name>`:
 *   https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties
 */
import type { ComputedProperty } from "../../stack/queries/computed";
import { isObject, num, objects as list } from "../model/json";

export interface VectorEmbedding {
    path: string;
    /** float32 (default), float16, int8 or uint8. */
    dataType: string;
    dimensions: number;
    distanceFunction: string;
}

export interface VectorIndex {
    path: string;
    /** flat, quantizedFlat or diskANN. */
    type: string;
    quantizationByteSize?: number;
    indexingSearchListSize?: number;
}

export interface SearchPolicy {
    vectorEmbeddings: VectorEmbedding[];
    vectorIndexes: VectorIndex[];
    fullTextDefaultLanguage?: string;
    fullTextPaths: { path: string; language?: string }[];
    fullTextIndexes: string[];
}

export type { ComputedProperty };

const str = (v: unknown): string | undefined => (typeof v === "string" ? v.trim() : undefined);

/** Reads the vector and full-text parts of a container's `resource` input. */
export function searchPolicyFromInputs(resource: unknown): SearchPolicy {
    const r = isObject(resource) ? resource : {};
    const indexing = isObject(r.indexingPolicy) ? r.indexingPolicy : {};
    const vectorPolicy = isObject(r.vectorEmbeddingPolicy) ? r.vectorEmbeddingPolicy : {};
    const fullText = isObject(r.fullTextPolicy) ? r.fullTextPolicy : {};
    const defaultLanguage = str(fullText.defaultLanguage);
    return {
        vectorEmbeddings: list(vectorPolicy.vectorEmbeddings).flatMap((v) => {
            const path = str(v.path);
            return path === undefined
                ? []
                : [{ path, dataType: str(v.dataType) ?? "float32", dimensions: num(v.dimensions) ?? 0, distanceFunction: str(v.distanceFunction) ?? "cosine" }];
        }),
        vectorIndexes: list(indexing.vectorIndexes).flatMap((v) => {
            const path = str(v.path);
            if (path === undefined) return [];
            const index: VectorIndex = { path, type: str(v.type) ?? "flat" };
            const q = num(v.quantizationByteSize);
            const l = num(v.indexingSearchListSize);
            if (q !== undefined) index.quantizationByteSize = q;
            if (l !== undefined) index.indexingSearchListSize = l;
            return [index];
        }),
        ...(defaultLanguage !== undefined ? { fullTextDefaultLanguage: defaultLanguage } : {}),
        fullTextPaths: list(fullText.fullTextPaths).flatMap((p) => {
            const path = str(p.path);
            const language = str(p.language);
            return path === undefined ? [] : [language === undefined ? { path } : { path, language }];
        }),
        fullTextIndexes: list(indexing.fullTextIndexes).flatMap((p) => (str(p.path) === undefined ? [] : [str(p.path) as string])),
    };
}

/** Reads `resource.computedProperties`; entries without a name or query are skipped. */
export function computedPropertiesFromInputs(resource: unknown): ComputedProperty[] {
    const r = isObject(resource) ? resource : {};
    return list(r.computedProperties).flatMap((p) => {
        const name = str(p.name);
        const query = str(p.query);
        return name !== undefined && query !== undefined ? [{ name, query }] : [];
    });
}

/** The index type Cosmos DB matches case-insensitively (`DiskANN` in some samples, `diskANN` in the API enum). */
export function vectorIndexType(index: VectorIndex | undefined): "flat" | "quantizedFlat" | "diskANN" | undefined {
    const t = index?.type.toLowerCase();
    return t === "flat" ? "flat" : t === "quantizedflat" ? "quantizedFlat" : t === "diskann" ? "diskANN" : undefined;
}

export const emptySearchPolicy = (): SearchPolicy => searchPolicyFromInputs(undefined);
