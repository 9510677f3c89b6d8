/**
 * The pull-request report: one Markdown document with, per stack, the summary counts, the diff
 * (data loss and warnings first), policy results, cost and cost delta, and a Mermaid diagram of
 * the topology. Pure: it renders what the other tools computed.
 */
import { groupByAccount, indexAccounts } from "../model/accounts";
import { describeProperty, groupChanges, summariseList } from "./change-text";
import { nameOfUrn } from "../model/records";
import { shortType } from "../model/types";
import { CostEstimate, CostLine } from "./cost";
import { Change, countsText, DiffSummary, summariseChanges } from "./diff";
import { PolicyRecord } from "../model/records";
import { PolicySection } from "./policy/render";
import { AzurePolicySection } from "./azure-policy/evaluate";
import { renderAzurePolicyMarkdown } from "./azure-policy/render";
import { topologyDiagram } from "./topology";
import { TYPES } from "../model/types";

export { topologyDiagram } from "./topology";

export interface StackReport {
    stack: string;
    changes: Change[];
    summary: DiffSummary;
    policy?: PolicySection;
    cost: CostEstimate;
    baseCost?: CostEstimate;
    records: readonly PolicyRecord[];
    /** The base side's records: with several accounts, they say whose a deleted resource was. */
    baseRecords?: readonly PolicyRecord[];
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
    /** Access-pattern findings listed before "and N more". */
    notes: number;
    /** Stacks of several accounts: rows of the accounts table, accounts with a section of their own, and accounts drawn in full in the diagram (the rest as one node each, up to `accountNodes`). */
    accountRows: number;
    accountSections: number;
    accountsDrawn: number;
    accountNodes: number;
}

export const NORMAL_LIMITS: ReportLimits = {
    changeRows: 50,
    propertiesPerRow: 6,
    namesPerRow: 5,
    createdPerType: 20,
    costLines: 30,
    violations: 50,
    containersPerDatabase: 15,
    valueChars: 60,
    notes: 40,
    accountRows: 100,
    accountSections: 5,
    accountsDrawn: 5,
    accountNodes: 100,
};
/** Used when the normal report of every stack together would not fit in one comment. */
export const COMPACT_LIMITS: ReportLimits = {
    changeRows: 15,
    propertiesPerRow: 3,
    namesPerRow: 3,
    createdPerType: 5,
    costLines: 10,
    violations: 15,
    containersPerDatabase: 5,
    valueChars: 40,
    notes: 15,
    accountRows: 50,
    accountSections: 3,
    accountsDrawn: 3,
    accountNodes: 50,
};

