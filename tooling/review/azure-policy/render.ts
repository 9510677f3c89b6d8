/**
 * What the Azure Policy evaluation shows: the terminal report (findings grouped by resource,
 * compliant results counted), the Markdown section of the pull-request review, and the one
 * paragraph `npm run plan` prints.
 */
import { nameOfUrn, PolicyRecord } from "../../model/records";
import { shortType } from "../../model/types";
import { AzurePolicySection, Outcome, Result } from "./evaluate";

const ORDER: Outcome[] = ["deny", "denyAction", "append", "modify", "deployIfNotExists", "auditIfNotExists", "audit", "not-evaluated", "compliant"];

function resourceLabel(urn: string, byUrn: Map<string, PolicyRecord>): string {
    if (urn === "") return "all resources";
    const r = byUrn.get(urn);
    return r ? `${shortType(r.type)} ${r.name}` : nameOfUrn(urn);
}

/** The findings: everything that is not compliant, blocking first. */
export function findings(section: AzurePolicySection): Result[] {
    return section.results.filter((r) => r.outcome !== "compliant").sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome));
}

export function countsLine(section: AzurePolicySection): string {
    const parts = ORDER.filter((o) => section.summary[o]).map((o) => `${section.summary[o]} ${o}`);
    return parts.length ? parts.join(", ") : "no results";
}

const perpetual = (section: AzurePolicySection) => section.results.filter((r) => r.perpetualDiffs?.length);

/** The terminal report. */
export function renderAzurePolicy(section: AzurePolicySection, records: readonly PolicyRecord[], source: string): string {
    const byUrn = new Map(records.map((r) => [r.urn, r]));
    const lines = [
        `Azure Policy on ${source}: ${section.assignments ? `${section.assignments} assignment(s)` : "no assignments (each definition as if assigned with its defaults)"}, ${section.definitions} definition(s)`,
    ];
    const groups = new Map<string, Result[]>();
    for (const r of findings(section)) groups.set(r.urn, [...(groups.get(r.urn) ?? []), r]);
    for (const [urn, results] of groups) {
        lines.push("", resourceLabel(urn, byUrn));
        for (const r of results) {
            lines.push(`  ${r.outcome.padEnd(17)} ${r.definition} (${r.assignment}${r.effect ? `, effect ${r.effect}` : ""})`);
            lines.push(`  ${" ".repeat(17)} ${r.reason}`);
        }
    }
    const diffs = perpetual(section);
    if (diffs.length) {
        lines.push("", "Perpetual diffs (Azure rewrites a value the program sets; align the config or ask for an exemption):");
        for (const r of diffs)
            for (const d of r.perpetualDiffs ?? [])
                lines.push(
                    `  ${resourceLabel(r.urn, byUrn)}: ${d.property} program ${JSON.stringify(d.program)}, Azure ${JSON.stringify(d.policy)} (${r.definition})`,
                );
    }
    for (const n of section.notes) lines.push("", `Note: ${n}`);
    lines.push("", `${countsLine(section)}; ${section.blocking} would block the deployment`);
    return lines.join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The review's "Azure Policy" section (Markdown). */
export function renderAzurePolicyMarkdown(section: AzurePolicySection, records: readonly PolicyRecord[]): string {
    const byUrn = new Map(records.map((r) => [r.urn, r]));
    const out = [`### Azure Policy: ${section.blocking} blocking, ${countsLine(section)}`, ""];
    if (section.blocking > 0)
        out.push("> [!CAUTION]", `> ${section.blocking} result(s) would make Azure reject the deployment (RequestDisallowedByPolicy) partway through.`, "");
    const list = findings(section);
    if (list.length) {
        out.push("| outcome | resource | definition | assignment | why |", "|---|---|---|---|---|");
        for (const r of list)
            out.push(`| ${r.outcome} | \`${resourceLabel(r.urn, byUrn)}\` | ${cell(r.definition)} | ${cell(r.assignment)} | ${cell(r.reason)} |`);
        out.push("");
    }
    const diffs = perpetual(section);
    if (diffs.length) {
        out.push("**Perpetual diffs** (Azure rewrites a value the program sets):", "");
        for (const r of diffs)
            for (const d of r.perpetualDiffs ?? [])
                out.push(`- \`${resourceLabel(r.urn, byUrn)}\` \`${d.property}\`: program ${JSON.stringify(d.program)}, Azure ${JSON.stringify(d.policy)}`);
        out.push("");
    }
    for (const n of section.notes) out.push(`_${n}_`, "");
    return out.join("\n");
}

/** One paragraph for `npm run plan`. */
export function azurePolicySummary(section: AzurePolicySection): string {
    const blocking = findings(section).filter((r) => r.blocking);
    const diffs = perpetual(section).length;
    const head = `Azure Policy (${section.assignments || "no"} assignment(s), ${section.definitions} definition(s)): ${countsLine(section)}.`;
    const block = blocking.length
        ? ` ${blocking.length} would block the deployment: ${blocking
              .slice(0, 3)
              .map((r) => `${r.definition} on ${r.urn.split("::").pop()}`)
              .join("; ")}${blocking.length > 3 ? "; ..." : ""}.`
        : " Nothing would block the deployment.";
    return `${head}${block}${diffs ? ` ${diffs} perpetual diff(s).` : ""} Details: npm run azure-policy.`;
}
