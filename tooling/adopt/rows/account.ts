/**
 * The account's ARM properties (Microsoft.DocumentDB/databaseAccounts, API 2025-10-15), one row
 * each: read-only, a gap unless Azure's default, or a mapping to `account`, `network` and `tags`
 * and to the DatabaseAccount inputs that components/account/component.ts plans for them.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get
 */
import { defaultZoneRedundant } from "../../../components/account/defaults";
import { findRegion } from "../../../components/shared/regions";
import { checkIpRule, normaliseIpRules, parseCidr } from "../../../components/shared/ip";
import { Row, RowContext, schemaReason } from "../table";
import { FEATURE_ROWS } from "./account-features";
import { isObject, Json, objects as list } from "../../model/json";
import { securitySchema } from "../../../stack/config/security-schema";

/** The schema's own key URI rule, so adopt accepts exactly what a stack file may say. */
const keyUriSchema = securitySchema.shape.customerManagedKey.unwrap().shape.keyVaultKeyUri;

/** The note on an endpoint connection whose endpoint's own document is not in the input (convert-extensions.ts drops it for an adopted one). */
export const PRIVATE_ENDPOINT_NOT_GIVEN = "not adopted without the endpoint's own document (az network private-endpoint show); it stays as it is";

export interface AccountRowContext extends RowContext {
    production: boolean;
}

const READ_ONLY = "read-only (Azure reports it; nothing to configure)";

/** `West Europe` -> `westeurope`, or undefined when the region is not catalogued. */
export function programmaticRegion(name: unknown): string | undefined {
    return typeof name === "string" ? findRegion(name)?.name : undefined;
}

/** Locations sorted by failover priority, as the program plans them. */
function sortedLocations(value: unknown): Json[] {
    return [...list(value)].sort((a, b) => Number(a.failoverPriority) - Number(b.failoverPriority));
}

function flag(
    arm: string,
    configPath: string[],
    input: string,
    options: { invert?: boolean; azureDefault: boolean; projectDefault: boolean; why?: string },
): Row<AccountRowContext> {
    return {
        arm: `properties.${arm}`,
        azureDefault: options.azureDefault,
        apply(value, ctx) {
            if (typeof value !== "boolean") return ctx.gap(`properties.${arm}`, value, "expected true or false");
            const setting = options.invert ? !value : value;
            if (setting !== options.projectDefault) {
                ctx.set(configPath, setting);
                ctx.comment(configPath, `project default: ${options.projectDefault}${options.why ? ` (${options.why})` : ""}`);
            }
            ctx.input([input], value);
        },
    };
}

/** https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys#use-a-user-assigned-managed-identity */
const USER_ASSIGNED_DEFAULT = /^UserAssignedIdentity=(.+)$/;

/**
 * A customer-managed key as the stack config says it: a key URI, and one user-assigned identity
 * that is the account's default identity (`UserAssignedIdentity=<its id>`), which the program
 * sends as the account's only user-assigned identity. Anything else (the system-assigned or the
 * first-party identity reading the key, several user-assigned identities, a user-assigned identity
 * without a key) is the reason it cannot be said.
 */
export function customerManagedKeyOf(properties: Json, identity: unknown): { keyVaultKeyUri: string; identity: string } | string {
    const type = isObject(identity) ? identity.type : undefined;
    const assigned = isObject(identity) && isObject(identity.userAssignedIdentities) ? Object.keys(identity.userAssignedIdentities) : [];
    const uri = properties.keyVaultKeyUri;
    if (typeof uri !== "string" || uri === "") return "a user-assigned identity without a customer-managed key: the stack attaches one only to read its key";
    const fallback = properties.defaultIdentity ?? "FirstPartyIdentity";
    const chosen = typeof fallback === "string" ? USER_ASSIGNED_DEFAULT.exec(fallback)?.[1] : undefined;
    if (!chosen)
        return `the key is read through ${typeof fallback === "string" ? fallback : JSON.stringify(fallback)}; the stack config's customer-managed key uses a user-assigned identity (switch the default identity in Azure first)`;
    if ((type !== "UserAssigned" && type !== "SystemAssigned,UserAssigned") || assigned.length !== 1 || assigned[0] !== chosen) {
        return `the stack sends exactly one user-assigned identity, the key's (${chosen}); the account has ${assigned.length ? assigned.join(", ") : "none"} (identity type ${type === undefined ? "not given" : JSON.stringify(type)})`;
    }
    return { keyVaultKeyUri: uri, identity: chosen };
}

