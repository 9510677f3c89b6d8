/**
 * Vector and full-text search in a declared query: where VectorDistance, FullTextContains(All|Any),
 * FullTextScore and RRF appear, what the container's vector and full-text settings say about
 * them, and what they add to the query's RU charge. Pure: (parsed query, container facts,
 * workload) in, findings and extra RU per physical partition out.
 *
 * Rules, each from Microsoft's documentation:
 * - vector search needs the path in the container's vector embedding policy
 *   (https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#container-vector-policies);
 *   without a vector index VectorDistance "reverts to full scan"
 *   (https://learn.microsoft.com/azure/cosmos-db/nosql/query/vectordistance);
 * - "Always use a TOP N clause" with a vector search (same pages);
 * - FullTextScore "requires a Full Text Index", "can only be used in an ORDER BY RANK clause, or
 *   as an argument in an RRF system function", and is not supported within a JOIN
 *   (https://learn.microsoft.com/azure/cosmos-db/nosql/query/fulltextscore,
 *   https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search-faq);
 * - FullTextContains(All|Any) run without full-text policy and index, but "won't utilize the
 *   full-text index and can consume higher request units"
 *   (https://learn.microsoft.com/azure/cosmos-db/gen-ai/full-text-search);
 * - ORDER BY RANK takes a scoring function (VectorDistance, FullTextScore, RRF); RRF fuses
 *   scoring functions with an optional last array of weights, one per function, and is only
 *   valid in ORDER BY RANK (https://learn.microsoft.com/azure/cosmos-db/nosql/query/order-by-rank,
 *   https://learn.microsoft.com/azure/cosmos-db/nosql/query/rrf).
 */
import type { Call, Expr, Query } from "../../stack/queries/ast";
import type { Finding } from "./findings";
import { ESTIMATES, SEARCH_ESTIMATES } from "./estimates";
import { round2 } from "../model/prices";
import type { ContainerFacts } from "./records";
import { vectorIndexType } from "./search-policy";
import { constantValue, ParameterValues, pathOf, scopeOf, searchedArguments, visit } from "../../stack/queries/shape";

/** How many items one call's search runs over, from the container's declaration. */
export interface SearchWorkload {
    /** Items (vectors) in one physical partition. */
    itemsPerPartition: number;
    /** Items under one partition-key value: what a single-partition query searches. */
    itemsPerKey: number;
    itemSizeKB: number;
}

type Clause = "select" | "where" | "group-by" | "order-by" | "rank";

export interface SearchCall {
    fn: string;
    /** The searched document path (first argument), when it is one. */
    path?: string;
    clause: Clause;
    /** `VectorDistance(a, b, true)`: brute force, the index is not used. */
    bruteForce: boolean;
    /** `VectorDistance(a, b, false, { searchListSizeMultiplier: n })`. */
    searchListSizeMultiplier?: number;
    /** Search terms after the path (FullTextScore). */
    terms: number;
}

export interface SearchShape {
    calls: SearchCall[];
    /** Problems with ORDER BY RANK and RRF found while reading the query. */
    problems: Finding[];
    /** `ORDER BY VectorDistance(...)` or `ORDER BY RANK ...`: a search that should have TOP. */
    ranked: boolean;
    joins: number;
    hasTop: boolean;
    /** TOP's value (a literal or a declared parameter), when known. */
    top?: number;
}

const VECTOR = "VECTORDISTANCE";
const SCORE = "FULLTEXTSCORE";
const RRF = "RRF";
const CONTAINS = new Set(["FULLTEXTCONTAINS", "FULLTEXTCONTAINSALL", "FULLTEXTCONTAINSANY"]);
const SCORING = new Set([VECTOR, SCORE]);
const TRACKED = new Set([VECTOR, SCORE, RRF, ...CONTAINS]);
const SEARCHING: ReadonlySet<Clause> = new Set(["where", "order-by", "rank"]);

const wrap = (e: Expr): Query => ({ kind: "query", distinct: false, select: { kind: "value", expr: e } });

