/**
 * SqlData: the databases, containers and server-side scripts of one account's NoSQL API.
 *
 * The arguments are the data model itself: per database an optional shared throughput, per
 * container its partition key (hierarchical too), index policy, unique keys, TTL, conflict
 * resolution, throughput and scripts. Azure's rules run on them before anything is registered
 * (components/sql/rules.ts). Containers are replaced, never updated in vain, when a property
 * Azure fixes at creation changes, and in production that replace is refused (`protectData`).
 *
 * A deleted database or container can be restored into the same account (`restore`): it is
 * created with `createMode: Restore` and its restore parameters, which Azure reads only on create.
 * A restored database brings its containers back, so those are adopted (`importId`, Pulumi's
 * `import` option) rather than created. Procedure: docs/restore.md.
 */
import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { z } from "zod";
import { normaliseIndexingPolicy } from "./indexing";
import { conflictProcedurePath, containerResourceName, databaseResourceName, scriptResourceName } from "../shared/naming";
import { dataProtection } from "../shared/protection";
import { accountDataRules, ContainerThroughputInput, databaseArgsSchema, databaseRules, narrow, ProvisionedThroughput } from "./rules";
import { IN_PLACE_RESTORE_PATHS, inPlaceRestoreResource } from "../shared/restore";
import { checkedOptions, collectProblems, prefixed } from "../shared/errors";
import { shapeProblems } from "../shared/zod";
import { accountSettingsSchema } from "../account/rules";
import type { ContainerThroughput, SharedThroughput, SqlContainer, SqlDataArgs, SqlDatabase } from "./args";

/** Throughput as a container gets it: dedicated, its database's, or none (serverless). */
export type ThroughputSetting = ContainerThroughputInput | { mode: "serverless" };

/**
 * Properties that Azure fixes when a container is created. A change to them must show as a
 * replace in preview (not an update Azure then rejects), and `protect` stops that replace in prod.
 */
export const CONTAINER_REPLACE_ON_CHANGES = ["resource.partitionKey", "resource.uniqueKeyPolicy", "resource.vectorEmbeddingPolicy"];

/** A full-text path's language when neither it nor the policy names one. */
export const FULL_TEXT_DEFAULT_LANGUAGE = "en-US";
/** A vector's data type when none is given (Azure's default). */
export const VECTOR_DEFAULT_DATA_TYPE = "float32";

/** The default last-writer-wins path. */
export const LAST_WRITER_WINS_PATH = "/_ts";
/** The hash version of a single-path key when none is given (supports keys over 101 bytes). */
export const PARTITION_KEY_VERSION = 2;

/** Create options for throughput: manual RU/s, autoscale max, or none (shared or serverless). */
export function throughputOptions(
    t: ThroughputSetting | ProvisionedThroughput | ContainerThroughput | SharedThroughput | undefined,
): cosmosInputs.cosmosdb.CreateUpdateOptionsArgs | undefined {
    if (!t || t.mode === "serverless") return undefined;
    const one = narrow(t);
    switch (one.mode) {
        case "manual":
            return { throughput: one.throughput };
        case "autoscale":
            return { autoscaleSettings: { maxThroughput: one.maxThroughput } };
        default:
            return undefined;
    }
}

