/**
 * Monthly cost estimate from resource records (a plan, a stack export or a preview), at the
 * model's US list prices (tooling/model/prices.ts). Throughput is priced at its ceiling (autoscale at its max), so the estimate is what a
 * month can cost, not what it will; the assumptions are printed with it.
 */
import { accountNameOf, indexAccounts } from "../model/accounts";
import { AccountInputs, accountInputs, ceilingOf, containerNamesOf, Provisioned, provisionedThroughput } from "../model/inputs";
import { num } from "../model/json";
import { PRICES, round2 } from "../model/prices";
import { PolicyRecord } from "../model/records";
import { TYPES } from "../model/types";

export interface CostLine {
    /** The account the line is about, in a stack of several. */
    account?: string;
    urn: string;
    name: string;
    item: string;
    /** How the amount was computed, e.g. "4000 RU/s x 3 regions x $0.012/100 RU-h x 730 h". */
    basis: string;
    monthly: number;
}

export interface CostEstimate {
    currency: string;
    pricesAsOf: string;
    monthly: number;
    lines: CostLine[];
    assumptions: string[];
    /** The stack's consumption:Budget, when it has one (a single-account stack). */
    budget?: { amount: number; share: number };
    /** Per account, in a stack of several: its subtotal, and its share of its own budget. */
    accounts?: AccountCost[];
}

export interface AccountCost {
    account: string;
    monthly: number;
    budget?: { amount: number; share: number };
}

/** Per-container declarations the estimate uses (the plan's `accessPatterns` section). */
export interface SizeDeclaration {
    /** The account, in a stack of several. */
    account?: string;
    database: string;
    container: string;
    dataSizeGB: number;
    peakRUs?: number;
    averageRUs?: number;
}

const money = (n: number) =>
    `$${n
        .toFixed(n < 1 ? 4 : 3)
        .replace(/0+$/, "")
        .replace(/\.$/, "")}`;

interface AccountFacts extends AccountInputs {
    record: PolicyRecord;
}

const accountFacts = (record: PolicyRecord): AccountFacts => ({ record, ...accountInputs(record) });
const continuous30 = (a: AccountFacts): boolean => a.backup.type === "Continuous" && a.backup.tier === "Continuous30Days";

function throughputLine(r: PolicyRecord, a: AccountFacts, t: Provisioned): CostLine {
    const P = PRICES;
    let rate: number = t.mode === "autoscale" ? P.autoscalePer100RuHour : P.manualPer100RuHour;
    if (a.multiRegionWrites) rate = P.multiWritePer100RuHour;
    // Zone redundancy adds 25 % to manual, single-write throughput in zone-redundant regions only.
    const zoneApplies = t.mode === "manual" && !a.multiRegionWrites && a.zoneRegions > 0;
    const regionUnits = zoneApplies ? a.regions - a.zoneRegions + a.zoneRegions * P.zoneRedundancyFactor : a.regions;
    const ru = ceilingOf(t);
    const monthly = (ru / 100) * rate * P.hoursPerMonth * regionUnits;
    const zones = zoneApplies ? ` (${a.zoneRegions} zone-redundant x ${P.zoneRedundancyFactor})` : "";
    return {
        urn: r.urn,
        name: r.name,
        item: `${t.mode} throughput${a.multiRegionWrites ? ", multi-region writes" : ""}${t.mode === "autoscale" ? " at its max" : ""}`,
        basis: `${ru} RU/s x ${a.regions} region${a.regions === 1 ? "" : "s"}${zones} x ${money(rate)}/100 RU-h x ${P.hoursPerMonth} h`,
        monthly: round2(monthly),
    };
}

/** `db/c` of a container record: its Azure names. */
function dataKey(r: PolicyRecord): string {
    const { database, container } = containerNamesOf(r);
    return `${database}/${container}`;
}

/**
 * The declaration of each container record: the one its account declares (a stack of several
 * accounts), or one that names no account. Keyed by the record's URN.
 */
export function declarationsByContainer<T extends SizeDeclaration>(
    records: readonly PolicyRecord[],
    declarations: readonly T[],
    accountOf: (urn: string) => string | undefined,
): Map<string, T> {
    const own = new Map<string, T>();
    const any = new Map<string, T>();
    for (const d of declarations) {
        if (d.account !== undefined) own.set(`${d.account}\u0000${d.database}/${d.container}`, d);
        else any.set(`${d.database}/${d.container}`, d);
    }
    const out = new Map<string, T>();
    for (const r of records) {
        if (r.type !== TYPES.container) continue;
        const account = accountOf(r.urn);
        const d = (account !== undefined ? own.get(`${account}\u0000${dataKey(r)}`) : undefined) ?? any.get(dataKey(r));
        if (d) out.set(r.urn, d);
    }
    return out;
}

