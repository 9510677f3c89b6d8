/**
 * Defaults and the production test, in one place: the rules and the resolution both read them,
 * so what "production" means cannot drift between a rule and the config it checks.
 */
import { regionHasZones } from "../regions";
import type { StackConfig } from "./schema";

/** Defaults, in one place. Secure unless a stack says otherwise. */
export const DEFAULTS = {
    consistencyLevel: "Session",
    automaticFailover: true,
    multiRegionWrites: false,
    localAuth: false,
    keyBasedMetadataWrites: false,
    minimalTlsVersion: "Tls12",
    publicNetworkAccess: "Disabled",
    networkAclBypass: "None",
    productionBackupTier: "Continuous30Days",
    nonProductionBackupTier: "Continuous7Days",
    periodicBackupRedundancy: "Geo",
    partitionKeyVersion: 2,
    lastWriterWinsPath: "/_ts",
    productionEnvironments: ["prod", "production"],
} as const;

/** A production stack: `production` when set, else an environment named prod or production. */
export function isProduction(cfg: Pick<StackConfig, "production" | "environment">): boolean {
    return cfg.production ?? (DEFAULTS.productionEnvironments as readonly string[]).includes(cfg.environment);
}

/**
 * A region's zone redundancy when the stack does not set it: on where the region has availability
 * zones, off where it has none (Azure refuses zone redundancy there). From components/regions.ts.
 */
export function defaultZoneRedundant(region: string): boolean {
    return regionHasZones(region) === true;
}