function options(call: Call, values: ParameterValues): Pick<SearchCall, "bruteForce" | "searchListSizeMultiplier" | "terms"> {
    const [, , brute, opts] = call.args;
    const multiplier = opts?.kind === "object" ? opts.properties.find((p) => p.key === "searchListSizeMultiplier") : undefined;
    const m = multiplier ? constantValue(multiplier.value, values) : undefined;
    const terms = call.args.slice(1).reduce((n, a) => n + (a.kind === "array" ? a.items.length : 1), 0);
    return { bruteForce: brute?.kind === "literal" && brute.value === true, ...(typeof m === "number" ? { searchListSizeMultiplier: m } : {}), terms };
}

/** Checks RRF's arguments: scoring functions, then optionally one array of weights (one per function). */
function rrfProblems(call: Call): Finding[] {
    const args = [...call.args];
    const weights = args.length > 0 && args[args.length - 1].kind === "array" ? args.pop() : undefined;
    const problems: Finding[] = [];
    const bad = args.filter((a) => a.kind !== "call" || a.udf || !SCORING.has(a.name));
    if (bad.length > 0 || args.length === 0) {
        problems.push({
            severity: "error",
            code: "rank-expression",
            message:
                "RRF fuses scoring functions only (VectorDistance, FullTextScore), with an optional last array of weights: Cosmos DB rejects other arguments",
        });
    }
    if (weights?.kind === "array" && weights.items.length !== args.length) {
        problems.push({
            severity: "warning",
            code: "rrf-weights",
            message: `RRF has ${args.length} scoring function${args.length === 1 ? "" : "s"} but ${weights.items.length} weight${weights.items.length === 1 ? "" : "s"}: give one weight per function, in the same order`,
        });
    }
    return problems;
}

/** Every search-function call of a query, by clause, with the path it searches. */
export function searchShapeOf(query: Query, values: ParameterValues = {}): SearchShape {
    const scope = scopeOf(query);
    const calls: SearchCall[] = [];
    const problems: Finding[] = [];
    const collect = (e: Expr, clause: Clause) =>
        visit(
            wrap(e),
            (node, s) => {
                if (node.kind !== "call" || node.udf || !TRACKED.has(node.name)) return;
                const path = searchedArguments(node)
                    .map((a) => pathOf(a, s, values))
                    .find((p) => p !== undefined && p !== "");
                calls.push({ fn: node.name, ...(path ? { path } : {}), clause, ...options(node, values) });
            },
            scope,
        );
    const s = query.select;
    if (s.kind === "value") collect(s.expr, "select");
    if (s.kind === "list") s.items.forEach((i) => collect(i.expr, "select"));
    if (query.where) collect(query.where, "where");
    query.groupBy?.forEach((e) => collect(e, "group-by"));
    query.orderBy?.forEach((o) => collect(o.expr, "order-by"));
    for (const item of query.orderByRank ?? []) {
        const call = item.expr;
        if (call.udf || !(SCORING.has(call.name) || call.name === RRF)) {
            problems.push({
                severity: "error",
                code: "rank-expression",
                message: `ORDER BY RANK ${call.udf ? "udf." : ""}${call.name}(...): ORDER BY RANK takes a scoring function (VectorDistance, FullTextScore or RRF); Cosmos DB rejects anything else`,
            });
        } else if (call.name === RRF) {
            problems.push(...rrfProblems(call));
        }
        collect(call, "rank");
    }
    const top = query.top ? constantValue(query.top, values) : undefined;
    return {
        calls,
        problems,
        ranked: query.orderByRank !== undefined || (query.orderBy ?? []).some((o) => o.expr.kind === "call" && !o.expr.udf && o.expr.name === VECTOR),
        joins: query.from?.joins.length ?? 0,
        hasTop: query.top !== undefined,
        ...(typeof top === "number" ? { top } : {}),
    };
}

