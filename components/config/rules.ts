/**
 * Cross-field rules: what one key cannot say alone. They run after the shape has parsed, return
 * every problem at once, and name the key path where the user wrote the value.
 */
import { checkRootWildcard } from "../indexing";
import { accessPatternRules } from "./access-patterns-rules";
import { operationsRules } from "./restore-rules";
import { ConfigProblem, describeValue, PathSegment } from "./errors";
import { LIMITS } from "./primitives";
import { StackConfig } from "./schema";
import { ScriptLoader } from "./scripts";
import { monitoringRules } from "./monitoring-rules";
import { regionRules } from "./region-rules";
import { securityRules } from "./security-rules";

import type { Report } from "./security-rules";

/** Where a duplicate first appeared, for "listed twice" messages. */
function findDuplicates<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number; key: string }[] {
    const seen = new Map<string, number>();
    const dups: { index: number; first: number; key: string }[] = [];
    items.forEach((item, index) => {
        const k = key(item);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, index);
        else dups.push({ index, first, key: k });
    });
    return dups;
}

function accountRules(cfg: StackConfig, report: Report): void {
    const account = cfg.account;
    const regions = account.regions;
    for (const d of findDuplicates(regions, (r) => r.name)) {
        report(["account", "regions", d.index, "name"], `region '${d.key}' is listed twice (also at account.regions[${d.first}]); list each region once`);
    }

    const withPriority = regions.filter((r) => r.failoverPriority !== undefined).length;
    if (withPriority > 0 && withPriority < regions.length) {
        regions.forEach((r, i) => {
            if (r.failoverPriority === undefined) {
                report(["account", "regions", i, "failoverPriority"], "set failoverPriority on every region or on none (then list order is the priority)");
            }
        });
    } else if (withPriority === regions.length) {
        const priorities = regions.map((r) => r.failoverPriority as number);
        const sorted = [...priorities].sort((a, b) => a - b);
        if (sorted.some((p, i) => p !== i)) {
            report(
                ["account", "regions"],
                `failover priorities must be 0..${regions.length - 1}, each used once (0 is the write region); got ${describeValue(priorities)}`,
            );
        }
    }

    if (account.serverless && regions.length > 1) {
        report(["account", "regions"], `a serverless account runs in exactly one region; got ${regions.length} regions (${regions.map((r) => r.name).join(", ")})`);
    }
    if (account.serverless && account.totalThroughputLimit !== undefined) {
        report(["account", "totalThroughputLimit"], "a serverless account has no throughput to limit; remove totalThroughputLimit or turn serverless off");
    }
    if (account.serverless && account.freeTier) {
        report(["account", "freeTier"], "free tier is not available for serverless accounts; set freeTier to false or turn serverless off");
    }

    const consistency = account.consistency;
    if (consistency?.level === "Strong" && account.multiRegionWrites) {
        report(["account", "consistency", "level"], "Strong consistency cannot be combined with multi-region writes; choose BoundedStaleness, Session, ConsistentPrefix or Eventual, or set multiRegionWrites to false");
    }
    if (consistency && consistency.level !== "BoundedStaleness") {
        for (const key of ["maxStalenessPrefix", "maxIntervalInSeconds"] as const) {
            if (consistency[key] !== undefined) {
                report(["account", "consistency", key], `${key} applies only to BoundedStaleness; got level '${consistency.level}'`);
            }
        }
    }
    if (consistency?.level === "BoundedStaleness") {
        // Minimums: 10 writes / 5 s in one region, 100,000 / 300 s with several (the REST spec only
        // says 1; Microsoft's page, its quickstart templates and azurerm all use 10).
        // https://learn.microsoft.com/azure/cosmos-db/consistency-levels#consistency-levels-and-data-durability
        const multi = regions.length > 1;
        const prefixMin = multi ? 100_000 : 10;
        const intervalMin = multi ? 300 : 5;
        if (consistency.maxStalenessPrefix === undefined || consistency.maxStalenessPrefix < prefixMin) {
            report(["account", "consistency", "maxStalenessPrefix"], `BoundedStaleness needs maxStalenessPrefix of at least ${prefixMin}${multi ? " with several regions" : ""}; got ${describeValue(consistency.maxStalenessPrefix)}`);
        }
        if (consistency.maxIntervalInSeconds === undefined || consistency.maxIntervalInSeconds < intervalMin) {
            report(["account", "consistency", "maxIntervalInSeconds"], `BoundedStaleness needs maxIntervalInSeconds of at least ${intervalMin}${multi ? " with several regions" : ""}; got ${describeValue(consistency.maxIntervalInSeconds)}`);
        }
    }

    const backup = account.backup;
    if (backup?.type === "Periodic" && backup.retentionHours * 60 < backup.intervalMinutes * 2) {
        report(["account", "backup", "retentionHours"], `periodic backup retention must be at least twice the interval (${Math.ceil((backup.intervalMinutes * 2) / 60)} hours for ${backup.intervalMinutes} minutes); got ${backup.retentionHours}`);
    }
}

