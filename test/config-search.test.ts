/**
 * Issue 12: vector and full-text search, computed properties and the account settings teams ask
 * for, as the stack schema checks them and the plan emits them.
 */
import * as assert from "assert";
import { diffRecords } from "../tooling/review/diff";
import { PolicyRecord } from "../tooling/model/records";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles } from "../tooling/review/synth";
import { baseline, expectProblem, parse, PROJECT_DIR, withOncall } from "./helpers/config";
import { committedStack } from "./helpers/stacks";
import { one } from "./helpers/records";

const C = "databases[0].containers[0]";

/** The baseline config as far as these tests reach into it; the values they replace are open (many are invalid on purpose). */
interface RawConfig {
    [key: string]: unknown;
    account: Record<string, unknown>;
    databases: { [key: string]: unknown; containers: Record<string, unknown>[] }[];
    throughput?: Record<string, unknown>;
}

/** {@link searchable}'s config: its first container has the search settings the tests change. */
interface SearchableConfig extends RawConfig {
    databases: { [key: string]: unknown; containers: SearchableContainer[] }[];
}
interface SearchableContainer {
    [key: string]: unknown;
    vectorEmbeddings: Record<string, unknown>[];
    fullTextPolicy: { paths: Record<string, unknown>[] };
    indexingPolicy: Record<string, unknown>;
}

/** The baseline with a searchable container: 1536-dim cosine embedding on /v, full text on /text. */
function searchable(): SearchableConfig {
    const raw = baseline() as SearchableConfig;
    Object.assign(raw.databases[0].containers[0], {
        vectorEmbeddings: [{ path: "/v", dimensions: 1536, distanceFunction: "cosine" }],
        fullTextPolicy: { paths: [{ path: "/text" }] },
        indexingPolicy: { includedPaths: ["/*"], vectorIndexes: [{ path: "/v", type: "diskANN" }], fullTextIndexes: ["/text"] },
    });
    return raw;
}

describe("stack config: vector and full-text search", () => {
    it("accepts a searchable container and turns on the two capabilities it needs", () => {
        const config = parse(searchable());
        assert.deepStrictEqual(config.account.capabilities, ["EnableNoSQLVectorSearch", "EnableNoSQLFullTextSearch"]);
    });

    it("keeps a listed capability once and adds only what is missing", () => {
        const raw = searchable();
        raw.account.capabilities = ["DeleteAllItemsByPartitionKey", "EnableNoSQLVectorSearch"];
        assert.deepStrictEqual(parse(raw).account.capabilities, ["DeleteAllItemsByPartitionKey", "EnableNoSQLVectorSearch", "EnableNoSQLFullTextSearch"]);
    });

    it("refuses a flat index over 505 dimensions, and quantization bytes above the dimensions", () => {
        const raw = searchable();
        raw.databases[0].containers[0].indexingPolicy.vectorIndexes = [{ path: "/v", type: "flat" }];
        expectProblem(raw, `${C}.indexingPolicy.vectorIndexes[0].type`, "at most 505 dimensions", "has 1536", "quantizedFlat or diskANN");
        raw.databases[0].containers[0].vectorEmbeddings[0].dimensions = 8;
        raw.databases[0].containers[0].indexingPolicy.vectorIndexes = [{ path: "/v", type: "quantizedFlat", quantizationByteSize: 16 }];
        expectProblem(raw, `${C}.indexingPolicy.vectorIndexes[0].quantizationByteSize`, "at most the vector's dimensions (8)", "got 16");
    });

    it("refuses an index on a path without an embedding, two indexes on one path, and options of another index type", () => {
        const raw = searchable();
        raw.databases[0].containers[0].indexingPolicy.vectorIndexes = [
            { path: "/w", type: "diskANN" },
            { path: "/v", type: "diskANN" },
            { path: "/v", type: "quantizedFlat", indexingSearchListSize: 50 },
        ];
        expectProblem(raw, `${C}.indexingPolicy.vectorIndexes[0].path`, "'/w' has no vector embedding", "declared embedding paths: /v");
        expectProblem(raw, `${C}.indexingPolicy.vectorIndexes[2].path`, "listed twice", "one index per embedding path");
        expectProblem(raw, `${C}.indexingPolicy.vectorIndexes[2].indexingSearchListSize`, "applies to diskANN indexes only");
    });

    it("refuses an embedding path listed twice, dimensions over 4096 and an unknown distance function", () => {
        const raw = searchable();
        raw.databases[0].containers[0].vectorEmbeddings.push({ path: "/v", dimensions: 5000, distanceFunction: "manhattan" });
        expectProblem(raw, `${C}.vectorEmbeddings[1].dimensions`, "at most 4096", "got 5000");
        expectProblem(raw, `${C}.vectorEmbeddings[1].distanceFunction`, "cosine, dotproduct, euclidean");
    });

    it("refuses vector search on shared throughput and with the analytical store", () => {
        const raw = searchable();
        raw.databases[0].throughput = { mode: "manual", throughput: 400 };
        delete raw.throughput;
        expectProblem(raw, `${C}.vectorEmbeddings`, "not available on a database's shared throughput");
        const analytical = searchable();
        analytical.account.analyticalStorage = true;
        expectProblem(analytical, `${C}.vectorEmbeddings`, "not available on an account with the analytical store");
    });

    it("refuses a full-text index outside the policy and a language the service does not take", () => {
        const raw = searchable();
        raw.databases[0].containers[0].indexingPolicy.fullTextIndexes = ["/text", "/title"];
        expectProblem(raw, `${C}.indexingPolicy.fullTextIndexes[1]`, "'/title' is not a path of the full-text policy", "declared: /text");
        raw.databases[0].containers[0].fullTextPolicy.paths.push({ path: "/body", language: "nl-NL" });
        expectProblem(raw, `${C}.fullTextPolicy.paths[1].language`, "en-US, de-DE, es-ES, fr-FR, it-IT, pt-BR, pt-PT", 'got "nl-NL"');
    });

    it("refuses a computed property whose query Azure refuses, a name twice, and more than 20", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers[0].computedProperties = [
            { name: "cp_a", query: "SELECT VALUE LOWER(c.name) FROM c WHERE c.x = 1" },
            { name: "cp_a", query: "SELECT VALUE UPPER(c.name) FROM c" },
        ];
        expectProblem(raw, `${C}.computedProperties[0].query`, "computed property 'cp_a'", "cannot use WHERE");
        expectProblem(raw, `${C}.computedProperties[1].name`, "'cp_a' is declared twice");
        raw.databases[0].containers[0].computedProperties = Array.from({ length: 21 }, (_, i) => ({ name: `cp_${i}`, query: "SELECT VALUE c.a FROM c" }));
        expectProblem(raw, `${C}.computedProperties`, "at most 20 computed properties", "got 21");
    });
});

