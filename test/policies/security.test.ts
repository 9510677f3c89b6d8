import * as assert from "assert";
import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { roleAssignmentScopeInAccount, roleDefinitionNoAccountWildcard } from "../../policies/security/access";
import {
    customerManagedKey,
    keyBasedMetadataWriteDisabled,
    localAuthDisabled,
    minimumTls12,
    networkAclBypassNone,
    networkRestricted,
    noOpenIpRules,
    publicNetworkDisabled,
} from "../../policies/security/account";
import { defenderForCosmosDb, privateEndpoint } from "../../policies/security/stack";
import { find, prodEstate, rec, SUB } from "./estate";
import { ruleSuite, runRule } from "./helpers";

const account = (e: PolicyRecord[]) => find(e, "cosmosdb:DatabaseAccount").inputs;
const A = "account 'contoso-cosmos-prod'";
const ACCOUNT_ID = `/subscriptions/${SUB}/resourceGroups/rg-cosmos-platform-prod/providers/Microsoft.DocumentDB/databaseAccounts/contoso-cosmos-prod`;

ruleSuite(
    publicNetworkDisabled,
    [
        [
            "rejects publicNetworkAccess Enabled",
            (e) => (account(e).publicNetworkAccess = "Enabled"),
            [`${A} has publicNetworkAccess "Enabled"; accepted: "Disabled"`],
        ],
        [
            "treats a missing publicNetworkAccess as Enabled",
            (e) => delete account(e).publicNetworkAccess,
            [`${A} has publicNetworkAccess (not set), which Azure treats as "Enabled"; accepted: "Disabled"`],
        ],
    ],
    "azure-native:cosmosdb:SqlResourceSqlContainer",
);

ruleSuite(
    localAuthDisabled,
    [
        ["rejects disableLocalAuth false", (e) => (account(e).disableLocalAuth = false), [`${A} has disableLocalAuth false; accepted: true`]],
        [
            "treats a missing disableLocalAuth as keys enabled",
            (e) => delete account(e).disableLocalAuth,
            [`${A} has disableLocalAuth (not set), which leaves account keys enabled; accepted: true`],
        ],
    ],
    "azure-native:cosmosdb:SqlResourceSqlDatabase",
);

ruleSuite(keyBasedMetadataWriteDisabled, [
    [
        "rejects key-based metadata writes",
        (e) => (account(e).disableKeyBasedMetadataWriteAccess = false),
        [`${A} has disableKeyBasedMetadataWriteAccess false; accepted: true`],
    ],
    [
        "rejects a missing setting",
        (e) => delete account(e).disableKeyBasedMetadataWriteAccess,
        [`${A} has disableKeyBasedMetadataWriteAccess (not set); accepted: true`],
    ],
]);

ruleSuite(minimumTls12, [
    ["rejects TLS 1.0", (e) => (account(e).minimalTlsVersion = "Tls"), [`${A} has minimalTlsVersion "Tls"; accepted: "Tls12"`]],
    ["accepts a missing version (Azure defaults to Tls12)", (e) => delete account(e).minimalTlsVersion, []],
    ["accepts TLS 1.1 when the config allows it", (e) => (account(e).minimalTlsVersion = "Tls11"), [], { allowedVersions: ["Tls11", "Tls12"] }],
]);

ruleSuite(networkRestricted, [
    [
        "rejects public access with no rules",
        (e) => (account(e).publicNetworkAccess = "Enabled"),
        [
            `${A} accepts connections from any address: publicNetworkAccess "Enabled" with no ipRules and no enforced virtualNetworkRules; accepted: publicNetworkAccess "Disabled", or at least one IP rule, or isVirtualNetworkFilterEnabled with virtualNetworkRules`,
        ],
    ],
    [
        "accepts public access limited by an IP rule",
        (e) => Object.assign(account(e), { publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }] }),
        [],
    ],
    [
        "rejects VNet rules that the disabled filter ignores",
        (e) => Object.assign(account(e), { publicNetworkAccess: "Enabled", virtualNetworkRules: [{ id: "/subscriptions/x/subnets/a" }] }),
        [
            `${A} lists 1 virtualNetworkRules but isVirtualNetworkFilterEnabled is false, so they are ignored; accepted: isVirtualNetworkFilterEnabled true`,
            `${A} accepts connections from any address: publicNetworkAccess "Enabled" with no ipRules and no enforced virtualNetworkRules; accepted: publicNetworkAccess "Disabled", or at least one IP rule, or isVirtualNetworkFilterEnabled with virtualNetworkRules`,
        ],
    ],
    [
        "requires the VNet filter when configured",
        (e) => Object.assign(account(e), { publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "203.0.113.7" }] }),
        [`${A} has public network access on with isVirtualNetworkFilterEnabled false; accepted: true (policy config requireVirtualNetworkFilter)`],
        { requireVirtualNetworkFilter: true },
    ],
]);

