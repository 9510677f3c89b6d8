/**
 * A private endpoint of the account (Microsoft.Network/privateEndpoints, API 2024-05-01, as
 * azure-native 3.x plans it) and its DNS zone group, one row per ARM property, mapped to a
 * `network.privateEndpoints` entry and to the inputs components/network/component.ts plans for it: the
 * endpoint in the account's resource group, one connection to the account (group `Sql`), its
 * static IPs, connection and network interface names, and a zone group `default` with one zone
 * config `privatelink-documents-azure-com` in the existing zone (`network.privateDnsZoneId`).
 * https://learn.microsoft.com/rest/api/virtualnetwork/private-endpoints/get
 * https://learn.microsoft.com/rest/api/virtualnetwork/private-dns-zone-groups/get
 * https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
 */
import { PRIVATE_DNS_ZONE, SQL_GROUP_ID } from "../../../components/network/component";
import { networkExtensions } from "../../../stack/config/security-schema";
import { connectionsOf, flat } from "../extensions";
import { Row, RowContext, sameJson, schemaReason } from "../table";
import { programmaticRegion } from "./account";
import type { Json } from "../../model/json";

const READ_ONLY = "read-only (Azure reports it; nothing to configure)";
/** What the PrivateNetwork component names its zone group, and its one zone config. */
export const ZONE_GROUP_NAME = "default";
export const ZONE_CONFIG_NAME = PRIVATE_DNS_ZONE.replace(/\./g, "-");

export interface EndpointRowContext extends RowContext {
    /** The account's ARM id as the stack imports it (the `id` the endpoint's connection takes at deployment). */
    accountImportId: string;
    /** The account's write region (an endpoint's default location) and tags (the stack tags endpoints as the account). */
    writeRegion: string;
    accountTags: Json;
    /** The offline plan cannot know the account's id: the connection's path, for the round trip. */
    atDeploy(path: string, value: string): void;
}

/** What azure-native's SDK sends with a subnet reference when the program gives only its id. */
export const SUBNET_REFERENCE_DEFAULTS = { privateEndpointNetworkPolicies: "Disabled", privateLinkServiceNetworkPolicies: "Enabled" } as const;

/** The schema's own rules for what an endpoint entry may say. */
const endpointSchema = networkExtensions.privateEndpoints.unwrap().element;
const zoneIdSchema = networkExtensions.privateDnsZoneId.unwrap();

/** A key of the endpoint entry, checked against the schema: a gap when the stack file could not say it. */
function checked(ctx: RowContext, arm: string, key: string, value: unknown): boolean {
    const parsed = (endpointSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }>)[
        key
    ].safeParse(value);
    if (!parsed.success) ctx.gap(arm, value, schemaReason(parsed.error?.issues ?? [{ message: "refused" }]));
    return parsed.success;
}

/** Keys a flattened sub-resource may hold besides its settings: the REST envelope, the CLI's additions, status. */
const SUB_ENVELOPE = ["id", "name", "type", "etag", "resourceGroup", "provisioningState"];

function unknownKeys(value: Json, known: readonly string[], at: string, ctx: RowContext): boolean {
    const extra = Object.keys(value).filter((k) => !known.includes(k) && !SUB_ENVELOPE.includes(k));
    for (const k of extra) ctx.gap(`${at}.${k}`, value[k], "not a setting the stack config knows; adopt would drop it");
    return extra.length === 0;
}