/** The key's URI (the stack config's `security.customerManagedKey`), with the identity that reads it. */
const customerManagedKeyRow: Row<AccountRowContext> = {
    arm: "properties.keyVaultKeyUri",
    apply(value, ctx) {
        const key = customerManagedKeyOf(ctx.doc.properties, ctx.doc.envelope.identity);
        if (typeof key === "string") return ctx.gap("properties.keyVaultKeyUri", value, key);
        const parsed = keyUriSchema.safeParse(key.keyVaultKeyUri);
        if (!parsed.success) return ctx.gap("properties.keyVaultKeyUri", value, schemaReason(parsed.error.issues));
        ctx.set(["security", "customerManagedKey"], { keyVaultKeyUri: key.keyVaultKeyUri, identity: key.identity });
        ctx.comment(
            ["security", "customerManagedKey"],
            "set by adopt: the account's key, read through its existing user-assigned identity (by resource id); fixed at creation",
        );
        ctx.input(["keyVaultKeyUri"], key.keyVaultKeyUri);
    },
};

export const ACCOUNT_ROWS: readonly Row<AccountRowContext>[] = [
    // Envelope.
    {
        arm: "location",
        apply(value, ctx) {
            const region = programmaticRegion(value);
            const write = programmaticRegion(sortedLocations(ctx.doc.properties.locations)[0]?.locationName);
            if (!region) return ctx.gap("location", value, "not an Azure public-cloud region of components/shared/regions.ts");
            if (write === undefined)
                return ctx.gap(
                    "properties.locations",
                    ctx.doc.properties.locations,
                    "the account lists no region (locations) the stack config can name; it takes the write region from there",
                );
            if (region !== write)
                return ctx.gap(
                    "location",
                    value,
                    `the project sets the account's location to its write region ('${write}'); an account created elsewhere and failed over cannot be expressed`,
                );
            ctx.input(["location"], region);
        },
    },
    { arm: "kind", azureDefault: "GlobalDocumentDB", apply: (value, ctx) => ctx.input(["kind"], value) },
    {
        arm: "tags",
        azureDefault: {},
        apply(value, ctx) {
            if (!isObject(value) || !Object.values(value).every((v) => typeof v === "string")) return ctx.gap("tags", value, "tags are string values");
            ctx.set(["tags"], value);
            ctx.input(["tags"], value);
        },
    },
    {
        arm: "identity",
        azureDefault: { type: "None" },
        apply(value, ctx) {
            const type = isObject(value) ? value.type : undefined;
            if (type === "SystemAssigned" || type === "None") {
                if (type === "None") {
                    ctx.set(["account", "systemAssignedIdentity"], false);
                    ctx.comment(["account", "systemAssignedIdentity"], "project default: true (a system-assigned identity)");
                }
                ctx.input(["identity"], { type });
                return;
            }
            // A user-assigned identity is the customer-managed key's (customerManagedKeyRow).
            const key = customerManagedKeyOf(ctx.doc.properties, value);
            if (typeof key === "string") return ctx.gap("identity", value, key);
            if (type === "UserAssigned") {
                ctx.set(["account", "systemAssignedIdentity"], false);
                ctx.comment(["account", "systemAssignedIdentity"], "project default: true (a system-assigned identity)");
            }
            ctx.input(["identity"], { type, userAssignedIdentities: [key.identity] });
        },
    },
    // Read-only or status.
    // EnabledApiTypes: older API versions report the API the kind and capabilities give.
    ...[
        "provisioningState",
        "documentEndpoint",
        "writeLocations",
        "readLocations",
        "failoverPolicies",
        "instanceId",
        "keysMetadata",
        "customerManagedKeyStatus",
        "keyVaultKeyUriVersion",
        "EnabledApiTypes",
        "enabledApiTypes",
    ].map((p): Row<AccountRowContext> => ({ arm: `properties.${p}`, ignore: READ_ONLY })),
    {
        arm: "properties.privateEndpointConnections",
        apply(value, ctx) {
            for (const c of list(value)) {
                const endpoint = isObject(c.properties) && isObject(c.properties.privateEndpoint) ? c.properties.privateEndpoint.id : c.id;
                ctx.note(`${ctx.doc.id}: private endpoint connection to ${String(endpoint)}: ${PRIVATE_ENDPOINT_NOT_GIVEN}`);
            }
        },
    },
    // Settings.
    {
        arm: "properties.databaseAccountOfferType",
        azureDefault: "Standard",
        apply: (value, ctx) =>
            value === "Standard"
                ? ctx.input(["databaseAccountOfferType"], value)
                : ctx.gap("properties.databaseAccountOfferType", value, "the only offer type is Standard"),
    },
    {
        arm: "properties.locations",
        apply(value, ctx) {
            const regions = sortedLocations(value).map((l) => {
                const name = programmaticRegion(l.locationName);
                if (!name) ctx.gap("properties.locations", l.locationName, "not an Azure public-cloud region of components/shared/regions.ts");
                return { name: name ?? String(l.locationName), failoverPriority: Number(l.failoverPriority), zoneRedundant: l.isZoneRedundant === true };
            });
            ctx.set(
                ["account", "regions"],
                regions.map((r) => ({ name: r.name, failoverPriority: r.failoverPriority, zoneRedundant: r.zoneRedundant })),
            );
            regions.forEach((r, i) => {
                if (r.zoneRedundant !== defaultZoneRedundant(r.name))
                    ctx.comment(["account", "regions", i, "zoneRedundant"], `project default here: ${defaultZoneRedundant(r.name)}`);
            });
            ctx.input(
                ["locations"],
                regions.map((r) => ({ failoverPriority: r.failoverPriority, isZoneRedundant: r.zoneRedundant, locationName: r.name })),
            );
        },
    },
    {
        arm: "properties.consistencyPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            const level = policy.defaultConsistencyLevel;
            const bounded = level === "BoundedStaleness";
            // Azure reports the staleness bounds for every level; they only apply to BoundedStaleness.
            const consistency = bounded
                ? { level, maxStalenessPrefix: policy.maxStalenessPrefix, maxIntervalInSeconds: policy.maxIntervalInSeconds }
                : { level };
            ctx.set(["account", "consistency"], consistency);
            if (level !== "Session") ctx.comment(["account", "consistency"], "project default: Session");
            ctx.input(
                ["consistencyPolicy"],
                bounded
                    ? { defaultConsistencyLevel: level, maxIntervalInSeconds: policy.maxIntervalInSeconds, maxStalenessPrefix: policy.maxStalenessPrefix }
                    : { defaultConsistencyLevel: level },
            );
        },
    },
    flag("enableAutomaticFailover", ["account", "automaticFailover"], "enableAutomaticFailover", {
        azureDefault: false,
        projectDefault: true,
        why: "fail over when the write region is down",
    }),
    flag("enableMultipleWriteLocations", ["account", "multiRegionWrites"], "enableMultipleWriteLocations", { azureDefault: false, projectDefault: false }),
    flag("disableLocalAuth", ["account", "localAuth"], "disableLocalAuth", {
        invert: true,
        azureDefault: false,
        projectDefault: false,
        why: "Entra ID only, no keys",
    }),
    flag("disableKeyBasedMetadataWriteAccess", ["account", "keyBasedMetadataWrites"], "disableKeyBasedMetadataWriteAccess", {
        invert: true,
        azureDefault: false,
        projectDefault: false,
    }),
    flag("enableAnalyticalStorage", ["account", "analyticalStorage"], "enableAnalyticalStorage", { azureDefault: false, projectDefault: false }),
    flag("enableBurstCapacity", ["account", "burstCapacity"], "enableBurstCapacity", { azureDefault: false, projectDefault: false }),
    flag("enableFreeTier", ["account", "freeTier"], "enableFreeTier", { azureDefault: false, projectDefault: false }),
    ...FEATURE_ROWS,
    {
        arm: "properties.backupPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            if (policy.migrationState !== undefined)
                return ctx.gap(
                    "properties.backupPolicy.migrationState",
                    policy.migrationState,
                    "a backup mode migration is under way; adopt after it has finished",
                );
            const projectTier = ctx.production ? "Continuous30Days" : "Continuous7Days";
            if (policy.type === "Continuous") {
                const tier = isObject(policy.continuousModeProperties) ? policy.continuousModeProperties.tier : undefined;
                const resolved = tier ?? "Continuous30Days";
                ctx.set(["account", "backup"], { type: "Continuous", tier: resolved });
                if (resolved !== projectTier) ctx.comment(["account", "backup"], `project default here: Continuous, ${projectTier}`);
                ctx.input(["backupPolicy"], { continuousModeProperties: { tier: resolved }, type: "Continuous" });
            } else if (policy.type === "Periodic") {
                const p = isObject(policy.periodicModeProperties) ? policy.periodicModeProperties : {};
                const redundancy = p.backupStorageRedundancy ?? "Geo";
                ctx.set(["account", "backup"], {
                    type: "Periodic",
                    intervalMinutes: p.backupIntervalInMinutes,
                    retentionHours: p.backupRetentionIntervalInHours,
                    storageRedundancy: redundancy,
                });
                ctx.comment(
                    ["account", "backup"],
                    `project default here: Continuous, ${projectTier} (point-in-time restore); periodic to continuous is its own update`,
                );
                ctx.input(["backupPolicy"], {
                    periodicModeProperties: {
                        backupIntervalInMinutes: p.backupIntervalInMinutes,
                        backupRetentionIntervalInHours: p.backupRetentionIntervalInHours,
                        backupStorageRedundancy: redundancy,
                    },
                    type: "Periodic",
                });
            } else {
                ctx.gap("properties.backupPolicy.type", policy.type, "expected Continuous or Periodic");
            }
        },
    },
    {
        arm: "properties.minimalTlsVersion",
        azureDefault: "Tls12",
        apply: (value, ctx) =>
            value === "Tls12"
                ? ctx.input(["minimalTlsVersion"], value)
                : ctx.gap(
                      "properties.minimalTlsVersion",
                      value,
                      "the stack config accepts Tls12 only (Azure retired TLS 1.0 and 1.1); raise it in Azure first",
                  ),
    },
    {
        arm: "properties.capacity",
        azureDefault: { totalThroughputLimit: -1 },
        apply(value, ctx) {
            const limit = isObject(value) ? value.totalThroughputLimit : undefined;
            if (limit === -1 || limit === undefined) return; // no limit: the program sends no capacity
            ctx.set(["account", "totalThroughputLimit"], limit);
            ctx.input(["capacity"], { totalThroughputLimit: limit });
        },
    },
    // Network.
    {
        arm: "properties.publicNetworkAccess",
        azureDefault: "Enabled",
        apply(value, ctx) {
            if (value !== "Enabled" && value !== "Disabled" && value !== "SecuredByPerimeter")
                return ctx.gap("properties.publicNetworkAccess", value, "the stack config accepts Enabled, Disabled or SecuredByPerimeter");
            ctx.set(["network", "publicNetworkAccess"], value);
            if (value !== "Disabled") ctx.comment(["network", "publicNetworkAccess"], "project default: Disabled (private endpoints only)");
            ctx.input(["publicNetworkAccess"], value);
        },
    },
    {
        arm: "properties.ipRules",
        azureDefault: [],
        apply(value, ctx) {
            const rules = list(value).map((r) => String(r.ipAddressOrRange));
            for (const rule of rules) {
                const problem = checkIpRule(rule);
                if (problem) ctx.gap("properties.ipRules", rule, problem);
            }
            if (rules.length > 0) ctx.set(["network", "ipRules"], rules);
            if (rules.some((r) => !checkIpRule(r) && parseCidr(r).address === 0 && parseCidr(r).prefix === 32)) {
                ctx.set(["network", "allowAzureDatacenters"], true);
                ctx.comment(
                    ["network", "allowAzureDatacenters"],
                    "set by adopt: the account admits 0.0.0.0 (every Azure datacenter, any tenant); policy cosmosdb-no-open-ip-rules",
                );
            }
            if (rules.some((r) => !checkIpRule(r) && parseCidr(r).prefix < 16)) {
                ctx.set(["network", "allowBroadIpRanges"], true);
                ctx.comment(["network", "allowBroadIpRanges"], "set by adopt: the account has IP rules broader than /16");
            }
            // The component sorts the rules; Azure's firewall holds them as a set (assumed, see docs/runbooks/adopt.md).
            ctx.input(
                ["ipRules"],
                normaliseIpRules(rules).map((ipAddressOrRange) => ({ ipAddressOrRange })),
            );
        },
    },
    {
        arm: "properties.isVirtualNetworkFilterEnabled",
        azureDefault: false,
        apply(value, ctx) {
            const rules = list(ctx.doc.properties.virtualNetworkRules);
            if (value !== rules.length > 0)
                return ctx.gap(
                    "properties.isVirtualNetworkFilterEnabled",
                    value,
                    `the project turns the VNet filter on exactly when there are virtual network rules (here ${rules.length})`,
                );
            ctx.input(["isVirtualNetworkFilterEnabled"], value);
        },
    },
    {
        arm: "properties.virtualNetworkRules",
        azureDefault: [],
        apply(value, ctx) {
            const rules = list(value).map((r) => ({ subnetId: String(r.id), ignoreMissingServiceEndpoint: r.ignoreMissingVNetServiceEndpoint === true }));
            if (rules.length > 0) ctx.set(["network", "virtualNetworkRules"], rules);
            ctx.input(
                ["virtualNetworkRules"],
                rules.map((r) => ({ id: r.subnetId, ignoreMissingVNetServiceEndpoint: r.ignoreMissingServiceEndpoint })),
            );
        },
    },
    {
        arm: "properties.networkAclBypass",
        azureDefault: "None",
        apply(value, ctx) {
            if (value !== "None" && value !== "AzureServices") return ctx.gap("properties.networkAclBypass", value, "expected None or AzureServices");
            if (value === "AzureServices") {
                ctx.set(["network", "networkAclBypass"], value);
                ctx.comment(["network", "networkAclBypass"], "project default: None");
            }
            ctx.input(["networkAclBypass"], value);
        },
    },
    {
        arm: "properties.networkAclBypassResourceIds",
        azureDefault: [],
        apply(value, ctx) {
            if (!Array.isArray(value) || !value.every((id) => typeof id === "string"))
                return ctx.gap("properties.networkAclBypassResourceIds", value, "expected a list of resource ids");
            if (value.length > 0 && ctx.doc.properties.networkAclBypass !== "AzureServices") {
                return ctx.gap(
                    "properties.networkAclBypassResourceIds",
                    value,
                    "the stack config lets resources through only with networkAclBypass AzureServices; Azure has None",
                );
            }
            if (value.length > 0) ctx.set(["network", "networkAclBypassResourceIds"], value);
            // The component sorts them; Azure's firewall holds them as a set (assumed, as IP rules; docs/runbooks/adopt.md).
            ctx.input(["networkAclBypassResourceIds"], [...value].sort());
        },
    },
    // Settings the config cannot express other than at Azure's default.
    // azure-native's SDK sends createMode "Default" when the program gives none.
    {
        arm: "properties.createMode",
        azureDefault: "Default",
        gap: "a restored account cannot be adopted (its restore parameters are create-only)",
        apply: (value, ctx) => ctx.input(["createMode"], value),
    },
    { arm: "properties.restoreParameters", gap: "a restored account cannot be adopted (its restore parameters are create-only)" },
    customerManagedKeyRow,
    {
        arm: "properties.defaultIdentity",
        azureDefault: "FirstPartyIdentity",
        apply(value, ctx) {
            if (value === "FirstPartyIdentity" && ctx.doc.properties.keyVaultKeyUri === undefined) return; // Azure's default; the program sends none
            const key = customerManagedKeyOf(ctx.doc.properties, ctx.doc.envelope.identity);
            // With a key, customerManagedKeyRow names what is wrong; without one, nothing but the default can be said.
            if (ctx.doc.properties.keyVaultKeyUri === undefined)
                ctx.gap("properties.defaultIdentity", value, "the stack config sets a default identity only for its own customer-managed key");
            else if (typeof key !== "string") ctx.input(["defaultIdentity"], value);
        },
    },
    { arm: "properties.apiProperties", azureDefault: {}, gap: "API properties belong to the MongoDB API" },
    { arm: "properties.enableCassandraConnector", azureDefault: false, gap: "the Cassandra connector is not modelled" },
    { arm: "properties.connectorOffer", gap: "the Cassandra connector is not modelled" },
    // Preview API versions report these; the GA API (2025-10-15) does not.
    { arm: "properties.diagnosticLogSettings", azureDefault: { enableFullTextQuery: "None" }, gap: "full-text query logging is not in the stack config" },
    { arm: "properties.enableMaterializedViews", azureDefault: false, gap: "materialized views are not in the stack config" },
];
