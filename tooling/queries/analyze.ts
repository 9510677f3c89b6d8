/**
 * The analysis of one declared query against its container's record: partition routing, index
 * coverage (with the run-time rejections Cosmos DB would return), computed properties, vector
 * and full-text search (queries/search.ts), composite-index advice, and what the query needs
 * from an index policy. Pure: (query declaration, container facts, physical partitions,
 * workload) in, a plan `queries` entry (and the query's index needs) out.
 */
import type { OrderItem, Query } from "../../stack/queries/ast";
import { computedDefinitions, computedPropertyAt, computedPropertyFor, documentAliases } from "../../stack/queries/computed";
import type { QueryDeclaration } from "../../stack/queries/declarations";
import type { Finding } from "./findings";
import { sortFindings } from "./findings";
import { CompositeIndex, compositeForOrderBy, describeComposite, Direction, hasSpatialIndex, IndexPolicy, isIndexed, toComposite } from "./index-policy";
import { ESTIMATES, HOT_CALLS_PER_SECOND } from "./estimates";
import { round2 } from "../model/prices";
import { QuerySyntaxError, tryParseQuery } from "../../stack/queries/parser";
import type { ContainerFacts } from "./records";
import { searchShapeOf, searchVerdict, SearchWorkload } from "./search";
import { Filter, QueryShape, shapeOf, visit } from "../../stack/queries/shape";

export interface QueryEntry {
    /** The account, in a stack of several (set by the analysis). */
    account?: string;
    database: string;
    container: string;
    name: string;
    sql: string;
    routing: "single" | "cross";
    /** Partition-key paths fixed by equality (a prefix of a hierarchical key routes too). */
    partitionKeyFixed: string[];
    /** Physical partitions one call visits. */
    fanOut: number;
    callsPerSecond: number;
    ruPerCall: { value: number; measured: boolean };
    findings: Finding[];
}

/** What the query needs from an index policy, for the minimal-policy advice. */
export interface IndexNeeds {
    paths: string[];
    spatialPaths: string[];
    /** Composites without which Cosmos DB rejects the query. */
    requiredComposites: CompositeIndex[][];
    /** Composites that would make it cheaper (with the ORDER BY rewrite where noted). */
    advisedComposites: CompositeIndex[][];
    /** Existing composites this query uses as written. */
    usedComposites: CompositeIndex[][];
}

export interface QueryAnalysis {
    entry: QueryEntry;
    needs: IndexNeeds;
}

const EQUALITY: ReadonlySet<Filter["kind"]> = new Set(["eq"]);

/** The partition-key paths a query fixes: the longest prefix of the key whose paths all have `=` (or IN with one value). */
export function fixedKeyPaths(shape: QueryShape, keyPaths: readonly string[]): string[] {
    const fixed = new Set(shape.filters.filter((f) => EQUALITY.has(f.kind) || (f.kind === "in" && f.values === 1)).map((f) => f.path));
    const prefix: string[] = [];
    for (const p of keyPaths) {
        if (!fixed.has(p)) break;
        prefix.push(p);
    }
    return prefix;
}

const cosmosPath = (path: string): string =>
    `c${path
        .split("/")
        .slice(1)
        .map((s) => (s === "[]" ? "[0]" : s.startsWith('"') ? `[${s}]` : `.${s}`))
        .join("")}`;

function emptyNeeds(): IndexNeeds {
    return { paths: [], spatialPaths: [], requiredComposites: [], advisedComposites: [], usedComposites: [] };
}

