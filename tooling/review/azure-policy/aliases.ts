/**
 * Where an alias reads from: the ARM resource type of each azure-native token this project
 * registers, and for every published alias its ARM default path and the azure-native input
 * path that carries the same value.
 *
 * azure-native flattens every `properties` object of the ARM request body into the resource's
 * inputs (https://www.pulumi.com/registry/packages/azure-native/ "x-ms-client-flatten"), so the
 * input path is the ARM path without its `properties` segments: ARM
 * `properties.subnets[*].properties.addressPrefix` is input `subnets[*].addressPrefix`.
 * The URL path parameters (resourceGroupName, accountName, ...) are not body properties: they
 * make the resource's name and id.
 */
import { ALIAS_TABLE, ALIASES_AS_OF } from "./alias-data";
import { TYPES } from "../../model/types";

export interface ArmTypeInfo {
    /** The ARM resource type (`Microsoft.DocumentDB/databaseAccounts/sqlDatabases`). */
    armType: string;
    /** The inputs that hold the name segments, parent first (`accountName`, `databaseName`). */
    names: string[];
    /** For extension resources: the input holding the ARM id of the resource they extend. */
    scopeInput?: string;
    /** Other URL path inputs (not body properties). */
    pathInputs?: string[];
    /** Supports tags and location: evaluated by mode Indexed. */
    indexed: boolean;
    /** The REST API version azure-native (the pinned version) sends: `requestContext().apiVersion`. */
    apiVersion: string;
    /** False for types whose aliases the offline map does not carry (OTHER_TYPES). */
    aliasesMapped?: boolean;
}

const cosmos = (sub: string, names: string[], apiVersion = "2025-10-15"): ArmTypeInfo => ({
    armType: `Microsoft.DocumentDB/databaseAccounts${sub}`,
    names: ["accountName", ...names],
    indexed: false,
    apiVersion,
});

/**
 * Every azure-native resource type this project creates. API versions are the ones the
 * installed @pulumi/azure-native (3.28) documents per resource ("Uses Azure REST API version");
 * a test compares them with node_modules. `indexed` follows "Tag support for Azure resources"
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-support).
 */
export const ARM_TYPES: Record<string, ArmTypeInfo> = {
    [TYPES.resourceGroup]: {
        armType: "Microsoft.Resources/subscriptions/resourceGroups",
        names: ["resourceGroupName"],
        indexed: false,
        apiVersion: "2024-03-01",
    },
    [TYPES.account]: { ...cosmos("", []), indexed: true },
    [TYPES.database]: cosmos("/sqlDatabases", ["databaseName"]),
    [TYPES.container]: cosmos("/sqlDatabases/containers", ["databaseName", "containerName"]),
    [TYPES.storedProcedure]: cosmos("/sqlDatabases/containers/storedProcedures", ["databaseName", "containerName", "storedProcedureName"]),
    [TYPES.trigger]: cosmos("/sqlDatabases/containers/triggers", ["databaseName", "containerName", "triggerName"]),
    [TYPES.userDefinedFunction]: cosmos("/sqlDatabases/containers/userDefinedFunctions", ["databaseName", "containerName", "userDefinedFunctionName"]),
    [TYPES.roleDefinition]: cosmos("/sqlRoleDefinitions", ["roleDefinitionId"]),
    [TYPES.roleAssignment]: cosmos("/sqlRoleAssignments", ["roleAssignmentId"]),
    [TYPES.service]: cosmos("/services", ["serviceName"]),
    [TYPES.identity]: { armType: "Microsoft.ManagedIdentity/userAssignedIdentities", names: ["resourceName"], indexed: true, apiVersion: "2023-01-31" },
    [TYPES.virtualNetwork]: { armType: "Microsoft.Network/virtualNetworks", names: ["virtualNetworkName"], indexed: true, apiVersion: "2024-05-01" },
    [TYPES.privateEndpoint]: { armType: "Microsoft.Network/privateEndpoints", names: ["privateEndpointName"], indexed: true, apiVersion: "2024-05-01" },
    [TYPES.privateDnsZoneGroup]: {
        armType: "Microsoft.Network/privateEndpoints/privateDnsZoneGroups",
        names: ["privateEndpointName", "privateDnsZoneGroupName"],
        indexed: false,
        apiVersion: "2024-05-01",
    },
    [TYPES.privateZone]: { armType: "Microsoft.Network/privateDnsZones", names: ["privateZoneName"], indexed: true, apiVersion: "2024-06-01" },
    [TYPES.virtualNetworkLink]: {
        armType: "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
        names: ["privateZoneName", "virtualNetworkLinkName"],
        indexed: true,
        apiVersion: "2024-06-01",
    },
    [TYPES.azureRoleAssignment]: {
        armType: "Microsoft.Authorization/roleAssignments",
        names: ["roleAssignmentName"],
        scopeInput: "scope",
        indexed: false,
        apiVersion: "2022-04-01",
    },
    [TYPES.resourceLock]: {
        armType: "Microsoft.Authorization/locks",
        names: ["lockName"],
        pathInputs: ["resourceName", "resourceType", "resourceProviderNamespace", "parentResourcePath", "apiVersion"],
        indexed: false,
        apiVersion: "2020-05-01",
    },
    [TYPES.workspace]: { armType: "Microsoft.OperationalInsights/workspaces", names: ["workspaceName"], indexed: true, apiVersion: "2023-09-01" },
    [TYPES.diagnosticSetting]: {
        armType: "Microsoft.Insights/diagnosticSettings",
        names: ["name"],
        scopeInput: "resourceUri",
        indexed: false,
        apiVersion: "2021-05-01-preview",
    },
    [TYPES.actionGroup]: { armType: "Microsoft.Insights/actionGroups", names: ["actionGroupName"], indexed: true, apiVersion: "2024-10-01-preview" },
    [TYPES.metricAlert]: { armType: "Microsoft.Insights/metricAlerts", names: ["ruleName"], indexed: true, apiVersion: "2018-03-01" },
    [TYPES.activityLogAlert]: { armType: "Microsoft.Insights/activityLogAlerts", names: ["activityLogAlertName"], indexed: true, apiVersion: "2020-10-01" },
    [TYPES.scheduledQueryRule]: { armType: "Microsoft.Insights/scheduledQueryRules", names: ["ruleName"], indexed: true, apiVersion: "2025-01-01-preview" },
    [TYPES.budget]: { armType: "Microsoft.Consumption/budgets", names: ["budgetName"], scopeInput: "scope", indexed: false, apiVersion: "2024-08-01" },
    [TYPES.threatProtection]: {
        armType: "Microsoft.Security/advancedThreatProtectionSettings",
        names: ["settingName"],
        scopeInput: "resourceId",
        indexed: false,
        apiVersion: "2019-01-01",
    },
    [TYPES.workbook]: { armType: "Microsoft.Insights/workbooks", names: ["resourceName"], indexed: true, apiVersion: "2023-06-01" },
    // The program writes its subnets inline in the virtual network; a standalone Subnet is covered too.
    "azure-native:network:Subnet": {
        armType: "Microsoft.Network/virtualNetworks/subnets",
        names: ["virtualNetworkName", "subnetName"],
        indexed: false,
        apiVersion: "2024-05-01",
    },
};

