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

/** Azure's refusal or a missing credential is the user's to fix: one line, exit 2, not a stack trace. */
function asInputError(e: unknown, accountId: string): unknown {
    if (e instanceof AdoptInputError || typeof e !== "object" || e === null) return e;
    const { name, message, statusCode, code } = e as { name?: string; message?: string; statusCode?: number; code?: string };
    const first = (message ?? "").split("\n")[0];
    if (typeof statusCode === "number") return new AdoptInputError(`--account ${accountId}: Azure answered ${statusCode}${code ? ` ${code}` : ""}: ${first}`);
    if (name === "CredentialUnavailableError" || name === "AuthenticationError" || name === "AggregateAuthenticationError") {
        return new AdoptInputError(
            `--account ${accountId}: no usable Azure credential (${first}); run az login, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and a secret or federated token`,
        );
    }
    return e;
}

export async function readLive(accountId: string, options: LiveOptions = {}): Promise<Inputs> {
    try {
        return await readAccount(accountId, options);
    } catch (e) {
        throw asInputError(e, accountId);
    }
}

async function readAccount(accountId: string, options: LiveOptions): Promise<Inputs> {
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
    // A serverless account has no throughput settings; Azure answers their GET with an error, not a 404.
    const capabilities = Array.isArray(docs[0]?.properties.capabilities) ? (docs[0].properties.capabilities as { name?: string }[]) : [];
    const serverless = capabilities.some((c) => c.name === "EnableServerless");
    const throughput = (call: () => Promise<unknown>) => (serverless ? Promise.resolve() : optional(call));
    const sql = client.sqlResources;
    await drain(sql.listSqlDatabases(rg, account, capture(`${account} sqlDatabases`)));
    const databases = docs.filter((d) => d.kind === "database").map((d) => d.name);
    for (const db of databases) {
        await throughput(() => sql.getSqlDatabaseThroughput(rg, account, db, capture(`${db} throughputSettings`)));
        await drain(sql.listSqlContainers(rg, account, db, capture(`${db} containers`)));
        const containers = docs.filter((d) => d.kind === "container" && d.database === db).map((d) => d.name);
        for (const c of containers) {
            await throughput(() => sql.getSqlContainerThroughput(rg, account, db, c, capture(`${db}/${c} throughputSettings`)));
            await drain(sql.listSqlStoredProcedures(rg, account, db, c, capture(`${db}/${c} storedProcedures`)));
            await drain(sql.listSqlTriggers(rg, account, db, c, capture(`${db}/${c} triggers`)));
            await drain(sql.listSqlUserDefinedFunctions(rg, account, db, c, capture(`${db}/${c} userDefinedFunctions`)));
        }
    }
    await drain(sql.listSqlRoleDefinitions(rg, account, capture(`${account} sqlRoleDefinitions`)));
    await drain(sql.listSqlRoleAssignments(rg, account, capture(`${account} sqlRoleAssignments`)));
    return { docs, skipped: [] };
}
