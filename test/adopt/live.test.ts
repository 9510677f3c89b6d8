/**
 * Live mode without a network: @azure/arm-cosmosdb's own client runs against an HTTP client that
 * replays the multi-region fixture's documents as the REST API's responses (by path; the
 * throughputSettings of a resource without its own throughput answer 404, as Azure does).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CosmosDBManagementClientOptionalParams } from "@azure/arm-cosmosdb";
import { ArmDocument } from "../../tooling/adopt/documents";
import { readLive, TokenCredential } from "../../tooling/adopt/live";
import { convertEstate } from "../../tooling/adopt/convert";
import { groupEstate } from "../../tooling/adopt/estate";
import { AdoptInputError } from "../../tooling/adopt/errors";
import { main } from "../../tooling/adopt/cli";
import { parse as parseYaml } from "yaml";
import { FIXTURES, fixtureInputs, tempProject } from "./helpers";

type HttpClient = NonNullable<CosmosDBManagementClientOptionalParams["httpClient"]>;
type Request = Parameters<HttpClient["sendRequest"]>[0];
type Headers = Awaited<ReturnType<HttpClient["sendRequest"]>>["headers"];

const SUB = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const ACCOUNT = `/subscriptions/${SUB}/resourceGroups/rg-orders-prod/providers/Microsoft.DocumentDB/databaseAccounts/orders-cosmos-prod`;

const credential: TokenCredential = { getToken: () => Promise.resolve({ token: "offline-test-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };

function headers(values: Record<string, string>): Headers {
    const map = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
    return {
        get: (name: string) => map.get(name.toLowerCase()),
        has: (name: string) => map.has(name.toLowerCase()),
        set: (name: string, value: string | number | boolean) => void map.set(name.toLowerCase(), String(value)),
        delete: (name: string) => void map.delete(name.toLowerCase()),
        toJSON: () => Object.fromEntries(map),
        [Symbol.iterator]: () => map.entries(),
    };
}

/** The fixture's raw documents, served at the REST paths a GET or list of them uses. */
function recordedResponses(): Map<string, unknown> {
    const routes = new Map<string, unknown>();
    const lists = new Map<string, unknown[]>();
    for (const file of fs.readdirSync(path.join(FIXTURES, "multi-region"))) {
        const text = fs.readFileSync(path.join(FIXTURES, "multi-region", file), "utf8");
        const parsed = JSON.parse(text) as unknown;
        const items = Array.isArray(parsed) ? parsed : ((parsed as { value?: unknown[] }).value ?? [parsed]);
        for (const item of items as { id: string }[]) {
            routes.set(item.id.toLowerCase(), item);
            if (/\/throughputSettings\/default$/i.test(item.id)) continue;
            const collection = item.id.slice(0, item.id.lastIndexOf("/")).toLowerCase();
            lists.set(collection, [...(lists.get(collection) ?? []), item]);
        }
    }
    for (const [collection, value] of lists) routes.set(collection, { value });
    return routes;
}

function replayingClient(routes: Map<string, unknown>, seen: string[]): HttpClient {
    return {
        sendRequest(request: Request) {
            const url = new URL(request.url);
            seen.push(`${request.method} ${url.pathname}`);
            const body = routes.get(decodeURIComponent(url.pathname).toLowerCase());
            const listOfChildren = /\/(sqlDatabases|containers|storedProcedures|triggers|userDefinedFunctions|sqlRoleDefinitions|sqlRoleAssignments)$/.test(
                url.pathname,
            );
            const found = body ?? (listOfChildren ? { value: [] } : undefined);
            return Promise.resolve(
                found === undefined
                    ? {
                          request,
                          status: 404,
                          headers: headers({ "content-type": "application/json" }),
                          bodyAsText: JSON.stringify({ code: "NotFound", message: "Resource not found." }),
                      }
                    : { request, status: 200, headers: headers({ "content-type": "application/json" }), bodyAsText: JSON.stringify(found) },
            );
        },
    };
}