/**
 * Common azure-native resources this project does not create, whose ARM type is known so that
 * the conditions every resource answers (`type`, `name`, `location`, `tags`, `kind`) judge them
 * when a program adds one ("Allowed resource types", "Allowed locations"). Their aliases are not
 * mapped: a condition on one is not evaluated. A token in neither table is still evaluated on
 * `location`, `tags` and `kind`; its `type`, `name` and `id` are reported as not known offline.
 * A test checks each token and its name inputs against the installed @pulumi/azure-native.
 */
export const OTHER_TYPES: Record<string, ArmTypeInfo> = Object.fromEntries(
    (
        [
            ["storage:StorageAccount", "Microsoft.Storage/storageAccounts", "accountName", "2024-01-01"],
            ["keyvault:Vault", "Microsoft.KeyVault/vaults", "vaultName", "2024-11-01"],
            ["network:PublicIPAddress", "Microsoft.Network/publicIPAddresses", "publicIpAddressName", "2024-05-01"],
            ["network:NetworkSecurityGroup", "Microsoft.Network/networkSecurityGroups", "networkSecurityGroupName", "2024-05-01"],
            ["network:NetworkInterface", "Microsoft.Network/networkInterfaces", "networkInterfaceName", "2024-05-01"],
            ["network:RouteTable", "Microsoft.Network/routeTables", "routeTableName", "2024-05-01"],
            ["network:NatGateway", "Microsoft.Network/natGateways", "natGatewayName", "2024-05-01"],
            ["network:LoadBalancer", "Microsoft.Network/loadBalancers", "loadBalancerName", "2024-05-01"],
            ["network:ApplicationGateway", "Microsoft.Network/applicationGateways", "applicationGatewayName", "2024-05-01"],
            ["compute:VirtualMachine", "Microsoft.Compute/virtualMachines", "vmName", "2024-11-01"],
            ["web:AppServicePlan", "Microsoft.Web/serverfarms", "name", "2025-05-01"],
            ["web:WebApp", "Microsoft.Web/sites", "name", "2025-05-01"],
            ["sql:Server", "Microsoft.Sql/servers", "serverName", "2023-08-01"],
            ["containerservice:ManagedCluster", "Microsoft.ContainerService/managedClusters", "resourceName", "2025-09-01"],
            ["containerregistry:Registry", "Microsoft.ContainerRegistry/registries", "registryName", "2023-01-01-preview"],
            ["eventhub:Namespace", "Microsoft.EventHub/namespaces", "namespaceName", "2024-01-01"],
            ["servicebus:Namespace", "Microsoft.ServiceBus/namespaces", "namespaceName", "2026-01-01"],
            ["app:ContainerApp", "Microsoft.App/containerApps", "containerAppName", "2025-02-02-preview"],
            ["app:ManagedEnvironment", "Microsoft.App/managedEnvironments", "environmentName", "2025-02-02-preview"],
            ["applicationinsights:Component", "Microsoft.Insights/components", "resourceName", "2020-02-02"],
        ] as const
    ).map(([token, armType, name, apiVersion]) => [`azure-native:${token}`, { armType, names: [name], indexed: true, apiVersion, aliasesMapped: false }]),
);