ruleSuite(noOpenIpRules, [
    [
        "rejects 0.0.0.0 (all Azure datacenters)",
        (e) => (account(e).ipRules = [{ ipAddressOrRange: "0.0.0.0" }]),
        [`${A} ipRules[0] "0.0.0.0" admits every Azure datacenter; accepted: specific public addresses or ranges of /16 or narrower`],
    ],
    [
        "rejects an open CIDR",
        (e) => (account(e).ipRules = [{ ipAddressOrRange: "203.0.113.7" }, { ipAddressOrRange: "0.0.0.0/0" }]),
        [`${A} ipRules[1] "0.0.0.0/0" opens 4,294,967,296 addresses; accepted: a single address or a range of /16 or narrower`],
    ],
    [
        "rejects a range wider than the configured prefix",
        (e) => (account(e).ipRules = [{ ipAddressOrRange: "198.51.0.0/16" }]),
        [`${A} ipRules[0] "198.51.0.0/16" opens 65,536 addresses; accepted: a single address or a range of /24 or narrower`],
        { minimumPrefixLength: 24 },
    ],
]);

ruleSuite(networkAclBypassNone, [
    [
        "rejects AzureServices bypass",
        (e) => Object.assign(account(e), { networkAclBypass: "AzureServices", networkAclBypassResourceIds: ["/subscriptions/x/synapse"] }),
        [`${A} has networkAclBypass "AzureServices" for 1 resource ids; accepted: "None"`],
    ],
    ["accepts a missing bypass (Azure default None)", (e) => delete account(e).networkAclBypass, []],
]);

ruleSuite(customerManagedKey, [
    [
        "flags an account without a Key Vault key",
        (e) => delete account(e).keyVaultKeyUri,
        [`${A} has no keyVaultKeyUri, so data at rest uses service-managed keys; accepted: a Key Vault key URI`],
    ],
    ["accepts a key URI known only after apply", (e) => (account(e).keyVaultKeyUri = UNKNOWN), []],
]);

const endpoint = (e: PolicyRecord[]) => find(e, "network:PrivateEndpoint");
const zoneGroup = (e: PolicyRecord[]) => find(e, "network:PrivateDnsZoneGroup");
const remove = (e: PolicyRecord[], type: string) => e.splice(e.indexOf(find(e, type)), 1);
const NO_PE = `${A} has public network access disabled but no private endpoint with group "Sql" points at it`;
const CONNECTIONS = "privateLinkServiceConnections (or manualPrivateLinkServiceConnections, once the account's owner approves them)";
const PE_ACCEPTED = `; accepted: an azure-native:network:PrivateEndpoint whose ${CONNECTIONS} target the account with groupIds ["Sql"]`;
const ACCOUNT_URN = "urn:pulumi:prod::cosmos-platform::azure-native:cosmosdb:DatabaseAccount::contoso-cosmos-prod";

/** Turns the endpoint's connection into a manual one (the account's owner approves it). */
function makeManual(e: PolicyRecord[]): void {
    const ep = endpoint(e);
    const [connection] = ep.inputs.privateLinkServiceConnections as Record<string, unknown>[];
    delete ep.inputs.privateLinkServiceConnections;
    ep.inputs.manualPrivateLinkServiceConnections = [{ ...connection, requestMessage: "orders team, ticket 4711" }];
}

