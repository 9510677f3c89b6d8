/**
 * The pull-request report: one Markdown document with, per stack, the summary counts, the diff
 * (data loss and warnings first), policy results, cost and cost delta, and a Mermaid diagram of
 * the topology. Pure: it renders what the other tools computed.
 */
import { CostEstimate } from "./cost";
import { Change, DiffSummary } from "./diff";
import { get, Json } from "./json";
import { PolicyRecord } from "./records";
import { PolicySection } from "./policy/render";
import { AzurePolicySection } from "./azure-policy/evaluate";
import { renderAzurePolicyMarkdown } from "./azure-policy/render";

export interface StackReport {
    stack: string;
    changes: Change[];
    summary: DiffSummary;
    policy?: PolicySection;
    cost: CostEstimate;
    baseCost?: CostEstimate;
    records: readonly PolicyRecord[];
    /** Runtime-rejected queries and other findings from the plan, already rendered. */
    notes?: string[];
    /** The tenant's Azure Policy on this stack, when the project keeps it (azure-policy/). */
    azurePolicy?: AzurePolicySection;
}

/** The marker that lets CI find and update its own comment instead of adding a new one. */
export const REPORT_MARKER = "<!-- cosmos-platform-review -->";

const id = (text: string) => text.replace(/[^A-Za-z0-9]/g, "_");
const label = (text: string) => text.replace(/"/g, "'");
const short = (urn: string) => urn.split("::").pop() ?? urn;
const usd = (n: number) => `$${n.toFixed(2)}`;

/** A Mermaid flowchart of regions, networks and endpoints, databases and containers, and alert routing. */
export function topologyDiagram(records: readonly PolicyRecord[]): string {
    const lines = ["```mermaid", "flowchart LR"];
    const of = (type: string) => records.filter((r) => r.type === `azure-native:${type}`);
    for (const account of of("cosmosdb:DatabaseAccount")) {
        const a = id(account.name);
        lines.push(`  subgraph ${a}["account ${label(account.name)}"]`);
        for (const l of ((get(account.inputs, "locations") as Json[] | undefined) ?? [])) {
            const role = Number(l.failoverPriority) === 0 ? "write" : `failover ${String(l.failoverPriority)}`;
            lines.push(`    ${a}_${id(String(l.locationName))}["${label(String(l.locationName))} (${role}${l.isZoneRedundant ? ", zones" : ""})"]`);
        }
        lines.push("  end");
    }
    const accountNode = of("cosmosdb:DatabaseAccount")[0];
    for (const db of of("cosmosdb:SqlResourceSqlDatabase")) {
        lines.push(`  subgraph db_${id(db.name)}["database ${label(db.name)}"]`);
        for (const c of of("cosmosdb:SqlResourceSqlContainer").filter((c) => c.name.startsWith(`${db.name}/`))) {
            const paths = (get(c.inputs, "resource", "partitionKey", "paths") as string[] | undefined) ?? [];
            lines.push(`    c_${id(c.name)}["${label(c.name.slice(db.name.length + 1))}<br/>${label(paths.join(", "))}"]`);
        }
        lines.push("  end");
        if (accountNode) lines.push(`  ${id(accountNode.name)} --> db_${id(db.name)}`);
    }
    for (const vnet of of("network:VirtualNetwork")) lines.push(`  vnet_${id(vnet.name)}[("vnet ${label(vnet.name)}")]`);
    for (const pe of of("network:PrivateEndpoint")) {
        lines.push(`  pe_${id(pe.name)}{{"private endpoint ${label(pe.name)}"}}`);
        const vnet = of("network:VirtualNetwork").find((v) => pe.dependencies.includes(v.urn));
        if (vnet) lines.push(`  vnet_${id(vnet.name)} --- pe_${id(pe.name)}`);
        if (accountNode) lines.push(`  pe_${id(pe.name)} --> ${id(accountNode.name)}`);
    }
    const alerts = records.filter((r) => /^azure-native:monitor:(MetricAlert|ActivityLogAlert|ScheduledQueryRule)$/.test(r.type));
    for (const group of of("monitor:ActionGroup")) {
        const routed = alerts.filter((a) => a.dependencies.includes(group.urn)).length;
        lines.push(`  ag_${id(group.name)}(["${label(group.name)}"])`);
        if (accountNode) lines.push(`  ${id(accountNode.name)} -. "${routed} alerts" .-> ag_${id(group.name)}`);
    }
    lines.push("```");
    return lines.join("\n");
}

function changeLine(c: Change): string {
    const flags = [c.dataLoss ? "**DATA LOSS**" : "", ...c.warnings.map((w) => `warning: ${w}`)].filter(Boolean);
    const props = c.properties.slice(0, 5).map((p) => `\`${p.path}\``).join(", ");
    const more = c.properties.length > 5 ? ` and ${c.properties.length - 5} more` : "";
    return `| ${c.kind} | \`${short(c.urn)}\` | ${c.type.replace(/^azure-native:/, "")} | ${props}${more} | ${flags.join("<br/>")} |`;
}

export function renderStackReport(s: StackReport): string {
    const out = [`## Stack \`${s.stack}\``, ""];
    const m = s.summary;
    out.push(`**${m.create}** to create, **${m.update}** to update, **${m.replace}** to replace, **${m.delete}** to delete; **${m.dataLoss}** with data loss, **${m.warnings}** warnings.`, "");
    if (m.dataLoss > 0) out.push("> [!CAUTION]", `> ${m.dataLoss} change(s) would destroy data. In prod, protection makes the engine refuse them; do not unprotect without the runbook.`, "");
    const notable = s.changes.filter((c) => c.kind !== "create" || c.warnings.length > 0);
    if (notable.length > 0) {
        out.push("| change | resource | type | properties | notes |", "|---|---|---|---|---|", ...notable.map(changeLine), "");
    }
    const created = s.changes.filter((c) => c.kind === "create" && c.warnings.length === 0);
    if (created.length > 0) out.push(`<details><summary>${created.length} resource(s) to create</summary>`, "", ...created.map((c) => `- \`${short(c.urn)}\` (${c.type.replace(/^azure-native:/, "")})`), "", "</details>", "");
    if (s.policy) {
        const v = s.policy.violations;
        out.push(`### Policy: ${v.filter((x) => x.level === "mandatory").length} mandatory, ${v.filter((x) => x.level === "advisory").length} advisory`, "");
        if (v.length > 0) out.push("| level | policy | resource | message |", "|---|---|---|---|", ...v.map((x) => `| ${x.level} | ${x.policy} | \`${short(x.urn)}\` | ${x.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`), "");
    }
    if (s.azurePolicy) out.push(renderAzurePolicyMarkdown(s.azurePolicy, s.records));
    const delta = s.baseCost ? s.cost.monthly - s.baseCost.monthly : undefined;
    out.push(`### Cost: ${usd(s.cost.monthly)} a month${delta !== undefined ? ` (${delta >= 0 ? "+" : "-"}${usd(Math.abs(delta))} vs base)` : ""}`, "");
    if (s.cost.budget) out.push(`Budget ${usd(s.cost.budget.amount)}: the estimate is ${Math.round(s.cost.budget.share * 100)} % of it.`, "");
    out.push("| monthly | resource | item | basis |", "|---:|---|---|---|", ...s.cost.lines.map((l) => `| ${usd(l.monthly)} | \`${l.name}\` | ${l.item} | ${l.basis} |`), "");
    out.push("<details><summary>Assumptions</summary>", "", ...s.cost.assumptions.map((a) => `- ${a}`), "", "</details>", "");
    if (s.notes && s.notes.length > 0) out.push("### Access patterns", "", ...s.notes, "");
    out.push("### Topology", "", topologyDiagram(s.records), "");
    return out.join("\n");
}

export function renderReport(stacks: readonly StackReport[], baseLabel: string): string {
    return [REPORT_MARKER, "# cosmos-platform review", "", `Offline plan of this branch against \`${baseLabel}\`; nothing was sent to Azure.`, "", ...stacks.map(renderStackReport)].join("\n");
}
