/**
 * The pack's contents: every rule, in catalogue order, and the pack-wide defaults. Shared by the
 * entry point (index.ts, which serves them to the Pulumi engine) and the offline evaluator
 * (tooling/review/policy), which runs these same objects over resource records.
 */
import { EnforcementLevel, Policies } from "@pulumi/policy";
import { maxAutoscaleThroughput, maxManualThroughput } from "./cost";
import { accountName, allowedLocations, diagnosticSettings, metricAlertActionGroup } from "./operations";
import { partitionKeyVersion2 } from "./performance";
import { automaticFailover, continuousBackup, multiRegion, noFreeTier, zoneRedundant } from "./reliability/account";
import { accountDeleteLock, dataProtected, dataRetainedOnDelete } from "./reliability/protection";
import { roleAssignmentScopeInAccount, roleDefinitionNoAccountWildcard } from "./security/access";
import {
    customerManagedKey,
    keyBasedMetadataWriteDisabled,
    localAuthDisabled,
    minimumTls12,
    networkAclBypassNone,
    networkRestricted,
    noOpenIpRules,
    publicNetworkDisabled,
} from "./security/account";
import { defenderForCosmosDb, privateEndpoint } from "./security/stack";

export const PACK_NAME = "cosmos-platform";
/** Level of a rule that sets none and is not configured (the SDK's own default is advisory too). */
export const PACK_ENFORCEMENT_LEVEL: EnforcementLevel = "advisory";

export const policies: Policies = [
    // security
    publicNetworkDisabled,
    localAuthDisabled,
    keyBasedMetadataWriteDisabled,
    minimumTls12,
    networkRestricted,
    noOpenIpRules,
    networkAclBypassNone,
    customerManagedKey,
    privateEndpoint,
    roleDefinitionNoAccountWildcard,
    roleAssignmentScopeInAccount,
    defenderForCosmosDb,
    // reliability and data safety
    zoneRedundant,
    multiRegion,
    automaticFailover,
    continuousBackup,
    noFreeTier,
    dataProtected,
    dataRetainedOnDelete,
    accountDeleteLock,
    // cost
    maxManualThroughput,
    maxAutoscaleThroughput,
    // operations
    accountName,
    allowedLocations,
    diagnosticSettings,
    metricAlertActionGroup,
    // performance
    partitionKeyVersion2,
];
