/**
 * The report's topology: a Mermaid flowchart of every account of the stack, with its regions,
 * databases and containers, private endpoints and alert routing. Pure: it draws resource records.
 */
import { accountNameOf, indexAccounts } from "../model/accounts";
import { get, objects, strings } from "../model/json";
import { PolicyRecord } from "../model/records";
import { TYPES } from "../model/types";

const ALERT_TYPES: ReadonlySet<string> = new Set([TYPES.metricAlert, TYPES.activityLogAlert, TYPES.scheduledQueryRule]);

const id = (text: string) => text.replace(/[^A-Za-z0-9]/g, "_");
const label = (text: string) => text.replace(/"/g, "'");

export interface DiagramAccounts {
    /** Accounts drawn in full (regions, databases, containers, endpoints, alert routing). */
    drawn: number;
    /** Accounts drawn, beyond those, as one node each; the rest are one "and N more" node. */
    nodes: number;
    /** Which accounts to draw in full first (e.g. those the report has a section for). */
    first?: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Mermaid refuses a diagram longer than its `maxTextSize`, 50,000 characters by default
 * (https://mermaid.js.org/config/schema-docs/config-properties-maxtextsize.html): past it the
 * reader sees "Maximum text size in diagram exceeded" instead of the topology.
 */
export const MERMAID_TEXT_LIMIT = 50_000;

/**
 * A Mermaid flowchart of regions, networks and endpoints, databases and containers, and alert
 * routing, with every account of the stack: each database, endpoint and action group is linked to
 * its own account (tooling/model/accounts.ts). Past `accounts.drawn` accounts, an account is one node with
 * its counts, and past `accounts.nodes` the rest are one node, so the diagram of a large estate
 * stays within what GitHub renders.
 */
export function topologyDiagram(
    records: readonly PolicyRecord[],
    containersPerDatabase = Infinity,
    accounts: DiagramAccounts = { drawn: Infinity, nodes: 0 },
): string {
    let limits = accounts;
    let text = draw(records, containersPerDatabase, limits);
    // Too long for Mermaid: draw fewer accounts in full, then fewer as nodes, until it fits.
    while (text.length > MERMAID_TEXT_LIMIT && (limits.drawn > 1 || limits.nodes > 0)) {
        const count = records.filter((r) => r.type === TYPES.account).length;
        const drawn = Math.min(limits.drawn, count);
        limits = drawn > 1 ? { ...limits, drawn: Math.floor(drawn / 2) } : { ...limits, nodes: Math.floor(limits.nodes / 2) };
        text = draw(records, containersPerDatabase, limits);
    }
    return text;
}

function draw(records: readonly PolicyRecord[], containersPerDatabase: number, accounts: DiagramAccounts): string {
    const lines = ["```mermaid", "flowchart LR"];
    const index = indexAccounts(records);
    const of = (type: string) => records.filter((r) => r.type === type);
    const accountRecords = of(TYPES.account);
    const first = new Set(accounts.first ?? []);
    const ordered = [...accountRecords.filter((a) => first.has(accountNameOf(a))), ...accountRecords.filter((a) => !first.has(accountNameOf(a)))];
    const full = new Set(ordered.slice(0, accounts.drawn));
    const summarised = ordered.slice(full.size, full.size + accounts.nodes);
    const rest = ordered.length - full.size - summarised.length;
    const accountByName = new Map(accountRecords.map((a) => [accountNameOf(a), a]));
    // The account node a resource hangs off: its own account, else the first (records without accounts say nothing better).
    const nodeOf = (r: PolicyRecord): PolicyRecord | undefined => accountByName.get(index.of(r.urn) ?? "") ?? accountRecords[0];
    const drawn = (r: PolicyRecord) => {
        const a = nodeOf(r);
        return a === undefined || full.has(a);
    };
    for (const account of accountRecords.filter((a) => full.has(a))) {
        const a = id(account.name);
        lines.push(`  subgraph ${a}["account ${label(account.name)}"]`);
        for (const l of objects(get(account.inputs, "locations"))) {
            const role = Number(l.failoverPriority) === 0 ? "write" : `failover ${String(l.failoverPriority)}`;
            lines.push(`    ${a}_${id(String(l.locationName))}["${label(String(l.locationName))} (${role}${l.isZoneRedundant ? ", zones" : ""})"]`);
        }
        lines.push("  end");
    }
    const databases = of(TYPES.database);
    const containers = of(TYPES.container);
    for (const account of summarised) {
        const name = accountNameOf(account);
        const regions = objects(get(account.inputs, "locations")).length;
        const mine = (r: PolicyRecord) => index.of(r.urn) === name;
        lines.push(
            `  ${id(account.name)}["account ${label(name)}<br/>${plural(regions, "region")}, ${plural(databases.filter(mine).length, "database")}, ${plural(containers.filter(mine).length, "container")}"]`,
        );
    }
    if (rest > 0) lines.push(`  more_accounts["… and ${rest} more accounts"]`);
    const containersOf = new Map<string, PolicyRecord[]>();
    for (const c of containers) {
        const db = databases.find((d) => c.name.startsWith(`${d.name}/`) && nodeOf(d) === nodeOf(c));
        if (db) containersOf.set(db.urn, [...(containersOf.get(db.urn) ?? []), c]);
    }
    for (const db of databases.filter(drawn)) {
        lines.push(`  subgraph db_${id(db.name)}["database ${label(db.name)}"]`);
        const list = containersOf.get(db.urn) ?? [];
        for (const c of list.slice(0, containersPerDatabase)) {
            const paths = strings(get(c.inputs, "resource", "partitionKey", "paths"));
            lines.push(`    c_${id(c.name)}["${label(c.name.slice(db.name.length + 1))}<br/>${label(paths.join(", "))}"]`);
        }
        if (list.length > containersPerDatabase) lines.push(`    more_${id(db.name)}["… and ${list.length - containersPerDatabase} more containers"]`);
        lines.push("  end");
        const accountNode = nodeOf(db);
        if (accountNode) lines.push(`  ${id(accountNode.name)} --> db_${id(db.name)}`);
    }
    const vnets = of(TYPES.virtualNetwork);
    const endpoints = of(TYPES.privateEndpoint).filter(drawn);
    for (const vnet of vnets.filter((v) => drawn(v) || endpoints.some((pe) => pe.dependencies.includes(v.urn))))
        lines.push(`  vnet_${id(vnet.name)}[("vnet ${label(vnet.name)}")]`);
    for (const pe of endpoints) {
        lines.push(`  pe_${id(pe.name)}{{"private endpoint ${label(pe.name)}"}}`);
        const vnet = vnets.find((v) => pe.dependencies.includes(v.urn));
        if (vnet) lines.push(`  vnet_${id(vnet.name)} --- pe_${id(pe.name)}`);
        const accountNode = nodeOf(pe);
        if (accountNode) lines.push(`  pe_${id(pe.name)} --> ${id(accountNode.name)}`);
    }
    const alerts = records.filter((r) => ALERT_TYPES.has(r.type));
    for (const group of of(TYPES.actionGroup).filter(drawn)) {
        const routed = alerts.filter((a) => a.dependencies.includes(group.urn)).length;
        lines.push(`  ag_${id(group.name)}(["${label(group.name)}"])`);
        const accountNode = nodeOf(group);
        if (accountNode) lines.push(`  ${id(accountNode.name)} -. "${routed} alerts" .-> ag_${id(group.name)}`);
    }
    lines.push("```");
    return lines.join("\n");
}
