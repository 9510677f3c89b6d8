/**
 * Cross-field rules: what one key cannot say alone. They run after the shape has parsed, return
 * every problem at once, and name the key path where the user wrote the value.
 */
import { CMK_MERGE_MESSAGE } from "../../components/account/component";
import { accountNetworkRules, accountSettingsRules } from "../../components/account/rules";
import { databaseRules, sharedLimitMessage, VECTOR_SHARED_MESSAGE } from "../../components/sql/rules";
import { computedPropertyProblems } from "../queries/computed";
import { accessPatternRules } from "./access-patterns-rules";
import { operationsRules, systemClock } from "./restore-rules";
import { inPlaceRestoreRules } from "./restore-in-place-rules";
import { ConfigProblem, PathSegment, prefixed, Report } from "../../components/shared/errors";
import { LIMITS } from "../../components/shared/primitives";
import { AccountView } from "./schema";
import { ScriptLoader } from "./scripts";
import { monitoringRules } from "./monitoring-rules";
import { regionRules } from "./region-rules";
import { securityRules } from "./security-rules";
import { importRules } from "./import-rules";

/** The account's settings and firewall: Azure's rules, shared with the CosmosAccount component. */
function accountRules(cfg: AccountView, report: Report): void {
    accountSettingsRules(cfg.account, prefixed(["account"], report));
    if (cfg.account.partitionMerge && cfg.security?.customerManagedKey) report(["account", "partitionMerge"], CMK_MERGE_MESSAGE);
    if (cfg.network) accountNetworkRules(cfg.network, prefixed(["network"], report));
}

/** The data model: Azure's rules (shared with the SqlData component), then what only a stack file has. */
function containerRules(cfg: AccountView, scripts: ScriptLoader, report: Report): void {
    // Throughput is judged by throughputRules, which knows the stack's overrides.
    databaseRules(
        cfg.databases.map((db) => ({ name: db.name, containers: db.containers.map(({ throughput: _t, ...c }) => c) })),
        prefixed(["databases"], report),
    );
    const analytical = cfg.account.analyticalStorage ?? false;
    cfg.databases.forEach((db, i) => {
        db.containers.forEach((c, j) => {
            const at = (...rest: PathSegment[]): PathSegment[] => ["databases", i, "containers", j, ...rest];
            if (c.analyticalTtl !== undefined && !analytical) {
                report(at("analyticalTtl"), "analyticalTtl needs the analytical store; set account.analyticalStorage to true or remove analyticalTtl");
            }
            // https://learn.microsoft.com/azure/cosmos-db/nosql/vector-search#current-limitations
            if ((c.vectorEmbeddings ?? []).length > 0 && analytical) {
                report(
                    at("vectorEmbeddings"),
                    "vector search is not available on an account with the analytical store (Synapse Link); turn account.analyticalStorage off or keep vectors in another account",
                );
            }
            (c.computedProperties ?? []).forEach((p, k) => {
                for (const problem of computedPropertyProblems(p.query))
                    report(at("computedProperties", k, "query"), `computed property '${p.name}': ${problem}`);
            });
            for (const kind of ["storedProcedures", "triggers", "userDefinedFunctions"] as const) {
                (c[kind] ?? []).forEach((script, k) => {
                    const problem = scripts.check(script.file);
                    if (problem) report(at(kind, k, "file"), problem);
                });
            }
        });
    });
}

function throughputRules(cfg: AccountView, report: Report): void {
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
            report(
                ["throughput", "containers", key],
                `no container '${key}'; keys are '<database>/<container>', declared: ${[...containerKeys].join(", ") || "none"}`,
            );
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
                if ((c.vectorEmbeddings ?? []).length > 0) report(["databases", i, "containers", j, "vectorEmbeddings"], VECTOR_SHARED_MESSAGE);
                if (!dbShared) {
                    report(
                        where,
                        `container '${key}' uses shared throughput but database '${db.name}' has none; give the database throughput (throughput.databases["${db.name}"]) or the container its own`,
                    );
                }
                sharedCount += 1;
            } else if (!declared && !overrides.default) {
                report(
                    ["databases", i, "containers", j],
                    `container '${key}' has no throughput on a provisioned account; set throughput.containers["${key}"], throughput.default, or shared throughput on database '${db.name}'`,
                );
            }
        });
        if (dbShared && sharedCount > LIMITS.sharedDatabaseContainers) {
            report(["databases", i, "containers"], sharedLimitMessage(db.name, sharedCount));
        }
    });
}

/** Every cross-field problem in a config whose shape is already valid. */
export function crossFieldProblems(cfg: AccountView, scripts: ScriptLoader): ConfigProblem[] {
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
    inPlaceRestoreRules(cfg, systemClock(), report);
    importRules(cfg, report);
    return problems;
}
