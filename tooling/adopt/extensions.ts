/**
 * Documents of other resource providers that belong to a Cosmos DB account, as `az` and the REST
 * API return them: its private endpoints (`az network private-endpoint show`, API 2024-05-01) and
 * their DNS zone groups (`az network private-endpoint dns-zone-group list`), its diagnostic
 * settings (`az monitor diagnostic-settings list --resource <account id>`, 2021-05-01-preview),
 * its management locks (`az lock list --resource <account id>`, 2020-05-01) and its control-plane
 * role assignments (`az role assignment list --scope <account id>`, 2022-04-01). Each is tied to
 * its account here: an endpoint by the account its connection points at, an extension resource
 * (setting, lock, assignment) by the scope its id starts with.
 *
 * Ids: https://learn.microsoft.com/azure/azure-resource-manager/management/extension-resource-types
 * (`<scope>/providers/<namespace>/<type>/<name>`).
 */
import { ArmDocument, canonicalId, DocKind, envelopeOf, parseArmId, restProperties } from "./documents";
import { isObject, Json } from "../model/json";
import { AdoptInputError } from "./errors";
import { CONTROL_PLANE_ROLES } from "../../components/access/roles";

/** Lower-case ARM types of the extension documents. */
export const EXTENSION_TYPES: Record<string, DocKind> = {
    "microsoft.network/privateendpoints": "privateEndpoint",
    "microsoft.network/privateendpoints/privatednszonegroups": "privateDnsZoneGroup",
    "microsoft.insights/diagnosticsettings": "diagnosticSetting",
    "microsoft.authorization/locks": "lock",
    "microsoft.authorization/roleassignments": "controlRoleAssignment",
};

const PRIVATE_ENDPOINT_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/privateEndpoints\/([^/]+)\/?$/i;
const ZONE_GROUP_ID =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/privateEndpoints\/([^/]+)\/privateDnsZoneGroups\/([^/]+)\/?$/i;
/** `<scope>/providers/<namespace>/<type>/<name>` of an extension resource. */
const EXTENSION_ID = /^(.*)\/providers\/(Microsoft\.Insights|Microsoft\.Authorization)\/(diagnosticSettings|locks|roleAssignments)\/([^/]+)\/?$/i;
const GROUP_SCOPE = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)$/i;
const SUBSCRIPTION_SCOPE = /^\/subscriptions\/([^/]+)$/i;

/** The canonical spelling of each extension type, for ids the stack derives the same way (stack/import.ts). */
const CANONICAL: Record<string, string> = {
    diagnosticsettings: "Microsoft.Insights/diagnosticSettings",
    locks: "Microsoft.Authorization/locks",
    roleassignments: "Microsoft.Authorization/roleAssignments",
};

/** The subscription and resource group of a private endpoint (its document's own fields are its account's). */
export function endpointLocation(id: string): { subscriptionId: string; resourceGroup: string } {
    const m = PRIVATE_ENDPOINT_ID.exec(id);
    return { subscriptionId: m?.[1] ?? "", resourceGroup: m?.[2] ?? "" };
}

/** A sub-resource in either shape: the REST API's `{ name, id, properties: {...} }` or the CLI's flattened one. */
export function flat(value: unknown): Json {
    if (!isObject(value)) return {};
    const { properties, ...rest } = value;
    return isObject(properties) ? { ...rest, ...properties } : { ...rest };
}

/** The connections of an endpoint document (auto-approved and manual), flattened. */
export function connectionsOf(properties: Json): { manual: boolean; connection: Json }[] {
    const list = (v: unknown) => (Array.isArray(v) ? v.map(flat) : []);
    return [
        ...list(properties.privateLinkServiceConnections).map((connection) => ({ manual: false, connection })),
        ...list(properties.manualPrivateLinkServiceConnections).map((connection) => ({ manual: true, connection })),
    ];
}

function accountFields(accountId: string, where: string): Pick<ArmDocument, "subscriptionId" | "resourceGroup" | "account" | "accountId"> {
    const parsed = parseArmId(accountId, where);
    return {
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
        account: parsed.account,
        accountId: canonicalId({ ...parsed, children: [] }),
    };
}

const isAccountId = (id: string): boolean => {
    try {
        return parseArmId(id, "").children.length === 0;
    } catch {
        return false;
    }
};