/** The account gets a dedicated gateway (cosmosdb:Service SqlDedicatedGateway). */
function addGateway(e: PolicyRecord[]): void {
    e.push(
        rec(
            "prod",
            "azure-native:cosmosdb:Service",
            "SqlDedicatedGateway",
            {
                accountName: "contoso-cosmos-prod",
                properties: { dedicatedGatewayType: "IntegratedCache", instanceCount: 2, instanceSize: "Cosmos.D4s", serviceType: "SqlDedicatedGateway" },
                resourceGroupName: "rg-cosmos-platform-prod",
                serviceName: "SqlDedicatedGateway",
            },
            { dependencies: [ACCOUNT_URN] },
        ),
    );
}

/** The gateway's endpoint (group SqlDedicated), with or without its DNS zone group. */
function addGatewayEndpoint(e: PolicyRecord[], zoneGroup: boolean): void {
    e.push(
        rec(
            "prod",
            "azure-native:network:PrivateEndpoint",
            "pe-contoso-cosmos-prod-sqlx",
            {
                location: "westeurope",
                privateEndpointName: "pe-contoso-cosmos-prod-sqlx",
                privateLinkServiceConnections: [
                    { groupIds: ["SqlDedicated"], name: "pe-contoso-cosmos-prod-sqlx-sqldedicated", privateLinkServiceId: UNKNOWN },
                ],
                resourceGroupName: "rg-cosmos-platform-prod",
                subnet: UNKNOWN,
            },
            { dependencies: [ACCOUNT_URN] },
        ),
    );
    if (zoneGroup) {
        e.push(
            rec("prod", "azure-native:network:PrivateDnsZoneGroup", "pe-contoso-cosmos-prod-sqlx/dns", {
                privateDnsZoneConfigs: [{ name: "privatelink-sqlx-cosmos-azure-com", privateDnsZoneId: UNKNOWN }],
                privateDnsZoneGroupName: "default",
                privateEndpointName: "pe-contoso-cosmos-prod-sqlx",
                resourceGroupName: "rg-cosmos-platform-prod",
            }),
        );
    }
}

ruleSuite(privateEndpoint, [
    [
        "rejects an account without a private endpoint",
        (e) => {
            remove(e, "network:PrivateDnsZoneGroup");
            remove(e, "network:PrivateEndpoint");
        },
        [NO_PE + PE_ACCEPTED],
    ],
    [
        "rejects an endpoint for another group",
        (e) => ((endpoint(e).inputs.privateLinkServiceConnections as { groupIds: string[] }[])[0].groupIds = ["MongoDB"]),
        [`${NO_PE} (found 'pe-contoso-cosmos-prod' with groupIds ["MongoDB"])${PE_ACCEPTED}`],
    ],
    [
        "rejects an endpoint whose known target is another account",
        (e) => {
            const ep = endpoint(e);
            ep.dependencies = [];
            (ep.inputs.privateLinkServiceConnections as { privateLinkServiceId: string }[])[0].privateLinkServiceId = ACCOUNT_ID.replace(
                "contoso-cosmos-prod",
                "someone-else",
            );
        },
        [NO_PE + PE_ACCEPTED],
    ],
    [
        "matches an endpoint by its known target id, without dependencies",
        (e) => {
            const ep = endpoint(e);
            ep.dependencies = [];
            (ep.inputs.privateLinkServiceConnections as { privateLinkServiceId: string }[])[0].privateLinkServiceId = ACCOUNT_ID;
        },
        [],
    ],
    [
        "rejects an endpoint without a DNS zone group",
        (e) => remove(e, "network:PrivateDnsZoneGroup"),
        [
            `private endpoint 'pe-contoso-cosmos-prod' of ${A} has no DNS zone group; accepted: an azure-native:network:PrivateDnsZoneGroup on the endpoint with a config for privatelink.documents.azure.com`,
        ],
    ],
    [
        "rejects a DNS zone group without configs",
        (e) => (zoneGroup(e).inputs.privateDnsZoneConfigs = []),
        [
            `DNS zone group 'pe-contoso-cosmos-prod/dns' of private endpoint 'pe-contoso-cosmos-prod' has no privateDnsZoneConfigs; accepted: one config naming the privatelink.documents.azure.com zone`,
        ],
    ],
    [
        "does not require an endpoint while public access is on",
        (e) => {
            account(e).publicNetworkAccess = "Enabled";
            remove(e, "network:PrivateDnsZoneGroup");
            remove(e, "network:PrivateEndpoint");
        },
        [],
    ],
    ["accepts a manual connection that the account's owner approves", makeManual, []],
    [
        "still requires group Sql on a manual connection",
        (e) => {
            makeManual(e);
            (endpoint(e).inputs.manualPrivateLinkServiceConnections as { groupIds: string[] }[])[0].groupIds = ["MongoDB"];
        },
        [`${NO_PE} (found 'pe-contoso-cosmos-prod' with groupIds ["MongoDB"])${PE_ACCEPTED}`],
    ],
    [
        "requires an endpoint with group SqlDedicated when the account has a dedicated gateway",
        addGateway,
        [
            `${A} has a dedicated gateway and public network access disabled but no private endpoint with group "SqlDedicated" points at it (found 'pe-contoso-cosmos-prod' with groupIds ["Sql"]); accepted: an azure-native:network:PrivateEndpoint whose ${CONNECTIONS} target the account with groupIds ["SqlDedicated"]`,
        ],
    ],
    [
        "accepts the gateway's endpoint with its DNS zone group",
        (e) => {
            addGateway(e);
            addGatewayEndpoint(e, true);
        },
        [],
    ],
    [
        "names the gateway's zone when its endpoint has no DNS zone group",
        (e) => {
            addGateway(e);
            addGatewayEndpoint(e, false);
        },
        [
            `private endpoint 'pe-contoso-cosmos-prod-sqlx' of ${A} has no DNS zone group; accepted: an azure-native:network:PrivateDnsZoneGroup on the endpoint with a config for privatelink.sqlx.cosmos.azure.com`,
        ],
    ],
    ["does not require the gateway's endpoint when requireGatewayEndpoint is false", addGateway, [], { requireGatewayEndpoint: false }],
    [
        "ignores another account's gateway",
        (e) => {
            addGateway(e);
            const g = find(e, "cosmosdb:Service");
            g.inputs.accountName = "someone-else";
            g.dependencies = [];
        },
        [],
    ],
]);

