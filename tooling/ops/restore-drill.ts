/**
 * The restore drill's stack config: a new account restored from a source stack's account at a
 * point in time. Pure: the source comes in as this project's validated config, so what config
 * alone cannot know about the source (its backup mode, regions, data model) is read from the
 * source stack itself rather than typed by hand. Procedure: docs/restore.md.
 */
import { stringify } from "yaml";
import { ACCOUNT_NAME } from "../../components/shared/primitives";
import { RETENTION_DAYS, restoreWindow } from "../../stack/config/restore-rules";
import type { PlatformConfig } from "../../stack/config";

export interface DrillOptions {
    sourceStack: string;
    /** Restore point, ISO 8601 UTC. */
    timestamp: string;
    /** Restorable account id of the source (only Azure knows the instance id). */
    restorableAccountId: string;
    /** Output stack name; also names the environment. */
    stack: string;
    accountName?: string;
    resourceGroup?: string;
    /** `appdb` or `appdb/orders` entries; empty = the whole account. */
    only: string[];
    /** Entra object ids that get Data Contributor on the restored account (to run verify). */
    grants: string[];
    /** IPv4 addresses or CIDR ranges allowed through the firewall (public access on). */
    allowIps: string[];
    /** A real restore that stays: protected like production, TTL kept. */
    production: boolean;
    now: Date;
}

export class DrillError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "DrillError";
    }
}

const compact = (d: Date): string => d.toISOString().replace(/[-:T]/g, "").slice(0, 12);

/** `<source>-r<yyyymmddhhmm>` of the restore point, shortened to the 44-character limit. */
export function drillAccountName(source: string, timestamp: string): string {
    const suffix = `-r${compact(new Date(timestamp))}`;
    return `${source.slice(0, 44 - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** The `restore.databases` list for `--only` entries, checked against the source's data model. */
export function restoreSelection(source: PlatformConfig, only: string[]): { name: string; containers?: string[] }[] | undefined {
    if (only.length === 0) return undefined;
    const selection = new Map<string, Set<string> | "all">();
    for (const entry of only) {
        const [db, container, ...rest] = entry.split("/");
        const database = source.databases.find((d) => d.name === db);
        if (!database || rest.length > 0) {
            throw new DrillError(
                `--only '${entry}' is not a database or <database>/<container> of the source; it has ${source.databases.flatMap((d) => [d.name, ...d.containers.map((c) => `${d.name}/${c.name}`)]).join(", ") || "none"}`,
            );
        }
        if (container === undefined) {
            selection.set(db, "all");
            continue;
        }
        if (!database.containers.some((c) => c.name === container)) {
            throw new DrillError(
                `--only '${entry}': database '${db}' has no container '${container}'; it has ${database.containers.map((c) => c.name).join(", ")}`,
            );
        }
        const current = selection.get(db);
        if (current !== "all") selection.set(db, new Set([...(current ?? []), container]));
    }
    return [...selection].map(([name, containers]) => (containers === "all" ? { name } : { name, containers: [...containers] }));
}

/** The drill stack's config (keys without the project namespace). Throws DrillError on a source that cannot be restored. */
export function buildDrillConfig(source: PlatformConfig, rawSource: Record<string, unknown>, opts: DrillOptions): Record<string, unknown> {
    const backup = source.account.backup;
    if (backup.type !== "Continuous") {
        throw new DrillError(
            `stack '${opts.sourceStack}' (${source.account.name}) uses periodic backup: point-in-time restore needs continuous backup. Migrate it first (its own deployment: account.backup type Continuous), or restore a periodic backup through a support request (docs/restore.md)`,
        );
    }
    const at = new Date(opts.timestamp);
    const { earliest, latest } = restoreWindow(backup.tier, opts.now);
    if (Number.isNaN(at.getTime()) || at > latest || at < earliest) {
        throw new DrillError(
            `the restore point ${opts.timestamp} is outside the window ${earliest.toISOString()} to ${latest.toISOString()} (${source.account.name} keeps ${RETENTION_DAYS[backup.tier]} days: ${backup.tier})`,
        );
    }
    const accountName = opts.accountName ?? drillAccountName(source.account.name, opts.timestamp);
    if (!ACCOUNT_NAME.test(accountName))
        throw new DrillError(`--account-name '${accountName}' is not a valid account name (3-44 lowercase letters, digits and hyphens)`);
    const write = source.account.regions[0];
    const databases = restoreSelection(source, opts.only);
    const environment = /^[a-z][a-z0-9-]{0,15}$/.test(opts.stack) ? opts.stack : "restore";

    return {
        environment,
        production: opts.production,
        resourceGroup: { name: opts.resourceGroup ?? `rg-${accountName}` },
        account: {
            name: accountName,
            // One region, the source's write region: the restore lands there; add regions afterwards.
            regions: [{ name: write.name, zoneRedundant: write.zoneRedundant }],
            consistency: source.account.consistency,
            ...(source.account.serverless ? { serverless: true } : {}),
            backup: { type: "Continuous", tier: opts.production ? backup.tier : "Continuous7Days" },
        },
        network:
            opts.allowIps.length > 0
                ? {
                      publicNetworkAccess: "Enabled",
                      ipRules: opts.allowIps,
                      publicAccessReason: `Restore drill: verify runs from ${opts.allowIps.join(", ")}; the account is torn down after the drill.`,
                  }
                : { publicNetworkAccess: "Disabled" },
        // The restore brings the data model back; declaring it here would make Pulumi create it again.
        databases: [],
        ...(opts.grants.length > 0
            ? { access: { dataRoles: opts.grants.map((principal) => ({ principal, role: "Cosmos DB Built-in Data Contributor" })) } }
            : {}),
        ...(opts.production && rawSource.monitoring ? { monitoring: rawSource.monitoring } : {}),
        restore: {
            source: {
                restorableAccountId: opts.restorableAccountId,
                accountName: source.account.name,
                backupTier: backup.tier,
                regions: source.account.regions.map((r) => r.name),
                production: source.production,
                stack: opts.sourceStack,
            },
            timestamp: opts.timestamp,
            ...(databases ? { databases } : {}),
            // A drill is forensics: keep items whose TTL ran out since the restore point.
            ...(opts.production ? {} : { ttlDisabled: true }),
        },
        tags: { purpose: opts.production ? "restore" : "restore-drill", "restored-from": source.account.name },
    };
}

/** The stack settings file text, with a header saying what it is and how to use it. */
export function renderDrillStackFile(project: string, config: Record<string, unknown>, opts: DrillOptions): string {
    const header = [
        `# ${opts.production ? "Restore" : "Restore drill"} of stack '${opts.sourceStack}' at ${opts.timestamp}, prepared by \`npm run restore-drill\` at ${opts.now.toISOString()}.`,
        `# Procedure: docs/restore.md. Deploy: pulumi up --stack ${opts.stack}. Check: npm run verify -- --endpoint <endpoint> ...`,
        opts.production
            ? "# Production: protected and delete-locked. After the restore, set restore.completed: true and keep the rest as it is."
            : `# Tear down after the drill: pulumi destroy --stack ${opts.stack}. The restore point must stay inside the window until deployed.`,
    ];
    const namespaced = Object.fromEntries(Object.entries(config).map(([k, v]) => [`${project}:${k}`, v]));
    return `${header.join("\n")}\n${stringify({ config: namespaced }, { lineWidth: 0 })}`;
}
