/**
 * Synthetic resource records that model complete estates, the way the offline plan records them
 * (ids known only after apply, references as dependencies). The prod estate is fully compliant
 * with policies/config/prod.json; tests break one property at a time.
 */
import { PolicyRecord } from "../../tooling/model/records";
import { UNKNOWN } from "../../tooling/model/plan-record";

export const SUB = "00000000-0000-0000-0000-000000000000";

export function urnOf(stack: string, type: string, name: string): string {
    return `urn:pulumi:${stack}::cosmos-platform::${type}::${name}`;
}

export function rec(stack: string, type: string, name: string, inputs: Record<string, unknown>, more: Partial<PolicyRecord> = {}): PolicyRecord {
    return {
        urn: urnOf(stack, type, name),
        type,
        name,
        custom: type.startsWith("azure-native:"),
        inputs,
        options: { protect: false, retainOnDelete: false, deleteBeforeReplace: false, ignoreChanges: [] },
        dependencies: [],
        ...more,
        ...(more.options ? { options: { ...more.options } } : {}),
    };
}

const protectedOpts = { protect: true, retainOnDelete: true, deleteBeforeReplace: true, ignoreChanges: [] };

/** A fully compliant prod estate: account, data model, private endpoint, DNS, lock, Defender, diagnostics, alert, roles. */
export function prodEstate(stack = "prod"): PolicyRecord[] {
    const name = `contoso-cosmos-${stack}`;
    const rg = `rg-cosmos-platform-${stack}`;
    const u = (type: string, n: string) => urnOf(stack, type, n);
    const accountUrn = u("azure-native:cosmosdb:DatabaseAccount", name);
    const rgUrn = u("azure-native:resources:ResourceGroup", rg);
    const endpointUrn = u("azure-native:network:PrivateEndpoint", `pe-${name}`);
    const actionGroupUrn = u("azure-native:monitor:ActionGroup", "ag-oncall");
    const roleUrn = u("azure-native:cosmosdb:SqlResourceSqlRoleDefinition", "role:app-read-write");
    const accountId = `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
    const onAccount = [accountUrn, rgUrn];
    return [
        rec(stack, "pulumi:pulumi:Stack", `cosmos-platform-${stack}`, {}),
        rec(
            stack,
            "azure-native:resources:ResourceGroup",
            rg,
            { location: "westeurope", resourceGroupName: rg },
            { options: { ...protectedOpts, deleteBeforeReplace: false } },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:DatabaseAccount",
            name,
            {
                accountName: name,
                backupPolicy: { continuousModeProperties: { tier: "Continuous30Days" }, type: "Continuous" },
                consistencyPolicy: { defaultConsistencyLevel: "Session" },
                databaseAccountOfferType: "Standard",
                disableKeyBasedMetadataWriteAccess: true,
                disableLocalAuth: true,
                enableAutomaticFailover: true,
                enableFreeTier: false,
                enableMultipleWriteLocations: false,
                ipRules: [],
                isVirtualNetworkFilterEnabled: false,
                keyVaultKeyUri: "https://kv-contoso.vault.azure.net/keys/cosmos",
                kind: "GlobalDocumentDB",
                location: "westeurope",
                locations: [
                    { failoverPriority: 0, isZoneRedundant: true, locationName: "westeurope" },
                    { failoverPriority: 1, isZoneRedundant: true, locationName: "northeurope" },
                    { failoverPriority: 2, isZoneRedundant: true, locationName: "swedencentral" },
                ],
                minimalTlsVersion: "Tls12",
                networkAclBypass: "None",
                networkAclBypassResourceIds: [],
                publicNetworkAccess: "Disabled",
                resourceGroupName: rg,
                virtualNetworkRules: [],
            },
            { options: { ...protectedOpts, deleteBeforeReplace: false }, dependencies: [rgUrn] },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:SqlResourceSqlDatabase",
            "appdb",
            { accountName: name, databaseName: "appdb", resource: { id: "appdb" }, resourceGroupName: rg },
            { options: protectedOpts, dependencies: onAccount },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:SqlResourceSqlContainer",
            "appdb/orders",
            {
                accountName: name,
                containerName: "orders",
                databaseName: "appdb",
                options: { autoscaleSettings: { maxThroughput: 10000 } },
                resource: { id: "orders", partitionKey: { kind: "MultiHash", paths: ["/tenantId", "/customerId"], version: 2 } },
                resourceGroupName: rg,
            },
            { options: protectedOpts, dependencies: [...onAccount, u("azure-native:cosmosdb:SqlResourceSqlDatabase", "appdb")] },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:SqlResourceSqlDatabase",
            "ops",
            { accountName: name, databaseName: "ops", options: { throughput: 400 }, resource: { id: "ops" }, resourceGroupName: rg },
            { options: protectedOpts, dependencies: onAccount },
        ),
        rec(
            stack,
            "azure-native:network:PrivateEndpoint",
            `pe-${name}`,
            {
                location: "westeurope",
                privateEndpointName: `pe-${name}`,
                privateLinkServiceConnections: [{ groupIds: ["Sql"], name: `pe-${name}-sql`, privateLinkServiceId: UNKNOWN }],
                resourceGroupName: rg,
                subnet: UNKNOWN,
            },
            { dependencies: onAccount },
        ),
        rec(
            stack,
            "azure-native:network:PrivateDnsZoneGroup",
            `pe-${name}/dns`,
            {
                privateDnsZoneConfigs: [{ name: "privatelink-documents-azure-com", privateDnsZoneId: UNKNOWN }],
                privateDnsZoneGroupName: "default",
                privateEndpointName: `pe-${name}`,
                resourceGroupName: rg,
            },
            { dependencies: [rgUrn, endpointUrn] },
        ),
        rec(
            stack,
            "azure-native:authorization:ManagementLockAtResourceLevel",
            `${name}/cannot-delete`,
            {
                level: "CanNotDelete",
                lockName: "cannot-delete",
                parentResourcePath: "",
                resourceGroupName: rg,
                resourceName: name,
                resourceProviderNamespace: "Microsoft.DocumentDB",
                resourceType: "databaseAccounts",
            },
            { dependencies: onAccount },
        ),
        rec(
            stack,
            "azure-native:security:AdvancedThreatProtection",
            `${name}/defender`,
            { isEnabled: true, resourceId: UNKNOWN, settingName: "current" },
            { dependencies: [accountUrn] },
        ),
        rec(
            stack,
            "azure-native:monitor:DiagnosticSetting",
            `${name}/diagnostics`,
            {
                logAnalyticsDestinationType: "Dedicated",
                logs: [{ categoryGroup: "allLogs", enabled: true }],
                name: "to-log-analytics",
                resourceUri: UNKNOWN,
                workspaceId: UNKNOWN,
            },
            { dependencies: [accountUrn] },
        ),
        rec(stack, "azure-native:monitor:ActionGroup", "ag-oncall", {
            actionGroupName: "ag-oncall",
            enabled: true,
            groupShortName: "oncall",
            resourceGroupName: rg,
        }),
        rec(
            stack,
            "azure-native:monitor:MetricAlert",
            "alert-throttling",
            {
                actions: [{ actionGroupId: UNKNOWN }],
                criteria: UNKNOWN,
                enabled: true,
                evaluationFrequency: "PT1M",
                resourceGroupName: rg,
                ruleName: "alert-throttling",
                scopes: [UNKNOWN],
                severity: 3,
                windowSize: "PT5M",
            },
            { dependencies: [accountUrn, actionGroupUrn] },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:SqlResourceSqlRoleDefinition",
            "role:app-read-write",
            {
                accountName: name,
                assignableScopes: [accountId],
                permissions: [
                    {
                        dataActions: [
                            "Microsoft.DocumentDB/databaseAccounts/readMetadata",
                            "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*",
                        ],
                    },
                ],
                resourceGroupName: rg,
                roleName: "app-read-write",
                type: "CustomRole",
            },
            { dependencies: onAccount },
        ),
        rec(
            stack,
            "azure-native:cosmosdb:SqlResourceSqlRoleAssignment",
            "identity:orders-api/app-read-write/db:appdb",
            {
                accountName: name,
                principalId: UNKNOWN,
                resourceGroupName: rg,
                roleAssignmentId: "5c7f1e0b-2f59-5b1e-9a3c-6f4d2e1a0b9c",
                roleDefinitionId: `${accountId}/sqlRoleDefinitions/e6f7bd65-b6e3-5f25-866b-04df283244c5`,
                scope: `${accountId}/dbs/appdb`,
            },
            { dependencies: [...onAccount, roleUrn] },
        ),
    ];
}

/** The dev estate the dev config is written for: public access behind IP rules, one serverless region, nothing protected. */
export function devEstate(): PolicyRecord[] {
    const skip = new Set([
        "azure-native:network:PrivateEndpoint",
        "azure-native:network:PrivateDnsZoneGroup",
        "azure-native:authorization:ManagementLockAtResourceLevel",
        "azure-native:security:AdvancedThreatProtection",
    ]);
    return prodEstate("dev")
        .filter((r) => !skip.has(r.type))
        .map((r) => {
            const copy = JSON.parse(JSON.stringify(r)) as PolicyRecord;
            copy.options = { protect: false, retainOnDelete: false, deleteBeforeReplace: copy.options.deleteBeforeReplace, ignoreChanges: [] };
            if (r.type === "azure-native:cosmosdb:DatabaseAccount") {
                Object.assign(copy.inputs, {
                    backupPolicy: { continuousModeProperties: { tier: "Continuous7Days" }, type: "Continuous" },
                    capabilities: [{ name: "EnableServerless" }],
                    ipRules: [{ ipAddressOrRange: "198.51.100.17" }, { ipAddressOrRange: "203.0.113.0/24" }],
                    locations: [{ failoverPriority: 0, isZoneRedundant: false, locationName: "westeurope" }],
                    publicNetworkAccess: "Enabled",
                });
                delete copy.inputs.keyVaultKeyUri;
            }
            if (r.type === "azure-native:cosmosdb:SqlResourceSqlContainer" || r.type === "azure-native:cosmosdb:SqlResourceSqlDatabase")
                delete copy.inputs.options;
            return copy;
        });
}

/** The one record of a type (and name) in an estate, to change in a test. */
export function find(records: PolicyRecord[], type: string, name?: string): PolicyRecord {
    const found = records.filter((r) => r.type === `azure-native:${type}` && (name === undefined || r.name === name));
    if (found.length !== 1) throw new Error(`expected one ${type}${name ? ` ${name}` : ""}, found ${found.length}`);
    return found[0];
}
