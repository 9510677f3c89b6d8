/**
 * What adopt prints: what was adopted, what is not modelled, which policies the adopted estate
 * violates today (also written at the top of the stack file), and the next steps.
 */
import type { PackRun } from "../review/policy/run";
import type { ResourceRecord } from "../model/plan-record";
import { shortType, STACK_TYPE } from "../model/types";
import { AccountDraft } from "./model";

function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

function resourceLabel(urn: string, records: readonly ResourceRecord[]): string {
    const r = records.find((x) => x.urn === urn);
    if (!r || r.type === STACK_TYPE) return "the stack";
    return `${shortType(r.type).replace(/^cosmosdb:/, "")} ${r.name}`;
}

/** Policy violations: lines for the stack file's header and for the summary. */
export function policyLines(run: PackRun, records: readonly ResourceRecord[]): { header: string[]; summary: string[] } {
    const violations = [...run.result.violations].sort((a, b) => (a.level === b.level ? 0 : a.level === "mandatory" ? -1 : 1));
    const lines = violations.map((v) => `${v.level} ${v.policy} (${resourceLabel(v.urn, records)}): ${v.message}`);
    const source = `policy pack ${run.pack}, config ${run.config ?? "(rule defaults)"}`;
    if (lines.length === 0) return { header: [`No policy of the ${source} is violated.`], summary: [`Policies: none violated (${source}).`] };
    return {
        header: [`Policies the adopted estate violates today (${source}):`, ...lines.map((l) => `  - ${l}`)],
        summary: [`Policies the adopted estate violates today (${source}):`, ...lines.map((l) => `  ${l}`)],
    };
}

export const summaryLines = {
    notes(notes: readonly string[]): string[] {
        return notes.length ? ["Not modelled (not adopted, or ignored):", ...notes.map((n) => `  - ${n}`)] : [];
    },

    success(s: {
        stack: string;
        stackFile: string;
        drafts: readonly AccountDraft[];
        scripts: readonly string[];
        matched: number;
        notes: readonly string[];
        policy: readonly string[];
        standardTags: boolean;
    }): string[] {
        const lines = [`Adopted into ${s.stackFile}:`];
        for (const d of s.drafts) {
            const c = d.counts;
            const regions = ((d.config.account as { regions?: unknown[] }).regions ?? []).length;
            const also = [
                ...(c.privateEndpoints ? [plural(c.privateEndpoints, "private endpoint")] : []),
                ...(c.controlRoles ? [plural(c.controlRoles, "control-plane role assignment")] : []),
                ...(d.adopted?.diagnosticSetting ? [`diagnostic setting '${d.adopted.diagnosticSetting}'`] : []),
                ...(d.adopted?.lock ? [`delete lock '${d.adopted.lock}'`] : []),
                ...((d.config.security as { customerManagedKey?: unknown } | undefined)?.customerManagedKey ? ["customer-managed key"] : []),
            ];
            lines.push(
                `  account ${d.name} (resource group ${d.resourceGroup}): ${plural(regions, "region")}, ${plural(c.databases, "database")}, ${plural(c.containers, "container")}, ${plural(c.scripts, "script")}, ${plural(c.customRoles, "custom role")}, ${plural(c.dataRoles, "data-plane role assignment")}${also.length ? `; also ${also.join(", ")}` : ""}`,
            );
        }
        if (s.scripts.length)
            lines.push(`  script bodies written to ${s.scripts.length === 1 ? s.scripts[0] : `${plural(s.scripts.length, "file")} under scripts/adopted/`}`);
        lines.push(`Round trip: ${plural(s.matched, "resource")} planned for import, each with the inputs Azure stores; nothing to create, update or replace.`);
        if (!s.standardTags) lines.push("Tags: kept as they are (standardTags: false); turning the standard tags on later updates every resource's tags.");
        lines.push(...summaryLines.notes(s.notes), ...s.policy);
        lines.push(
            "Next (docs/runbooks/adopt.md):",
            `  pulumi stack init ${s.stack}, then pulumi preview --stack ${s.stack}: every resource shows as "import", nothing else`,
            `  pulumi up --stack ${s.stack}, then remove cosmos-platform:import from ${s.stackFile} and preview again: no changes`,
        );
        return lines;
    },
};
