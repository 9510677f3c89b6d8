/**
 * One account or several. A stack sets `account` (one account, as every stack did first) or
 * `accounts` (several). Each account of the list is turned into a view in the single-account form,
 * so every rule and the resolution are written once; a problem found in a view is reported at the
 * key path the user wrote (`accounts[1].network.ipRules[0]`, or the stack-level key it inherited).
 */
import { ConfigProblem, formatPath, PathSegment, Report } from "../../components/shared/errors";
import { findDuplicates } from "../../components/account/rules";
import { AccountEntryConfig, AccountView, PER_ACCOUNT_KEYS, StackConfig } from "./schema";
import { gatewayEndpointName } from "./security-schema";

type PerAccountKey = (typeof PER_ACCOUNT_KEYS)[number];

export interface AccountViewEntry {
    view: AccountView;
    /** Position in `accounts`; undefined for the single `account` form. */
    index?: number;
    /** The user's key path for a path of the view. */
    mapPath(path: readonly PathSegment[]): PathSegment[];
    /** The top-level config key a per-account key's value came from (for secrets). */
    sourceKey(key: string): string;
    /**
     * Prefix of this account's logical names: "" keeps the single-account names (and URNs), else
     * `<account name>/`, so several accounts never share a URN.
     */
    childNamePrefix: string;
    /** For messages about a value the account inherited from the stack level. */
    label: string;
}

const PER_ACCOUNT = new Set<string>(PER_ACCOUNT_KEYS);

function viewOfEntry(cfg: StackConfig, entry: AccountEntryConfig, index: number): AccountViewEntry {
    const { keepSingleAccountNames, ...rest } = entry;
    const own = new Set(PER_ACCOUNT_KEYS.filter((k) => rest[k] !== undefined));
    const settings = Object.fromEntries(Object.entries(rest).filter(([k]) => !PER_ACCOUNT.has(k))) as AccountView["account"];
    const { account: _single, accounts: _list, ...common } = cfg;
    const view: AccountView = { ...common, account: settings };
    const mutable = view as unknown as Record<PerAccountKey, unknown>;
    for (const key of own) mutable[key] = rest[key];
    return {
        view,
        index,
        mapPath(path) {
            const [head, ...tail] = path;
            if (head === "account") return ["accounts", index, ...tail];
            if (typeof head === "string" && own.has(head as PerAccountKey)) return ["accounts", index, head, ...tail];
            return [...path];
        },
        sourceKey: (key) => (own.has(key as PerAccountKey) ? "accounts" : key),
        childNamePrefix: keepSingleAccountNames ? "" : `${entry.name}/`,
        label: `account '${entry.name}'`,
    };
}

/** The stack's accounts as single-account views; empty when neither form is set (a problem reported by `accountFormProblems`). */
export function accountViews(cfg: StackConfig): AccountViewEntry[] {
    if (cfg.accounts) return cfg.accounts.map((entry, i) => viewOfEntry(cfg, entry, i));
    if (!cfg.account) return [];
    const { accounts: _list, ...single } = cfg;
    return [{ view: single as AccountView, mapPath: (p) => [...p], sourceKey: (k) => k, childNamePrefix: "", label: `account '${cfg.account.name}'` }];
}

/**
 * Problems of the views, mapped to the user's paths. A problem in an inherited stack-level value
 * found for several accounts is reported once per account, naming it, unless every account
 * reports it alike (then once, as a plain stack-level problem).
 */
export function mapViewProblems(entries: readonly AccountViewEntry[], problemsOf: (entry: AccountViewEntry) => ConfigProblem[]): ConfigProblem[] {
    const byKey = new Map<string, { problem: ConfigProblem; labels: string[] }>();
    for (const entry of entries) {
        for (const p of problemsOf(entry)) {
            const path = entry.mapPath(p.path);
            const key = `${formatPath(path)}\u0000${p.message}`;
            const seen = byKey.get(key);
            if (seen) seen.labels.push(entry.label);
            else byKey.set(key, { problem: { path, message: p.message }, labels: [entry.label] });
        }
    }
    const multi = entries.length > 1;
    return [...byKey.values()].map(({ problem, labels }) =>
        multi && problem.path[0] !== "accounts" && labels.length < entries.length
            ? { ...problem, message: `${problem.message} (for ${labels.join(", ")})` }
            : problem,
    );
}