const short = nameOfUrn;
const usd = (n: number) => `$${n.toFixed(2)}`;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

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
function costRows(lines: CostEstimate["lines"], limits: ReportLimits): string[] {
    const groups = new Map<string, CostEstimate["lines"]>();
    for (const l of lines) {
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

/** The change table (everything but plain creates and imports), then the lists of resources to import and to create. */
function changeLines(changes: readonly Change[], limits: ReportLimits): string[] {
    const out: string[] = [];
    const plain = (c: Change) => (c.kind === "create" || c.kind === "import") && c.warnings.length === 0;
    const notable = changes.filter((c) => !plain(c));
    if (notable.length > 0) {
        out.push("| change | resource | type | before → after | notes |", "|---|---|---|---|---|", ...changeRows(notable, limits), "");
    }
    const imported = changes.filter((c) => plain(c) && c.kind === "import");
    if (imported.length > 0)
        out.push(
            `<details><summary>${imported.length} existing resource(s) to import, as they are in Azure</summary>`,
            "",
            ...createdList(imported, limits),
            "",
            "</details>",
            "",
        );
    const created = changes.filter((c) => plain(c) && c.kind === "create");
    if (created.length > 0)
        out.push(`<details><summary>${created.length} resource(s) to create</summary>`, "", ...createdList(created, limits), "", "</details>", "");
    return out;
}

type Violation = PolicySection["violations"][number];

const policyCounts = (v: readonly Violation[]): string =>
    `${v.filter((x) => x.level === "mandatory").length} mandatory, ${v.filter((x) => x.level === "advisory").length} advisory`;

/** The violations table, cut at the limit. */
function violationLines(v: readonly Violation[], limits: ReportLimits): string[] {
    if (v.length === 0) return [];
    const out = [
        "| level | policy | resource | message |",
        "|---|---|---|---|",
        ...v.slice(0, limits.violations).map((x) => `| ${x.level} | ${x.policy} | \`${short(x.urn)}\` | ${cell(x.message)} |`),
    ];
    if (v.length > limits.violations) out.push(`| … | ${v.length - limits.violations} more violations | | the \`--json\` output lists every one |`);
    out.push("");
    return out;
}

const costTable = (lines: CostEstimate["lines"], limits: ReportLimits): string[] => [
    "| monthly | resource | item | basis |",
    "|---:|---|---|---|",
    ...costRows(lines, limits),
    "",
];

const budgetText = (budget: { amount: number; share: number }): string =>
    `Budget ${usd(budget.amount)}: the estimate is ${Math.round(budget.share * 100)} % of it.`;

export function renderStackReport(s: StackReport, limits: ReportLimits = NORMAL_LIMITS): string {
    if (indexAccounts(s.records).multi) return renderMultiAccountStack(s, limits);
    const out = [`## Stack \`${s.stack}\``, ""];
    out.push(...summaryLines(s.summary));
    out.push(...changeLines(s.changes, limits));
    if (s.policy) {
        out.push(`### Policy: ${policyCounts(s.policy.violations)}`, "");
        out.push(...violationLines(s.policy.violations, limits));
    }
    if (s.azurePolicy) out.push(renderAzurePolicyMarkdown(s.azurePolicy, s.records));
    out.push(`### Cost: ${usd(s.cost.monthly)} a month${costDelta(s)}`, "");
    if (s.cost.budget) out.push(budgetText(s.cost.budget), "");
    out.push(...costTable(s.cost.lines, limits));
    out.push(...assumptionLines(s.cost));
    if (s.notes && s.notes.length > 0) out.push("### Access patterns", "", ...noteLines(s.notes, limits), "");
    out.push("### Topology", "", topologyDiagram(s.records, limits.containersPerDatabase), "");
    return out.join("\n");
}

/** The counts of every change, and the caution when some lose data. */
function summaryLines(m: DiffSummary): string[] {
    const out = [`${countsText(m, true)}.`, ""];
    if (m.dataLoss > 0)
        out.push(
            "> [!CAUTION]",
            `> ${m.dataLoss} change(s) would destroy data. In prod, protection makes the engine refuse them; do not unprotect without the runbook.`,
            "",
        );
    return out;
}

function costDelta(s: Pick<StackReport, "cost" | "baseCost">): string {
    const delta = s.baseCost ? s.cost.monthly - s.baseCost.monthly : undefined;
    return delta !== undefined ? ` (${delta >= 0 ? "+" : "-"}${usd(Math.abs(delta))} vs base)` : "";
}

const assumptionLines = (cost: CostEstimate): string[] => [
    "<details><summary>Assumptions</summary>",
    "",
    ...cost.assumptions.map((a) => `- ${a}`),
    "",
    "</details>",
    "",
];

/** Access-pattern notes, cut at the limit (the last note is the count, always kept). */
function noteLines(notes: readonly string[], limits: ReportLimits): string[] {
    if (notes.length <= limits.notes + 1) return [...notes];
    const count = notes[notes.length - 1];
    return [...notes.slice(0, limits.notes), `- … and ${notes.length - 1 - limits.notes} more findings (see \`npm run plan\`)`, count];
}

interface AccountPart {
    /** Undefined: stack-level resources (the stack, shared resource groups). */
    account?: string;
    regions: string;
    changes: Change[];
    summary: DiffSummary;
    violations: Violation[];
    cost: CostLine[];
    monthly?: number;
    baseMonthly?: number;
    budget?: { amount: number; share: number };
}

/** The stack report split per account (tooling/model/accounts.ts says whose each resource is). */
function accountParts(s: StackReport): AccountPart[] {
    const index = indexAccounts([...(s.baseRecords ?? []), ...s.records]);
    const whose = (urn: string) => index.of(urn) ?? index.ofName(short(urn));
    const changes = groupByAccount(s.changes, index.names, (c) => whose(c.urn));
    const violations = groupByAccount(s.policy?.violations ?? [], index.names, (v) => whose(v.urn));
    const regions = new Map(
        s.records
            .filter((r) => r.type === TYPES.account)
            .map((r) => [
                index.of(r.urn),
                (Array.isArray(r.inputs.locations) ? r.inputs.locations : []).map((l) => String((l as { locationName?: unknown }).locationName)).join(", "),
            ]),
    );
    const subtotal = new Map((s.cost.accounts ?? []).map((a) => [a.account, a]));
    const baseSubtotal = new Map((s.baseCost?.accounts ?? []).map((a) => [a.account, a]));
    return [undefined, ...index.names].flatMap((account): AccountPart[] => {
        const mine = changes.find((g) => g.account === account)?.items ?? [];
        const v = violations.find((g) => g.account === account)?.items ?? [];
        if (account === undefined && mine.length === 0 && v.length === 0) return [];
        const sub = account !== undefined ? subtotal.get(account) : undefined;
        return [
            {
                account,
                regions: regions.get(account) ?? "",
                changes: mine,
                summary: summariseChanges(mine),
                violations: v,
                cost: s.cost.lines.filter((l) => l.account !== undefined && l.account === account),
                ...(sub ? { monthly: sub.monthly, ...(sub.budget ? { budget: sub.budget } : {}) } : {}),
                ...(account !== undefined && baseSubtotal.has(account) ? { baseMonthly: baseSubtotal.get(account)?.monthly } : {}),
            },
        ];
    });
}

const mandatoryOf = (p: AccountPart) => p.violations.filter((v) => v.level === "mandatory").length;
/** Data loss first, then mandatory violations, then changes other than creates, then warnings. */
const notability = (p: AccountPart): number[] => [
    p.summary.dataLoss,
    mandatoryOf(p),
    p.summary.update + p.summary.replace + p.summary.delete,
    p.summary.warnings,
    p.summary.create,
    p.summary.import ?? 0,
];

function byNotability(a: AccountPart, b: AccountPart): number {
    const x = notability(a);
    const y = notability(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return 0;
}

/** The create column, with what is imported beside it (an adopted account creates nothing). */
const createCell = (m: DiffSummary): string => `${m.create}${(m.import ?? 0) > 0 ? ` (+${m.import} to import)` : ""}`;

function accountRow(p: AccountPart): string {
    const m = p.summary;
    const delta =
        p.monthly !== undefined && p.baseMonthly !== undefined ? ` (${p.monthly >= p.baseMonthly ? "+" : "-"}${usd(Math.abs(p.monthly - p.baseMonthly))})` : "";
    const money =
        p.monthly !== undefined ? `${usd(p.monthly)}${delta}${p.budget ? `, ${Math.round(p.budget.share * 100)} % of ${usd(p.budget.amount)}` : ""}` : "";
    const name = p.account !== undefined ? `\`${p.account}\`` : "stack level";
    return `| ${name} | ${p.regions} | ${createCell(m)} | ${m.update} | ${m.replace} | ${m.delete} | ${m.dataLoss ? `**${m.dataLoss}**` : "0"} | ${policyCounts(p.violations)} | ${money} |`;
}

/** One row per account (stack level first), cut at the limit (accounts with data loss always shown) with a row that sums the rest. */
function accountsTable(parts: readonly AccountPart[], limits: ReportLimits): string[] {
    const out = ["| account | regions | create | update | replace | delete | data loss | policy | monthly |", "|---|---|---:|---:|---:|---:|---:|---|---:|"];
    const shown = parts.filter((p, i) => i < limits.accountRows || p.summary.dataLoss > 0);
    out.push(...shown.map(accountRow));
    const rest = parts.filter((p) => !shown.includes(p));
    if (rest.length > 0) {
        const m = summariseChanges(rest.flatMap((p) => p.changes));
        const monthly = rest.reduce((sum, p) => sum + (p.monthly ?? 0), 0);
        out.push(
            `| … ${rest.length} more accounts | | ${createCell(m)} | ${m.update} | ${m.replace} | ${m.delete} | ${m.dataLoss} | ${policyCounts(rest.flatMap((p) => p.violations))} | ${usd(monthly)} |`,
        );
    }
    return [...out, ""];
}

function accountSection(p: AccountPart, limits: ReportLimits): string[] {
    const out = [p.account !== undefined ? `### Account \`${p.account}\`` : "### Stack level", ""];
    const m = p.summary;
    out.push(`${countsText(m, true)}.`, "");
    out.push(...changeLines(p.changes, limits));
    if (p.violations.length > 0) out.push(`#### Policy: ${policyCounts(p.violations)}`, "", ...violationLines(p.violations, limits));
    if (p.monthly !== undefined) {
        out.push(`#### Cost: ${usd(p.monthly)} a month`, "");
        if (p.budget) out.push(budgetText(p.budget), "");
        if (p.cost.length > 0) out.push(...costTable(p.cost, limits));
    }
    return out;
}

/**
 * A stack of several accounts: the stack's counts, a table with one row per account, a section
 * per account (its changes, policy results and cost; past `accountSections`, only the most
 * notable accounts get one), then what belongs to the stack as a whole: Azure Policy, the total
 * cost, access-pattern findings (naming their account) and the topology of every account.
 */
function renderMultiAccountStack(s: StackReport, limits: ReportLimits): string {
    const parts = accountParts(s);
    const accounts = parts.filter((p) => p.account !== undefined);
    const out = [`## Stack \`${s.stack}\``, "", ...summaryLines(s.summary)];
    out.push(`### ${accounts.length} accounts${s.policy ? `; policy: ${policyCounts(s.policy.violations)}` : ""}`, "", ...accountsTable(parts, limits));
    const worth = parts.filter((p) => p.changes.length > 0 || p.violations.length > 0);
    // Most notable first (the sort is stable: plan order among equals).
    const shown = [...worth].sort(byNotability).slice(0, limits.accountSections);
    if (shown.length < worth.length) {
        out.push(
            `Sections follow for the ${shown.length} of ${worth.length} accounts with changes or violations that matter most (data loss, mandatory violations, updates first); the table has every account, and the \`--json\` output every change.`,
            "",
        );
    }
    for (const p of shown) out.push(...accountSection(p, limits));
    if (s.azurePolicy) out.push(renderAzurePolicyMarkdown(s.azurePolicy, s.records));
    out.push(`### Cost: ${usd(s.cost.monthly)} a month${costDelta(s)}`, "");
    const unowned = s.cost.lines.filter((l) => l.account === undefined);
    if (unowned.length > 0) out.push(...costTable(unowned, limits));
    out.push(...assumptionLines(s.cost));
    if (s.notes && s.notes.length > 0) out.push("### Access patterns", "", ...noteLines(s.notes, limits), "");
    const drawnFirst = shown.flatMap((p) => (p.account !== undefined ? [p.account] : []));
    out.push(
        "### Topology",
        "",
        topologyDiagram(s.records, limits.containersPerDatabase, { drawn: limits.accountsDrawn, nodes: limits.accountNodes, first: drawnFirst }),
        "",
    );
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
    return renderReportForm(stacks, baseLabel, maxBytes).markdown;
}

/** `renderReport`, saying which form fit: the normal limits, the compact ones, or a cut. */
export function renderReportForm(
    stacks: readonly StackReport[],
    baseLabel: string,
    maxBytes = COMMENT_LIMIT,
): { markdown: string; form: "normal" | "compact" | "cut" } {
    const render = (limits: ReportLimits) =>
        [
            REPORT_MARKER,
            "# cosmos-platform review",
            "",
            `Offline plan of this branch against \`${baseLabel}\`; nothing was sent to Azure.`,
            "",
            ...stacks.map((s) => renderStackReport(s, limits)),
        ].join("\n");
    const normal = render(NORMAL_LIMITS);
    if (bytes(normal) < maxBytes) return { markdown: normal, form: "normal" };
    const compact = render(COMPACT_LIMITS);
    if (bytes(compact) < maxBytes) return { markdown: compact, form: "compact" };
    const note = `The report is cut here to fit GitHub's comment limit of ${COMMENT_LIMIT} characters; the workflow's \`offline-review\` artifact has it whole, and the \`--json\` output lists every change.`;
    return { markdown: truncateMarkdown(compact, maxBytes - 1, note), form: "cut" };
}
