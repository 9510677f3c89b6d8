/**
 * A container's vector embedding policy, full-text policy, computed properties and the vector and
 * full-text indexes of its indexing policy (API 2025-10-15), mapped to `vectorEmbeddings`,
 * `fullTextPolicy`, `computedProperties` and `indexingPolicy.vectorIndexes` / `fullTextIndexes`,
 * and to the `resource` inputs components/sql/component.ts (containerResource) plans for them: the data type
 * and the full-text languages are always sent (defaults float32 and en-US), so they are left out of
 * the config only where they equal what the program fills in.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search
 * https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search
 * https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties
 */
import { ROOT_WILDCARD } from "../../../components/sql/indexing";
import { FULL_TEXT_DEFAULT_LANGUAGE, VECTOR_DEFAULT_DATA_TYPE } from "../../../components/sql/component";
import { DISTANCE_FUNCTIONS, FULL_TEXT_LANGUAGES, VECTOR_DATA_TYPES, VECTOR_INDEX_TYPES } from "../../../components/sql/rules";
import { Row, RowContext, sameJson } from "../table";
import { isObject, Json, objects as list } from "../../model/json";

const oneOf = (values: readonly string[], v: unknown): v is string => typeof v === "string" && values.includes(v);
const R = "properties.resource";

/** Reports keys the config has no place for; true when there were none. */
function onlyKeys(value: Json, keys: readonly string[], at: string, ctx: RowContext): boolean {
    const extra = Object.keys(value).filter((k) => !keys.includes(k));
    for (const k of extra) ctx.gap(`${at}.${k}`, value[k], "not a setting the stack config knows; adopt would drop it");
    return extra.length === 0;
}

/** A list of objects (not something else, not holding non-objects), or a gap. */
function objects(value: unknown, at: string, what: string, ctx: RowContext): Json[] | undefined {
    if (Array.isArray(value) && list(value).length === value.length) return list(value);
    ctx.gap(at, value, `expected a list of ${what}`);
    return undefined;
}

/** The embedding paths of a container document, as the program trims them. */
export function embeddingPaths(resource: Json): string[] {
    const policy = isObject(resource.vectorEmbeddingPolicy) ? resource.vectorEmbeddingPolicy : {};
    return list(policy.vectorEmbeddings).map((e) => String(e.path).trim());
}

/**
 * Excluded paths as the config says them (the etag path already left out). The normaliser
 * (components/sql/indexing.ts) appends `<embedding path>/*` for each embedding unless `/*` is
 * excluded; where Azure has exactly those at the end, they are left to it. An embedding path that
 * Azure indexes cannot be expressed: the program would exclude it.
 */
export function excludedForConfig(excluded: readonly string[], resource: Json, ctx: RowContext): string[] {
    if (excluded.includes(ROOT_WILDCARD)) return [...excluded];
    const auto = [...new Set(embeddingPaths(resource).map((p) => `${p}/*`))];
    const missing = auto.filter((p) => !excluded.includes(p));
    if (missing.length > 0) {
        ctx.gap(
            `${R}.indexingPolicy.excludedPaths`,
            excluded,
            `the project keeps vector embeddings out of the range index and would add ${missing.join(", ")}, which this container indexes; exclude ${missing.length === 1 ? "it" : "them"} in Azure first (an online indexing-policy update)`,
        );
        return [...excluded];
    }
    const tail = excluded.slice(excluded.length - auto.length);
    return auto.length > 0 && sameJson(tail, auto) ? excluded.slice(0, excluded.length - auto.length) : [...excluded];
}

const VECTOR_INDEX_KEYS = ["path", "type", "quantizationByteSize", "indexingSearchListSize", "vectorIndexShardKey"] as const;

/** `vectorIndexes` of a stored indexing policy: the config's entries, which the program sends as they are. */
export function vectorIndexesOf(policy: Json, ctx: RowContext): Json[] {
    const at = `${R}.indexingPolicy.vectorIndexes`;
    if (policy.vectorIndexes === undefined) return [];
    const out: Json[] = [];
    (objects(policy.vectorIndexes, at, "vector indexes", ctx) ?? []).forEach((v, i) => {
        if (!onlyKeys(v, VECTOR_INDEX_KEYS, `${at}[${i}]`, ctx)) return;
        if (!oneOf(VECTOR_INDEX_TYPES, v.type)) return ctx.gap(`${at}[${i}].type`, v.type, `the stack config takes ${VECTOR_INDEX_TYPES.join(", ")}`);
        out.push(Object.fromEntries(VECTOR_INDEX_KEYS.filter((k) => v[k] !== undefined).map((k) => [k, v[k]])));
    });
    return out;
}

/** `fullTextIndexes` of a stored indexing policy, as paths. */
export function fullTextIndexesOf(policy: Json, ctx: RowContext): string[] {
    const at = `${R}.indexingPolicy.fullTextIndexes`;
    if (policy.fullTextIndexes === undefined) return [];
    return (objects(policy.fullTextIndexes, at, "{ path }", ctx) ?? []).filter((p, i) => onlyKeys(p, ["path"], `${at}[${i}]`, ctx)).map((p) => String(p.path));
}

/**
 * The vector embedding policy. It is fixed at creation (components/sql/component.ts replaces the container on
 * a change), so a stored form the program would not send exactly is a gap, never a guess.
 */