describe("cosmosdb-private-endpoint with two accounts whose endpoints share a name (each in its own resource group)", () => {
    const PE = "azure-native:network:PrivateEndpoint";
    const ZONE_GROUP = "azure-native:network:PrivateDnsZoneGroup";
    /** prod's estate and a second account's, both endpoints named 'pe-contoso-cosmos-prod'; the second account's records first. */
    function twoAccounts(): PolicyRecord[] {
        const second = prodEstate("prod2").filter((r) => r.type !== "pulumi:pulumi:Stack");
        for (const r of second) if (r.type === PE || r.type === ZONE_GROUP) r.inputs.privateEndpointName = "pe-contoso-cosmos-prod";
        return [...second, ...prodEstate()];
    }

    it("gives each DNS zone group to the endpoint it depends on", async () => {
        assert.deepStrictEqual((await runRule(privateEndpoint, twoAccounts())).violations, []);
    });

    it("gives each DNS zone group to the endpoint of its own resource group when the records carry no dependencies", async () => {
        const estate = twoAccounts();
        for (const r of estate) if (r.type === ZONE_GROUP) r.dependencies = [];
        assert.deepStrictEqual((await runRule(privateEndpoint, estate)).violations, []);
    });

    it("reports the account whose endpoint has no zone group, not the other", async () => {
        const estate = twoAccounts();
        estate.splice(
            estate.findIndex((r) => r.type === ZONE_GROUP && r.urn.includes("prod2")),
            1,
        );
        const result = await runRule(privateEndpoint, estate);
        assert.deepStrictEqual(
            result.violations.map((v) => v.message),
            [
                "private endpoint 'pe-contoso-cosmos-prod' of account 'contoso-cosmos-prod2' has no DNS zone group; accepted: an azure-native:network:PrivateDnsZoneGroup on the endpoint with a config for privatelink.documents.azure.com",
            ],
        );
    });
});