/** `account` or `accounts`, exactly one; names and Azure names that must differ between accounts. */
export function accountFormProblems(cfg: StackConfig, report: Report): void {
    if (cfg.account && cfg.accounts) {
        report(["accounts"], "set cosmos-platform:account (one account) or cosmos-platform:accounts (several), not both");
        return;
    }
    if (!cfg.account && !cfg.accounts) {
        report(["account"], "is required (expected object): set cosmos-platform:account, or cosmos-platform:accounts for several accounts");
        return;
    }
    const accounts = cfg.accounts;
    if (!accounts) return;
    for (const d of findDuplicates(accounts, (a) => a.name)) {
        report(["accounts", d.index, "name"], `account '${d.key}' is listed twice (also at accounts[${d.first}]); account names are globally unique`);
    }
    const keeping = accounts.map((a, i) => (a.keepSingleAccountNames ? i : -1)).filter((i) => i >= 0);
    for (const i of keeping.slice(1)) {
        report(
            ["accounts", i, "keepSingleAccountNames"],
            `only one account keeps the single-account names (accounts[${keeping[0]}] does already); two would share URNs`,
        );
    }
}

/** Azure names that two accounts of one stack would both create: the second create fails in Azure. */
export function crossAccountProblems(entries: readonly AccountViewEntry[], report: Report): void {
    if (entries.length < 2) return;
    const claims = new Map<string, { entry: AccountViewEntry; path: PathSegment[] }>();
    const claim = (entry: AccountViewEntry, scope: string, what: string, name: string, path: PathSegment[]) => {
        const key = `${scope}\u0000${what}\u0000${name.toLowerCase()}`;
        const first = claims.get(key);
        const at = entry.mapPath(path);
        if (!first) {
            claims.set(key, { entry, path: at });
        } else if (formatPath(first.path) === formatPath(at)) {
            // The same inherited stack-level value: every account would create it.
            report(
                at,
                `${what} '${name}' would be created by ${first.entry.label} and ${entry.label} (both inherit it); give each account its own ${path[0]} key`,
            );
        } else {
            report(
                at,
                `${what} '${name}' is also created by ${first.entry.label} (${formatPath(first.path)}); Azure names are unique in ${scope === "tenant" ? "the tenant" : `resource group '${scope}'`}`,
            );
        }
    };
    for (const entry of entries) {
        const v = entry.view;
        const rg = v.resourceGroup.name;
        (v.network?.privateEndpoints ?? []).forEach((pe, i) => claim(entry, rg, "private endpoint", pe.name, ["network", "privateEndpoints", i, "name"]));
        if (v.network?.virtualNetwork) claim(entry, rg, "virtual network", v.network.virtualNetwork.name, ["network", "virtualNetwork", "name"]);
        // The privatelink zone is shared: the first account in a resource group creates it, the
        // others register in it and link their VNets (stack/platform.ts).
        // With a dedicated gateway, each endpoint's SqlDedicated twin and its zone (resolvePrivateEndpoints).
        const twins = v.gateway ? (v.network?.privateEndpoints ?? []).map((pe, i) => ({ pe, i })).filter(({ pe }) => pe.dedicatedGateway !== false) : [];
        for (const { pe, i } of twins)
            claim(entry, rg, "private endpoint", (pe.dedicatedGateway || undefined)?.name ?? gatewayEndpointName(pe.name), [
                "network",
                "privateEndpoints",
                i,
                "dedicatedGateway",
            ]);
        if (twins.some(({ pe }) => (pe.privateDns ?? "zoneGroup") === "zoneGroup") && !v.network?.gatewayPrivateDnsZoneId) {
            claim(entry, rg, "private DNS zone", "privatelink.sqlx.cosmos.azure.com", ["network", "privateEndpoints"]);
        }
        (v.access?.identities ?? []).forEach((id, i) => claim(entry, rg, "managed identity", id.name, ["access", "identities", i, "name"]));
        (v.access?.groups ?? []).forEach((g, i) => claim(entry, "tenant", "Entra group", g.displayName, ["access", "groups", i, "displayName"]));
        (v.monitoring?.actionGroups ?? []).forEach((g, i) => claim(entry, rg, "action group", g.name, ["monitoring", "actionGroups", i, "name"]));
        const workspace = v.monitoring?.workspace;
        if (workspace?.name !== undefined) claim(entry, rg, "Log Analytics workspace", workspace.name, ["monitoring", "workspace", "name"]);
    }
    const groups = new Map<string, { entry: AccountViewEntry; create: boolean; location?: string }>();
    for (const entry of entries) {
        const g = entry.view.resourceGroup;
        const first = groups.get(g.name.toLowerCase());
        if (!first) {
            groups.set(g.name.toLowerCase(), { entry, create: g.create ?? true, location: g.location });
        } else if ((g.create ?? true) !== first.create || (g.location !== undefined && first.location !== undefined && g.location !== first.location)) {
            report(
                entry.mapPath(["resourceGroup"]),
                `resource group '${g.name}' is declared differently by ${first.entry.label}; accounts that share a resource group declare it alike`,
            );
        }
    }
}
