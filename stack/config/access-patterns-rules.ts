/**
 * Cross-field rules of access-pattern declarations: each query's SQL parses (a syntax error
 * names the line and column), its parameters match the declared ones, names are unique, and
 * the workload figures agree with each other. Index and routing verdicts are not config errors:
 * they come from the plan's analysis (queries/), which reads the container records.
 */
import { parseQuery, QuerySyntaxError } from "../queries/parser";
import { parametersOf } from "../queries/shape";
import { PathSegment } from "../../components/shared/errors";
import { AccountView } from "./schema";

import type { Report } from "./security-rules";

export function accessPatternRules(cfg: AccountView, report: Report): void {
    cfg.databases.forEach((db, i) => {
        db.containers.forEach((c, j) => {
            const patterns = c.accessPatterns;
            if (!patterns) return;
            const at = (...rest: PathSegment[]): PathSegment[] => ["databases", i, "containers", j, "accessPatterns", ...rest];
            if (patterns.averageRUs !== undefined && patterns.averageRUs > patterns.peakRUs) {
                report(at("averageRUs"), `averageRUs (${patterns.averageRUs}) is above peakRUs (${patterns.peakRUs}); the average is at most the peak`);
            }
            if (patterns.hotKeyShare !== undefined && patterns.hotKeyShare < 1 / patterns.partitionKeyCardinality) {
                report(
                    at("hotKeyShare"),
                    `hotKeyShare ${patterns.hotKeyShare} is below 1 / partitionKeyCardinality (${1 / patterns.partitionKeyCardinality}): the busiest of ${patterns.partitionKeyCardinality} values holds at least an even share`,
                );
            }
            const seen = new Map<string, number>();
            (patterns.queries ?? []).forEach((q, k) => {
                const first = seen.get(q.name);
                if (first !== undefined) {
                    report(
                        at("queries", k, "name"),
                        `query '${q.name}' is declared twice in container '${c.name}' (also at queries[${first}]); query names are unique per container`,
                    );
                } else {
                    seen.set(q.name, k);
                }
                let used: string[];
                try {
                    used = parametersOf(parseQuery(q.sql));
                } catch (e) {
                    if (!(e instanceof QuerySyntaxError)) throw e;
                    report(at("queries", k, "sql"), `query '${q.name}' is not valid Cosmos DB SQL: ${e.message}`);
                    return;
                }
                const declared = Object.keys(q.parameters ?? {});
                const missing = used.filter((p) => !declared.includes(p));
                const unused = declared.filter((p) => !used.includes(p));
                if (missing.length > 0) {
                    report(
                        at("queries", k, "parameters"),
                        `query '${q.name}' uses ${missing.join(", ")} but parameters does not declare ${missing.length === 1 ? "it" : "them"}; declared: ${declared.join(", ") || "none"}`,
                    );
                }
                for (const p of unused) {
                    report(
                        at("queries", k, "parameters", p),
                        `query '${q.name}' does not use ${p}; parameters lists exactly the ones the query uses: ${used.join(", ") || "none"}`,
                    );
                }
            });
        });
    });
}