const connectionRow: Row<EndpointRowContext> = {
    arm: "properties.privateLinkServiceConnections",
    apply(_value, ctx) {
        const connections = connectionsOf(ctx.doc.properties);
        if (connections.length !== 1) {
            return ctx.gap(
                "properties.privateLinkServiceConnections",
                connections.map((c) => c.connection.name),
                "the stack's endpoint has exactly one connection, to its account",
            );
        }
        const [{ manual, connection }] = connections;
        const at = `properties.${manual ? "manualPrivateLinkServiceConnections" : "privateLinkServiceConnections"}[0]`;
        if (!unknownKeys(connection, ["privateLinkServiceId", "groupIds", "requestMessage", "privateLinkServiceConnectionState"], at, ctx)) return;
        if (!sameJson(connection.groupIds, [SQL_GROUP_ID])) {
            return ctx.gap(
                `${at}.groupIds`,
                connection.groupIds,
                `the stack config adopts endpoints of group ${SQL_GROUP_ID} (a dedicated gateway's SqlDedicated endpoint comes with the gateway, which adopt does not take)`,
            );
        }
        if (connection.privateLinkServiceId !== ctx.accountImportId) {
            return ctx.gap(
                `${at}.privateLinkServiceId`,
                connection.privateLinkServiceId,
                `the stack connects the endpoint to the account's id as it imports it (${ctx.accountImportId}); the provider compares the strings, so a different spelling would show as an update`,
            );
        }
        const name =
            typeof connection.name === "string" && connection.name !== ""
                ? connection.name
                : ((typeof connection.id === "string" ? connection.id : "").split("/").pop() ?? "");
        if (name !== `${ctx.doc.name}-${SQL_GROUP_ID.toLowerCase()}`) {
            if (!checked(ctx, `${at}.name`, "connectionName", name)) return;
            ctx.set(["connectionName"], name);
        }
        const message = typeof connection.requestMessage === "string" ? connection.requestMessage : "";
        const input: Json = { groupIds: [SQL_GROUP_ID], name, privateLinkServiceId: connection.privateLinkServiceId };
        if (manual) {
            if (!checked(ctx, `${at}.requestMessage`, "manualApproval", { requestMessage: message })) return;
            ctx.set(["manualApproval"], { requestMessage: message });
            ctx.input(["manualPrivateLinkServiceConnections"], [{ ...input, requestMessage: message }]);
            ctx.atDeploy("manualPrivateLinkServiceConnections[0].privateLinkServiceId", ctx.accountImportId);
        } else {
            if (message !== "") return ctx.gap(`${at}.requestMessage`, message, "the program sends no request message with an auto-approved connection");
            ctx.input(["privateLinkServiceConnections"], [input]);
            ctx.atDeploy("privateLinkServiceConnections[0].privateLinkServiceId", ctx.accountImportId);
        }
    },
};