/** The container `resource` block. Pure, for tests. */
export function containerResource(database: string, c: SqlContainer): cosmosInputs.cosmosdb.SqlContainerResourceArgs {
    const paths = c.partitionKey.paths.map((p) => p.trim());
    const resource: cosmosInputs.cosmosdb.SqlContainerResourceArgs = {
        id: c.name,
        ...(c.restore ? inPlaceRestoreResource(c.restore) : {}),
        partitionKey: {
            paths,
            kind: paths.length > 1 ? "MultiHash" : "Hash",
            version: paths.length > 1 ? 2 : (c.partitionKey.version ?? PARTITION_KEY_VERSION),
        },
        indexingPolicy: normaliseIndexingPolicy(
            c.indexingPolicy,
            (c.vectorEmbeddings ?? []).map((e) => e.path),
        ),
    };
    const embeddings = c.vectorEmbeddings ?? [];
    if (embeddings.length > 0) {
        resource.vectorEmbeddingPolicy = {
            vectorEmbeddings: embeddings.map((e) => ({
                path: e.path.trim(),
                dataType: e.dataType ?? VECTOR_DEFAULT_DATA_TYPE,
                dimensions: e.dimensions,
                distanceFunction: e.distanceFunction,
            })),
        };
    }
    if (c.fullTextPolicy) {
        const language = c.fullTextPolicy.defaultLanguage ?? FULL_TEXT_DEFAULT_LANGUAGE;
        resource.fullTextPolicy = {
            defaultLanguage: language,
            fullTextPaths: c.fullTextPolicy.paths.map((p) => ({ path: p.path.trim(), language: p.language ?? language })),
        };
    }
    if ((c.computedProperties ?? []).length > 0) resource.computedProperties = (c.computedProperties ?? []).map((p) => ({ name: p.name, query: p.query }));
    const uniqueKeys = (c.uniqueKeys ?? []).map((k) => k.map((p) => p.trim()));
    if (uniqueKeys.length > 0) resource.uniqueKeyPolicy = { uniqueKeys: uniqueKeys.map((keyPaths) => ({ paths: keyPaths })) };
    if (c.defaultTtl !== undefined) resource.defaultTtl = c.defaultTtl;
    if (c.analyticalTtl !== undefined) resource.analyticalStorageTtl = c.analyticalTtl;
    const resolution = c.conflictResolution;
    if (resolution?.mode === "LastWriterWins") {
        resource.conflictResolutionPolicy = { mode: "LastWriterWins", conflictResolutionPath: resolution.path ?? LAST_WRITER_WINS_PATH };
    } else if (resolution?.mode === "Custom") {
        resource.conflictResolutionPolicy = {
            mode: "Custom",
            ...(resolution.procedure ? { conflictResolutionProcedure: conflictProcedurePath(database, c.name, resolution.procedure) } : {}),
        };
    }
    return resource;
}

/** The database `resource` block: its id, and the restore that creates it when it was deleted. Pure, for tests. */
export function databaseResource(db: SqlDatabase): cosmosInputs.cosmosdb.SqlDatabaseResourceArgs {
    return { id: db.name, ...(db.restore ? inPlaceRestoreResource(db.restore) : {}) };
}

/**
 * Azure reads an in-place restore only when it creates the resource; a later change to (or the
 * removal of) those settings means nothing to it. Ignoring them keeps a finished restore's entry
 * from showing as a diff, and never sends a live resource a restore request.
 * https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-resource-model
 * https://www.pulumi.com/docs/iac/concepts/options/ignorechanges/
 */
export const RESTORE_IGNORE_CHANGES = IN_PLACE_RESTORE_PATHS;

/**
 * Azure's rules on the component's arguments; paths are argument paths
 * (`databases[0].containers[1].partitionKey`, `accountSettings.capabilities`).
 */
export function sqlDataArgsProblems(args: Pick<SqlDataArgs, "databases" | "accountSettings">) {
    const shape = [
        ...shapeProblems(z.array(databaseArgsSchema), args.databases).map((p) => ({ ...p, path: ["databases", ...p.path] })),
        ...shapeProblems(accountSettingsSchema, args.accountSettings).map((p) => ({ ...p, path: ["accountSettings", ...p.path] })),
    ];
    if (shape.length > 0) return shape;
    const databases = args.databases.map((db) => ({ ...db, containers: db.containers ?? [] }));
    return collectProblems((report) => {
        databaseRules(databases, prefixed(["databases"], report));
        accountDataRules(args.accountSettings, databases, report);
    });
}

