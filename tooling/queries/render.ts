/**
 * The access-pattern analysis for people: per container its capacity, its queries with routing
 * and findings, index advice; then caching; then a count. Printed by `npm run plan`.
 */
import type { IndexAdviceEntry } from "./advice";
import type { AccessPatternAnalysis } from "./analysis";
import type { QueryEntry } from "./analyze";
import type { CachingSection } from "./caching";
import type { CapacityEntry } from "./capacity";
import { allFindings } from "./analysis";
import { countBySeverity, Finding, sortFindings } from "./findings";
import { containerKey } from "./records";

function findingLines(findings: readonly Finding[], indent: string): string[] {
    return sortFindings(findings).map((f) => `${indent}${f.severity.padEnd(7)} ${f.code}: ${f.message}`);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function containerLines(cap: CapacityEntry, queries: readonly QueryEntry[], advice: IndexAdviceEntry | undefined): string[] {
    const lines: string[] = [];
    const t = cap.throughput;
    const throughput =
        t.ceilingRUs !== undefined ? `${t.mode === "shared" ? "shared " : ""}${t.autoscale ? "autoscale max" : "manual"} ${t.ceilingRUs} RU/s` : t.mode;
    lines.push("", `${containerKey(cap)}  ${throughput}; ${plural(cap.physicalPartitions, "physical partition")}`);
    if (cap.declared) {
        const costs = cap.costs;
        const parts = [
            `largest logical partition ${cap.logicalPartition?.largestGB} GB of 20`,
            ...(cap.hotPartition ? [`busiest key ${cap.hotPartition.hottestKeyRUs} RU/s of ${cap.hotPartition.perPartitionRUs} per partition`] : []),
            ...(cap.recommendation ? [`capacity: ${cap.recommendation.mode}`] : []),
        ];
        lines.push(`  ${parts.join("; ")}`);
        if (costs) {
            const serverless = "monthlyUSD" in costs.serverless ? `$${costs.serverless.monthlyUSD}` : "n/a";
            lines.push(
                `  monthly: manual $${costs.manual.monthlyUSD} (${costs.manual.throughputRUs} RU/s), autoscale $${costs.autoscale.monthlyUSD} (max ${costs.autoscale.maxThroughputRUs}), serverless ${serverless}${costs.currentMonthlyUSD !== undefined ? `; as configured $${costs.currentMonthlyUSD}` : ""}`,
            );
        }
    }
    lines.push(...findingLines(cap.findings, "  "));
    for (const q of queries) {
        const fixed = q.partitionKeyFixed.length > 0 ? ` on ${q.partitionKeyFixed.join(",")}` : ` fan-out ${q.fanOut}`;
        lines.push(`  query ${q.name}: ${q.routing}${fixed}; ${q.callsPerSecond}/s; ${q.ruPerCall.measured ? "" : "~"}${q.ruPerCall.value} RU per call`);
        lines.push(...findingLines(q.findings, "    "));
    }
    if (advice) {
        lines.push(
            `  minimal index: ${advice.minimalPolicy.includedPaths.map((p) => p.path).join(" ") || "(none)"}${advice.minimalPolicy.compositeIndexes ? ` + ${plural(advice.minimalPolicy.compositeIndexes.length, "composite")}` : ""}; write ~${advice.writeRUs.current} RU now, ~${advice.writeRUs.minimal} RU minimal`,
        );
        lines.push(...findingLines(advice.findings, "    "));
    }
    return lines;
}

function cachingLines(c: CachingSection): string[] {
    const lines = [
        "",
        `Integrated cache (${c.gateway.configured ? "configured" : "not configured; evaluated"}: ${c.gateway.instances} × ${c.gateway.size}, $${c.gateway.monthlyUSD}/month): saves ~${c.savedRUs} RU/s, ~$${c.savedMonthlyUSD}/month: ${c.verdict}`,
    ];
    for (const x of c.candidates.filter((y) => y.hitRatio > 0)) {
        lines.push(
            `  ${x.database}/${x.container} ${x.read}: MaxIntegratedCacheStaleness ${x.stalenessSeconds} s, hit ratio ~${Math.round(x.hitRatio * 100)}%, saves ~${x.savedRUs} RU/s`,
        );
    }
    lines.push(...findingLines(c.findings, "  "));
    return lines;
}

/** True when the analysis is of a stack with several accounts (its entries name their account). */
export function namesAccounts(a: Pick<AccessPatternAnalysis, "caching">): boolean {
    return a.caching.some((c) => c.account !== undefined);
}

export function renderAccessPatterns(a: AccessPatternAnalysis, source: string): string {
    const lines = [`Access patterns on ${source} (declared queries and workload against the container records)`];
    const queriesOf = new Map<string, QueryEntry[]>();
    for (const q of a.queries) {
        const list = queriesOf.get(containerKey(q)) ?? [];
        list.push(q);
        queriesOf.set(containerKey(q), list);
    }
    const adviceOf = new Map(a.indexAdvice.map((x) => [containerKey(x), x]));
    const containers = (caps: readonly CapacityEntry[]) =>
        caps.flatMap((cap) => containerLines(cap, queriesOf.get(containerKey(cap)) ?? [], adviceOf.get(containerKey(cap))));
    if (namesAccounts(a)) {
        // One section per account: its containers, then its integrated-cache advice.
        const accounts = new Set(a.caching.map((c) => c.account));
        for (const section of a.caching) {
            lines.push(
                "",
                `== Account ${section.account} ==`,
                ...containers(a.capacity.filter((cap) => cap.account === section.account)),
                ...cachingLines(section),
            );
        }
        const orphans = a.capacity.filter((cap) => !accounts.has(cap.account));
        if (orphans.length > 0) lines.push("", "== Containers whose account the records do not name ==", ...containers(orphans));
    } else {
        lines.push(...containers(a.capacity));
        for (const section of a.caching) lines.push(...cachingLines(section));
    }
    lines.push(...findingLines(a.unmatched, ""));
    const counts = countBySeverity(allFindings(a));
    lines.push(
        "",
        `${a.queries.length} quer${a.queries.length === 1 ? "y" : "ies"} on ${plural(a.capacity.filter((x) => x.declared).length, "declared container")}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`,
    );
    return lines.join("\n");
}

/**
 * Markdown lines for the pull-request report's "Access patterns" block (review/report.ts
 * `StackReport.notes`): each error and warning with where it is, then the counts.
 */
export function accessPatternNotes(a: AccessPatternAnalysis): string[] {
    const where = (x: { account?: string; database: string; container: string }, what?: string) => `\`${containerKey(x)}\`${what ? ` ${what}` : ""}`;
    const lines: string[] = [];
    const add = (place: string, findings: readonly Finding[]) => {
        for (const f of sortFindings(findings).filter((x) => x.severity !== "info")) lines.push(`- **${f.severity}** ${place} \`${f.code}\`: ${f.message}`);
    };
    for (const q of a.queries) add(where(q, `query \`${q.name}\``), q.findings);
    for (const c of a.capacity) add(where(c), c.findings);
    for (const i of a.indexAdvice) add(where(i), i.findings);
    for (const c of a.caching) add(c.account !== undefined ? `integrated cache of \`${c.account}\`` : "integrated cache", c.findings);
    add("declarations", a.unmatched);
    const counts = countBySeverity(allFindings(a));
    lines.push(
        `- ${a.queries.length} declared quer${a.queries.length === 1 ? "y" : "ies"}: ${plural(counts.error, "error")} (rejected at run time: the plan exits 1), ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")} (see \`npm run plan\`)`,
    );
    return lines;
}