/**
 * Extension resource types: they live at `<scope>/providers/<type>/<name>`, so an
 * if-not-exists effect looks for them on the evaluated resource itself.
 * https://learn.microsoft.com/azure/azure-resource-manager/management/extension-resource-types
 */
export const EXTENSION_TYPES = new Set(
    [
        "Microsoft.Insights/diagnosticSettings",
        "Microsoft.Security/advancedThreatProtectionSettings",
        "Microsoft.Authorization/locks",
        "Microsoft.Authorization/roleAssignments",
        "Microsoft.Consumption/budgets",
        "Microsoft.Resources/tags",
    ].map((t) => t.toLowerCase()),
);

export interface AliasEntry {
    /** The full alias name as published. */
    alias: string;
    armType: string;
    /** ARM default path (`properties.ipRules[*].ipAddressOrRange`). */
    armPath: string;
    /** The azure-native input path (`ipRules[*].ipAddressOrRange`). */
    inputPath: string;
    /** Set by Azure: never in a create request, known only after deploy. */
    readOnly: boolean;
}

/** ARM path to input path: drop the `properties` segments azure-native flattens. */
export function inputPathOf(armPath: string): string {
    return armPath
        .split(".")
        .filter((segment) => segment !== "properties")
        .join(".");
}

/** The `properties`-free path of one line's default path. */
const stripProperties = (armPath: string) => inputPathOf(armPath);

/** Parses the alias tables (format in alias-data.ts). */
function parseTable(): Map<string, AliasEntry> {
    const entries = new Map<string, AliasEntry>();
    for (const [armType, text] of Object.entries(ALIAS_TABLE)) {
        for (const raw of text.split("\n")) {
            let line = raw.trim();
            if (!line) continue;
            const readOnly = line.endsWith(" !");
            if (readOnly) line = line.slice(0, -2).trim();
            const [head, explicitInput] = line.split(" -> ").map((s) => s.trim());
            let suffix: string;
            let armPath: string;
            if (head.startsWith("=")) {
                armPath = head.slice(1);
                suffix = stripProperties(armPath);
            } else {
                const [left, right] = head.split(" = ").map((s) => s.trim());
                suffix = left;
                armPath = right ?? `properties.${left}`;
            }
            const alias = `${armType}/${suffix}`;
            entries.set(alias.toLowerCase(), { alias, armType, armPath, inputPath: explicitInput ?? inputPathOf(armPath), readOnly });
        }
    }
    return entries;
}

export const ALIASES = parseTable();

const MAPPED_TYPES = new Set(Object.keys(ALIAS_TABLE).map((t) => t.toLowerCase()));

export type AliasLookup =
    | { kind: "alias"; entry: AliasEntry }
    /** An alias of another resource type: the evaluated resource has no such property. */
    | { kind: "other-type" }
    /** An alias of this type that is not in the offline map. */
    | { kind: "unknown"; reason: string };

/**
 * Resolves an alias name (case-insensitive, as Azure) for a resource of `armType`. An alias
 * names its type before the last `/` (`Microsoft.DocumentDB/databaseAccounts/sqlDatabases/options.throughput`).
 */
export function lookupAlias(name: string, armType: string): AliasLookup {
    const entry = ALIASES.get(name.toLowerCase());
    if (entry) return entry.armType.toLowerCase() === armType.toLowerCase() ? { kind: "alias", entry } : { kind: "other-type" };
    const aliasType = name.slice(0, Math.max(0, name.lastIndexOf("/")));
    if (aliasType.toLowerCase() !== armType.toLowerCase()) return { kind: "other-type" };
    if (!MAPPED_TYPES.has(armType.toLowerCase()))
        return { kind: "unknown", reason: `the offline alias map does not cover ${armType}, so ${name} cannot be read` };
    return { kind: "unknown", reason: `alias ${name} is not in the offline alias map of ${armType} (Microsoft's list as of ${ALIASES_AS_OF})` };
}

/** The ARM type info of an azure-native token: the project's types, then the other known ones. */
export function armTypeOf(token: string): ArmTypeInfo | undefined {
    return ARM_TYPES[token] ?? OTHER_TYPES[token];
}