/** The databases and containers of one account: `databases`, and `containers` keyed `<database>/<container>`. */
export class SqlData extends pulumi.ComponentResource {
    /** The databases, by name. */
    readonly databases: { [name: string]: cosmosdb.SqlResourceSqlDatabase };
    /** The containers, keyed `<database>/<container>`. */
    readonly containers: { [key: string]: cosmosdb.SqlResourceSqlContainer };

    constructor(name: string, args: SqlDataArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:SqlData", name, {}, checkedOptions("SqlData", name, sqlDataArgsProblems(args), opts));
        this.databases = {};
        this.containers = {};
        const { resourceGroupName } = args;
        const accountName = args.account.name;
        const prefix = args.childNamePrefix ?? `${name}/`;
        const protection = dataProtection(args.protectData ?? true);

        for (const db of args.databases) {
            const database = new cosmosdb.SqlResourceSqlDatabase(
                `${prefix}${databaseResourceName(db.name)}`,
                {
                    accountName,
                    resourceGroupName,
                    databaseName: db.name,
                    resource: databaseResource(db),
                    options: throughputOptions(db.throughput),
                    tags: db.tags ?? args.tags,
                },
                // Same Azure name after a replace: the old one must go first.
                { parent: this, ...protection, deleteBeforeReplace: true, ignoreChanges: RESTORE_IGNORE_CHANGES },
            );
            this.databases[db.name] = database;

            for (const c of db.containers ?? []) {
                const key = containerResourceName(db.name, c.name);
                const container = new cosmosdb.SqlResourceSqlContainer(
                    `${prefix}${key}`,
                    {
                        accountName,
                        resourceGroupName,
                        databaseName: database.name,
                        containerName: c.name,
                        resource: containerResource(db.name, c),
                        options: throughputOptions(c.throughput),
                        tags: c.tags ?? args.tags,
                    },
                    {
                        parent: this,
                        ...protection,
                        deleteBeforeReplace: true,
                        replaceOnChanges: CONTAINER_REPLACE_ON_CHANGES,
                        ignoreChanges: RESTORE_IGNORE_CHANGES,
                        // Came back with its database's restore: adopt it; `import` with the same id is a no-op later.
                        ...(c.importId ? { import: c.importId } : {}),
                    },
                );
                this.containers[key] = container;
                createScripts(this, prefix, db.name, c, container, args);
            }
        }
        this.registerOutputs({
            databaseIds: Object.fromEntries(Object.entries(this.databases).map(([k, v]) => [k, v.id])),
            containerIds: Object.fromEntries(Object.entries(this.containers).map(([k, v]) => [k, v.id])),
        });
    }
}

/** A container's stored procedures, triggers and user-defined functions. */
function createScripts(parent: SqlData, prefix: string, db: string, c: SqlContainer, container: cosmosdb.SqlResourceSqlContainer, args: SqlDataArgs): void {
    const common = { accountName: args.account.name, resourceGroupName: args.resourceGroupName, databaseName: db, containerName: container.name };
    const opts = { parent };
    for (const s of c.storedProcedures ?? []) {
        new cosmosdb.SqlResourceSqlStoredProcedure(
            `${prefix}${scriptResourceName(db, c.name, s.name)}`,
            { ...common, storedProcedureName: s.name, resource: { id: s.name, body: s.body } },
            opts,
        );
    }
    for (const t of c.triggers ?? []) {
        new cosmosdb.SqlResourceSqlTrigger(
            `${prefix}${scriptResourceName(db, c.name, t.name)}`,
            { ...common, triggerName: t.name, resource: { id: t.name, body: t.body, triggerType: t.type, triggerOperation: t.operation } },
            opts,
        );
    }
    for (const u of c.userDefinedFunctions ?? []) {
        new cosmosdb.SqlResourceSqlUserDefinedFunction(
            `${prefix}${scriptResourceName(db, c.name, u.name)}`,
            { ...common, userDefinedFunctionName: u.name, resource: { id: u.name, body: u.body } },
            opts,
        );
    }
}
