/**
 * The plan document (what `npm run plan -- --json` writes) and its human rendering.
 * Format: docs/plan-format.md.
 */
import type { IndexAdviceEntry } from "../queries/advice";
import type { QueryEntry } from "../queries/analyze";
import type { CachingSection } from "../queries/caching";
import type { CapacityEntry } from "../queries/capacity";
import type { ContainerDeclaration } from "../../stack/queries/declarations";
import type { PolicySection } from "./policy/render";
import type { CostEstimate } from "./cost";
import { groupByAccount, indexAccounts } from "../model/accounts";
import { get, valueText } from "../model/json";
import { PLAN_FORMAT_VERSION, ResourceRecord, UNKNOWN } from "../model/plan-record";
import { SynthResult } from "./synth";
import { shortType as modelShortType, TYPES } from "../model/types";

export { PLAN_FORMAT_VERSION };

export interface PlanSummary {
    resources: number;
    /** Azure (provider) resources; the rest are components and the stack. */
    azureResources: number;
    protected: number;
    byType: Record<string, number>;
    /** Per account, in a stack of several (tooling/model/accounts.ts says which resource is whose); stack-level resources are in no entry. */
    accounts?: AccountSummary[];
}

export interface AccountSummary {
    account: string;
    resources: number;
    azureResources: number;
    protected: number;
}

export interface PlanDocument {
    formatVersion: number;
    project: string;
    stack: string;
    summary: PlanSummary;
    resources: ResourceRecord[];
    outputs: Record<string, unknown>;
    /** The policy pack's results (added by `npm run plan`; see docs/policies.md). */
    policy?: PolicySection;
    /** Access patterns declared per container, from the stack config (docs/access-patterns.md). */
    accessPatterns?: ContainerDeclaration[];
    /** The access-pattern analysis: one entry per declared query, one per container, advice, caching. */
    queries?: QueryEntry[];
    capacity?: CapacityEntry[];
    indexAdvice?: IndexAdviceEntry[];
    /** Integrated-cache advice of a single-account stack. */
    caching?: CachingSection;
    /** Integrated-cache advice per account, in a stack of several (a dedicated gateway serves one account). */
    cachingByAccount?: CachingSection[];
    /** Monthly cost estimate at list prices (review/cost.ts). */
    cost?: CostEstimate;
}

const counts = (resources: readonly ResourceRecord[]) => ({
    resources: resources.length,
    azureResources: resources.filter((r) => r.custom).length,
    protected: resources.filter((r) => r.options.protect).length,
});