const vectorEmbeddingRow: Row = {
    arm: `${R}.vectorEmbeddingPolicy`,
    apply(value, ctx) {
        const at = `${R}.vectorEmbeddingPolicy`;
        if (!isObject(value)) return ctx.gap(at, value, "expected { vectorEmbeddings: [...] }");
        if (!onlyKeys(value, ["vectorEmbeddings"], at, ctx)) return;
        const embeddings = objects(value.vectorEmbeddings ?? [], `${at}.vectorEmbeddings`, "vector embeddings", ctx);
        if (!embeddings) return;
        if (embeddings.length === 0) {
            return ctx.gap(
                at,
                value,
                "a policy without embeddings: the program sends no policy then, and the policy is fixed at creation (a difference replaces the container)",
            );
        }
        const config: Json[] = [];
        embeddings.forEach((e, i) => {
            const where = `${at}.vectorEmbeddings[${i}]`;
            if (!onlyKeys(e, ["path", "dataType", "dimensions", "distanceFunction"], where, ctx)) return;
            if (!oneOf(VECTOR_DATA_TYPES, e.dataType))
                return ctx.gap(
                    `${where}.dataType`,
                    e.dataType,
                    `the program always sends a data type (${VECTOR_DEFAULT_DATA_TYPE} when not set); the stack config takes ${VECTOR_DATA_TYPES.join(", ")}`,
                );
            if (!oneOf(DISTANCE_FUNCTIONS, e.distanceFunction))
                return ctx.gap(`${where}.distanceFunction`, e.distanceFunction, `the stack config takes ${DISTANCE_FUNCTIONS.join(", ")}`);
            config.push({
                path: e.path,
                ...(e.dataType !== VECTOR_DEFAULT_DATA_TYPE ? { dataType: e.dataType } : {}),
                dimensions: e.dimensions,
                distanceFunction: e.distanceFunction,
            });
        });
        if (config.length < embeddings.length) return;
        ctx.set(["vectorEmbeddings"], config);
        ctx.input(["resource", "vectorEmbeddingPolicy"], {
            vectorEmbeddings: embeddings.map((e) => ({ dataType: e.dataType, dimensions: e.dimensions, distanceFunction: e.distanceFunction, path: e.path })),
        });
    },
};

/**
 * The full-text policy: the program sends the default language (en-US when not set) and every
 * path's language (the default when not set), so the config names a language only where it
 * differs from those; a stored policy without either cannot be expressed.
 */
const fullTextRow: Row = {
    arm: `${R}.fullTextPolicy`,
    apply(value, ctx) {
        const at = `${R}.fullTextPolicy`;
        if (!isObject(value)) return ctx.gap(at, value, "expected { defaultLanguage, fullTextPaths }");
        if (!onlyKeys(value, ["defaultLanguage", "fullTextPaths"], at, ctx)) return;
        const languages = `the stack config takes ${FULL_TEXT_LANGUAGES.join(", ")}`;
        const language = value.defaultLanguage;
        if (!oneOf(FULL_TEXT_LANGUAGES, language))
            return ctx.gap(
                `${at}.defaultLanguage`,
                language,
                `the program always sends a default language (${FULL_TEXT_DEFAULT_LANGUAGE} when not set); ${languages}`,
            );
        const paths = objects(value.fullTextPaths ?? [], `${at}.fullTextPaths`, "{ path, language }", ctx);
        if (!paths) return;
        if (paths.length === 0)
            return ctx.gap(
                `${at}.fullTextPaths`,
                [],
                "a full-text policy without paths: the stack config's has at least one, and the program sends no policy without",
            );
        const config: Json[] = [];
        paths.forEach((p, i) => {
            const where = `${at}.fullTextPaths[${i}]`;
            if (!onlyKeys(p, ["path", "language"], where, ctx)) return;
            if (!oneOf(FULL_TEXT_LANGUAGES, p.language))
                return ctx.gap(`${where}.language`, p.language, `the program sends each path's language (the policy's default when not set); ${languages}`);
            config.push({ path: p.path, ...(p.language !== language ? { language: p.language } : {}) });
        });
        if (config.length < paths.length) return;
        ctx.set(["fullTextPolicy"], { ...(language !== FULL_TEXT_DEFAULT_LANGUAGE ? { defaultLanguage: language } : {}), paths: config });
        ctx.input(["resource", "fullTextPolicy"], { defaultLanguage: language, fullTextPaths: paths.map((p) => ({ language: p.language, path: p.path })) });
    },
};

/** Computed properties; none (`[]`, Azure's default) is what the program sends when the config has none. */
const computedRow: Row = {
    arm: `${R}.computedProperties`,
    azureDefault: [],
    apply(value, ctx) {
        const at = `${R}.computedProperties`;
        const stored = objects(value, at, "{ name, query }", ctx);
        if (!stored || stored.length === 0) return;
        if (!stored.every((p, i) => onlyKeys(p, ["name", "query"], `${at}[${i}]`, ctx))) return;
        const properties = stored.map((p) => ({ name: p.name, query: p.query }));
        ctx.set(["computedProperties"], properties);
        ctx.input(["resource", "computedProperties"], properties);
    },
};

export const SEARCH_ROWS: readonly Row[] = [vectorEmbeddingRow, fullTextRow, computedRow];
