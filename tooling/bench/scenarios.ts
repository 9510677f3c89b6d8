/**
 * Benchmark scenarios: the real `prod` stack, and the prod stack with a generated data model of
 * 100 or 500 containers, and the result format. Shared by the parent (`bench.ts`) and each child
 * (`run-one.ts`, which builds the stack files and config overrides).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { stringify } from "yaml";
import { decodeConfigValue } from "../../stack/config";
import { loadStackFiles, StackFiles } from "../review/stack-files";

export const PROJECT_DIR = path.resolve(__dirname, "..", "..");

export const SCENARIOS = ["prod", "gen100", "gen500"] as const;
export type Scenario = (typeof SCENARIOS)[number];
export const VARIANTS = ["platform", "bare"] as const;
export type Variant = (typeof VARIANTS)[number];

/** The child's one line of output: this prefix, then a RunResult as JSON. */
export const RESULT_PREFIX = "BENCH_RESULT ";

export interface RunResult {
    scenario: Scenario | AccountScenario;
    variant: Variant;
    /** Custom (Azure) resources registered. */
    azureResources: number;
    /** All registrations, including the stack and components. */
    registrations: number;
    /** SHA-256 of every Azure resource's type, name, inputs, options and dependencies: equal means same work. */
    fingerprint: string;
    coldMs: number;
    warmMs: number[];
    /** Process CPU time of each warm run (user + system). */
    warmCpuMs: number[];
    wallMs: number;
    maxRssKb: number;
    /** True when some module was transpiled (ts-node loaded): the build was missing or stale. */
    transpiled: boolean;
}

/** Containers per generated database (all with dedicated throughput, so the 25-per-shared-database cap does not apply). */
export const CONTAINERS_PER_DATABASE = 99;
/** Azure: at most 500 databases + containers per account (https://learn.microsoft.com/azure/cosmos-db/concepts-limits). */
export const AZURE_MAX_DATABASES_AND_CONTAINERS = 500;

/**
 * Number of generated containers for a scenario; undefined for the real prod data model.
 * gen<N> is N data resources (databases + containers): gen500 is exactly Azure's per-account
 * limit, 495 containers in 5 databases, which the config rules accept.
 */
export function generatedContainers(scenario: Scenario): number | undefined {
    if (scenario === "prod") return undefined;
    const total = Number(scenario.slice("gen".length));
    return total - Math.ceil(total / (CONTAINERS_PER_DATABASE + 1));
}

