/**
 * One in-process @vercel/cosmosdb-server on 127.0.0.1 for the ops suites: TLS with its
 * self-signed certificate, trusted only through this helper's own agent (never globally).
 */
import * as https from "https";
import { AddressInfo } from "net";
import { CosmosClient } from "@azure/cosmos";
import { createHttpsServer } from "@vercel/cosmosdb-server";

export const LOCAL_KEY_VAR = "COSMOS_PLATFORM_TEST_KEY";
export const LOCAL_KEY = "local-cosmosdb-server-accepts-any-key";

export interface LocalCosmos {
    endpoint: string;
    client: CosmosClient;
    stop(): Promise<void>;
}

export async function startLocalCosmos(): Promise<LocalCosmos> {
    const server = createHttpsServer();
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
    });
    const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
    const client = new CosmosClient({ endpoint, key: LOCAL_KEY, agent, connectionPolicy: { enableEndpointDiscovery: false } });
    return {
        endpoint,
        client,
        async stop() {
            client.dispose();
            agent.destroy();
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}