/** Names listed in an assumption before "and N more". */
const NAMES_IN_ASSUMPTION = 20;

interface AccountPart {
    lines: CostLine[];
    undeclared: string[];
    dataGb: number;
}

/** The lines of one account: its throughput, serverless RU, storage, backup and free tier. */
function accountPart(
    account: AccountFacts,
    data: readonly PolicyRecord[],
    sizes: ReadonlyMap<string, SizeDeclaration>,
    serverlessDeclarations: readonly SizeDeclaration[],
): AccountPart {
    const P = PRICES;
    const lines: CostLine[] = [];
    let provisionedRu = 0;
    for (const r of data) {
        const t = provisionedThroughput(r.inputs);
        if (!t || account.serverless) continue;
        provisionedRu += ceilingOf(t);
        lines.push(throughputLine(r, account, t));
    }
    const containers = data.filter((r) => r.type === TYPES.container);
    const dataGb = containers.reduce((sum, c) => sum + (sizes.get(c.urn)?.dataSizeGB ?? 0), 0);
    const undeclared = containers.filter((c) => !sizes.has(c.urn)).map((c) => c.name);
    const onAccount = { urn: account.record.urn, name: account.record.name };
    const regions = `${account.regions} region${account.regions === 1 ? "" : "s"}`;
    if (account.serverless) {
        const ruPerMonth = serverlessDeclarations.reduce((sum, d) => sum + (d.averageRUs ?? (d.peakRUs ?? 0) * 0.3), 0) * P.hoursPerMonth * 3600;
        lines.push({
            ...onAccount,
            item: "serverless request units",
            basis: `${Math.round(ruPerMonth / 1e6)} M RU/month (declared average RU/s, or 30 % of peak) x ${money(P.serverlessPerMillionRu)}/M RU`,
            monthly: round2((ruPerMonth / 1e6) * P.serverlessPerMillionRu),
        });
    }
    if (dataGb > 0) {
        lines.push({
            ...onAccount,
            item: "transactional storage",
            basis: `${round2(dataGb)} GB declared x ${regions} x ${money(P.storagePerGbMonth)}/GB-month`,
            monthly: round2(dataGb * account.regions * P.storagePerGbMonth),
        });
        if (continuous30(account)) {
            lines.push({
                ...onAccount,
                item: "continuous backup, 30 days",
                basis: `${round2(dataGb)} GB x ${regions} x ${money(P.continuous30PerGbMonth)}/GB-month`,
                monthly: round2(dataGb * account.regions * P.continuous30PerGbMonth),
            });
        }
    }
    if (account.freeTier) {
        const freeRu = Math.min(provisionedRu, P.freeTierRu);
        const freeGb = Math.min(dataGb, P.freeTierGb);
        const discount = (freeRu / 100) * P.manualPer100RuHour * P.hoursPerMonth + freeGb * P.storagePerGbMonth;
        if (discount > 0) lines.push({ ...onAccount, item: "free tier", basis: `first ${freeRu} RU/s and ${freeGb} GB free`, monthly: -round2(discount) });
    }
    return { lines, undeclared, dataGb };
}

const listed = (names: readonly string[]): string =>
    names.length <= NAMES_IN_ASSUMPTION ? names.join(", ") : `${names.slice(0, NAMES_IN_ASSUMPTION).join(", ")} and ${names.length - NAMES_IN_ASSUMPTION} more`;

const budgetOf = (record: PolicyRecord | undefined, monthly: number) => {
    const amount = record ? num(record.inputs.amount) : undefined;
    return amount ? { budget: { amount, share: round2(monthly / amount) } } : {};
};

/**
 * The estimate of a stack. With several accounts every account is priced with its own regions
 * and capacity mode, its lines name it, and `accounts` gives each account's subtotal against
 * its own budget (the Budget of its monitoring).
 */