const comparable = (docs: ArmDocument[]) => docs.map(({ source: _s, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));

describe("npm run adopt --account: live mode with recorded responses", function () {
    this.timeout(60000);

    it("reads the same documents as the saved files, through the SDK's own requests (no network)", async () => {
        const seen: string[] = [];
        const live = await readLive(ACCOUNT, {
            credential,
            clientOptions: { httpClient: replayingClient(recordedResponses(), seen), retryOptions: { maxRetries: 0 } },
        });
        assert.deepStrictEqual(comparable(live.docs), comparable(fixtureInputs("multi-region").docs));
        assert.ok(seen.includes(`GET ${ACCOUNT}/sqlDatabases/appdb/containers/orders/storedProcedures`), "lists each container's scripts");
        assert.ok(seen.includes(`GET ${ACCOUNT}/sqlDatabases/appdb/throughputSettings/default`), "asks for the database's own throughput (404: none)");
    });

    it("converts to the same stack config as the files do", async () => {
        const live = await readLive(ACCOUNT, {
            credential,
            clientOptions: { httpClient: replayingClient(recordedResponses(), []), retryOptions: { maxRetries: 0 } },
        });
        const options = { environment: "prod", project: "cosmos-platform" };
        const fromLive = convertEstate(groupEstate(live.docs), options).accounts[0];
        const fromFiles = convertEstate(groupEstate(fixtureInputs("multi-region").docs), options).accounts[0];
        assert.deepStrictEqual(fromLive.config, fromFiles.config);
    });

    it("skips throughput settings on a serverless account, which Azure answers with an error", async () => {
        const routes = recordedResponses();
        const account = routes.get(ACCOUNT.toLowerCase()) as { properties: Record<string, unknown> };
        routes.set(ACCOUNT.toLowerCase(), { ...account, properties: { ...account.properties, capabilities: [{ name: "EnableServerless" }] } });
        const seen: string[] = [];
        await readLive(ACCOUNT, { credential, clientOptions: { httpClient: replayingClient(routes, seen), retryOptions: { maxRetries: 0 } } });
        assert.deepStrictEqual(
            seen.filter((s) => s.includes("throughputSettings")),
            [],
        );
        assert.ok(seen.includes(`GET ${ACCOUNT}/sqlDatabases/ops/containers`));
    });

    it("turns Azure's refusal into one input error naming the status (exit 2), not a stack trace", async () => {
        const forbidden: HttpClient = {
            sendRequest: (request: Request) =>
                Promise.resolve({
                    request,
                    status: 403,
                    headers: headers({ "content-type": "application/json" }),
                    bodyAsText: JSON.stringify({
                        error: {
                            code: "AuthorizationFailed",
                            message: "The client does not have authorization to perform action 'Microsoft.DocumentDB/databaseAccounts/read'.",
                        },
                    }),
                }),
        };
        await assert.rejects(
            readLive(ACCOUNT, { credential, clientOptions: { httpClient: forbidden, retryOptions: { maxRetries: 0 } } }),
            (e: unknown) =>
                e instanceof AdoptInputError &&
                /--account .*orders-cosmos-prod: Azure answered 403 AuthorizationFailed: The client does not have authorization/.test(e.message),
        );
    });

    it("adds what --from files hold beside the live account (a lock, as az lock list prints it) and imports it too", async () => {
        const project = tempProject();
        try {
            const locks = path.join(project.dir, "locks.json");
            fs.writeFileSync(
                locks,
                JSON.stringify([
                    {
                        id: `${ACCOUNT}/providers/Microsoft.Authorization/locks/orders-no-delete`,
                        level: "CanNotDelete",
                        name: "orders-no-delete",
                        notes: null,
                        owners: null,
                        resourceGroup: "rg-orders-prod",
                        type: "Microsoft.Authorization/locks",
                    },
                ]),
            );
            let stdout = "";
            let stderr = "";
            const code = await main(["--account", ACCOUNT, "--from", locks, "--stack", "live", "--environment", "prod", "--dir", project.dir], {
                live: { credential, clientOptions: { httpClient: replayingClient(recordedResponses(), []), retryOptions: { maxRetries: 0 } } },
                stdout: (t) => (stdout += t),
                stderr: (t) => (stderr += t),
            });
            assert.strictEqual(code, 0, stderr);
            assert.match(stdout, /delete lock 'orders-no-delete'/);
            const config = (
                parseYaml(fs.readFileSync(path.join(project.dir, "Pulumi.live.yaml"), "utf8")) as { config: Record<string, Record<string, unknown>> }
            ).config;
            assert.deepStrictEqual(config["cosmos-platform:security"], { defender: false, deleteLock: { name: "orders-no-delete" } });
            assert.match(
                fs.readFileSync(path.join(project.dir, "Pulumi.live.yaml"), "utf8"),
                /^# Adopted by `npm run adopt` from account .+orders-cosmos-prod \(live\), locks\.json\./,
            );
        } finally {
            project.remove();
        }
    });

    it("refuses an account of another API before listing its SQL resources, and a child id", async () => {
        const routes = recordedResponses();
        const account = routes.get(ACCOUNT.toLowerCase()) as { kind: string };
        routes.set(ACCOUNT.toLowerCase(), { ...account, kind: "MongoDB" });
        const seen: string[] = [];
        await assert.rejects(
            readLive(ACCOUNT, { credential, clientOptions: { httpClient: replayingClient(routes, seen) } }),
            (e: unknown) => e instanceof AdoptInputError && /a MongoDB account; adopt handles Cosmos DB for NoSQL only/.test(e.message),
        );
        assert.deepStrictEqual(seen, [`GET ${ACCOUNT}`]);
        await assert.rejects(readLive(`${ACCOUNT}/sqlDatabases/appdb`, { credential }), /give the account's id, not a child's/);
    });
});
