/**
 * The pull-request report: one Markdown document with, per stack, the summary counts, the diff
 * (data loss and warnings first), policy results, cost and cost delta, and a Mermaid diagram of
 * the topology. Pure: it renders what the other tools computed.
 */
import { describeProperty, groupChanges, shortName, shortType, summariseList } from "./change-text";
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

/**
 * GitHub's API refuses a longer comment body with 422 "Body is too long (maximum is 65536
 * characters)" (as reported in e.g. https://github.com/telia-oss/github-pr-resource/issues/259).
 * The report is kept under that many UTF-8 bytes, which are never fewer than its characters.
 */
export const COMMENT_LIMIT = 65_536;

/** How much of each long list the report shows; the rest is summarised with a count. */
export interface ReportLimits {
    /** Rows of the change table (rows with data loss are always shown). */
    changeRows: number;
    propertiesPerRow: number;
    namesPerRow: number;
    /** Names listed per resource type in the "to create" list. */
    createdPerType: number;
    costLines: number;
    violations: number;
    /** Containers drawn per database in the diagram. */
    containersPerDatabase: number;
    /** Characters of one value before or after a change. */
    valueChars: number;
}

export const NORMAL_LIMITS: ReportLimits = { changeRows: 50, propertiesPerRow: 6, namesPerRow: 5, createdPerType: 20, costLines: 30, violations: 50, containersPerDatabase: 15, valueChars: 60 };
/** Used when the normal report of every stack together would not fit in one comment. */
export const COMPACT_LIMITS: ReportLimits = { changeRows: 15, propertiesPerRow: 3, namesPerRow: 3, createdPerType: 5, costLines: 10, violations: 15, containersPerDatabase: 5, valueChars: 40 };

