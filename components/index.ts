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
export type {
    CosmosEstateArgs,
    EstateAccess,
    EstateControlRole,
    EstateCustomerManagedKey,
    EstateDataRole,
    EstateMonitoring,
    EstateNetwork,
} from "./estate/args";
export { estateArgsProblems, capabilitiesFor } from "./estate/rules";

export { CosmosAccount, accountArgsProblems } from "./account/component";
export { ACCOUNT_DEFAULTS, resolveAccountSettings } from "./account/defaults";
export type { ResolvedBackup, ResolvedAccountSettings } from "./account/defaults";
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
    AccountNetwork,
    AccountRestore,
    AccountSafeguards,
    AccountSettings,
    BackupSettings,
    ConsistencySettings,
    CorsRule,
    CosmosAccountArgs,
    CustomerManagedKey,
    AccountRegion,
    RestoreDatabase,
    VirtualNetworkRule,
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
    CompositePath,
    ComputedProperty,
    ConflictResolution,
    ContainerThroughput,
    FullTextPath,
    FullTextPolicy,
    IndexingPolicy,
    PartitionKey,
    SharedThroughput,
    Script,
    SpatialIndex,
    SqlContainer,
    SqlDataArgs,
    SqlDatabase,
    Trigger,
    VectorEmbedding,
    VectorIndex,
} from "./sql/args";
export type { InPlaceRestore } from "./shared/restore";

export { Access, accessArgsProblems } from "./access/component";
export { ControlRoleScope, PrincipalType } from "./access/args";
export type { AccessArgs, ControlRole, CustomRole, DataRole, DataScope, Principal } from "./access/args";

export { Identities } from "./identities/component";
export type { EntraGroup, IdentitiesArgs, ManagedIdentity } from "./identities/args";

export { PrivateNetwork, PRIVATE_DNS_ZONE, SQL_GROUP_ID } from "./network/component";
export { PrivateDnsMode, PrivateLinkGroup } from "./network/args";
export type { ManualApproval, PrivateEndpoint, PrivateNetworkArgs, SharedPrivateDnsZone, StaticIpConfiguration, Subnet, VirtualNetwork } from "./network/args";

export { Monitoring, alertContext, monitoringAlerts } from "./monitoring/component";
export { AlertOperator, AlertProfile, AlertSeverity, BudgetThresholdType, MetricCategory } from "./monitoring/args";
export type {
    ActionGroup,
    AlertOverride,
    BudgetSettings,
    BudgetThreshold,
    BusinessAlert,
    DiagnosticsSettings,
    EmailReceiver,
    MonitoringArgs,
    MonitoringSettings,
    WebhookReceiver,
    WorkspaceSettings,
} from "./monitoring/args";

export { DedicatedGateway, GATEWAY_SIZES } from "./gateway/component";
export { GatewaySize } from "./gateway/args";
export type { DedicatedGatewayArgs, GatewaySettings } from "./gateway/args";

export { ComponentArgsError } from "./shared/errors";
export type { ConfigProblem } from "./shared/errors";
export { findRegion, regionHasZones } from "./shared/regions";
