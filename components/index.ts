/**
 * cosmos-platform's components, for any Pulumi TypeScript program: `import { CosmosAccount,
 * SqlData, ... } from "cosmos-platform"`. Each takes typed arguments, applies production-safe
 * defaults and checks Azure's rules on them before it registers anything (docs/components.md).
 * The stack layer (stack/) builds the same components from a stack file.
 */
export { CosmosAccount, ACCOUNT_DEFAULTS, accountArgsProblems, resolveAccountSettings } from "./account/component";
export type { AccountRestoreArgs, BackupPolicy, CosmosAccountArgs, ResolvedAccountSettings } from "./account/component";
export { SqlData, sqlDataArgsProblems, CONTAINER_REPLACE_ON_CHANGES } from "./sql/component";
export type { ContainerThroughput, SqlContainerArgs, SqlDataArgs, SqlDatabaseArgs } from "./sql/component";
export { Access, accessArgsProblems } from "./access/component";
export type { AccessArgs, Principal } from "./access/component";
export { Identities } from "./identities/component";
export type { GroupArgs, IdentitiesArgs } from "./identities/component";
export { PrivateNetwork, PRIVATE_DNS_ZONE, SQL_GROUP_ID } from "./network/component";
export type { PrivateEndpointArgs, PrivateNetworkArgs, VirtualNetworkArgs } from "./network/component";
export { alertContext, Monitoring, selectAlerts } from "./monitoring/component";
export type { ActionGroupArgs, MonitoringArgs } from "./monitoring/component";
export type { CatalogContext, Profile, Severity } from "./monitoring/catalog";
export { DedicatedGateway, GATEWAY_SIZES } from "./gateway/component";
export type { DedicatedGatewayArgs } from "./gateway/component";
export { ComponentArgsError } from "./shared/errors";
export type { ConfigProblem } from "./shared/errors";
export { findRegion, regionHasZones } from "./shared/regions";
