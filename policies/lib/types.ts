/**
 * The resource types the rules look at, as azure-native v3 type tokens, with the typed shape of
 * their inputs (`Unwrap<...Args>`) taken from azure-native's own declarations.
 *
 * The pack does not load azure-native at run time: `validateResourceOfType` only reads a class's
 * static `__pulumiType` (see @pulumi/policy policy.js `getPulumiType`), so each class below is a
 * never-instantiated stand-in that carries the token. The `import type`s are erased on compile.
 */
import type { Resource } from "@pulumi/pulumi";
import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb/databaseAccount";
import type { SqlResourceSqlContainerArgs } from "@pulumi/azure-native/cosmosdb/sqlResourceSqlContainer";
import type { SqlResourceSqlDatabaseArgs } from "@pulumi/azure-native/cosmosdb/sqlResourceSqlDatabase";
import type { SqlResourceSqlRoleAssignmentArgs } from "@pulumi/azure-native/cosmosdb/sqlResourceSqlRoleAssignment";
import type { SqlResourceSqlRoleDefinitionArgs } from "@pulumi/azure-native/cosmosdb/sqlResourceSqlRoleDefinition";
import type { MetricAlertArgs } from "@pulumi/azure-native/monitor/metricAlert";

/**
 * Every azure-native type token the platform registers, in one list. The pack keeps it (the pack
 * ships on its own and imports nothing outside policies/ but the components' pure helpers); the
 * tooling reads it through tooling/model/types.ts.
 */
export const TYPES = {
    resourceGroup: "azure-native:resources:ResourceGroup",
    account: "azure-native:cosmosdb:DatabaseAccount",
    database: "azure-native:cosmosdb:SqlResourceSqlDatabase",
    container: "azure-native:cosmosdb:SqlResourceSqlContainer",
    storedProcedure: "azure-native:cosmosdb:SqlResourceSqlStoredProcedure",
    trigger: "azure-native:cosmosdb:SqlResourceSqlTrigger",
    userDefinedFunction: "azure-native:cosmosdb:SqlResourceSqlUserDefinedFunction",
    roleDefinition: "azure-native:cosmosdb:SqlResourceSqlRoleDefinition",
    roleAssignment: "azure-native:cosmosdb:SqlResourceSqlRoleAssignment",
    service: "azure-native:cosmosdb:Service",
    identity: "azure-native:managedidentity:UserAssignedIdentity",
    virtualNetwork: "azure-native:network:VirtualNetwork",
    privateEndpoint: "azure-native:network:PrivateEndpoint",
    privateDnsZoneGroup: "azure-native:network:PrivateDnsZoneGroup",
    privateZone: "azure-native:privatedns:PrivateZone",
    virtualNetworkLink: "azure-native:privatedns:VirtualNetworkLink",
    /** An Azure RBAC (control-plane) role assignment; `roleAssignment` is the data-plane one. */
    azureRoleAssignment: "azure-native:authorization:RoleAssignment",
    resourceLock: "azure-native:authorization:ManagementLockAtResourceLevel",
    workspace: "azure-native:operationalinsights:Workspace",
    diagnosticSetting: "azure-native:monitor:DiagnosticSetting",
    actionGroup: "azure-native:monitor:ActionGroup",
    metricAlert: "azure-native:monitor:MetricAlert",
    activityLogAlert: "azure-native:monitor:ActivityLogAlert",
    scheduledQueryRule: "azure-native:monitor:ScheduledQueryRule",
    budget: "azure-native:consumption:Budget",
    workbook: "azure-native:applicationinsights:Workbook",
    threatProtection: "azure-native:security:AdvancedThreatProtection",
} as const;

/** The constructor shape `validateResourceOfType` expects; `TArgs` types the props the rule sees. */
export interface ResourceClass<TArgs> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors @pulumi/policy's own signature
    new (name: string, args: TArgs, ...rest: any[]): Resource;
    readonly __pulumiType: string;
}

function resourceClass<TArgs>(token: string): ResourceClass<TArgs> {
    const stand = class {
        static readonly __pulumiType = token;
    };
    return stand as unknown as ResourceClass<TArgs>;
}

export const DatabaseAccount = resourceClass<DatabaseAccountArgs>(TYPES.account);
export const SqlDatabase = resourceClass<SqlResourceSqlDatabaseArgs>(TYPES.database);
export const SqlContainer = resourceClass<SqlResourceSqlContainerArgs>(TYPES.container);
export const SqlRoleDefinition = resourceClass<SqlResourceSqlRoleDefinitionArgs>(TYPES.roleDefinition);
export const SqlRoleAssignment = resourceClass<SqlResourceSqlRoleAssignmentArgs>(TYPES.roleAssignment);
export const MetricAlert = resourceClass<MetricAlertArgs>(TYPES.metricAlert);