function containerRules(cfg: StackConfig, scripts: ScriptLoader, report: Report): void {
    const analytical = cfg.account.analyticalStorage ?? false;
    for (const d of findDuplicates(cfg.databases, (db) => db.name)) {
        report(["databases", d.index, "name"], `database '${d.key}' is declared twice (also at databases[${d.first}]); database names are unique in an account`);
    }
    const total = cfg.databases.reduce((n, db) => n + 1 + db.containers.length, 0);
    if (total > LIMITS.databasesAndContainers) {
        report(["databases"], `an account holds at most ${LIMITS.databasesAndContainers} databases and containers together; got ${total} (use another account, or ask Azure support to raise the limit)`);
    }
    cfg.databases.forEach((db, i) => {
        const dbPath: PathSegment[] = ["databases", i];
        for (const d of findDuplicates(db.containers, (c) => c.name)) {
            report([...dbPath, "containers", d.index, "name"], `container '${d.key}' is declared twice in database '${db.name}' (also at containers[${d.first}]); container names are unique in a database`);
        }
        db.containers.forEach((c, j) => {
            const at = (...rest: PathSegment[]): PathSegment[] => [...dbPath, "containers", j, ...rest];
            for (const d of findDuplicates(c.partitionKey.paths, (p) => p.trim())) {
                report(at("partitionKey", "paths", d.index), `partition key path '${d.key}' is listed twice; each level of a hierarchical key is a different property`);
            }
            if (c.partitionKey.paths.length > 1 && c.partitionKey.version === 1) {
                report(at("partitionKey", "version"), "hierarchical partition keys (2-3 paths) use version 2; got 1");
            }

            const policy = c.indexingPolicy;
            if (policy) {
                if (policy.mode === "none") {
                    for (const key of ["includedPaths", "excludedPaths", "compositeIndexes", "spatialIndexes"] as const) {
                        if ((policy[key] ?? []).length > 0) {
                            report(at("indexingPolicy", key), `indexing mode 'none' takes no ${key}; remove them or use mode 'consistent'`);
                        }
                    }
                } else {
                    const reason = checkRootWildcard(policy);
                    if (reason) report(at("indexingPolicy"), reason);
                }
            }

            if (c.analyticalTtl !== undefined && !analytical) {
                report(at("analyticalTtl"), "analyticalTtl needs the analytical store; set account.analyticalStorage to true or remove analyticalTtl");
            }

            const resolution = c.conflictResolution;
            if (resolution?.mode === "Custom" && resolution.procedure !== undefined) {
                const names = (c.storedProcedures ?? []).map((s) => s.name);
                if (!names.includes(resolution.procedure)) {
                    report(at("conflictResolution", "procedure"), `'${resolution.procedure}' is not a stored procedure of this container; declared: ${names.length ? names.join(", ") : "none"}`);
                }
            }

            const scriptKinds = [
                ["storedProcedures", c.storedProcedures ?? []],
                ["triggers", c.triggers ?? []],
                ["userDefinedFunctions", c.userDefinedFunctions ?? []],
            ] as const;
            for (const [kind, list] of scriptKinds) {
                for (const d of findDuplicates(list as readonly { name: string }[], (s) => s.name)) {
                    report(at(kind, d.index, "name"), `'${d.key}' is declared twice in ${kind} of container '${c.name}'`);
                }
                (list as readonly { file: string }[]).forEach((script, k) => {
                    const problem = scripts.check(script.file);
                    if (problem) report(at(kind, k, "file"), problem);
                });
            }
        });
    });
}