/** Composite advice for equality filters plus one ORDER BY, and for equality + range or several ranges. */
function compositeAdvice(shape: QueryShape, policy: IndexPolicy, skip: ReadonlySet<string>, findings: Finding[], needs: IndexNeeds): void {
    const eq = [...new Set(shape.filters.filter((f) => f.kind === "eq" && !skip.has(f.path)).map((f) => f.path))];
    const ranges = [...new Set(shape.filters.filter((f) => f.kind === "range" && !skip.has(f.path)).map((f) => f.path))];
    const order = shape.orderBy;
    if (order.length === 1 && order[0].path !== undefined && eq.length > 0 && !eq.includes(order[0].path)) {
        const o = { path: order[0].path, direction: order[0].direction };
        // ORDER BY e1, ..., o: the equality paths may take either direction, so look for any composite of that shape.
        const existing = policy.composites.find(
            (c) => c.length === eq.length + 1 && c[c.length - 1].path === o.path && eq.every((p) => c.slice(0, -1).some((x) => x.path === p)),
        );
        // The rewritten ORDER BY follows the composite's directions, or all of them reversed.
        const rewrite = (c: readonly CompositeIndex[]) => {
            const same = (c[c.length - 1].order === "ascending") === (o.direction === "ASC");
            const dir = (p: CompositeIndex) => ((p.order === "ascending") === same ? "ASC" : "DESC");
            return `ORDER BY ${c.map((p) => `${cosmosPath(p.path)} ${dir(p)}`).join(", ")}`;
        };
        if (existing) {
            needs.usedComposites.push(existing);
            findings.push({
                severity: "info",
                code: "composite-rewrite",
                message: `composite ${describeComposite(existing)} serves this filter and sort together only if the ORDER BY lists the equality-filtered path first: ${rewrite(existing)}`,
            });
        } else {
            const advised = toComposite([...eq.map((path) => ({ path, direction: "ASC" as Direction })), o]);
            needs.advisedComposites.push(advised);
            findings.push({
                severity: "info",
                code: "composite-advice",
                message: `an equality filter with ORDER BY is served by composite ${describeComposite(advised)} with ${rewrite(advised)}; without it the sort reads every match`,
            });
        }
        return;
    }
    if (order.length > 0) return;
    const rangeTargets = ranges.filter((r) => !eq.includes(r));
    if ((eq.length > 0 && rangeTargets.length > 0) || rangeTargets.length > 1) {
        const advised = toComposite([...eq, ...rangeTargets].map((path) => ({ path, direction: "ASC" as Direction })));
        const existing = policy.composites.find(
            (c) => c.length === advised.length && advised.every((a) => c.some((x) => x.path === a.path)) && rangeTargets.includes(c[c.length - 1].path),
        );
        if (existing) {
            needs.usedComposites.push(existing);
            return;
        }
        needs.advisedComposites.push(advised);
        const what = eq.length > 0 ? "equality and range filters" : "range filters on several properties";
        findings.push({
            severity: "info",
            code: "composite-advice",
            message: `${what} are served by composite ${describeComposite(advised)} (equality paths first, range paths last); without it each filter is applied separately`,
        });
    }
}

/** Computed properties the query spells out instead of naming them (notes), and the ORDER BY rewrite if one matches. */
function computedAdvice(query: Query, c: ContainerFacts, findings: Finding[]): Map<OrderItem, string> {
    const rewrites = new Map<OrderItem, string>();
    const definitions = computedDefinitions(c.computedProperties);
    if (definitions.length === 0) return rewrites;
    const aliases = documentAliases(query);
    const alias = [...aliases][0] ?? "c";
    for (const o of query.orderBy ?? []) {
        const name = computedPropertyFor(o.expr, aliases, definitions);
        if (name !== undefined) rewrites.set(o, `${alias}.${name}`);
    }
    const noted = new Set<string>();
    if (query.where) {
        visit({ kind: "query", distinct: false, select: { kind: "value", expr: query.where } }, (e) => {
            const name = computedPropertyFor(e, aliases, definitions);
            if (name === undefined || noted.has(name)) return;
            noted.add(name);
            findings.push({
                severity: "info",
                code: "computed-property-available",
                message: `WHERE computes what computed property ${name} holds: filter on ${alias}.${name} (indexed with /${name}/?) so the index serves it instead of evaluating the expression for every item`,
            });
        });
    }
    return rewrites;
}