export function summarise(resources: readonly ResourceRecord[]): PlanSummary {
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + 1;
    const summary: PlanSummary = { ...counts(resources), byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
    const index = indexAccounts(resources);
    if (!index.multi) return summary;
    const groups = groupByAccount(resources, index.names, (r) => index.of(r.urn));
    return { ...summary, accounts: groups.flatMap((g) => (g.account !== undefined ? [{ account: g.account, ...counts(g.items) }] : [])) };
}

export function buildPlanDocument(result: SynthResult): PlanDocument {
    return {
        formatVersion: PLAN_FORMAT_VERSION,
        project: result.project,
        stack: result.stack,
        summary: summarise(result.resources),
        resources: result.resources,
        outputs: result.outputs,
    };
}

type Inputs = Record<string, unknown>;

function throughputText(options: unknown): string {
    const manual = get(options, "throughput");
    const autoscale = get(options, "autoscaleSettings", "maxThroughput");
    if (autoscale !== undefined) return `autoscale max ${valueText(autoscale)} RU/s`;
    if (manual !== undefined) return `manual ${valueText(manual)} RU/s`;
    return "";
}

/** The few settings a reviewer looks at first, per resource type. */
export function keySettings(r: ResourceRecord): string[] {
    const i = r.inputs;
    switch (r.type) {
        case TYPES.resourceGroup:
            return [`location ${String(i.location)}`];
        case TYPES.account: {
            const locations = (Array.isArray(i.locations) ? i.locations : []) as Inputs[];
            const regions = locations.map((l) => `${String(l.locationName)}(${String(l.failoverPriority)}${l.isZoneRedundant ? ",zones" : ""})`).join(" ");
            const capabilities = ((Array.isArray(i.capabilities) ? i.capabilities : []) as Inputs[]).map((c) => c.name);
            const backupTier = get(i, "backupPolicy", "continuousModeProperties", "tier");
            const backup =
                get(i, "backupPolicy", "type") === "Periodic"
                    ? `periodic every ${String(get(i, "backupPolicy", "periodicModeProperties", "backupIntervalInMinutes"))}m`
                    : `continuous ${String(backupTier)}`;
            return [
                `regions ${regions}`,
                `consistency ${String(get(i, "consistencyPolicy", "defaultConsistencyLevel"))}`,
                capabilities.includes("EnableServerless") ? "serverless" : "provisioned",
                ...capabilities.filter((c) => c !== "EnableServerless").map((c) => `capability ${String(c)}`),
                `backup ${backup}`,
                `public network ${String(i.publicNetworkAccess)}`,
                i.disableLocalAuth === true ? "keys off" : "KEYS ON",
                ...(i.enableAutomaticFailover ? ["auto-failover"] : []),
                ...(i.enableMultipleWriteLocations ? ["multi-region writes"] : []),
            ];
        }
        case TYPES.database: {
            const t = throughputText(i.options);
            return t ? [`shared ${t}`] : [];
        }
        case TYPES.container: {
            const res = (i.resource ?? {}) as Inputs;
            const pk = get(res, "partitionKey") as Inputs | undefined;
            const paths = (Array.isArray(pk?.paths) ? pk?.paths : []) as string[];
            const composites = get(res, "indexingPolicy", "compositeIndexes");
            const spatial = get(res, "indexingPolicy", "spatialIndexes");
            const uniques = get(res, "uniqueKeyPolicy", "uniqueKeys");
            const out = [`pk ${paths.join(",")}${pk?.kind === "MultiHash" ? " (hierarchical)" : ""}`];
            out.push(throughputText(i.options) || "no dedicated throughput");
            if (get(res, "indexingPolicy", "indexingMode") === "none") out.push("indexing none");
            if (Array.isArray(composites)) out.push(`${composites.length} composite`);
            if (Array.isArray(spatial)) out.push(`${spatial.length} spatial`);
            const vectors = get(res, "indexingPolicy", "vectorIndexes");
            if (Array.isArray(vectors)) out.push(`vector ${(vectors as Inputs[]).map((v) => `${String(v.path)}:${String(v.type)}`).join(",")}`);
            const fullText = get(res, "indexingPolicy", "fullTextIndexes");
            if (Array.isArray(fullText)) out.push(`full-text ${(fullText as Inputs[]).map((v) => String(v.path)).join(",")}`);
            const computed = get(res, "computedProperties");
            if (Array.isArray(computed)) out.push(`${computed.length} computed`);
            if (Array.isArray(uniques)) out.push(`${uniques.length} unique key${uniques.length === 1 ? "" : "s"}`);
            if (res.defaultTtl !== undefined) out.push(`ttl ${valueText(res.defaultTtl)}`);
            return out;
        }
        case TYPES.privateEndpoint: {
            const connections = (Array.isArray(i.privateLinkServiceConnections) ? i.privateLinkServiceConnections : []) as Inputs[];
            const groups = connections.flatMap((c): unknown[] => (Array.isArray(c.groupIds) ? c.groupIds : []));
            const subnet = typeof i.subnet === "string" ? i.subnet : get(i, "subnet", "id");
            return [`group ${groups.join(",")}`, `subnet ${String(subnet)}`];
        }
        case TYPES.resourceLock:
            return [`${String(i.level)} on ${String(i.resourceType)}/${String(i.resourceName)}`];
        case TYPES.roleDefinition:
            return [
                `${String(i.roleName)}: ${((get(i, "permissions") as Inputs[] | undefined)?.[0]?.dataActions as unknown[] | undefined)?.length ?? 0} data actions`,
            ];
        case TYPES.metricAlert: {
            const c = ((get(i, "criteria", "allOf") as Inputs[] | undefined) ?? [])[0] ?? {};
            const dims = ((c.dimensions as Inputs[] | undefined) ?? [])
                .filter((d) => JSON.stringify(d.values) !== '["*"]')
                .map((d) => `${String(d.name)}=${(d.values as string[]).join("|")}`);
            const threshold = c.criterionType === "DynamicThresholdCriterion" ? `dynamic(${String(c.alertSensitivity)})` : String(c.threshold);
            const actions = Array.isArray(i.actions) ? i.actions.length : 0;
            return [
                `${String(c.timeAggregation)}(${String(c.metricName)})${dims.length ? `[${dims.join(",")}]` : ""} ${String(c.operator)} ${threshold}`,
                `window ${String(i.windowSize)}/${String(i.evaluationFrequency)}`,
                `sev ${String(i.severity)}`,
                `${actions} action group${actions === 1 ? "" : "s"}`,
            ];
        }
        case TYPES.scheduledQueryRule:
            return [`log search, window ${String(i.windowSize)}/${String(i.evaluationFrequency)}`, `sev ${String(i.severity)}`];
        case TYPES.trigger:
            return [`${String(get(i, "resource", "triggerType"))}-trigger on ${String(get(i, "resource", "triggerOperation"))}`];
        default:
            return [];
    }
}

function optionFlags(r: ResourceRecord): string[] {
    const flags: string[] = [];
    if (r.options.protect) flags.push("protected");
    if (r.options.retainOnDelete) flags.push("retain-on-delete");
    if (r.options.replaceOnChanges.length > 0) flags.push(`replace-on ${r.options.replaceOnChanges.join(",")}`);
    if (r.options.import) flags.push("import");
    return flags;
}

function shortType(type: string): string {
    return modelShortType(type).replace(/^cosmos-platform:index:/, "component:");
}

function treeLines(resources: readonly ResourceRecord[], depth: ReadonlyMap<string, number>, base = 0): string[] {
    return resources.map((r) => {
        const details = [...keySettings(r), ...optionFlags(r).map((f) => `[${f}]`)];
        // `=` marks an import, as `pulumi preview` does.
        return `${"  ".repeat(Math.max(0, (depth.get(r.urn) ?? 0) - base))}${r.options.import ? "=" : "+"} ${shortType(r.type)} ${r.name}${details.length ? `  ${details.join("; ")}` : ""}`;
    });
}

const countsText = (c: { resources: number; azureResources: number; protected: number }, others = "components and stack") =>
    `${c.resources} resources (${c.azureResources} Azure, ${c.resources - c.azureResources} ${others}); ${c.protected} protected`;

/**
 * The readable tree and summary `npm run plan` prints. A stack of several accounts gets one
 * section per account (its components and resources, with its counts) after the stack-level
 * resources they share.
 */
export function renderPlan(doc: PlanDocument): string {
    const depth = new Map<string, number>();
    for (const r of doc.resources) depth.set(r.urn, r.parent !== undefined ? (depth.get(r.parent) ?? -1) + 1 : 0);
    const lines: string[] = [`Plan for ${doc.project}/${doc.stack} (offline synthesis: nothing was sent to Azure)`, ""];
    const index = indexAccounts(doc.resources);
    if (!index.multi) {
        lines.push(...treeLines(doc.resources, depth));
    } else {
        for (const g of groupByAccount(doc.resources, index.names, (r) => index.of(r.urn))) {
            const base = Math.min(...g.items.map((r) => depth.get(r.urn) ?? 0));
            if (g.account === undefined) lines.push(`Stack level (shared by ${index.names.length} accounts):`, ...treeLines(g.items, depth, base), "");
            else lines.push(`Account ${g.account}: ${countsText(counts(g.items), "components")}`, ...treeLines(g.items, depth, base), "");
        }
        lines.pop();
    }
    const s = doc.summary;
    lines.push("", `${countsText(s)}${index.multi ? ` in ${index.names.length} accounts` : ""}`);
    const unknown = Object.entries(doc.outputs)
        .filter(([, v]) => JSON.stringify(v)?.includes(UNKNOWN))
        .map(([k]) => k);
    if (unknown.length > 0) lines.push(`Outputs known only after deployment: ${unknown.join(", ")}`);
    return lines.join("\n");
}
