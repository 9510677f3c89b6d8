/**
 * cosmos-platform's components, for any Pulumi TypeScript program: `import { CosmosAccount,
 * SqlData, ... } from "cosmos-platform"`. Each takes typed arguments, applies production-safe
 * defaults and checks Azure's rules on them before it registers anything (docs/components.md).
 * The stack layer (stack/) builds the same components from a stack file.
 */
export { CosmosAccount, ACCOUNT_DEFAULTS, accountArgsProblems, resolveAccountSettings } from "./account";
export type { AccountRestoreArgs, BackupPolicy, CosmosAccountArgs, ResolvedAccountSettings } from "./account";
export { SqlData, sqlDataArgsProblems, CONTAINER_REPLACE_ON_CHANGES } from "./sql";
export type { ContainerThroughput, SqlContainerArgs, SqlDataArgs, SqlDatabaseArgs } from "./sql";
export { Access, accessArgsProblems } from "./access";
export type { AccessArgs, Principal } from "./access";
export { Identities } from "./identities";
export type { GroupArgs, IdentitiesArgs } from "./identities";
export { PrivateNetwork, PRIVATE_DNS_ZONE, SQL_GROUP_ID } from "./network";
export type { PrivateEndpointArgs, PrivateNetworkArgs, VirtualNetworkArgs } from "./network";
export { alertContext, Monitoring, selectAlerts } from "./monitoring/component";
export type { ActionGroupArgs, MonitoringArgs } from "./monitoring/component";
export type { CatalogContext, Profile, Severity } from "./monitoring/catalog";
export { DedicatedGateway, GATEWAY_SIZES } from "./gateway";
export type { DedicatedGatewayArgs } from "./gateway";
export { ComponentArgsError } from "./validation/errors";
export type { ConfigProblem } from "./validation/errors";
export { findRegion, regionHasZones } from "./regions";