const id = (text: string) => text.replace(/[^A-Za-z0-9]/g, "_");
const label = (text: string) => text.replace(/"/g, "'");
const short = shortName;
const usd = (n: number) => `$${n.toFixed(2)}`;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A Mermaid flowchart of regions, networks and endpoints, databases and containers, and alert routing. */
export function topologyDiagram(records: readonly PolicyRecord[], containersPerDatabase = Infinity): string {
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
        const containers = of("cosmosdb:SqlResourceSqlContainer").filter((c) => c.name.startsWith(`${db.name}/`));
        for (const c of containers.slice(0, containersPerDatabase)) {
            const paths = (get(c.inputs, "resource", "partitionKey", "paths") as string[] | undefined) ?? [];
            lines.push(`    c_${id(c.name)}["${label(c.name.slice(db.name.length + 1))}<br/>${label(paths.join(", "))}"]`);
        }
        if (containers.length > containersPerDatabase) lines.push(`    more_${id(db.name)}["… and ${containers.length - containersPerDatabase} more containers"]`);
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

function changeRows(changes: readonly Change[], limits: ReportLimits): string[] {
    const rows: string[] = [];
    let hidden = 0;
    for (const g of groupChanges(changes)) {
        if (!g.dataLoss && rows.length >= limits.changeRows) {
            hidden += g.urns.length;
            continue;
        }
        const flags = [g.dataLoss ? "**DATA LOSS**" : "", ...g.warnings.map((w) => `warning: ${cell(w)}`)].filter(Boolean);
        const props = g.properties.slice(0, limits.propertiesPerRow).map((p) => describeProperty(p, "markdown", limits.valueChars));
        if (g.properties.length > limits.propertiesPerRow) props.push(`and ${g.properties.length - limits.propertiesPerRow} more`);
        const names = g.urns.map((u) => `\`${short(u)}\``);
        const who = g.urns.length === 1 ? names[0] : `${g.urns.length}: ${summariseList(names, limits.namesPerRow)}`;
        rows.push(`| ${g.kind} | ${who} | ${shortType(g.type)} | ${props.join("<br/>")} | ${flags.join("<br/>")} |`);
    }
    if (hidden > 0) rows.push(`| … | ${hidden} more changed resources | | | the \`--json\` output lists every change |`);
    return rows;
}

function createdList(created: readonly Change[], limits: ReportLimits): string[] {
    const byType = new Map<string, string[]>();
    for (const c of created) byType.set(c.type, (byType.get(c.type) ?? []).concat(`\`${short(c.urn)}\``));
    return [...byType].map(([type, names]) => `- ${shortType(type)} (${names.length}): ${summariseList(names, limits.createdPerType)}`);
}

/** Cost lines, those with the same item, basis and amount in one row with a count (500 containers at one size are one row). */
function costRows(cost: CostEstimate, limits: ReportLimits): string[] {
    const groups = new Map<string, CostEstimate["lines"]>();
    for (const l of cost.lines) {
        const key = JSON.stringify([l.item, l.basis, l.monthly]);
        groups.set(key, (groups.get(key) ?? []).concat(l));
    }
    const rows = [...groups.values()].map((g) => {
        const names = g.map((l) => `\`${l.name}\``);
        const total = g.length === 1 ? usd(g[0].monthly) : `${usd(g[0].monthly * g.length)} (${g.length} × ${usd(g[0].monthly)})`;
        return `| ${total} | ${g.length === 1 ? names[0] : `${g.length}: ${summariseList(names, limits.namesPerRow)}`} | ${g[0].item} | ${g[0].basis} |`;
    });
    if (rows.length <= limits.costLines) return rows;
    const rest = [...groups.values()].slice(limits.costLines).flat();
    return [...rows.slice(0, limits.costLines), `| ${usd(rest.reduce((sum, l) => sum + l.monthly, 0))} | … ${rest.length} more | | |`];
}

export function renderStackReport(s: StackReport, limits: ReportLimits = NORMAL_LIMITS): string {
    const out = [`## Stack \`${s.stack}\``, ""];
    const m = s.summary;
    out.push(`**${m.create}** to create, **${m.update}** to update, **${m.replace}** to replace, **${m.delete}** to delete; **${m.dataLoss}** with data loss, **${m.warnings}** warnings.`, "");
    if (m.dataLoss > 0) out.push("> [!CAUTION]", `> ${m.dataLoss} change(s) would destroy data. In prod, protection makes the engine refuse them; do not unprotect without the runbook.`, "");
    const notable = s.changes.filter((c) => c.kind !== "create" || c.warnings.length > 0);
    if (notable.length > 0) {
        out.push("| change | resource | type | before → after | notes |", "|---|---|---|---|---|", ...changeRows(notable, limits), "");
    }
    const created = s.changes.filter((c) => c.kind === "create" && c.warnings.length === 0);
    if (created.length > 0) out.push(`<details><summary>${created.length} resource(s) to create</summary>`, "", ...createdList(created, limits), "", "</details>", "");
    if (s.policy) {
        const v = s.policy.violations;
        out.push(`### Policy: ${v.filter((x) => x.level === "mandatory").length} mandatory, ${v.filter((x) => x.level === "advisory").length} advisory`, "");
        if (v.length > 0) {
            out.push("| level | policy | resource | message |", "|---|---|---|---|", ...v.slice(0, limits.violations).map((x) => `| ${x.level} | ${x.policy} | \`${short(x.urn)}\` | ${cell(x.message)} |`));
            if (v.length > limits.violations) out.push(`| … | ${v.length - limits.violations} more violations | | the \`--json\` output lists every one |`);
            out.push("");
        }
    }
    if (s.azurePolicy) out.push(renderAzurePolicyMarkdown(s.azurePolicy, s.records));
    const delta = s.baseCost ? s.cost.monthly - s.baseCost.monthly : undefined;
    out.push(`### Cost: ${usd(s.cost.monthly)} a month${delta !== undefined ? ` (${delta >= 0 ? "+" : "-"}${usd(Math.abs(delta))} vs base)` : ""}`, "");
    if (s.cost.budget) out.push(`Budget ${usd(s.cost.budget.amount)}: the estimate is ${Math.round(s.cost.budget.share * 100)} % of it.`, "");
    out.push("| monthly | resource | item | basis |", "|---:|---|---|---|", ...costRows(s.cost, limits), "");
    out.push("<details><summary>Assumptions</summary>", "", ...s.cost.assumptions.map((a) => `- ${a}`), "", "</details>", "");
    if (s.notes && s.notes.length > 0) out.push("### Access patterns", "", ...s.notes, "");
    out.push("### Topology", "", topologyDiagram(s.records, limits.containersPerDatabase), "");
    return out.join("\n");
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * The first lines of `markdown` that fit in `maxBytes` with a closing note, with any open code
 * fence or <details> closed so the cut does not swallow the note.
 */
export function truncateMarkdown(markdown: string, maxBytes: number, note: string): string {
    const closers = (fence: boolean, details: number): string[] => [...(fence ? ["```"] : []), ...Array<string>(details).fill("</details>")];
    const tail = (fence: boolean, details: number): string => ["", ...closers(fence, details), "", "> [!WARNING]", `> ${note}`, ""].join("\n");
    const kept: string[] = [];
    let fence = false;
    let details = 0;
    let size = 0;
    for (const line of markdown.split("\n")) {
        const nextFence: boolean = line.startsWith("```") ? !fence : fence;
        const nextDetails = Math.max(0, details + (line.startsWith("<details>") ? 1 : 0) - (line.startsWith("</details>") ? 1 : 0));
        // Keep the line only if there is still room, with it, to close what is open and add the note.
        if (size + bytes(line) + 1 + bytes(tail(nextFence, nextDetails)) > maxBytes) break;
        kept.push(line);
        size += bytes(line) + 1;
        fence = nextFence;
        details = nextDetails;
    }
    return `${kept.join("\n")}${tail(fence, details)}`;
}

/**
 * The whole comment. When the stacks' reports with the normal limits would pass GitHub's comment
 * limit, they are rendered compact (shorter lists, more counts); if even that does not fit, the
 * report is cut with a note pointing to the full one.
 */
export function renderReport(stacks: readonly StackReport[], baseLabel: string, maxBytes = COMMENT_LIMIT): string {
    const render = (limits: ReportLimits) =>
        [REPORT_MARKER, "# cosmos-platform review", "", `Offline plan of this branch against \`${baseLabel}\`; nothing was sent to Azure.`, "", ...stacks.map((s) => renderStackReport(s, limits))].join("\n");
    const normal = render(NORMAL_LIMITS);
    if (bytes(normal) < maxBytes) return normal;
    const compact = render(COMPACT_LIMITS);
    if (bytes(compact) < maxBytes) return compact;
    return truncateMarkdown(compact, maxBytes - 1, `The report is cut here to fit GitHub's comment limit of ${COMMENT_LIMIT} characters; the workflow's \`offline-review\` artifact has it whole, and the \`--json\` output lists every change.`);
}