/** Index coverage: run-time rejections (errors), scans (warnings) and composite advice (notes). */
function indexFindings(query: Query, shape: QueryShape, c: ContainerFacts, fixed: readonly string[], findings: Finding[], needs: IndexNeeds): void {
    const policy = c.policy;
    const computed = new Set(c.computedProperties.map((p) => p.name));
    const indexed = (path: string) => isIndexed(path, policy, computed);
    const filterPaths = [
        ...new Set([...shape.filters.filter((f) => f.kind !== "spatial" && f.kind !== "search").map((f) => f.path), ...shape.otherFilterPaths]),
    ];
    const spatial = shape.filters.filter((f) => f.kind === "spatial");
    needs.paths.push(...filterPaths, ...shape.orderBy.flatMap((o) => (o.path !== undefined && shape.orderBy.length === 1 ? [o.path] : [])));
    needs.spatialPaths.push(...spatial.map((f) => f.path));
    const rewrites = computedAdvice(query, c, findings);

    if (policy.mode === "none") {
        if (filterPaths.length > 0 || spatial.length > 0 || shape.orderBy.length > 0) {
            findings.push({
                severity: "error",
                code: "indexing-none",
                message:
                    "the container's indexing mode is 'none': Cosmos DB rejects queries that filter or sort on properties (unless every call opts into a full scan); use point reads only, or index the paths this query uses",
            });
        }
        return;
    }

    const terms = shape.orderBy;
    if (terms.some((t) => t.score !== undefined)) {
        // ORDER BY VectorDistance(...): a score, judged by queries/search.ts.
    } else if (terms.some((t) => t.path === undefined)) {
        const rewrite = [...rewrites.values()][0];
        const fix =
            rewrite !== undefined
                ? `ORDER BY ${rewrite}, the computed property that holds this expression (indexed)`
                : "sort on a property (store the computed value in the item, or define an indexed computed property)";
        findings.push({
            severity: "error",
            code: "order-by-expression",
            message: `ORDER BY on an expression that is not a document path: Cosmos DB rejects it; ${fix}`,
        });
    } else if (terms.length === 1) {
        const path = terms[0].path as string;
        const name = computedPropertyAt(path, computed);
        if (name !== undefined && !indexed(path)) {
            findings.push({
                severity: "error",
                code: "order-by-computed-unindexed",
                message: `ORDER BY ${path}, the computed property ${name}, which is not indexed: Cosmos DB rejects ORDER BY on a computed property unless a path names it (/* does not cover computed properties); include ${path}/?`,
            });
        } else if (!indexed(path)) {
            findings.push({
                severity: "error",
                code: "order-by-excluded",
                message: `ORDER BY ${path}, but ${path} is excluded from the index: Cosmos DB rejects the query ("the index path corresponding to the specified order-by item is excluded"); include ${path}/?`,
            });
        }
    } else if (terms.length > 1) {
        const items = terms.map((t) => ({ path: t.path as string, direction: t.direction }));
        const composite = compositeForOrderBy(items, policy);
        if (composite) {
            needs.usedComposites.push(composite);
        } else {
            const wanted = toComposite(items);
            needs.requiredComposites.push(wanted);
            findings.push({
                severity: "error",
                code: "order-by-composite-missing",
                message: `ORDER BY on ${items.length} properties needs composite ${describeComposite(wanted)} (or all directions reversed); without it Cosmos DB rejects the query ("the order by query does not have a corresponding composite index")`,
            });
        }
    }

    // Fixed partition-key paths route the query; they are not what the index is asked for.
    for (const path of filterPaths) {
        if (fixed.includes(path) || indexed(path)) continue;
        const name = computedPropertyAt(path, computed);
        if (name !== undefined) {
            findings.push({
                severity: "warning",
                code: "computed-not-indexed",
                message: `filters on computed property ${name}, which no index path names (/* does not cover computed properties): Cosmos DB evaluates it for every item the query visits; include ${path}/?`,
            });
        } else {
            findings.push({
                severity: "warning",
                code: "filter-excluded",
                message: `filters on ${path}, which is excluded from the index: each call scans every item of the partitions it visits, so its RU charge grows with the data; include ${path}/?`,
            });
        }
    }
    for (const f of spatial) {
        if (hasSpatialIndex(f.path, policy)) continue;
        findings.push({
            severity: "warning",
            code: "spatial-index-missing",
            message: `${f.fn} on ${f.path} without a spatial index: each call scans the partitions it visits; add spatialIndexes ${f.path}/* with the geometry types stored`,
        });
    }
    compositeAdvice(shape, policy, new Set(fixed), findings, needs);
}

