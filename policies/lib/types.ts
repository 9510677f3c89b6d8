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

export const TYPES = {
    account: "azure-native:cosmosdb:DatabaseAccount",
    database: "azure-native:cosmosdb:SqlResourceSqlDatabase",
    container: "azure-native:cosmosdb:SqlResourceSqlContainer",
    roleDefinition: "azure-native:cosmosdb:SqlResourceSqlRoleDefinition",
    roleAssignment: "azure-native:cosmosdb:SqlResourceSqlRoleAssignment",
    privateEndpoint: "azure-native:network:PrivateEndpoint",
    privateDnsZoneGroup: "azure-native:network:PrivateDnsZoneGroup",
    diagnosticSetting: "azure-native:monitor:DiagnosticSetting",
    metricAlert: "azure-native:monitor:MetricAlert",
    resourceLock: "azure-native:authorization:ManagementLockAtResourceLevel",
    threatProtection: "azure-native:security:AdvancedThreatProtection",
    service: "azure-native:cosmosdb:Service",
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