export function classifyExtension(doc: Json & { id: string; type: string }, kind: DocKind, where: string): ArmDocument | { skipped: string } {
    const properties = restProperties(doc);
    const envelope = envelopeOf(doc);
    const base = { kind, source: where, envelope, properties };
    if (kind === "privateEndpoint") {
        const m = PRIVATE_ENDPOINT_ID.exec(doc.id);
        if (!m)
            throw new AdoptInputError(
                `${where}: id '${doc.id}' is not a private endpoint id (/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/privateEndpoints/<name>)`,
            );
        const targets = connectionsOf(properties)
            .map((c) => c.connection.privateLinkServiceId)
            .filter((id): id is string => typeof id === "string");
        const account = targets.find(isAccountId);
        if (!account) {
            throw new AdoptInputError(
                `${where}: private endpoint '${m[3]}' connects to ${targets.length ? targets.join(", ") : "nothing"}, not to a Cosmos DB account; give only the accounts' endpoints`,
            );
        }
        return {
            ...base,
            ...accountFields(account, where),
            id: `/subscriptions/${m[1]}/resourceGroups/${m[2]}/providers/Microsoft.Network/privateEndpoints/${m[3]}`,
            name: m[3],
        };
    }
    if (kind === "privateDnsZoneGroup") {
        const m = ZONE_GROUP_ID.exec(doc.id);
        if (!m)
            throw new AdoptInputError(
                `${where}: id '${doc.id}' is not a private DNS zone group id (/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/privateEndpoints/<endpoint>/privateDnsZoneGroups/<name>)`,
            );
        const endpoint = `/subscriptions/${m[1]}/resourceGroups/${m[2]}/providers/Microsoft.Network/privateEndpoints/${m[3]}`;
        // The account is the endpoint's: the grouping fills it in.
        return {
            ...base,
            subscriptionId: m[1],
            resourceGroup: m[2],
            account: "",
            accountId: "",
            id: `${endpoint}/privateDnsZoneGroups/${m[4]}`,
            name: m[4],
            parentId: endpoint,
        };
    }
    const m = EXTENSION_ID.exec(doc.id);
    const what = kind === "diagnosticSetting" ? "diagnostic setting" : kind === "lock" ? "management lock" : "role assignment";
    if (!m || EXTENSION_TYPES[`${m[2]}/${m[3]}`.toLowerCase()] !== kind) {
        throw new AdoptInputError(`${where}: id '${doc.id}' is not a ${what} id (<scope>/providers/${doc.type}/<name>)`);
    }
    const [, scope, , type, name] = m;
    const id = (scopeId: string) => `${scopeId}/providers/${CANONICAL[type.toLowerCase()]}/${name}`;
    if (isAccountId(scope)) {
        const fields = accountFields(scope, where);
        return { ...base, ...fields, id: id(fields.accountId), name, ...(kind === "controlRoleAssignment" ? { scope: "account" as const } : {}) };
    }
    const group = GROUP_SCOPE.exec(scope);
    const subscription = SUBSCRIPTION_SCOPE.exec(scope);
    if (kind === "diagnosticSetting")
        throw new AdoptInputError(
            `${where}: diagnostic setting '${name}' is ${scope ? `of ${scope}` : "the subscription's activity log export"}, not of a Cosmos DB account`,
        );
    if (kind === "lock") {
        if (group)
            return {
                skipped: `${doc.id}: a lock on resource group '${group[2]}', inherited by the account: the stack leaves the group unmanaged (resourceGroup.create: false), so the lock is not adopted and stays as it is`,
            };
        if (subscription) return { skipped: `${doc.id}: a lock on the subscription, inherited by the account: not adopted, it stays as it is` };
    } else {
        const role =
            typeof properties.roleDefinitionId === "string" ? /\/roleDefinitions\/([^/]+)$/i.exec(properties.roleDefinitionId)?.[1]?.toLowerCase() : undefined;
        const cosmosRole = Object.entries(CONTROL_PLANE_ROLES).find(([, guid]) => guid === role)?.[0];
        if (group && cosmosRole) {
            return {
                ...base,
                subscriptionId: group[1],
                resourceGroup: group[2],
                account: "",
                accountId: "",
                id: id(`/subscriptions/${group[1]}/resourceGroups/${group[2]}`),
                name,
                scope: "resourceGroup",
            };
        }
        if (group)
            return {
                skipped: `${doc.id}: an assignment of ${describeRole(properties)} at resource group '${group[2]}', not a Cosmos DB role of access.controlRoles: not adopted, it stays as it is`,
            };
        if (subscription || scope === "" || /^\/providers\/Microsoft\.Management\/managementGroups\//i.test(scope)) {
            return {
                skipped: `${doc.id}: an assignment at ${scope === "" ? "the tenant root" : subscription ? "the subscription" : "a management group"}, inherited by the account: not adopted, it stays as it is`,
            };
        }
        try {
            // Below the account (a database or container): the account's own, which the rows refuse by name.
            const parsed = parseArmId(scope, where);
            return { ...base, ...accountFields(canonicalId({ ...parsed, children: [] }), where), id: id(canonicalId(parsed)), name, scope: "below" };
        } catch {
            // Another resource's: not this estate's.
        }
    }
    throw new AdoptInputError(`${where}: ${what} '${name}' is of ${scope || "the tenant root"}, not of a Cosmos DB account or its resource group`);
}

/** A role assignment's role for messages: the CLI's `roleDefinitionName` when present, else its definition id. */
function describeRole(properties: Json): string {
    return typeof properties.roleDefinitionName === "string" ? `'${properties.roleDefinitionName}'` : `role ${String(properties.roleDefinitionId)}`;
}
