/**
 * The round trip: the adopted stack's offline plan against Azure's documents. Every adopted
 * resource must be planned for import under its ARM id, and its planned inputs must equal what
 * Azure stores for it (the rows' expected inputs, after the normalisation Azure applies itself).
 * Any difference is a property `pulumi up` would change: adopt exits 1 naming it.
 */
import { ResourceRecord, UNKNOWN } from "../model/plan-record";
import { isObject } from "../model/json";
import { Check } from "./model";

export interface Mismatch {
    id: string;
    type: string;
    /** Input path, e.g. `resource.indexingPolicy.excludedPaths[1].path`. */
    path: string;
    planned: unknown;
    expected: unknown;
}

export interface RoundTrip {
    /** Resources that are planned as Azure has them. */
    matched: number;
    mismatches: Mismatch[];
    /** Adopted resources the plan does not import (one line each). */
    missing: string[];
    /** Resources the plan would create, or imports nobody asked for. */
    unexpected: string[];
}

/** Leaf-level differences between two JSON values. */
export function jsonDifferences(planned: unknown, expected: unknown, path = ""): { path: string; planned: unknown; expected: unknown }[] {
    if (Array.isArray(planned) && Array.isArray(expected)) {
        const length = Math.max(planned.length, expected.length);
        return Array.from({ length }, (_, i) => jsonDifferences(planned[i], expected[i], `${path}[${i}]`)).flat();
    }
    if (isObject(planned) && isObject(expected)) {
        const keys = [...new Set([...Object.keys(planned), ...Object.keys(expected)])].sort();
        return keys.flatMap((k) => jsonDifferences(planned[k], expected[k], path ? `${path}.${k}` : k));
    }
    return planned === expected ? [] : [{ path: path || "(inputs)", planned, expected }];
}

export function compareWithPlan(checks: readonly Check[], records: readonly ResourceRecord[]): RoundTrip {
    const imported = new Map<string, ResourceRecord>();
    const unexpected: string[] = [];
    for (const r of records) {
        if (!r.custom) continue;
        if (r.options.import) imported.set(r.options.import.toLowerCase(), r);
        else unexpected.push(`${r.type} '${r.name}' would be created, not imported`);
    }
    const mismatches: Mismatch[] = [];
    const missing: string[] = [];
    let matched = 0;
    const seen = new Set<string>();
    for (const check of checks) {
        const record = imported.get(check.id.toLowerCase());
        seen.add(check.id.toLowerCase());
        if (!record) {
            missing.push(`${check.id}: not planned for import (from ${check.sources.join(", ")})`);
            continue;
        }
        if (record.options.import !== check.id) {
            mismatches.push({ id: check.id, type: check.type, path: "(import id)", planned: record.options.import, expected: check.id });
        }
        if (record.type !== check.type) {
            mismatches.push({ id: check.id, type: check.type, path: "(type)", planned: record.type, expected: check.type });
            continue;
        }
        // Unknown offline, known at deployment: equal when Azure holds what they resolve to.
        const differences = jsonDifferences(record.inputs, check.expected).filter(
            (d) => !(d.planned === UNKNOWN && check.atDeploy?.[d.path] !== undefined && d.expected === check.atDeploy[d.path]),
        );
        mismatches.push(...differences.map((d) => ({ id: check.id, type: check.type, ...d })));
        if (differences.length === 0) matched += 1;
    }
    for (const [id, r] of imported) {
        if (!seen.has(id)) unexpected.push(`${r.type} '${r.name}' imports ${r.options.import}, which no input document describes`);
    }
    return { matched, mismatches, missing, unexpected };
}

export function formatMismatch(m: Mismatch): string {
    const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
    return `${m.id}: ${m.path}: the plan would set ${show(m.planned)}, Azure has ${show(m.expected)}`;
}