ruleSuite(defenderForCosmosDb, [
    [
        "rejects an account without Defender",
        (e) => remove(e, "security:AdvancedThreatProtection"),
        [
            `${A} has no Microsoft Defender for Azure Cosmos DB; accepted: an azure-native:security:AdvancedThreatProtection with resourceId the account id and isEnabled true`,
        ],
    ],
    [
        "rejects Defender turned off",
        (e) => (find(e, "security:AdvancedThreatProtection").inputs.isEnabled = false),
        [
            `${A} has no Microsoft Defender for Azure Cosmos DB ('contoso-cosmos-prod/defender' has isEnabled false); accepted: an azure-native:security:AdvancedThreatProtection with resourceId the account id and isEnabled true`,
        ],
    ],
    ["accepts the subscription plan when configured", (e) => remove(e, "security:AdvancedThreatProtection"), [], { coveredBySubscriptionPlan: true }],
]);

const roleDef = (e: PolicyRecord[]) => find(e, "cosmosdb:SqlResourceSqlRoleDefinition").inputs;
ruleSuite(
    roleDefinitionNoAccountWildcard,
    [
        [
            "rejects the account-wide wildcard",
            (e) => (roleDef(e).permissions = [{ dataActions: ["Microsoft.DocumentDB/databaseAccounts/*"] }]),
            [
                `role definition 'app-read-write' grants data action "Microsoft.DocumentDB/databaseAccounts/*" in permissions[0]; accepted: specific actions such as "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read"`,
            ],
        ],
        [
            "rejects a bare * in any case",
            (e) => (roleDef(e).permissions = [{ dataActions: ["x/read"] }, { dataActions: ["*"] }]),
            [
                `role definition 'app-read-write' grants data action "*" in permissions[1]; accepted: specific actions such as "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read"`,
            ],
        ],
    ],
    "azure-native:cosmosdb:DatabaseAccount",
);

const assignment = (e: PolicyRecord[]) => find(e, "cosmosdb:SqlResourceSqlRoleAssignment").inputs;
const RA = "role assignment 'identity:orders-api/app-read-write/db:appdb' on account 'contoso-cosmos-prod'";
const RA_ACCEPTED = "accepted: the account id, optionally followed by /dbs/<database>[/colls/<container>]";
ruleSuite(roleAssignmentScopeInAccount, [
    [
        "rejects a scope in another account",
        (e) => (assignment(e).scope = ACCOUNT_ID.replace("contoso-cosmos-prod", "other")),
        [`${RA} has scope "${ACCOUNT_ID.replace("contoso-cosmos-prod", "other")}", which names account 'other'; ${RA_ACCEPTED}`],
    ],
    [
        "rejects a resource group scope",
        (e) => (assignment(e).scope = `/subscriptions/${SUB}/resourceGroups/rg-cosmos-platform-prod`),
        [`${RA} has scope "/subscriptions/${SUB}/resourceGroups/rg-cosmos-platform-prod", which is not a path inside a Cosmos DB account; ${RA_ACCEPTED}`],
    ],
    [
        "rejects a path that is not a database or container",
        (e) => (assignment(e).scope = `${ACCOUNT_ID}/sqlRoleDefinitions/x`),
        [
            `${RA} has scope "${ACCOUNT_ID}/sqlRoleDefinitions/x", which has "/sqlRoleDefinitions/x" after the account, which is not /dbs/<database> or /dbs/<database>/colls/<container>; ${RA_ACCEPTED}`,
        ],
    ],
    ["accepts a container scope and the relative form", (e) => (assignment(e).scope = "/dbs/appdb/colls/orders"), []],
    [
        "rejects a role definition of another account",
        (e) =>
            (assignment(e).roleDefinitionId = `${ACCOUNT_ID.replace("contoso-cosmos-prod", "other")}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002`),
        [
            `${RA} uses roleDefinitionId "${ACCOUNT_ID.replace("contoso-cosmos-prod", "other")}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002" of account 'other'; accepted: a role definition of account 'contoso-cosmos-prod'`,
        ],
    ],
]);

describe("cosmosdb-role-assignment-scope-in-account during preview", () => {
    it("cannot run on a scope known only after apply, like the engine", async () => {
        const estate = prodEstate();
        assignment(estate).scope = UNKNOWN;
        const result = await runRule(roleAssignmentScopeInAccount, estate);
        assert.deepStrictEqual(result.violations, []);
        assert.deepStrictEqual(
            result.notJudged.map((n) => n.reason),
            [
                "can't run policy 'cosmosdb-role-assignment-scope-in-account' from policy pack 'cosmos-platform@v0.1.0' during preview: string value at .scope can't be known during preview",
            ],
        );
    });
});