/**
 * Analyses one query. `workload` (items per partition and per key, item size, from the
 * container's declaration) sizes the scans of vector and full-text searches; without it their
 * size-dependent RU are left out.
 */
export function analyzeQuery(q: QueryDeclaration, c: ContainerFacts, partitions: number, workload?: SearchWorkload): QueryAnalysis {
    const findings: Finding[] = [];
    const needs = emptyNeeds();
    const base = { database: c.database, container: c.container, name: q.name, sql: q.sql, callsPerSecond: q.callsPerSecond };
    const parsed = tryParseQuery(q.sql);
    if ("error" in parsed) {
        const e: QuerySyntaxError = parsed.error;
        return {
            entry: {
                ...base,
                routing: "cross",
                partitionKeyFixed: [],
                fanOut: partitions,
                ruPerCall: { value: q.ruPerCall ?? 0, measured: q.ruPerCall !== undefined },
                findings: [{ severity: "error", code: "syntax", message: e.message }],
            },
            needs,
        };
    }
    const shape = shapeOf(parsed.query, q.parameters ?? {});
    const keyPaths = c.partitionKey.paths;
    const fixed = fixedKeyPaths(shape, keyPaths);
    const routing = fixed.length > 0 ? "single" : "cross";
    const keyIn = shape.filters.find((f) => f.kind === "in" && f.path === keyPaths[0] && (f.values ?? 0) > 1);
    const fanOut = routing === "single" ? 1 : keyIn ? Math.min(keyIn.values ?? partitions, partitions) : partitions;
    const search = searchVerdict(searchShapeOf(parsed.query, q.parameters ?? {}), c, routing, workload);
    const perPartition = ESTIMATES.queryRUsPerPartition + search.extraRUsPerPartition;
    const ru = q.ruPerCall ?? perPartition * fanOut;
    findings.push(...search.findings);

    if (routing === "single" && fixed.length < keyPaths.length) {
        findings.push({
            severity: "info",
            code: "key-prefix",
            message: `fixes ${fixed.join(", ")}, a prefix of the hierarchical key: routed to the partitions holding that prefix (one, unless it outgrows a partition)`,
        });
    }
    if (routing === "cross") {
        const hot = q.callsPerSecond >= HOT_CALLS_PER_SECOND;
        const extra = round2(q.callsPerSecond * Math.max(0, fanOut - 1) * perPartition);
        findings.push({
            severity: hot ? "warning" : "info",
            code: "cross-partition",
            message: `does not fix the partition key (${keyPaths.join(", ")}) by equality: each call fans out to ${fanOut} physical partition${fanOut === 1 ? "" : "s"} today, more as the data grows${extra > 0 ? ` (about ${extra} RU/s more than a single-partition query)` : ""}${hot ? `; at ${q.callsPerSecond} calls/s this is a hot path: add the key to the filter or keep a copy keyed for it` : ""}`,
        });
    }
    if (fixed.length === keyPaths.length && shape.filters.some((f) => f.kind === "eq" && f.path === "/id")) {
        findings.push({
            severity: "info",
            code: "point-read",
            message: "fixes id and the whole partition key: a point read (ReadItem) returns the same item for about 1 RU instead of a query's charge",
        });
    }
    if (shape.offset) {
        findings.push({
            severity: "info",
            code: "offset-limit",
            message: "OFFSET LIMIT still reads and charges for the skipped items: page with continuation tokens instead",
        });
    }
    const declared = Object.keys(q.parameters ?? {});
    for (const p of shape.parameters.filter((name) => !declared.includes(name))) {
        findings.push({ severity: "warning", code: "parameter-undeclared", message: `uses ${p}, which parameters does not declare` });
    }
    indexFindings(parsed.query, shape, c, fixed, findings, needs);
    return {
        entry: {
            ...base,
            routing,
            partitionKeyFixed: fixed,
            fanOut,
            ruPerCall: { value: round2(ru), measured: q.ruPerCall !== undefined },
            findings: sortFindings(findings),
        },
        needs,
    };
}
