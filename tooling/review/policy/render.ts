/**
 * What the policy run shows: the JSON document (`--json`, and the plan's `policy` section) and
 * the human report, violations grouped by resource.
 */
import { PackRun } from "./run";
import { groupByAccount, indexAccounts } from "../../model/accounts";
import { PolicyRecord } from "../../model/records";
import { shortType, STACK_TYPE } from "../../model/types";

export interface PolicySection {
    pack: string;
    config: string | null;
    violations: { policy: string; level: "advisory" | "mandatory"; urn: string; message: string }[];
    notJudged: { policy: string; urn: string; reason: string }[];
}

export function policySection(run: PackRun): PolicySection {
    return {
        pack: run.pack,
        config: run.config,
        violations: run.result.violations.map(({ policy, level, urn, message }) => ({ policy, level, urn, message })),
        notJudged: run.result.notJudged.map(({ policy, urn, reason }) => ({ policy, urn, reason })),
    };
}

export const hasMandatory = (section: PolicySection): boolean => section.violations.some((v) => v.level === "mandatory");

function resourceLabel(urn: string, byUrn: Map<string, PolicyRecord>): string {
    const r = byUrn.get(urn);
    if (!r) return urn === "" ? "stack" : urn;
    if (r.type === STACK_TYPE) return `stack ${r.name}`;
    return `${shortType(r.type)} ${r.name}`;
}

/** Violations grouped by resource (in record order), then what could not be judged, then a count. */
export function renderPolicy(section: PolicySection, records: readonly PolicyRecord[], source: string): string {
    const byUrn = new Map(records.map((r) => [r.urn, r]));
    const order = new Map(records.map((r, i) => [r.urn, i]));
    const lines = [`Policy pack ${section.pack} on ${source}, config ${section.config ?? "(rule defaults)"}`];
    const groups = new Map<string, PolicySection["violations"]>();
    for (const v of section.violations) groups.set(v.urn, [...(groups.get(v.urn) ?? []), v]);
    const urns = [...groups.keys()].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
    for (const urn of urns) {
        lines.push("", resourceLabel(urn, byUrn));
        for (const v of groups.get(urn) ?? []) lines.push(`  ${v.level.padEnd(9)} ${v.policy}: ${v.message}`);
    }
    if (section.notJudged.length) {
        lines.push("", "Not judged (a value known only after apply, or not carried by this input):");
        for (const n of section.notJudged) lines.push(`  ${n.policy} on ${resourceLabel(n.urn, byUrn)}: ${n.reason}`);
    }
    const mandatory = section.violations.filter((v) => v.level === "mandatory").length;
    const advisory = section.violations.length - mandatory;
    lines.push(
        "",
        section.violations.length === 0
            ? `No violations; ${section.notJudged.length} not judged`
            : `${mandatory} mandatory, ${advisory} advisory violation${advisory === 1 ? "" : "s"}; ${section.notJudged.length} not judged`,
    );
    // Several accounts: each account's own count (every account is judged on its own).
    const index = indexAccounts(records);
    if (index.multi) {
        for (const g of groupByAccount(section.violations, index.names, (v) => index.of(v.urn))) {
            const m = g.items.filter((v) => v.level === "mandatory").length;
            lines.push(`  ${g.account !== undefined ? `account ${g.account}` : "stack level"}: ${m} mandatory, ${g.items.length - m} advisory`);
        }
    }
    return lines.join("\n");
}
