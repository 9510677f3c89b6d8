/**
 * A finding of the access-pattern analysis. `error`: Cosmos DB would reject the request at run
 * time (or the design cannot hold the data), so `npm run plan` exits 1; `warning`: it works but
 * costs or throttles; `info`: advice.
 */
export type Severity = "error" | "warning" | "info";

export interface Finding {
    severity: Severity;
    /** Stable, kebab-case: what kind of finding (docs/access-patterns.md lists them). */
    code: string;
    message: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
    return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity] += 1;
    return counts;
}
