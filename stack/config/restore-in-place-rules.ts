/**
 * Rules for `restoreInPlace`: restoring deleted databases and containers into the same account.
 * Azure's rules, from https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-introduction
 * and https://learn.microsoft.com/azure/cosmos-db/how-to-restore-in-account-continuous-backup:
 *
 * - the account uses continuous backup, and the point lies inside its tier's window (7 or 30 days);
 * - a database comes back with every container it had at that point, so a container of a database
 *   that is restored is not restored again;
 * - a container on its database's shared throughput comes back only with its database;
 * - no more than three restore operations run at a time on an account;
 * - only deleted resources are restored (Azure refuses a live one; config cannot see that).
 *
 * What this project adds: the database or container must be declared in this account's data
 * model, because the SqlData component creates it from that declaration.
 */
import { describeValue, PathSegment, Report } from "../../components/shared/errors";
import { DEFAULTS, isProduction } from "./defaults";
import { RETENTION_DAYS, restoreWindow } from "./restore-rules";
import { AccountView } from "./schema";

/** Azure runs at most this many restore operations at a time on one account. */
export const MAX_CONCURRENT_IN_PLACE_RESTORES = 3;

const iso = (d: Date): string => d.toISOString().replace(/\.000Z$/, "Z");

/** The account's continuous tier as the stack resolves it; undefined for periodic backup. */
export function accountBackupTier(cfg: AccountView): keyof typeof RETENTION_DAYS | undefined {
    const backup = cfg.account.backup;
    if (backup?.type === "Periodic") return undefined;
    return backup?.tier ?? (isProduction(cfg) ? DEFAULTS.productionBackupTier : DEFAULTS.nonProductionBackupTier);
}

/** Whether a declared container runs on its database's shared throughput in this stack. */
function usesSharedThroughput(
    cfg: AccountView,
    database: AccountView["databases"][number],
    container: AccountView["databases"][number]["containers"][number],
): boolean {
    if (cfg.account.serverless) return false;
    const declared = cfg.throughput?.containers?.[`${database.name}/${container.name}`] ?? container.throughput;
    if (declared) return declared.mode === "shared";
    return (cfg.throughput?.databases?.[database.name] ?? database.throughput) !== undefined;
}

/** Every problem of a stack's `restoreInPlace` key at the instant `now`. */
export function inPlaceRestoreRules(cfg: AccountView, now: Date, report: Report): void {
    const restore = cfg.restoreInPlace;
    if (!restore) return;
    const tier = accountBackupTier(cfg);
    if (tier === undefined) {
        report(
            ["restoreInPlace"],
            "restoring a deleted database or container in place needs continuous backup, and account.backup is Periodic; a periodic backup is restored by a support request (docs/restore.md)",
        );
    }
    if (cfg.restore && !cfg.restore.completed) {
        report(
            ["restoreInPlace"],
            "the account itself is still being created by a restore (restore.completed is not true); restore deleted databases or containers in place once the account exists",
        );
    }

    const at = (i: number, ...rest: PathSegment[]): PathSegment[] => ["restoreInPlace", "resources", i, ...rest];
    const declared = cfg.databases.flatMap((db) => [db.name, ...db.containers.map((c) => `${db.name}/${c.name}`)]);
    const firstIndex = new Map<string, number>();
    restore.resources.forEach((entry, i) => {
        const seen = firstIndex.get(entry.name);
        if (seen !== undefined) {
            report(at(i, "name"), `'${entry.name}' is listed twice (also at restoreInPlace.resources[${seen}]); list it once`);
            return;
        }
        firstIndex.set(entry.name, i);
    });

    restore.resources.forEach((entry, i) => {
        const [dbName, containerName] = entry.name.split("/");
        const database = cfg.databases.find((d) => d.name === dbName);
        if (!database) {
            report(
                at(i, "name"),
                `no database ${describeValue(dbName)} in this account's databases; declared: ${declared.join(", ") || "none"} (the restore creates what the data model declares)`,
            );
        } else if (containerName !== undefined) {
            const container = database.containers.find((c) => c.name === containerName);
            const parent = firstIndex.get(dbName);
            if (!container) {
                report(at(i, "name"), `database '${dbName}' has no container ${describeValue(containerName)}; declared: ${declared.join(", ")}`);
            } else if (parent !== undefined) {
                report(
                    at(i, "name"),
                    `container '${entry.name}' comes back with database '${dbName}' (restoreInPlace.resources[${parent}]); remove this entry`,
                );
            } else if (usesSharedThroughput(cfg, database, container)) {
                report(
                    at(i, "name"),
                    `container '${entry.name}' uses the shared throughput of database '${dbName}', and Azure restores such containers only with their database; restore '${dbName}' instead`,
                );
            }
        }
        if (tier !== undefined && !entry.completed) {
            const { earliest, latest } = restoreWindow(tier, now);
            const when = new Date(entry.timestamp);
            const window = `between ${iso(earliest)} and ${iso(latest)} (the last ${RETENTION_DAYS[tier]} days that ${tier} keeps)`;
            if (when.getTime() > latest.getTime()) {
                report(at(i, "timestamp"), `a restore timestamp lies in the past, ${window}; got ${entry.timestamp}, which is in the future`);
            } else if (when.getTime() < earliest.getTime()) {
                report(
                    at(i, "timestamp"),
                    `a restore timestamp lies inside the backup window, ${window}; got ${entry.timestamp}, which is older (set completed: true if this restore has finished)`,
                );
            }
        }
    });

    const pending = restore.resources.filter((e) => !e.completed).length;
    if (pending > MAX_CONCURRENT_IN_PLACE_RESTORES) {
        report(
            ["restoreInPlace", "resources"],
            `Azure runs at most ${MAX_CONCURRENT_IN_PLACE_RESTORES} restore operations at a time on an account; got ${pending} pending entries: restore in several deployments and mark finished ones completed`,
        );
    }
}