describe("stack config: account settings", () => {
    it("refuses capabilities of other APIs and serverless as a capability, naming what to do instead", () => {
        const raw = baseline() as RawConfig;
        raw.account.capabilities = ["EnableMongo", "EnableServerless", "EnableTurbo"];
        expectProblem(raw, "account.capabilities[0]", "belongs to another API");
        expectProblem(raw, "account.capabilities[1]", "set with `serverless: true`");
        expectProblem(raw, "account.capabilities[2]", "unknown capability", "DeleteAllItemsByPartitionKey");
    });

    it("refuses DisableRateLimitingResponses with multi-region writes and a default priority without priority execution", () => {
        const raw = baseline() as RawConfig;
        Object.assign(raw.account, {
            multiRegionWrites: true,
            regions: [{ name: "westeurope" }, { name: "northeurope" }],
            capabilities: ["DisableRateLimitingResponses"],
            defaultPriorityLevel: "Low",
        });
        expectProblem(raw, "account.capabilities[0]", "not available with multi-region writes");
        expectProblem(raw, "account.defaultPriorityLevel", "applies only with priorityBasedExecution: true");
    });

    it("refuses partition merge with continuous backup (the default), customer-managed keys and multi-region writes", () => {
        const raw = baseline() as RawConfig;
        raw.account.partitionMerge = true;
        expectProblem(raw, "account.partitionMerge", "not available with continuous backup (point-in-time restore)");
        raw.account.backup = { type: "Periodic", intervalMinutes: 240, retentionHours: 8 };
        raw.account.multiRegionWrites = true;
        raw.account.regions = [{ name: "westeurope" }, { name: "northeurope" }];
        expectProblem(raw, "account.partitionMerge", "not available with multi-region writes");
        raw.account.multiRegionWrites = false;
        raw.security = { customerManagedKey: { keyVaultKeyUri: "https://kv-test.vault.azure.net/keys/k", identity: "cmk" } };
        raw.access = { identities: [{ name: "cmk" }] };
        expectProblem(raw, "account.partitionMerge", "not available with customer-managed keys");
    });

    it("refuses burst capacity and per-region autoscale on serverless, and an analytical schema without the store", () => {
        const raw = baseline() as RawConfig;
        delete raw.throughput;
        Object.assign(raw.account, {
            serverless: true,
            burstCapacity: true,
            perRegionPerPartitionAutoscale: true,
            analyticalStorageSchemaType: "FullFidelity",
        });
        expectProblem(raw, "account.burstCapacity", "provisioned throughput only");
        expectProblem(raw, "account.perRegionPerPartitionAutoscale", "provisioned throughput only");
        expectProblem(raw, "account.analyticalStorageSchemaType", "needs the analytical store");
    });

    it("refuses ACL bypass resource ids without AzureServices, and a CORS origin that is not one", () => {
        const raw = baseline() as RawConfig;
        raw.network = { networkAclBypassResourceIds: ["/subscriptions/0/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/w"] };
        expectProblem(raw, "network.networkAclBypassResourceIds", "only with networkAclBypass: AzureServices");
        raw.account.cors = [{ allowedOrigins: ["app.contoso.com"] }];
        expectProblem(raw, "account.cors[0].allowedOrigins[0]", "an origin is '*' or a scheme and host");
    });

    it("accepts SecuredByPerimeter in production without a public-access reason", () => {
        const raw = withOncall({ ...baseline(), environment: "prod", network: { publicNetworkAccess: "SecuredByPerimeter" } });
        assert.strictEqual(parse(raw).network.publicNetworkAccess, "SecuredByPerimeter");
    });
});

