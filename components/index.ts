/**
 * cosmos-platform: Azure Cosmos DB (NoSQL API) components for Pulumi programs in TypeScript,
 * Python, C#, Go, Java and YAML (`pulumi package add`). Each takes documented arguments, applies
 * production-safe defaults and checks Azure's rules before it registers anything
 * (docs/components.md).
 *
 * - CosmosEstate: one account with its data, access, private network, monitoring and gateway.
 * - The finer components it builds, for TypeScript programs that compose by hand: CosmosAccount,
 *   SqlData, Access, Identities, PrivateNetwork, Monitoring, DedicatedGateway.
 */
export { CosmosEstate } from "./estate/component";
export type { EstateParts } from "./estate/component";
export type { CosmosEstateArgs, EstateAccessArgs, EstateControlRoleArgs, EstateCustomerManagedKeyArgs, EstateDataRoleArgs, EstateMonitoringArgs, EstateNetworkArgs } from "./estate/args";
export { estateArgsProblems, capabilitiesFor } from "./estate/rules";

export { CosmosAccount, accountArgsProblems } from "./account/component";
export { ACCOUNT_DEFAULTS, resolveAccountSettings } from "./account/defaults";
export type { BackupPolicy, ResolvedAccountSettings } from "./account/defaults";
export {
    AccountCapability,
    AnalyticalSchemaType,
    BackupStorageRedundancy,
    BackupType,
    ConsistencyLevel,
    ContinuousBackupTier,
    CorsMethod,
    MinimalTlsVersion,
    NetworkAclBypass,
    PriorityLevel,
    PublicNetworkAccess,
} from "./account/args";
export type {
    AccountNetworkArgs,
    AccountRestoreArgs,
    AccountSettingsArgs,
    BackupArgs,
    ConsistencyArgs,
    CorsRuleArgs,
    CosmosAccountArgs,
    CustomerManagedKeyArgs,
    RegionArgs,
    RestoreDatabaseArgs,
    VirtualNetworkRuleArgs,
} from "./account/args";

export { SqlData, sqlDataArgsProblems, CONTAINER_REPLACE_ON_CHANGES } from "./sql/component";
export {
    CompositePathOrder,
    ConflictResolutionMode,
    DistanceFunction,
    FullTextLanguage,
    IndexingMode,
    PartitionKeyVersion,
    ProvisionedThroughputMode,
    SpatialType,
    ThroughputMode,
    TriggerOperation,
    TriggerType,
    VectorDataType,
    VectorIndexType,
} from "./sql/args";
export type {
    CompositePathArgs,
    ComputedPropertyArgs,
    ConflictResolutionArgs,
    ContainerThroughputArgs,
    FullTextPathArgs,
    FullTextPolicyArgs,
    IndexingPolicyArgs,
    PartitionKeyArgs,
    ProvisionedThroughputArgs,
    ScriptArgs,
    SpatialIndexArgs,
    SqlContainerArgs,
    SqlDataArgs,
    SqlDatabaseArgs,
    TriggerArgs,
    VectorEmbeddingArgs,
    VectorIndexArgs,
} from "./sql/args";
export type { InPlaceRestoreArgs } from "./shared/restore";

export { Access, accessArgsProblems } from "./access/component";
export { ControlRoleScope, PrincipalType } from "./access/args";
export type { AccessArgs, ControlRoleArgs, CustomRoleArgs, DataRoleArgs, DataScopeArgs, PrincipalArgs } from "./access/args";

export { Identities } from "./identities/component";
export type { GroupArgs, IdentitiesArgs, ManagedIdentityArgs } from "./identities/args";

export { PrivateNetwork, PRIVATE_DNS_ZONE, SQL_GROUP_ID } from "./network/component";
export { PrivateDnsMode, PrivateLinkGroup } from "./network/args";
export type { ManualApprovalArgs, PrivateEndpointArgs, PrivateNetworkArgs, SharedPrivateDnsZoneArgs, StaticIpConfigurationArgs, SubnetArgs, VirtualNetworkArgs } from "./network/args";

export { Monitoring, alertContext, monitoringAlerts } from "./monitoring/component";
export { AlertOperator, AlertProfile, AlertSeverity, BudgetThresholdType, MetricCategory } from "./monitoring/args";
export type {
    ActionGroupArgs,
    AlertOverrideArgs,
    BudgetArgs,
    BudgetThresholdArgs,
    BusinessAlertArgs,
    DiagnosticsArgs,
    EmailReceiverArgs,
    MonitoringArgs,
    MonitoringSettingsArgs,
    WebhookReceiverArgs,
    WorkspaceArgs,
} from "./monitoring/args";

export { DedicatedGateway, GATEWAY_SIZES } from "./gateway/component";
export { GatewaySize } from "./gateway/args";
export type { DedicatedGatewayArgs, GatewaySettingsArgs } from "./gateway/args";

export { ComponentArgsError } from "./shared/errors";
export type { ConfigProblem } from "./shared/errors";
export { findRegion, regionHasZones } from "./shared/regions";