export function estimateCost(records: readonly PolicyRecord[], declarations: readonly SizeDeclaration[] = []): CostEstimate {
    const P = PRICES;
    const assumptions = [
        `US list prices as of ${P.asOf}, ${P.hoursPerMonth} hours a month; taxes, reservations and discounts not applied.`,
        "Provisioned throughput is priced at its ceiling: manual RU/s, autoscale at its maximum (autoscale bills the highest RU/s reached each hour, at least 10 % of the maximum).",
    ];
    const accounts = records.filter((r) => r.type === TYPES.account).map(accountFacts);
    if (accounts.length === 0)
        return { currency: P.currency, pricesAsOf: P.asOf, monthly: 0, lines: [], assumptions: [...assumptions, "No Cosmos DB account in the records."] };
    const index = indexAccounts(records);
    const multi = accounts.length > 1;
    const sizes = declarationsByContainer(records, declarations, index.of);
    const first = accounts[0];
    const byName = new Map(accounts.map((a) => [accountNameOf(a.record), a]));
    const data = new Map<AccountFacts, PolicyRecord[]>(accounts.map((a) => [a, []]));
    const unowned: string[] = [];
    for (const r of records) {
        if (r.type !== TYPES.database && r.type !== TYPES.container) continue;
        const owner = multi ? byName.get(index.of(r.urn) ?? "") : first;
        if (!owner) unowned.push(r.name);
        (data.get(owner ?? first) as PolicyRecord[]).push(r);
    }
    if (unowned.length > 0) assumptions.push(`The records do not say which account holds ${listed(unowned)}: priced with the first account's regions.`);

    const parts = accounts.map((a) => {
        const name = accountNameOf(a.record);
        // One account: every declaration is its own (as the plan's single-account section has them).
        const serverless = multi ? declarations.filter((d) => d.account === name || (data.get(a) ?? []).some((r) => sizes.get(r.urn) === d)) : declarations;
        return { account: a, name, ...accountPart(a, data.get(a) ?? [], sizes, serverless) };
    });
    const undeclared = parts.flatMap((p) => p.undeclared);
    if (undeclared.length > 0) assumptions.push(`No expected size declared for ${listed(undeclared)}: their storage and backup are not estimated.`);
    if (parts.some((p) => p.dataGb > 0)) assumptions.push("Storage counts declared data only; the index typically adds 10-30 %.");
    if (accounts.some((a) => a.analyticalStorage))
        assumptions.push("Analytical store is on: its storage and operations are billed separately and are not estimated.");
    if (accounts.some((a) => a.zoneRegions > 0))
        assumptions.push("Availability zones add 25 % to manual, single-write throughput only (not to autoscale or multi-region writes).");
    if (multi) assumptions.push("Each account is priced with its own regions and capacity mode, and compared with its own budget.");

    const lines = parts.flatMap((p) => (multi ? p.lines.map((l) => ({ account: p.name, ...l })) : p.lines));
    const monthly = round2(lines.reduce((sum, l) => sum + l.monthly, 0));
    const budgets = records.filter((r) => r.type === TYPES.budget);
    const estimate: CostEstimate = { currency: P.currency, pricesAsOf: P.asOf, monthly, lines, assumptions };
    if (!multi) return { ...estimate, ...budgetOf(budgets[0], monthly) };
    const subtotals = parts.map((p): AccountCost => {
        const sub = round2(p.lines.reduce((sum, l) => sum + l.monthly, 0));
        return {
            account: p.name,
            monthly: sub,
            ...budgetOf(
                budgets.find((b) => index.of(b.urn) === p.name),
                sub,
            ),
        };
    });
    return { ...estimate, accounts: subtotals };
}

export function renderCost(cost: CostEstimate): string {
    const out = [`Cost estimate: ${cost.currency} ${cost.monthly.toFixed(2)} a month (prices as of ${cost.pricesAsOf})`];
    const line = (l: CostLine, indent: string) => `${indent}${l.monthly.toFixed(2).padStart(10)}  ${l.name}: ${l.item} (${l.basis})`;
    const budgetText = (b: { amount: number; share: number }) =>
        `budget ${b.amount.toFixed(2)}: the estimate is ${Math.round(b.share * 100)} % of it${b.share > 1 ? " (OVER BUDGET)" : ""}`;
    if (cost.accounts) {
        for (const a of cost.accounts) {
            out.push(`  account ${a.account}: ${cost.currency} ${a.monthly.toFixed(2)} a month${a.budget ? `; ${budgetText(a.budget)}` : ""}`);
            out.push(...cost.lines.filter((l) => l.account === a.account).map((l) => line(l, "  ")));
        }
    } else {
        out.push(...cost.lines.map((l) => line(l, "")));
    }
    if (cost.budget) out.push(`  ${budgetText(cost.budget)}`);
    out.push("  Assumptions:", ...cost.assumptions.map((a) => `  - ${a}`));
    return out.join("\n");
}
