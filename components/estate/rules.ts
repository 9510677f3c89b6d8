/**
 * The rules across the parts of one account's estate, which no finer component can see alone:
 * throughput against the capacity mode, search settings against the account's capabilities (added
 * here), principals against the declared groups and identities, scopes against the declared data,
 * gateway endpoints against the gateway, the customer-managed key's identity. The parts' own rules
 * run too, with paths into the estate's arguments.
 */
import { accountSettingsProblems } from "../account/component";
import type { AccountCapability, AccountSettings } from "../account/args";
import { accessArgsProblems } from "../access/component";
import { identitiesArgsProblems } from "../identities/component";
import { monitoringSettingsProblems } from "../monitoring/component";
import { privateNetworkRules } from "../network/component";
import { gatewaySchema } from "../gateway/component";
import { restoreProblems } from "../shared/restore";
import { SEARCH_CAPABILITIES, ContainerRuleInput } from "../sql/rules";
import { sqlDataArgsProblems } from "../sql/component";
import { GUID } from "../shared/arm-ids";
import { collectProblems, ConfigProblem, describeValue, PathSegment, Report } from "../shared/errors";
import { shapeProblems } from "../shared/zod";
import type { SqlDatabase } from "../sql/args";
import type { CosmosEstateArgs, EstateControlRole, EstateDataRole, EstateNetwork } from "./args";

const under = (prefix: PathSegment[], problems: ConfigProblem[]): ConfigProblem[] => problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));

/**
 * The account's capabilities: those listed, plus what its containers need (vector search for a
 * vector embedding policy, full-text search for a full-text policy), in a stable order. Adding one
 * to a live account is an update Azure allows.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#enable-the-vector-indexing-and-search-feature
 */
export function capabilitiesFor(account: AccountSettings, databases: readonly SqlDatabase[]): AccountCapability[] {
    const listed = account.capabilities ?? [];
    const containers = databases.flatMap((db) => db.containers ?? []) as ContainerRuleInput[];
    const needed = SEARCH_CAPABILITIES.filter((s) => containers.some(s.needs)).map((s) => s.capability as AccountCapability);
    return [...listed, ...needed.filter((n) => !listed.includes(n))];
}

/** The account's settings as the estate deploys them: with the capabilities its containers need. */
export function estateAccountSettings(args: Pick<CosmosEstateArgs, "account" | "databases">): AccountSettings {
    const capabilities = capabilitiesFor(args.account, args.databases ?? []);
    return capabilities.length > 0 || args.account.capabilities !== undefined ? { ...args.account, capabilities } : args.account;
}

type PrincipalRef = Pick<EstateDataRole, "group" | "identity" | "principalId" | "principalType">;

/** A role's principal: exactly one of group, identity or principalId, naming something that exists. */
function principalRules(role: PrincipalRef, groups: ReadonlySet<string>, identities: ReadonlySet<string>, report: Report): void {
    const set = (["group", "identity", "principalId"] as const).filter((k) => role[k] !== undefined);
    if (set.length !== 1) {
        report(
            [],
            `name exactly one principal: group (of access.groups), identity (of access.identities) or principalId (an Entra object id); got ${set.length === 0 ? "none" : set.join(" and ")}`,
        );
        return;
    }
    if (role.group !== undefined && !groups.has(role.group))
        report(["group"], `no group '${role.group}' in access.groups; declared: ${[...groups].join(", ") || "none"}`);
    if (role.identity !== undefined && !identities.has(role.identity))
        report(["identity"], `no identity '${role.identity}' in access.identities; declared: ${[...identities].join(", ") || "none"}`);
    if (role.principalId !== undefined && !GUID.test(role.principalId))
        report(["principalId"], `an Entra object id is a GUID such as 00000000-0000-0000-0000-000000000000; got ${describeValue(role.principalId)}`);
    if (role.principalType !== undefined && role.principalId === undefined)
        report(["principalType"], "principalType applies to principalId only; groups and identities have their own");
}