/** What one child synthesizes: the prod stack files, plus overrides that swap in a generated model. */
export interface ScenarioInput {
    files: StackFiles;
    /** Full `<namespace>:<key>` keys to JSON strings, as `SynthOptions.configOverrides` takes them. */
    overrides: Record<string, string>;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * A data model of `count` containers, CONTAINERS_PER_DATABASE per database. Containers vary the
 * way real ones do (hierarchical keys, unique keys, TTL) so no input shape is cached trivially,
 * and each carries a composite index so the index normaliser does real work.
 */
export function generatedDatabases(count: number): { name: string; containers: unknown[] }[] {
    const databases: { name: string; containers: unknown[] }[] = [];
    for (let k = 0; k < count; k++) {
        if (k % CONTAINERS_PER_DATABASE === 0) databases.push({ name: `bench-db-${pad(databases.length + 1, 2)}`, containers: [] });
        const hierarchical = k % 5 === 0;
        databases[databases.length - 1].containers.push({
            name: `items-${pad(k + 1, 4)}`,
            partitionKey: { paths: hierarchical ? ["/tenantId", "/entityId"] : ["/tenantId"] },
            indexingPolicy: {
                includedPaths: ["/*"],
                excludedPaths: ["/payload/*"],
                compositeIndexes: [
                    [
                        { path: "/status", order: "ascending" },
                        { path: "/createdAt", order: "descending" },
                    ],
                ],
            },
            ...(k % 7 === 0 ? { uniqueKeys: [["/externalId"]] } : {}),
            ...(k % 3 === 0 ? { defaultTtl: 30 * 24 * 3600 } : {}),
        });
    }
    return databases;
}

export function scenarioInput(scenario: Scenario): ScenarioInput {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const count = generatedContainers(scenario);
    if (count === undefined) return { files, overrides: {} };

    const ns = files.project;
    const databases = generatedDatabases(count);
    const overrides: Record<string, string> = { [`${ns}:databases`]: JSON.stringify(databases) };
    // Prod's per-database and per-container throughput entries name prod's own databases, which
    // the generated model does not have (the rules would reject them); keep only its default, so
    // every generated container gets prod's dedicated default throughput.
    const prodThroughput = JSON.parse(files.config[`${ns}:throughput`] ?? "{}") as { default?: unknown };
    overrides[`${ns}:throughput`] = JSON.stringify({ default: prodThroughput.default });
    // Likewise prod's data-plane grants scoped to a prod database or container: keep the grants,
    // pointed at the first generated database (and its first container), so access is unchanged.
    const access = files.config[`${ns}:access`];
    if (access !== undefined) overrides[`${ns}:access`] = JSON.stringify(retargetDataRoles(JSON.parse(access), databases[0]));
    return { files, overrides };
}

interface ScopedRole {
    scope?: { database?: string; container?: string };
}

function retargetDataRoles<A extends { dataRoles?: ScopedRole[] }>(access: A, db: { name: string; containers: unknown[] }): unknown {
    const firstContainer = (db.containers[0] as { name: string }).name;
    const dataRoles = access.dataRoles?.map((role) => {
        if (role.scope?.database === undefined) return role;
        const scope = { database: db.name, ...(role.scope.container !== undefined ? { container: firstContainer } : {}) };
        return { ...role, scope };
    });
    return dataRoles ? { ...access, dataRoles } : access;
}

/**
 * The estate of several accounts (issue 14's scale target): `accounts<N>` is N accounts in the
 * `accounts` form, each prod's account settings, network, monitoring and access (its Entra groups
 * named per account, since group names are tenant-wide), in its own resource group, sharing one
 * data model of CONTAINERS_PER_ACCOUNT containers that declare access patterns.
 */
export const ACCOUNT_COUNTS = [1, 10, 50, 100] as const;
export type AccountScenario = `accounts${number}`;
export const CONTAINERS_PER_ACCOUNT = 5;
/** The stack name of the generated project: prod, so prod's policy config (policies/config/prod.json) judges it. */
export const ACCOUNTS_STACK = "prod";

export const isAccountScenario = (s: string): s is AccountScenario => /^accounts[1-9]\d*$/.test(s);
export const accountCount = (s: AccountScenario): number => Number(s.slice("accounts".length));

/** The shared data model of the accounts scenarios: generated containers, each with a declared workload and one query. */
function accountsDataModel(): { name: string; containers: unknown[] }[] {
    return generatedDatabases(CONTAINERS_PER_ACCOUNT).map((db) => ({
        ...db,
        containers: db.containers.map((c) => ({
            ...(c as Record<string, unknown>),
            accessPatterns: {
                dataSizeGB: 20,
                itemSizeKB: 2,
                peakRUs: 800,
                partitionKeyCardinality: 5000,
                pointReadsPerSecond: 50,
                writesPerSecond: 10,
                queries: [
                    {
                        name: "byStatus",
                        sql: "SELECT * FROM c WHERE c.tenantId = @t AND c.status = @s ORDER BY c.createdAt DESC",
                        parameters: { "@t": "t1", "@s": "open" },
                        callsPerSecond: 5,
                    },
                ],
            },
        })),
    }));
}

interface GroupEntry {
    displayName: string;
}

/** The stack file of `accounts<N>`: prod's stack files with `account` replaced by N `accounts` entries. */
export function accountsStackFile(count: number): string {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const ns = files.project;
    const config: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(files.config)) if (key.startsWith(`${ns}:`)) config[key.slice(ns.length + 1)] = decodeConfigValue(text);
    const { account, access, ...stack } = config as { account: Record<string, unknown>; access: { groups?: GroupEntry[]; dataRoles?: ScopedRole[] } } & Record<
        string,
        unknown
    >;
    const databases = accountsDataModel();
    const number = (i: number) => pad(i + 1, 3);
    const accounts = Array.from({ length: count }, (_, i) => ({
        ...account,
        name: `contoso-cosmos-bench-${number(i)}`,
        resourceGroup: { name: `rg-contoso-cosmos-bench-${number(i)}` },
        access: retargetDataRoles({ ...access, groups: access.groups?.map((g) => ({ ...g, displayName: `${g.displayName}-${number(i)}` })) }, databases[0]),
    }));
    const throughput = stack.throughput as { default?: unknown };
    const out = { ...stack, databases, throughput: { default: throughput.default }, accounts };
    return `# Generated by bench/scenarios.ts: ${count} accounts of ${CONTAINERS_PER_ACCOUNT} containers.\n${stringify({ config: Object.fromEntries(Object.entries(out).map(([k, v]) => [`${ns}:${k}`, v])) }, { lineWidth: 0 })}`;
}

/** A scratch project (outside the repository) that links this one, with the `accounts<N>` stack file. Remove it when done. */
export function accountsProject(count: number): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cosmos-bench-accounts${count}-`));
    for (const name of fs.readdirSync(PROJECT_DIR)) {
        if (name === ".git" || /^Pulumi\..+\.yaml$/.test(name)) continue;
        fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    fs.writeFileSync(path.join(dir, `Pulumi.${ACCOUNTS_STACK}.yaml`), accountsStackFile(count));
    return dir;
}
