/**
 * The stack's defaults and the production test: the rules and the resolution both read them, so
 * what "production" means cannot drift between a rule and the config it checks. The components'
 * defaults are theirs (components/account/defaults.ts, ...); this table reads them and adds only
 * what depends on the stack (the production flag).
 */
import { ACCOUNT_DEFAULTS } from "../../components/account/defaults";
import { LAST_WRITER_WINS_PATH, PARTITION_KEY_VERSION } from "../../components/sql/component";
import type { StackConfig } from "./schema";

/**
 * The defaults table docs/config.md shows. Secure unless a stack says otherwise. Those of the
 * components are read from them, so the table cannot drift from what they do.
 */
export const DEFAULTS = {
    consistencyLevel: ACCOUNT_DEFAULTS.consistencyLevel,
    automaticFailover: ACCOUNT_DEFAULTS.automaticFailover,
    multiRegionWrites: ACCOUNT_DEFAULTS.multiRegionWrites,
    localAuth: ACCOUNT_DEFAULTS.localAuth,
    keyBasedMetadataWrites: ACCOUNT_DEFAULTS.keyBasedMetadataWrites,
    minimalTlsVersion: "Tls12",
    publicNetworkAccess: ACCOUNT_DEFAULTS.publicNetworkAccess,
    networkAclBypass: ACCOUNT_DEFAULTS.networkAclBypass,
    productionBackupTier: "Continuous30Days",
    nonProductionBackupTier: "Continuous7Days",
    periodicBackupRedundancy: ACCOUNT_DEFAULTS.periodicBackupRedundancy,
    partitionKeyVersion: PARTITION_KEY_VERSION,
    lastWriterWinsPath: LAST_WRITER_WINS_PATH,
    productionEnvironments: ["prod", "production"],
} as const;

/** A production stack: `production` when set, else an environment named prod or production. */
export function isProduction(cfg: Pick<StackConfig, "production" | "environment">): boolean {
    return cfg.production ?? (DEFAULTS.productionEnvironments as readonly string[]).includes(cfg.environment);
}