describe("plan: search and account settings in the records", () => {
    it("emits product search's policies, excluding the embedding from the range index", async () => {
        const products = one((await committedStack("prod")).resources, "cosmosdb:SqlResourceSqlContainer", "appdb/products").inputs.resource as Record<
            string,
            unknown
        >;
        assert.deepStrictEqual(products.vectorEmbeddingPolicy, {
            vectorEmbeddings: [{ dataType: "float32", dimensions: 1536, distanceFunction: "cosine", path: "/embedding" }],
        });
        assert.deepStrictEqual(products.fullTextPolicy, {
            defaultLanguage: "en-US",
            fullTextPaths: [
                { language: "en-US", path: "/name" },
                { language: "en-US", path: "/description" },
            ],
        });
        assert.deepStrictEqual(products.computedProperties, [{ name: "cp_lowerName", query: "SELECT VALUE LOWER(c.name) FROM c" }]);
        const policy = products.indexingPolicy as Record<string, unknown>;
        assert.deepStrictEqual(policy.excludedPaths, [{ path: "/embedding/*" }, { path: '/"_etag"/?' }]);
        assert.deepStrictEqual(policy.vectorIndexes, [{ path: "/embedding", type: "diskANN" }]);
        assert.deepStrictEqual(policy.fullTextIndexes, [{ path: "/name" }, { path: "/description" }]);
    });

    it("emits the account settings only when chosen", async () => {
        const files = loadStackFiles(PROJECT_DIR, "prod");
        const account = JSON.parse(files.config["cosmos-platform:account"]) as Record<string, unknown>;
        Object.assign(account, {
            priorityBasedExecution: true,
            defaultPriorityLevel: "Low",
            perRegionPerPartitionAutoscale: true,
            cors: [{ allowedOrigins: ["https://app.contoso.example"], maxAgeInSeconds: 600 }],
        });
        files.config["cosmos-platform:account"] = JSON.stringify(account);
        const i = one((await synthesizeFiles(files)).resources, "cosmosdb:DatabaseAccount").inputs;
        assert.deepStrictEqual([i.enablePriorityBasedExecution, i.defaultPriorityLevel, i.enablePerRegionPerPartitionAutoscale], [true, "Low", true]);
        assert.deepStrictEqual(i.cors, [{ allowedOrigins: "https://app.contoso.example", maxAgeInSeconds: 600 }]);
        const plain = one((await committedStack("prod")).resources, "cosmosdb:DatabaseAccount").inputs;
        assert.ok(!("enablePriorityBasedExecution" in plain) && !("cors" in plain) && !("enablePartitionMerge" in plain));
    });

    it("shows a change of a vector embedding as a replace of the container that loses its data", async () => {
        const before = (await committedStack("prod")).resources as PolicyRecord[];
        const after = before.map((r) => {
            if (r.name !== "appdb/products" || r.type !== "azure-native:cosmosdb:SqlResourceSqlContainer") return r;
            const resource = JSON.parse(JSON.stringify(r.inputs.resource)) as { vectorEmbeddingPolicy: { vectorEmbeddings: { dimensions: number }[] } };
            resource.vectorEmbeddingPolicy.vectorEmbeddings[0].dimensions = 3072;
            return { ...r, inputs: { ...r.inputs, resource } };
        });
        const change = diffRecords(before, after).find((c) => c.urn.endsWith("appdb/products"));
        assert.strictEqual(change?.kind, "replace");
        assert.strictEqual(change?.dataLoss, true);
    });
});