/** Every problem of an estate's arguments, with paths into them (`databases[0].containers[1]...`, `access.dataRoles[2].group`). */
export function estateArgsProblems(args: CosmosEstateArgs): ConfigProblem[] {
    const account = estateAccountSettings(args);
    const databases = args.databases ?? [];
    const network = args.network ?? {};
    const access = args.access ?? {};
    const problems: ConfigProblem[] = [
        ...accountSettingsProblems(account, firewallOf(network), args.customerManagedKey !== undefined).map((p) =>
            p.path[0] === "network" ? p : { ...p, path: ["account", ...p.path] },
        ),
        ...(args.restore ? under(["restore"], restoreProblems(args.restore)) : []),
    ];
    // The data model's rules need valid account settings; the shape problems above say what to fix first.
    if (problems.length > 0) return problems;
    problems.push(...sqlDataArgsProblems({ databases, accountSettings: account }).filter((p) => p.path[0] !== "accountSettings"));
    problems.push(...under(["access"], identitiesArgsProblems(access)));
    problems.push(
        ...collectProblems((report) => {
            const groups = new Set((access.groups ?? []).map((g) => g.name));
            const identities = new Set((access.identities ?? []).map((i) => i.name));
            (access.dataRoles ?? []).forEach((r, i) =>
                principalRules(r, groups, identities, (path, message) => report(["access", "dataRoles", i, ...path], message)),
            );
            (access.controlRoles ?? []).forEach((r, i) =>
                principalRules(r, groups, identities, (path, message) => report(["access", "controlRoles", i, ...path], message)),
            );
            const cmk = args.customerManagedKey;
            if (cmk && (cmk.identity === undefined) === (cmk.identityId === undefined)) {
                report(["customerManagedKey"], "name the identity that may use the key: exactly one of identity (of access.identities) or identityId");
            } else if (cmk?.identity !== undefined && !identities.has(cmk.identity)) {
                report(
                    ["customerManagedKey", "identity"],
                    `no identity '${cmk.identity}' in access.identities; declared: ${[...identities].join(", ") || "none"}`,
                );
            }
            privateNetworkRules(network, (path, message) => report(["network", ...path], message));
            publicAccessRules(network, false, (path, message) => report(["network", ...path], message));
            (network.privateEndpoints ?? []).forEach((pe, i) => {
                if (pe.groupId === "SqlDedicated" && !args.gateway) {
                    report(
                        ["network", "privateEndpoints", i, "groupId"],
                        "a SqlDedicated endpoint needs a dedicated gateway: Azure offers that sub-resource only on an account that has one; set gateway or use groupId Sql",
                    );
                }
            });
            if (args.gateway) {
                for (const p of shapeProblems(gatewaySchema, args.gateway)) report(["gateway", ...p.path], p.message);
                // https://learn.microsoft.com/azure/cosmos-db/dedicated-gateway ("not supported ... serverless accounts")
                if (account.serverless)
                    report(["gateway"], "a dedicated gateway is not available on a serverless account; remove gateway or turn serverless off");
            }
        }),
    );
    const roleNames = { dataRoles: (access.dataRoles ?? []).map(asRole), controlRoles: (access.controlRoles ?? []).map(asRole) };
    const declared = Object.fromEntries(databases.map((db) => [db.name, true]));
    const containers = Object.fromEntries(databases.flatMap((db) => (db.containers ?? []).map((c) => [`${db.name}/${c.name}`, true])));
    problems.push(...under(["access"], accessArgsProblems({ customRoles: access.customRoles, ...roleNames, databases: declared, containers })));
    const monitoring = args.monitoring ?? {};
    if (monitoring.enabled !== false) {
        const { enabled: _enabled, ...settings } = monitoring;
        problems.push(...under(["monitoring"], monitoringSettingsProblems(settings, account, maxThroughputOf(databases))));
    }
    return problems;
}

/** A role's own fields, as Access checks them (the principal is checked above). */
function asRole(r: EstateDataRole | EstateControlRole) {
    return { role: r.role, ...(r.scope !== undefined ? { scope: r.scope as never } : {}), ...(r.id !== undefined ? { id: r.id } : {}) };
}

/**
 * Public access next to private endpoints defeats them, and a production account keeps it off:
 * both need a reason for reviewers (`publicAccessReason`). `production` is the caller's notion
 * (the stack's environment); the estate itself passes false.
 */
export function publicAccessRules(
    network: Pick<EstateNetwork, "publicNetworkAccess" | "publicAccessReason"> & { privateEndpoints?: readonly unknown[] },
    production: boolean,
    report: Report,
): void {
    if (network.publicNetworkAccess !== "Enabled" || network.publicAccessReason) return;
    if ((network.privateEndpoints ?? []).length > 0) {
        report(["publicNetworkAccess"], "public access is Enabled next to private endpoints; set it to Disabled, or give network.publicAccessReason");
    } else if (production) {
        report(["publicNetworkAccess"], "a production account keeps public network access Disabled; use private endpoints, or give network.publicAccessReason");
    }
}

/** The firewall part of the estate's network. */
export function firewallOf(network: NonNullable<CosmosEstateArgs["network"]>) {
    const keys = [
        "publicNetworkAccess",
        "ipRules",
        "virtualNetworkRules",
        "networkAclBypass",
        "networkAclBypassResourceIds",
        "allowAzureDatacenters",
        "allowBroadIpRanges",
        "publicAccessReason",
    ] as const;
    return Object.fromEntries(keys.filter((k) => network[k] !== undefined).map((k) => [k, network[k]]));
}

/** The largest RU/s one throughput offer declares (manual RU/s or autoscale max), which sizes the RU alert. */
export function maxThroughputOf(databases: readonly SqlDatabase[]): number | undefined {
    const offers = databases.flatMap((db) => [db.throughput, ...(db.containers ?? []).map((c) => c.throughput)]);
    const values = offers.flatMap((t) =>
        t?.mode === "manual" && t.throughput !== undefined ? [t.throughput] : t?.mode === "autoscale" && t.maxThroughput !== undefined ? [t.maxThroughput] : [],
    );
    return values.length > 0 ? Math.max(...values) : undefined;
}