export interface SearchVerdict {
    findings: Finding[];
    /** RU per physical partition visited, on top of the base query charge. */
    extraRUsPerPartition: number;
}

function fullTextGap(path: string, c: ContainerFacts): string | undefined {
    const inPolicy = c.search.fullTextPaths.some((p) => p.path === path);
    const indexed = c.search.fullTextIndexes.includes(path);
    if (inPolicy && indexed) return undefined;
    if (!inPolicy && !indexed)
        return `neither the full-text policy (fullTextPolicy.fullTextPaths) nor a full-text index (indexingPolicy.fullTextIndexes) names ${path}`;
    return inPolicy
        ? `the full-text policy names ${path} but no full-text index does (indexingPolicy.fullTextIndexes)`
        : `a full-text index names ${path} but the full-text policy does not (fullTextPolicy.fullTextPaths)`;
}

/** Findings for one query's search functions, and the RU they add per physical partition. */
export function searchVerdict(shape: SearchShape, c: ContainerFacts, routing: "single" | "cross", workload?: SearchWorkload): SearchVerdict {
    const findings: Finding[] = [...shape.problems];
    const once = (f: Finding) => {
        if (!findings.some((x) => x.code === f.code && x.message === f.message)) findings.push(f);
    };
    for (const call of shape.calls) {
        if (call.fn === SCORE && call.clause !== "rank") {
            once({
                severity: "error",
                code: "full-text-score-placement",
                message:
                    "FullTextScore outside ORDER BY RANK: Cosmos DB accepts it only in ORDER BY RANK or as an argument of RRF (not in SELECT, WHERE or a plain ORDER BY)",
            });
        }
        if (call.fn === RRF && call.clause !== "rank") {
            once({ severity: "error", code: "rrf-placement", message: "RRF outside ORDER BY RANK: Cosmos DB accepts it only as the ORDER BY RANK expression" });
        }
    }
    if (shape.joins > 0 && shape.calls.some((x) => x.fn === SCORE)) {
        once({
            severity: "error",
            code: "full-text-score-join",
            message: "FullTextScore in a query with JOIN: Cosmos DB does not support it (full-text search FAQ, limitations); rank without the JOIN",
        });
    }
    if (shape.ranked && !shape.hasTop) {
        once({
            severity: "warning",
            code: "search-top-missing",
            message:
                'a vector or ranked search without TOP: Cosmos DB scores and returns far more results than needed, at higher RU and latency ("always use a TOP N clause"); add TOP n',
        });
    }

    const perKB = 1 / ESTIMATES.pointReadKBPerRU;
    const candidates = workload ? (routing === "single" ? workload.itemsPerKey : workload.itemsPerPartition) : 0;
    let scanDocuments = false;
    let extra = 0;
    const searchedVectors = new Map<string, SearchCall[]>();
    for (const call of shape.calls.filter((x) => x.fn === VECTOR && x.path !== undefined)) {
        const path = call.path as string;
        const embedding = c.search.vectorEmbeddings.find((v) => v.path === path);
        if (!embedding) {
            once({
                severity: "error",
                code: "vector-policy-missing",
                message: `VectorDistance on ${path}, which the container's vector embedding policy does not declare: Cosmos DB needs the path in vectorEmbeddingPolicy.vectorEmbeddings (dataType, dimensions, distanceFunction) to search it, and the policy is set when the container is created`,
            });
        }
        if (call.bruteForce) {
            once({
                severity: "info",
                code: "vector-brute-force",
                message: `VectorDistance(${path}, ..., true) asks for brute force: the vector index is not used and every candidate is scored`,
            });
        }
        if (SEARCHING.has(call.clause)) searchedVectors.set(path, [...(searchedVectors.get(path) ?? []), call]);
    }
    for (const [path, calls] of searchedVectors) {
        const embedding = c.search.vectorEmbeddings.find((v) => v.path === path);
        const index = c.search.vectorIndexes.find((v) => v.path === path);
        const type = vectorIndexType(index);
        if (embedding && !type) {
            once({
                severity: "warning",
                code: "vector-index-missing",
                message: `vector search on ${path} without a vector index: Cosmos DB falls back to a full scan, at higher RU and latency; add indexingPolicy.vectorIndexes { path: ${path}, type: diskANN } (or quantizedFlat), which is set when the container is created`,
            });
        }
        if (workload && type && type !== "flat" && workload.itemsPerPartition < SEARCH_ESTIMATES.minVectorsForQuantizedIndex) {
            once({
                severity: "info",
                code: "vector-index-fallback",
                message: `about ${Math.round(workload.itemsPerPartition)} vectors per physical partition: a ${type} index needs at least ${SEARCH_ESTIMATES.minVectorsForQuantizedIndex} before it is used; until then each search is a full scan`,
            });
        }
        if (workload && (type === "flat" || type === "quantizedFlat") && workload.itemsPerPartition > SEARCH_ESTIMATES.diskAnnAdvisedAboveVectors) {
            once({
                severity: "info",
                code: "vector-index-choice",
                message: `about ${Math.round(workload.itemsPerPartition)} vectors per physical partition on a ${type} index, whose searches read every vector: Microsoft advises diskANN above ${SEARCH_ESTIMATES.diskAnnAdvisedAboveVectors.toLocaleString("en-US")} (a new container: vector indexes are fixed at creation)`,
            });
        }
        const k = shape.top ?? (shape.hasTop ? SEARCH_ESTIMATES.assumedTop : undefined);
        const bytes = SEARCH_ESTIMATES.bytesPerComponent[embedding?.dataType.toLowerCase() ?? "float32"] ?? 4;
        const vectorKB = embedding ? (embedding.dimensions * bytes) / 1024 : 0;
        const quantizedKB = (index?.quantizationByteSize ?? SEARCH_ESTIMATES.defaultQuantizedBytes) / 1024;
        const small = type !== "flat" && workload !== undefined && workload.itemsPerPartition < SEARCH_ESTIMATES.minVectorsForQuantizedIndex;
        if (!embedding || !type || calls.some((x) => x.bruteForce) || k === undefined || small) {
            scanDocuments = true;
        } else if (type === "flat") {
            extra += candidates * vectorKB * perKB;
        } else if (type === "quantizedFlat") {
            extra += (candidates * quantizedKB + k * vectorKB) * perKB;
        } else {
            const multiplier =
                calls.find((x) => x.searchListSizeMultiplier !== undefined)?.searchListSizeMultiplier ?? SEARCH_ESTIMATES.defaultSearchListSizeMultiplier;
            extra += k * multiplier * (quantizedKB + vectorKB) * perKB;
        }
    }
    for (const call of shape.calls.filter((x) => (x.fn === SCORE || CONTAINS.has(x.fn)) && x.path !== undefined)) {
        const path = call.path as string;
        const gap = fullTextGap(path, c);
        const name =
            call.fn === SCORE ? "FullTextScore" : call.fn.replace("FULLTEXTCONTAINS", "FullTextContains").replace(/ALL$/, "All").replace(/ANY$/, "Any");
        if (gap && call.fn === SCORE) {
            once({
                severity: "error",
                code: "full-text-index-missing",
                message: `FullTextScore on ${path}, but ${gap}: FullTextScore requires a full-text index and Cosmos DB rejects the query; add ${path} to both`,
            });
        } else if (gap) {
            once({
                severity: "warning",
                code: "full-text-index-missing",
                message: `${name} on ${path}, but ${gap}: the query runs without the full-text index, loading and tokenising every candidate item (higher RU and latency); add ${path} to both`,
            });
        }
        if (gap) scanDocuments = true;
        else if (call.fn === SCORE) extra += call.terms * SEARCH_ESTIMATES.fullTextScoreRUsPerTerm;
    }
    if (scanDocuments && workload) extra += candidates * workload.itemSizeKB * perKB;
    return { findings, extraRUsPerPartition: round2(extra) };
}