function throughputRules(cfg: StackConfig, report: Report): void {
    const serverless = cfg.account.serverless ?? false;
    const overrides = cfg.throughput ?? {};
    const dbNames = new Set(cfg.databases.map((db) => db.name));
    const containerKeys = new Set(cfg.databases.flatMap((db) => db.containers.map((c) => `${db.name}/${c.name}`)));

    for (const key of Object.keys(overrides.databases ?? {})) {
        if (!dbNames.has(key)) {
            report(["throughput", "databases", key], `no database named '${key}'; declared databases: ${[...dbNames].join(", ") || "none"}`);
        }
    }
    for (const key of Object.keys(overrides.containers ?? {})) {
        if (!containerKeys.has(key)) {
            report(["throughput", "containers", key], `no container '${key}'; keys are '<database>/<container>', declared: ${[...containerKeys].join(", ") || "none"}`);
        }
    }

    if (serverless) {
        const serverlessMessage = "a serverless account takes no throughput settings (it bills per request); remove this or turn serverless off";
        if (overrides.default) report(["throughput", "default"], serverlessMessage);
        for (const key of Object.keys(overrides.databases ?? {})) report(["throughput", "databases", key], serverlessMessage);
        for (const key of Object.keys(overrides.containers ?? {})) report(["throughput", "containers", key], serverlessMessage);
        cfg.databases.forEach((db, i) => {
            if (db.throughput) report(["databases", i, "throughput"], serverlessMessage);
            db.containers.forEach((c, j) => {
                if (c.throughput) report(["databases", i, "containers", j, "throughput"], serverlessMessage);
            });
        });
        return;
    }

    cfg.databases.forEach((db, i) => {
        const dbShared = overrides.databases?.[db.name] ?? db.throughput;
        let sharedCount = 0;
        db.containers.forEach((c, j) => {
            const key = `${db.name}/${c.name}`;
            const override = overrides.containers?.[key];
            const declared = override ?? c.throughput;
            const where: PathSegment[] = override ? ["throughput", "containers", key] : ["databases", i, "containers", j, "throughput"];
            if (declared?.mode === "shared" || (!declared && dbShared)) {
                if (!dbShared) {
                    report(where, `container '${key}' uses shared throughput but database '${db.name}' has none; give the database throughput (throughput.databases["${db.name}"]) or the container its own`);
                }
                sharedCount += 1;
            } else if (!declared && !overrides.default) {
                report(["databases", i, "containers", j], `container '${key}' has no throughput on a provisioned account; set throughput.containers["${key}"], throughput.default, or shared throughput on database '${db.name}'`);
            }
        });
        if (dbShared && sharedCount > LIMITS.sharedDatabaseContainers) {
            report(["databases", i, "containers"], `a shared-throughput database holds at most ${LIMITS.sharedDatabaseContainers} containers on its shared throughput; got ${sharedCount} in '${db.name}' (give some containers dedicated throughput or split the database)`);
        }
    });
}

/** Every cross-field problem in a config whose shape is already valid. */
export function crossFieldProblems(cfg: StackConfig, scripts: ScriptLoader): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const report: Report = (path, message) => problems.push({ path, message });
    accountRules(cfg, report);
    regionRules(cfg, report);
    securityRules(cfg, report);
    monitoringRules(cfg, report);
    containerRules(cfg, scripts, report);
    accessPatternRules(cfg, report);
    throughputRules(cfg, report);
    operationsRules(cfg, scripts, report);
    return problems;
}
