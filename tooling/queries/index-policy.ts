/**
 * A container's indexing policy as the resource record carries it (azure-native inputs, the
 * service's normalised form), and the questions the analysis asks of it: is this path indexed,
 * which composite serves this ORDER BY. Rules: https://learn.microsoft.com/azure/cosmos-db/index-policy
 *
 * - The most precise matching path wins: more segments beat fewer; at the same depth `/?` beats
 *   `/*`; an included and an excluded path of the same precision (which the service refuses)
 *   count as excluded.
 * - `id` and `_ts` are always indexed in consistent mode, whatever the paths say.
 * - ORDER BY on two or more items needs a composite index with the same paths in the same order,
 *   with the same directions or all of them reversed; a longer composite does not serve a shorter
 *   ORDER BY.
 */
import { isObject } from "../model/json";

export type Direction = "ASC" | "DESC";

export interface CompositeIndex {
    path: string;
    order: "ascending" | "descending";
}

export interface IndexPolicy {
    mode: "consistent" | "none";
    included: string[];
    excluded: string[];
    composites: CompositeIndex[][];
    spatial: { path: string; types: string[] }[];
}

export const ALWAYS_INDEXED = ["/id", "/_ts"];
const ETAG = '/"_etag"/?';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const pathList = (v: unknown): string[] => list(v).flatMap((p) => (isObject(p) && typeof p.path === "string" ? [p.path.trim()] : []));

/** Reads `resource.indexingPolicy` of a container's inputs; absent means the service default (index everything). */
export function policyFromInputs(indexingPolicy: unknown): IndexPolicy {
    if (!isObject(indexingPolicy)) return { mode: "consistent", included: ["/*"], excluded: [ETAG], composites: [], spatial: [] };
    const mode = typeof indexingPolicy.indexingMode === "string" && indexingPolicy.indexingMode.toLowerCase() === "none" ? "none" : "consistent";
    const included = pathList(indexingPolicy.includedPaths);
    const excluded = pathList(indexingPolicy.excludedPaths);
    return {
        mode,
        // The service includes /* when neither list names it.
        included: mode === "none" ? [] : included.includes("/*") || excluded.includes("/*") ? included : ["/*", ...included],
        excluded,
        composites: list(indexingPolicy.compositeIndexes).map((c) =>
            list(c).flatMap((p) =>
                isObject(p) && typeof p.path === "string" ? [{ path: p.path.trim(), order: p.order === "descending" ? "descending" : "ascending" }] : [],
            ),
        ),
        spatial: list(indexingPolicy.spatialIndexes).flatMap((s) =>
            isObject(s) && typeof s.path === "string" ? [{ path: s.path.trim(), types: list(s.types).map(String) }] : [],
        ),
    };
}

/** `/a/"b-c"/[]` to its segments, keeping quoted names whole. */
export function segments(path: string): string[] {
    return path.match(/"(?:[^"\\]|\\.)*"|[^/]+/g) ?? [];
}

interface Pattern {
    prefix: string[];
    scalar: boolean;
}

function patternOf(indexPath: string): Pattern {
    const parts = segments(indexPath);
    const last = parts.pop();
    return { prefix: parts, scalar: last === "?" };
}

function matches(p: Pattern, path: string[]): boolean {
    if (p.scalar ? path.length !== p.prefix.length : path.length < p.prefix.length) return false;
    return p.prefix.every((s, i) => s === path[i]);
}

function precision(p: Pattern): number {
    return p.prefix.length * 2 + (p.scalar ? 1 : 0);
}

const unquote = (segment: string): string => (segment.startsWith('"') ? (JSON.parse(segment) as string) : segment);

/**
 * Is a document path (`/status`, `/lines/[]/sku`) in the range index? `computed` names the
 * container's computed properties: they are "not covered by wildcard paths in the indexing
 * policy", so only a path naming them (`/cp_x/?`, `/cp_x/*`) indexes them
 * (https://learn.microsoft.com/azure/cosmos-db/nosql/query/computed-properties#index-computed-properties).
 */
export function isIndexed(path: string, policy: IndexPolicy, computed: ReadonlySet<string> = new Set()): boolean {
    if (policy.mode === "none") return false;
    if (ALWAYS_INDEXED.includes(path)) return true;
    const target = segments(path);
    const isComputed = target.length > 0 && computed.has(unquote(target[0]));
    let best: { precision: number; included: boolean } | undefined;
    for (const [paths, included] of [
        [policy.included, true],
        [policy.excluded, false],
    ] as const) {
        for (const p of paths.map(patternOf)) {
            if (!matches(p, target) || (isComputed && p.prefix.length === 0)) continue;
            const score = precision(p);
            if (!best || score > best.precision || (score === best.precision && !included)) best = { precision: score, included };
        }
    }
    return best?.included ?? false;
}

/** Is there a spatial index on the path (`/location` is served by `/location/*`)? */
export function hasSpatialIndex(path: string, policy: IndexPolicy): boolean {
    if (policy.mode === "none") return false;
    const target = segments(path);
    return policy.spatial.some((s) => matches(patternOf(s.path), target));
}

const asOrder = (d: Direction): CompositeIndex["order"] => (d === "ASC" ? "ascending" : "descending");

/** The composite that serves an ORDER BY on these items: same paths and order, same or all-reversed directions. */
export function compositeForOrderBy(items: { path: string; direction: Direction }[], policy: IndexPolicy): CompositeIndex[] | undefined {
    return policy.composites.find((c) => {
        if (c.length !== items.length || !c.every((p, i) => p.path === items[i].path)) return false;
        const same = c.every((p, i) => p.order === asOrder(items[i].direction));
        const reversed = c.every((p, i) => p.order !== asOrder(items[i].direction));
        return same || reversed;
    });
}

/** Writes a composite as people read it: `(/status ASC, /createdAt DESC)`. */
export function describeComposite(c: readonly CompositeIndex[]): string {
    return `(${c.map((p) => `${p.path} ${p.order === "ascending" ? "ASC" : "DESC"}`).join(", ")})`;
}

export function sameComposite(a: readonly CompositeIndex[], b: readonly CompositeIndex[]): boolean {
    return a.length === b.length && a.every((p, i) => p.path === b[i].path && p.order === b[i].order);
}

export function toComposite(items: { path: string; direction: Direction }[]): CompositeIndex[] {
    return items.map((i) => ({ path: i.path, order: asOrder(i.direction) }));
}
