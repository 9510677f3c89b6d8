/**
 * Databases, containers and server-side scripts of the NoSQL API.
 */
import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as cosmosInputs from "@pulumi/azure-native/types/input";
import { PlatformConfig, ResolvedContainer, ResolvedThroughput } from "./config";
import { conflictProcedurePath, containerResourceName, databaseResourceName, scriptResourceName } from "./naming";
import { dataProtection } from "./protection";

export interface SqlDataArgs {
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
    /** The account's name output, so every child depends on the account. */
    accountName: pulumi.Input<string>;
}

/**
 * Properties that Azure fixes when a container is created. A change to them must show as a
 * replace in preview (not an update Azure then rejects), and `protect` stops that replace in prod.
 */
export const CONTAINER_REPLACE_ON_CHANGES = ["resource.partitionKey", "resource.uniqueKeyPolicy"];

/** Create options for throughput: manual RU/s, autoscale max, or none (shared or serverless). */
export function throughputOptions(t: ResolvedThroughput | undefined): cosmosInputs.cosmosdb.CreateUpdateOptionsArgs | undefined {
    if (!t) return undefined;
    switch (t.mode) {
        case "manual":
            return { throughput: t.throughput };
        case "autoscale":
            return { autoscaleSettings: { maxThroughput: t.maxThroughput } };
        default:
            return undefined;
    }
}

/** The container `resource` block for a resolved container. Pure, for tests. */
export function containerResource(database: string, c: ResolvedContainer): cosmosInputs.cosmosdb.SqlContainerResourceArgs {
    const resource: cosmosInputs.cosmosdb.SqlContainerResourceArgs = {
        id: c.name,
        partitionKey: { paths: c.partitionKey.paths, kind: c.partitionKey.kind, version: c.partitionKey.version },
        indexingPolicy: c.indexingPolicy,
    };
    if (c.uniqueKeys.length > 0) resource.uniqueKeyPolicy = { uniqueKeys: c.uniqueKeys.map((paths) => ({ paths })) };
    if (c.defaultTtl !== undefined) resource.defaultTtl = c.defaultTtl;
    if (c.analyticalTtl !== undefined) resource.analyticalStorageTtl = c.analyticalTtl;
    const resolution = c.conflictResolution;
    if (resolution?.mode === "LastWriterWins") {
        resource.conflictResolutionPolicy = { mode: "LastWriterWins", conflictResolutionPath: resolution.path };
    } else if (resolution?.mode === "Custom") {
        resource.conflictResolutionPolicy = {
            mode: "Custom",
            ...(resolution.procedure ? { conflictResolutionProcedure: conflictProcedurePath(database, c.name, resolution.procedure) } : {}),
        };
    }
    return resource;
}

export class SqlData extends pulumi.ComponentResource {
    readonly databases: Record<string, cosmosdb.SqlResourceSqlDatabase> = {};
    /** Keyed `<database>/<container>`. */
    readonly containers: Record<string, cosmosdb.SqlResourceSqlContainer> = {};

    constructor(name: string, args: SqlDataArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:SqlData", name, {}, opts);
        const { config, resourceGroupName, accountName } = args;
        const protection = dataProtection(config.production);

        for (const db of config.databases) {
            const database = new cosmosdb.SqlResourceSqlDatabase(
                databaseResourceName(db.name),
                {
                    accountName,
                    resourceGroupName,
                    databaseName: db.name,
                    resource: { id: db.name },
                    options: throughputOptions(db.throughput),
                    tags: config.tags,
                },
                // Same Azure name after a replace: the old one must go first.
                { parent: this, ...protection, deleteBeforeReplace: true },
            );
            this.databases[db.name] = database;

            for (const c of db.containers) {
                const key = containerResourceName(db.name, c.name);
                const container = new cosmosdb.SqlResourceSqlContainer(
                    key,
                    {
                        accountName,
                        resourceGroupName,
                        databaseName: database.name,
                        containerName: c.name,
                        resource: containerResource(db.name, c),
                        options: throughputOptions(c.throughput),
                        tags: config.tags,
                    },
                    { parent: this, ...protection, deleteBeforeReplace: true, replaceOnChanges: CONTAINER_REPLACE_ON_CHANGES },
                );
                this.containers[key] = container;
                this.createScripts(db.name, c, container, args);
            }
        }
        this.registerOutputs({
            databaseIds: Object.fromEntries(Object.entries(this.databases).map(([k, v]) => [k, v.id])),
            containerIds: Object.fromEntries(Object.entries(this.containers).map(([k, v]) => [k, v.id])),
        });
    }

    private createScripts(db: string, c: ResolvedContainer, container: cosmosdb.SqlResourceSqlContainer, args: SqlDataArgs): void {
        const common = { accountName: args.accountName, resourceGroupName: args.resourceGroupName, databaseName: db, containerName: container.name };
        const opts = { parent: this };
        for (const s of c.storedProcedures) {
            new cosmosdb.SqlResourceSqlStoredProcedure(
                scriptResourceName(db, c.name, s.name),
                { ...common, storedProcedureName: s.name, resource: { id: s.name, body: s.body } },
                opts,
            );
        }
        for (const t of c.triggers) {
            new cosmosdb.SqlResourceSqlTrigger(
                scriptResourceName(db, c.name, t.name),
                { ...common, triggerName: t.name, resource: { id: t.name, body: t.body, triggerType: t.type, triggerOperation: t.operation } },
                opts,
            );
        }
        for (const u of c.userDefinedFunctions) {
            new cosmosdb.SqlResourceSqlUserDefinedFunction(
                scriptResourceName(db, c.name, u.name),
                { ...common, userDefinedFunctionName: u.name, resource: { id: u.name, body: u.body } },
                opts,
            );
        }
    }
}
