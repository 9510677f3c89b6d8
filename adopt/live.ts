/**
 * Live mode (`--account <ARM id>`): reads the same documents `az` would print, with
 * @azure/arm-cosmosdb (API 2025-10-15) and, by default, DefaultAzureCredential, then hands them to
 * the same converter as `--from`. Each response's raw JSON body is kept (the SDK's `onResponse`),
 * so the converter sees the REST shape, not the SDK's flattened models. Tests pass a client whose
 * HTTP client replays recorded responses; nothing here talks to Azure unless asked.
 */
import { CosmosDBManagementClient, CosmosDBManagementClientOptionalParams, DatabaseAccountsGetOptionalParams } from "@azure/arm-cosmosdb";
import { ArmDocument, parseArmId } from "./documents";
import { AdoptInputError } from "./errors";
import { otherApiOf } from "./estate";
import { documentsOf, Inputs } from "./inputs";

/** The SDK's credential type (from @azure/core-auth, through the client's constructor). */
export type TokenCredential = ConstructorParameters<typeof CosmosDBManagementClient>[0];
type OperationOptions = Pick<DatabaseAccountsGetOptionalParams, "onResponse">;

export interface LiveOptions {
    /** Default: DefaultAzureCredential from @azure/identity. */
    credential?: TokenCredential;
    /** Client options, e.g. an `httpClient` that replays recorded responses. */
    clientOptions?: CosmosDBManagementClientOptionalParams;
}

/** A 404 from a throughputSettings GET: the database or container has no throughput of its own. */
function isNotFound(e: unknown): boolean {
    return typeof e === "object" && e !== null && (e as { statusCode?: number }).statusCode === 404;
}

export async function readLive(accountId: string, options: LiveOptions = {}): Promise<Inputs> {
    const parsed = parseArmId(accountId, "--account");
    if (parsed.children.length > 0) throw new AdoptInputError(`--account '${accountId}': give the account's id, not a child's`);
    const { subscriptionId, resourceGroup: rg, account } = parsed;
    const credential = options.credential ?? new (await import("@azure/identity")).DefaultAzureCredential();
    const client = new CosmosDBManagementClient(credential, subscriptionId, options.clientOptions);
    const docs: ArmDocument[] = [];

    /** Options whose onResponse keeps the raw body of each response as documents. */
    const capture = (label: string): OperationOptions => ({
        onResponse: (raw) => {
            if (raw.status < 200 || raw.status >= 300 || !raw.bodyAsText) return;
            docs.push(...documentsOf(JSON.parse(raw.bodyAsText) as unknown, `live ${label}`, {}).docs);
        },
    });
    const drain = async (items: AsyncIterable<unknown>) => {
        for await (const _ of items) {
            // The pages' raw bodies are captured by onResponse.
        }
    };
    const optional = async (call: () => Promise<unknown>) => {
        try {
            await call();
        } catch (e) {
            if (!isNotFound(e)) throw e;
        }
    };

    await client.databaseAccounts.get(rg, account, capture(`GET ${account}`));
    const other = docs[0] ? otherApiOf(docs[0]) : undefined;
    if (other) throw new AdoptInputError(`--account ${accountId}: a ${other} account; adopt handles Cosmos DB for NoSQL only`);
    const sql = client.sqlResources;
    await drain(sql.listSqlDatabases(rg, account, capture(`${account} sqlDatabases`)));
    const databases = docs.filter((d) => d.kind === "database").map((d) => d.name);
    for (const db of databases) {
        await optional(() => sql.getSqlDatabaseThroughput(rg, account, db, capture(`${db} throughputSettings`)));
        await drain(sql.listSqlContainers(rg, account, db, capture(`${db} containers`)));
        const containers = docs.filter((d) => d.kind === "container" && d.database === db).map((d) => d.name);
        for (const c of containers) {
            await optional(() => sql.getSqlContainerThroughput(rg, account, db, c, capture(`${db}/${c} throughputSettings`)));
            await drain(sql.listSqlStoredProcedures(rg, account, db, c, capture(`${db}/${c} storedProcedures`)));
            await drain(sql.listSqlTriggers(rg, account, db, c, capture(`${db}/${c} triggers`)));
            await drain(sql.listSqlUserDefinedFunctions(rg, account, db, c, capture(`${db}/${c} userDefinedFunctions`)));
        }
    }
    await drain(sql.listSqlRoleDefinitions(rg, account, capture(`${account} sqlRoleDefinitions`)));
    await drain(sql.listSqlRoleAssignments(rg, account, capture(`${account} sqlRoleAssignments`)));
    return { docs, skipped: [] };
}
