/**
 * Defaults and the production test, in one place: the rules and the resolution both read them,
 * so what "production" means cannot drift between a rule and the config it checks.
 */
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

