/**
 * Cross-field rules for operations config: a point-in-time restore (the source uses continuous
 * backup, the timestamp lies in the past inside the tier's window, the account is new) and item
 * schemas (the file exists and stays within what the trigger generator checks).
 *
 * What config can know, and what it cannot: the source's backup mode is checked as *declared*
 * in `restore.source.backupTier` (`npm run restore-drill` copies it from the source stack's own
 * config, so there it is the source of truth); whether the instance id really belongs to that
 * account, and the source's latest restorable timestamp, only Azure knows (docs/restore.md).
 */
import { ITEM_SCHEMA_TRIGGER, loadItemSchema } from "../item-schema";
import { isProduction } from "./defaults";
import { ConfigProblem, describeValue, PathSegment } from "../../components/shared/errors";
import { RestoreConfig } from "./restore-schema";
import { AccountView } from "./schema";
import { ScriptLoader } from "./scripts";

import type { Report } from "./security-rules";

/** Where the rules read the time; tests pass a fixed one, the program the real clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Days of history each continuous tier keeps (https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction). */
export const RETENTION_DAYS = { Continuous7Days: 7, Continuous30Days: 30 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The window a restore timestamp must fall in at `now`: [now - retention, now]. */
export function restoreWindow(tier: keyof typeof RETENTION_DAYS, now: Date): { earliest: Date; latest: Date } {
    return { earliest: new Date(now.getTime() - RETENTION_DAYS[tier] * DAY_MS), latest: now };
}

/** Databases that come back with a restore: the listed ones, or every one when none is listed. */
export function restoredDatabases(restore: RestoreConfig): "all" | string[] {
    return restore.databases ? restore.databases.map((d) => d.name) : "all";
}

const iso = (d: Date): string => d.toISOString().replace(/\.000Z$/, "Z");

/** Every problem of a stack's `restore` key at the instant `now`. */
export function restoreProblems(cfg: AccountView, now: Date): ConfigProblem[] {
    const restore = cfg.restore;
    if (!restore) return [];
    const problems: ConfigProblem[] = [];
    const report = (path: PathSegment[], message: string) => problems.push({ path, message });
    const source = restore.source;
    const production = isProduction(cfg);

    if (source.backupTier === "Periodic") {
        report(
            ["restore", "source", "backupTier"],
            `point-in-time restore needs the source on continuous backup; '${source.accountName}' is declared Periodic (a periodic backup is restored by a support request, or migrate the source to continuous first: docs/restore.md)`,
        );
    } else if (!restore.completed) {
        const { earliest, latest } = restoreWindow(source.backupTier, now);
        const at = new Date(restore.timestamp);
        const window = `between ${iso(earliest)} and ${iso(latest)} (the last ${RETENTION_DAYS[source.backupTier]} days that ${source.backupTier} keeps)`;
        if (at.getTime() > latest.getTime()) {
            report(["restore", "timestamp"], `a restore timestamp lies in the past, ${window}; got ${restore.timestamp}, which is in the future`);
        } else if (at.getTime() < earliest.getTime()) {
            report(["restore", "timestamp"], `a restore timestamp lies inside the backup window, ${window}; got ${restore.timestamp}, which is older`);
        }
    }

    if (cfg.account.name === source.accountName) {
        report(
            ["account", "name"],
            `a restore creates a new account; choose a name other than the source's '${source.accountName}' (Azure refuses to restore over an existing account)`,
        );
    }
    if (cfg.account.backup?.type === "Periodic") {
        report(["account", "backup"], "a restored account keeps continuous backup; remove account.backup or use type Continuous");
    }
    const writeRegion = [...cfg.account.regions].sort((a, b) => (a.failoverPriority ?? 0) - (b.failoverPriority ?? 0))[0]?.name;
    if (source.regions && writeRegion && !source.regions.includes(writeRegion)) {
        report(
            ["account", "regions"],
            `a restore lands in a region where the source has backups (${source.regions.join(", ")}); got write region ${describeValue(writeRegion)}`,
        );
    }
    if (source.production && cfg.account.localAuth) {
        report(
            ["account", "localAuth"],
            "restored production data keeps account keys off; remove localAuth or set it to false (grant Entra ID data roles instead)",
        );
    }
    if (production && cfg.security?.deleteLock === false) {
        report(["security", "deleteLock"], "a production restore target keeps its delete lock like any production account; remove deleteLock: false");
    }

    const seen = new Map<string, number>();
    (restore.databases ?? []).forEach((db, i) => {
        const first = seen.get(db.name);
        if (first !== undefined)
            report(
                ["restore", "databases", i, "name"],
                `database '${db.name}' is listed twice (also at restore.databases[${first}]); list it once with all its containers`,
            );
        else seen.set(db.name, i);
        const containers = db.containers ?? [];
        containers.forEach((c, j) => {
            if (containers.indexOf(c) !== j) report(["restore", "databases", i, "containers", j], `container '${c}' is listed twice in database '${db.name}'`);
        });
    });

    if (!restore.completed) {
        const restored = restoredDatabases(restore);
        cfg.databases.forEach((db, i) => {
            if (restored === "all" || restored.includes(db.name)) {
                report(
                    ["databases", i, "name"],
                    `database '${db.name}' comes back with the restore, so declaring it makes Pulumi create it again, which Azure refuses (it already exists); set cosmos-platform:databases in this stack without it (npm run restore-drill does), and import it after the restore if this stack is to manage it (docs/restore.md)`,
                );
            }
        });
    }
    return problems;
}

/** Problems of containers' `itemSchema` files, and of triggers that would collide with the generated one. */
export function itemSchemaProblems(cfg: AccountView, baseDir: string): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    cfg.databases.forEach((db, i) => {
        db.containers.forEach((c, j) => {
            if (!c.itemSchema) return;
            const at: PathSegment[] = ["databases", i, "containers", j];
            const loaded = loadItemSchema(baseDir, c.itemSchema);
            if (!loaded.ok) problems.push({ path: [...at, "itemSchema"], message: loaded.problem });
            (c.triggers ?? []).forEach((t, k) => {
                if (t.name === ITEM_SCHEMA_TRIGGER) {
                    problems.push({
                        path: [...at, "triggers", k, "name"],
                        message: `'${ITEM_SCHEMA_TRIGGER}' is the trigger generated from itemSchema; name this trigger differently`,
                    });
                }
            });
        });
    });
    return problems;
}

/** Runs the operations rules; `rules.ts` calls this once. */
export function operationsRules(cfg: AccountView, scripts: ScriptLoader, report: Report, clock: Clock = systemClock): void {
    for (const p of [...restoreProblems(cfg, clock()), ...itemSchemaProblems(cfg, scripts.baseDir)]) report(p.path, p.message);
}
