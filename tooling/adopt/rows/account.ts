/**
 * The account's ARM properties (Microsoft.DocumentDB/databaseAccounts, API 2025-10-15), one row
 * each: read-only, a gap unless Azure's default, or a mapping to `account`, `network` and `tags`
 * and to the DatabaseAccount inputs that components/account/component.ts plans for them.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get
 */
import { defaultZoneRedundant } from "../../../components/account/defaults";
import { findRegion } from "../../../components/shared/regions";
import { checkIpRule, normaliseIpRules, parseCidr } from "../../../components/shared/ip";
import { Row, RowContext } from "../table";
import { FEATURE_ROWS } from "./account-features";
import { isObject, Json, objects as list } from "../../model/json";

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

function flag(arm: string, configPath: string[], input: string, options: { invert?: boolean; azureDefault: boolean; projectDefault: boolean; why?: string }): Row<AccountRowContext> {
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

export const ACCOUNT_ROWS: readonly Row<AccountRowContext>[] = [
    // Envelope.
    {
        arm: "location",
        apply(value, ctx) {
            const region = programmaticRegion(value);
            const write = programmaticRegion(sortedLocations(ctx.doc.properties.locations)[0]?.locationName);
            if (!region) return ctx.gap("location", value, "not an Azure public-cloud region of components/shared/regions.ts");
            if (region !== write) return ctx.gap("location", value, `the project sets the account's location to its write region ('${write}'); an account created elsewhere and failed over cannot be expressed`);
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
            ctx.gap("identity", value, "user-assigned identities on the account: the stack attaches only an identity it creates, for a customer-managed key");
        },
    },
    // Read-only or status.
    // EnabledApiTypes: older API versions report the API the kind and capabilities give.
    ...["provisioningState", "documentEndpoint", "writeLocations", "readLocations", "failoverPolicies", "instanceId", "keysMetadata", "customerManagedKeyStatus", "keyVaultKeyUriVersion", "EnabledApiTypes", "enabledApiTypes"].map(
        (p): Row<AccountRowContext> => ({ arm: `properties.${p}`, ignore: READ_ONLY }),
    ),
    {
        arm: "properties.privateEndpointConnections",
        apply(value, ctx) {
            for (const c of list(value)) {
                const endpoint = isObject(c.properties) && isObject(c.properties.privateEndpoint) ? c.properties.privateEndpoint.id : c.id;
                ctx.note(`${ctx.doc.id}: private endpoint connection to ${String(endpoint)}: not adopted (the endpoint is managed where it was created; network.privateEndpoints creates new ones)`);
            }
        },
    },
    // Settings.
    { arm: "properties.databaseAccountOfferType", azureDefault: "Standard", apply: (value, ctx) => (value === "Standard" ? ctx.input(["databaseAccountOfferType"], value) : ctx.gap("properties.databaseAccountOfferType", value, "the only offer type is Standard")) },
    {
        arm: "properties.locations",
        apply(value, ctx) {
            const regions = sortedLocations(value).map((l) => {
                const name = programmaticRegion(l.locationName);
                if (!name) ctx.gap("properties.locations", l.locationName, "not an Azure public-cloud region of components/shared/regions.ts");
                return { name: name ?? String(l.locationName), failoverPriority: Number(l.failoverPriority), zoneRedundant: l.isZoneRedundant === true };
            });
            ctx.set(["account", "regions"], regions.map((r) => ({ name: r.name, failoverPriority: r.failoverPriority, zoneRedundant: r.zoneRedundant })));
            regions.forEach((r, i) => {
                if (r.zoneRedundant !== defaultZoneRedundant(r.name)) ctx.comment(["account", "regions", i, "zoneRedundant"], `project default here: ${defaultZoneRedundant(r.name)}`);
            });
            ctx.input(["locations"], regions.map((r) => ({ failoverPriority: r.failoverPriority, isZoneRedundant: r.zoneRedundant, locationName: r.name })));
        },
    },
    {
        arm: "properties.consistencyPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            const level = policy.defaultConsistencyLevel;
            const bounded = level === "BoundedStaleness";
            // Azure reports the staleness bounds for every level; they only apply to BoundedStaleness.
            const consistency = bounded ? { level, maxStalenessPrefix: policy.maxStalenessPrefix, maxIntervalInSeconds: policy.maxIntervalInSeconds } : { level };
            ctx.set(["account", "consistency"], consistency);
            if (level !== "Session") ctx.comment(["account", "consistency"], "project default: Session");
            ctx.input(["consistencyPolicy"], bounded ? { defaultConsistencyLevel: level, maxIntervalInSeconds: policy.maxIntervalInSeconds, maxStalenessPrefix: policy.maxStalenessPrefix } : { defaultConsistencyLevel: level });
        },
    },
    flag("enableAutomaticFailover", ["account", "automaticFailover"], "enableAutomaticFailover", { azureDefault: false, projectDefault: true, why: "fail over when the write region is down" }),
    flag("enableMultipleWriteLocations", ["account", "multiRegionWrites"], "enableMultipleWriteLocations", { azureDefault: false, projectDefault: false }),
    flag("disableLocalAuth", ["account", "localAuth"], "disableLocalAuth", { invert: true, azureDefault: false, projectDefault: false, why: "Entra ID only, no keys" }),
    flag("disableKeyBasedMetadataWriteAccess", ["account", "keyBasedMetadataWrites"], "disableKeyBasedMetadataWriteAccess", { invert: true, azureDefault: false, projectDefault: false }),
    flag("enableAnalyticalStorage", ["account", "analyticalStorage"], "enableAnalyticalStorage", { azureDefault: false, projectDefault: false }),
    flag("enableBurstCapacity", ["account", "burstCapacity"], "enableBurstCapacity", { azureDefault: false, projectDefault: false }),
    flag("enableFreeTier", ["account", "freeTier"], "enableFreeTier", { azureDefault: false, projectDefault: false }),
    ...FEATURE_ROWS,
    {
        arm: "properties.backupPolicy",
        apply(value, ctx) {
            const policy = isObject(value) ? value : {};
            if (policy.migrationState !== undefined) return ctx.gap("properties.backupPolicy.migrationState", policy.migrationState, "a backup mode migration is under way; adopt after it has finished");
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
                ctx.set(["account", "backup"], { type: "Periodic", intervalMinutes: p.backupIntervalInMinutes, retentionHours: p.backupRetentionIntervalInHours, storageRedundancy: redundancy });
                ctx.comment(["account", "backup"], `project default here: Continuous, ${projectTier} (point-in-time restore); periodic to continuous is its own update`);
                ctx.input(["backupPolicy"], { periodicModeProperties: { backupIntervalInMinutes: p.backupIntervalInMinutes, backupRetentionIntervalInHours: p.backupRetentionIntervalInHours, backupStorageRedundancy: redundancy }, type: "Periodic" });
            } else {
                ctx.gap("properties.backupPolicy.type", policy.type, "expected Continuous or Periodic");
            }
        },
    },
    {
        arm: "properties.minimalTlsVersion",
        azureDefault: "Tls12",
        apply: (value, ctx) => (value === "Tls12" ? ctx.input(["minimalTlsVersion"], value) : ctx.gap("properties.minimalTlsVersion", value, "the stack config accepts Tls12 only (Azure retired TLS 1.0 and 1.1); raise it in Azure first")),
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
            if (value !== "Enabled" && value !== "Disabled" && value !== "SecuredByPerimeter") return ctx.gap("properties.publicNetworkAccess", value, "the stack config accepts Enabled, Disabled or SecuredByPerimeter");
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
                ctx.comment(["network", "allowAzureDatacenters"], "set by adopt: the account admits 0.0.0.0 (every Azure datacenter, any tenant); policy cosmosdb-no-open-ip-rules");
            }
            if (rules.some((r) => !checkIpRule(r) && parseCidr(r).prefix < 16)) {
                ctx.set(["network", "allowBroadIpRanges"], true);
                ctx.comment(["network", "allowBroadIpRanges"], "set by adopt: the account has IP rules broader than /16");
            }
            // The component sorts the rules; Azure's firewall holds them as a set (assumed, see docs/runbooks/adopt.md).
            ctx.input(["ipRules"], normaliseIpRules(rules).map((ipAddressOrRange) => ({ ipAddressOrRange })));
        },
    },
    {
        arm: "properties.isVirtualNetworkFilterEnabled",
        azureDefault: false,
        apply(value, ctx) {
            const rules = list(ctx.doc.properties.virtualNetworkRules);
            if (value !== rules.length > 0) return ctx.gap("properties.isVirtualNetworkFilterEnabled", value, `the project turns the VNet filter on exactly when there are virtual network rules (here ${rules.length})`);
            ctx.input(["isVirtualNetworkFilterEnabled"], value);
        },
    },
    {
        arm: "properties.virtualNetworkRules",
        azureDefault: [],
        apply(value, ctx) {
            const rules = list(value).map((r) => ({ subnetId: String(r.id), ignoreMissingServiceEndpoint: r.ignoreMissingVNetServiceEndpoint === true }));
            if (rules.length > 0) ctx.set(["network", "virtualNetworkRules"], rules);
            ctx.input(["virtualNetworkRules"], rules.map((r) => ({ id: r.subnetId, ignoreMissingVNetServiceEndpoint: r.ignoreMissingServiceEndpoint })));
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
            if (!Array.isArray(value) || !value.every((id) => typeof id === "string")) return ctx.gap("properties.networkAclBypassResourceIds", value, "expected a list of resource ids");
            if (value.length > 0 && ctx.doc.properties.networkAclBypass !== "AzureServices") {
                return ctx.gap("properties.networkAclBypassResourceIds", value, "the stack config lets resources through only with networkAclBypass AzureServices; Azure has None");
            }
            if (value.length > 0) ctx.set(["network", "networkAclBypassResourceIds"], value);
            // The component sorts them; Azure's firewall holds them as a set (assumed, as IP rules; docs/runbooks/adopt.md).
            ctx.input(["networkAclBypassResourceIds"], [...(value as string[])].sort());
        },
    },
    // Settings the config cannot express other than at Azure's default.
    // azure-native's SDK sends createMode "Default" when the program gives none.
    { arm: "properties.createMode", azureDefault: "Default", gap: "a restored account cannot be adopted (its restore parameters are create-only)", apply: (value, ctx) => ctx.input(["createMode"], value) },
    { arm: "properties.restoreParameters", gap: "a restored account cannot be adopted (its restore parameters are create-only)" },
    { arm: "properties.keyVaultKeyUri", gap: "a customer-managed key: the stack config's key uses an identity the stack creates" },
    { arm: "properties.defaultIdentity", azureDefault: "FirstPartyIdentity", gap: "the stack config sets a default identity only for its own customer-managed key" },
    { arm: "properties.apiProperties", azureDefault: {}, gap: "API properties belong to the MongoDB API" },
    { arm: "properties.enableCassandraConnector", azureDefault: false, gap: "the Cassandra connector is not modelled" },
    { arm: "properties.connectorOffer", gap: "the Cassandra connector is not modelled" },
    // Preview API versions report these; the GA API (2025-10-15) does not.
    { arm: "properties.diagnosticLogSettings", azureDefault: { enableFullTextQuery: "None" }, gap: "full-text query logging is not in the stack config" },
    { arm: "properties.enableMaterializedViews", azureDefault: false, gap: "materialized views are not in the stack config" },
];