export const PRIVATE_ENDPOINT_ROWS: readonly Row<EndpointRowContext>[] = [
    {
        arm: "location",
        apply(value, ctx) {
            const region = programmaticRegion(value);
            if (!region) return ctx.gap("location", value, "not an Azure public-cloud region of components/shared/regions.ts");
            if (region !== ctx.writeRegion) ctx.set(["location"], region);
            ctx.input(["location"], region);
        },
    },
    {
        arm: "tags",
        azureDefault: {},
        apply(value, ctx) {
            if (!sameJson(value, ctx.accountTags))
                return ctx.gap(
                    "tags",
                    value,
                    `the stack tags its endpoints as the account (${JSON.stringify(ctx.accountTags)}); align the endpoint's tags in Azure first`,
                );
            ctx.input(["tags"], value);
        },
    },
    { arm: "extendedLocation", gap: "an endpoint in an extended location (edge zone) is not in the stack config" },
    ...["provisioningState", "networkInterfaces", "customDnsConfigs", "resourceGuid"].map(
        (p): Row<EndpointRowContext> => ({ arm: `properties.${p}`, ignore: READ_ONLY }),
    ),
    connectionRow,
    { arm: "properties.manualPrivateLinkServiceConnections", ignore: "read with privateLinkServiceConnections" },
    {
        arm: "properties.subnet",
        apply(value, ctx) {
            const id = flat(value).id;
            if (typeof id !== "string" || !checked(ctx, "properties.subnet.id", "subnet", id)) return;
            ctx.set(["subnet"], id);
            // azure-native's SDK adds the subnet's network-policy defaults to every reference
            // (types/input subnetArgsProvideDefaults); Azure reads only the id of the endpoint's
            // subnet and reports only that, so they are planned as the SDK fills them in
            // (an assumption, docs/runbooks/adopt.md; pulumi/pulumi-azure-native#1845).
            ctx.input(["subnet"], { id, ...SUBNET_REFERENCE_DEFAULTS });
        },
    },
    {
        arm: "properties.ipConfigurations",
        azureDefault: [],
        apply(value, ctx) {
            const stored = Array.isArray(value) ? value.map(flat) : [];
            if (stored.length === 0) return;
            const config: Json[] = [];
            const inputs: Json[] = [];
            stored.forEach((ip, i) => {
                const at = `properties.ipConfigurations[${i}]`;
                if (!unknownKeys(ip, ["groupId", "memberName", "privateIPAddress"], at, ctx)) return;
                if (ip.groupId !== SQL_GROUP_ID) return ctx.gap(`${at}.groupId`, ip.groupId, `the endpoint's static addresses are of group ${SQL_GROUP_ID}`);
                const entry: Json = {
                    memberName: ip.memberName,
                    privateIPAddress: ip.privateIPAddress,
                    ...(ip.name !== `ipconfig-${String(ip.memberName)}` ? { name: ip.name } : {}),
                };
                config.push(entry);
                inputs.push({ groupId: SQL_GROUP_ID, memberName: ip.memberName, name: ip.name, privateIPAddress: ip.privateIPAddress });
            });
            if (config.length < stored.length || !checked(ctx, "properties.ipConfigurations", "ipConfigurations", config)) return;
            ctx.set(["ipConfigurations"], config);
            ctx.input(["ipConfigurations"], inputs);
        },
    },
    {
        arm: "properties.customNetworkInterfaceName",
        azureDefault: "",
        apply(value, ctx) {
            if (value === "" || !checked(ctx, "properties.customNetworkInterfaceName", "networkInterfaceName", value)) return;
            ctx.set(["networkInterfaceName"], value);
            ctx.input(["customNetworkInterfaceName"], value);
        },
    },
    { arm: "properties.applicationSecurityGroups", azureDefault: [], gap: "application security groups on an endpoint are not in the stack config" },
    // API versions after 2024-05-01 (the one azure-native 3.x sends) report it.
    { arm: "properties.ipVersionType", azureDefault: "IPv4", gap: "only IPv4 endpoints are in the stack config" },
];

/** The zone group: `default`, with one zone config in the `privatelink.documents.azure.com` zone. */
export const ZONE_GROUP_ROWS: readonly Row<RowContext>[] = [
    { arm: "properties.provisioningState", ignore: READ_ONLY },
    {
        arm: "properties.privateDnsZoneConfigs",
        apply(value, ctx) {
            const configs = Array.isArray(value) ? value.map(flat) : [];
            if (ctx.doc.name !== ZONE_GROUP_NAME)
                return ctx.gap("name", ctx.doc.name, `the stack names an endpoint's zone group '${ZONE_GROUP_NAME}' (a rename replaces it)`);
            if (configs.length !== 1)
                return ctx.gap("properties.privateDnsZoneConfigs", value, `the stack's zone group has one zone config, in the ${PRIVATE_DNS_ZONE} zone`);
            const [config] = configs;
            if (!unknownKeys(config, ["privateDnsZoneId", "recordSets"], "properties.privateDnsZoneConfigs[0]", ctx)) return;
            if (config.name !== ZONE_CONFIG_NAME)
                return ctx.gap("properties.privateDnsZoneConfigs[0].name", config.name, `the stack names the zone config '${ZONE_CONFIG_NAME}'`);
            const zone = config.privateDnsZoneId;
            if (typeof zone !== "string")
                return ctx.gap("properties.privateDnsZoneConfigs[0].privateDnsZoneId", zone, "a zone config names its private DNS zone (privateDnsZoneId)");
            const parsed = zoneIdSchema.safeParse(zone);
            if (!parsed.success) return ctx.gap("properties.privateDnsZoneConfigs[0].privateDnsZoneId", zone, schemaReason(parsed.error.issues));
            ctx.set(["privateDnsZoneId"], zone);
            ctx.input(["privateDnsZoneGroupName"], ZONE_GROUP_NAME);
            ctx.input(["privateDnsZoneConfigs"], [{ name: ZONE_CONFIG_NAME, privateDnsZoneId: zone }]);
        },
    },
];
