/**
 * Security rules that need the whole stack: private endpoints (the account's, and the dedicated
 * gateway's when it has one; auto-approved or manual) and Defender for Cosmos DB.
 * Matching a resource to its account: see ../lib/matching.ts.
 */
import { PolicyConfigSchema, PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { accountCandidates, accountLabel, accountOf, Candidate, endpointCandidates, matchCandidate } from "../lib/matching";
import { ACCOUNT_SEGMENT } from "../lib/ownership";
import { TYPES } from "../lib/types";
import { configWithDefaults, known, list, peek, show } from "../lib/values";

type Props = Record<string, unknown>;
const props = (r: PolicyResource): Props => r.props as Props;

/** The privateLinkServiceConnections (and manual ones) of an endpoint, unknown entries skipped. */
function connections(endpoint: PolicyResource): Props[] {
    const all: Props[] = [];
    for (const field of ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"]) {
        for (const c of list(known(() => props(endpoint)[field] as Props[] | undefined))) if (c && typeof c === "object") all.push(c);
    }
    return all;
}

function groupIdsOf(connection: Props): string[] | "unknown" {
    const p = peek(() => connection.groupIds);
    if (!p.known) return "unknown";
    return list(p.value as string[] | undefined).filter((g): g is string => typeof g === "string");
}

const endpointSchema: PolicyConfigSchema = {
    properties: {
        groupId: { type: "string", default: "Sql", description: "The private link sub-resource (group id) of the NoSQL API." },
        requireDnsZoneGroup: {
            type: "boolean",
            default: true,
            description: "Also require a DNS zone group on the endpoint (privatelink.documents.azure.com).",
        },
        requireGatewayEndpoint: {
            type: "boolean",
            default: true,
            description:
                "When the account has a dedicated gateway (cosmosdb:Service SqlDedicatedGateway), also require an endpoint with group SqlDedicated, so the gateway is reachable privately.",
        },
    },
};

/** The dedicated gateway's private-link sub-resource and zone (https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints#api-types-and-private-zone-names). */
const GATEWAY_GROUP = "SqlDedicated";
const ZONES: Record<string, string> = { sql: "privatelink.documents.azure.com", sqldedicated: "privatelink.sqlx.cosmos.azure.com" };
const zoneOf = (group: string): string => ZONES[group.toLowerCase()] ?? `the private DNS zone of group ${group}`;
const CONNECTIONS = "privateLinkServiceConnections (or manualPrivateLinkServiceConnections, once the account's owner approves them)";

function hasGroup(endpoint: PolicyResource, group: string): boolean {
    return connections(endpoint).some((c) => {
        const ids = groupIdsOf(c);
        return ids === "unknown" || ids.some((g) => g.toLowerCase() === group.toLowerCase());
    });
}

export const privateEndpoint: StackValidationPolicy = {
    name: "cosmosdb-private-endpoint",
    description:
        'Every Cosmos DB account with public network access disabled is reachable through a private endpoint with group "Sql" (and, with a dedicated gateway, one with group "SqlDedicated"), and each endpoint has a DNS zone group so clients resolve the account to its private address. Manual connections count: the owner approves them.',
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps:
        'Add an azure-native:network:PrivateEndpoint whose privateLinkServiceConnections (or manualPrivateLinkServiceConnections) target the account id with groupIds ["Sql"], and a PrivateDnsZoneGroup on it with a config for the privatelink.documents.azure.com zone; with a dedicated gateway, a second endpoint with groupIds ["SqlDedicated"] and the privatelink.sqlx.cosmos.azure.com zone.',
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints",
    configSchema: endpointSchema,
    validateStack: (args, report) => {
        const { groupId, requireDnsZoneGroup, requireGatewayEndpoint } = configWithDefaults<{
            groupId: string;
            requireDnsZoneGroup: boolean;
            requireGatewayEndpoint: boolean;
        }>(endpointSchema, args.getConfig());
        const accounts = accountCandidates(args.resources, TYPES.account);
        if (accounts.length === 0) args.notApplicable(`no ${TYPES.account} in the stack`);
        const endpoints = args.resources.filter((r) => r.type === TYPES.privateEndpoint);
        const endpointRefs = endpointCandidates(args.resources, TYPES.privateEndpoint);
        const zoneGroups = args.resources.filter((r) => r.type === TYPES.privateDnsZoneGroup);
        const gateways = args.resources.filter(
            (r) => r.type === TYPES.service && known(() => (props(r).properties as Props | undefined)?.serviceType) === "SqlDedicatedGateway",
        );
        for (const account of accounts) {
            if (known(() => props(account.resource).publicNetworkAccess) !== "Disabled") continue;
            const mine = endpoints.filter((e) => {
                const targets = connections(e).map((c) => () => c.privateLinkServiceId);
                return matchCandidate(e, accounts, targets.length ? targets : [() => undefined], ACCOUNT_SEGMENT)?.candidate === account;
            });
            const required = [groupId];
            if (requireGatewayEndpoint && gateways.some((g) => accountOf(g, accounts) === account)) required.push(GATEWAY_GROUP);
            for (const group of required) {
                const withGroup = mine.filter((e) => hasGroup(e, group));
                if (withGroup.length === 0) {
                    const found = mine.length
                        ? ` (found ${mine
                              .map(
                                  (e) =>
                                      `'${e.name}' with groupIds ${JSON.stringify(
                                          connections(e).flatMap((c) => {
                                              const g = groupIdsOf(c);
                                              return g === "unknown" ? [] : g;
                                          }),
                                      )}`,
                              )
                              .join(", ")})`
                        : "";
                    const why =
                        group === GATEWAY_GROUP ? "has a dedicated gateway and public network access disabled but" : "has public network access disabled but";
                    report(
                        `${accountLabel(account)} ${why} no private endpoint with group ${JSON.stringify(group)} points at it${found}; accepted: an ${TYPES.privateEndpoint} whose ${CONNECTIONS} target the account with groupIds [${JSON.stringify(group)}]`,
                        account.resource.urn,
                    );
                    continue;
                }
                if (requireDnsZoneGroup) zoneGroupProblems(withGroup, endpointRefs, zoneGroups, account, zoneOf(group), report);
            }
        }
    },
};

/** Each endpoint needs a DNS zone group with at least one config. */
function zoneGroupProblems(
    withGroup: PolicyResource[],
    endpointRefs: Candidate[],
    zoneGroups: PolicyResource[],
    account: Candidate,
    zone: string,
    report: (message: string, urn?: string) => void,
): void {
    for (const endpoint of withGroup) {
        const ref = endpointRefs.find((c) => c.resource === endpoint) as Candidate;
        const groups = zoneGroups.filter((g) => matchCandidate(g, endpointRefs, [() => props(g).privateEndpointName], "privateEndpoints")?.candidate === ref);
        if (groups.length === 0) {
            report(
                `private endpoint '${ref.name ?? endpoint.name}' of ${accountLabel(account)} has no DNS zone group; accepted: an ${TYPES.privateDnsZoneGroup} on the endpoint with a config for ${zone}`,
                endpoint.urn,
            );
            continue;
        }
        for (const g of groups) {
            const configs = peek(() => props(g).privateDnsZoneConfigs as unknown[] | undefined);
            if (configs.known && list(configs.value).length === 0) {
                report(
                    `DNS zone group '${g.name}' of private endpoint '${ref.name ?? endpoint.name}' has no privateDnsZoneConfigs; accepted: one config naming the ${zone} zone`,
                    g.urn,
                );
            }
        }
    }
}

const defenderSchema: PolicyConfigSchema = {
    properties: {
        coveredBySubscriptionPlan: {
            type: "boolean",
            default: false,
            description:
                "True when the subscription's Defender for Cloud plan for Cosmos DB (Microsoft.Security/pricings CosmosDbs) is on; then no per-account setting is needed.",
        },
    },
};

/**
 * The per-account setting Azure Policy b5f04e03-92a3-4b09-9410-2cc5e5047656 ("Deploy Advanced
 * Threat Protection for Cosmos DB Accounts") deploys: Microsoft.Security/advancedThreatProtectionSettings
 * with isEnabled true on each account. `coveredBySubscriptionPlan` stands for the subscription plan
 * that adbe85b5-83e6-4350-ab58-bf3a4f736e5e ("Microsoft Defender for Azure Cosmos DB should be
 * enabled") audits (Microsoft.Security/pricings CosmosDbs = Standard).
 * https://github.com/Azure/azure-policy/tree/master/built-in-policies/policyDefinitions/Cosmos%20DB
 */
export const defenderForCosmosDb: StackValidationPolicy = {
    name: "cosmosdb-defender-enabled",
    description: "Microsoft Defender for Azure Cosmos DB watches every account for SQL injection, anomalous access and data exfiltration patterns.",
    enforcementLevel: "mandatory",
    severity: "medium",
    tags: ["security"],
    remediationSteps:
        "Add an azure-native:security:AdvancedThreatProtection with resourceId set to the account id and isEnabled true, or turn on the subscription's Defender plan for Cosmos DB and set coveredBySubscriptionPlan.",
    url: "https://learn.microsoft.com/azure/defender-for-cloud/concept-defender-for-cosmos",
    configSchema: defenderSchema,
    validateStack: (args, report) => {
        const { coveredBySubscriptionPlan } = configWithDefaults<{ coveredBySubscriptionPlan: boolean }>(defenderSchema, args.getConfig());
        const accounts = accountCandidates(args.resources, TYPES.account);
        if (accounts.length === 0) args.notApplicable(`no ${TYPES.account} in the stack`);
        if (coveredBySubscriptionPlan) return;
        const settings = args.resources.filter((r) => r.type === TYPES.threatProtection);
        for (const account of accounts) {
            const mine = settings.filter((s) => accountOf(s, accounts) === account);
            const enabled = mine.filter((s) => {
                const p = peek(() => props(s).isEnabled);
                return !p.known || p.value === true;
            });
            if (enabled.length > 0) continue;
            const found = mine.length ? ` ('${mine[0].name}' has isEnabled ${show(known(() => props(mine[0]).isEnabled))})` : "";
            report(
                `${accountLabel(account)} has no Microsoft Defender for Azure Cosmos DB${found}; accepted: an ${TYPES.threatProtection} with resourceId the account id and isEnabled true`,
                account.resource.urn,
            );
        }
    },
};
