/**
 * A realistic search container for tests, in the two shapes the project uses: the container
 * record's `resource` input (azure-native `SqlContainerResourceArgs`, as synthesis writes it) and
 * its `accessPatterns` declaration (the stack config's shape, ready to copy into the data model
 * in Pulumi.yaml). Product catalogue: a 1536-dimension embedding of each product (diskANN), full
 * text on name and description, a computed lower-cased name; vector, full-text and hybrid (RRF)
 * queries as Microsoft documents them
 * (https://learn.microsoft.com/azure/cosmos-db/gen-ai/hybrid-search).
 */
import type { AccessPatterns } from "../../stack/queries/declarations";

/** A query embedding (real calls send all 1536 numbers; the analysis reads only that it is a parameter). */
const QUERY_VECTOR = [0.0123, -0.0456, 0.0789];

export const PRODUCT_SEARCH_RESOURCE = {
    id: "products",
    partitionKey: { paths: ["/categoryId"], kind: "Hash", version: 2 },
    vectorEmbeddingPolicy: {
        vectorEmbeddings: [{ path: "/embedding", dataType: "float32", dimensions: 1536, distanceFunction: "cosine" }],
    },
    fullTextPolicy: {
        defaultLanguage: "en-US",
        fullTextPaths: [
            { path: "/name", language: "en-US" },
            { path: "/description", language: "en-US" },
        ],
    },
    computedProperties: [{ name: "cp_lowerName", query: "SELECT VALUE LOWER(c.name) FROM c" }],
    indexingPolicy: {
        indexingMode: "consistent",
        automatic: true,
        // Computed properties are not covered by /*: each queried one is named.
        includedPaths: [{ path: "/*" }, { path: "/cp_lowerName/?" }],
        // The embedding is excluded from the range index (Microsoft: cheaper inserts).
        excludedPaths: [{ path: '/"_etag"/?' }, { path: "/embedding/*" }],
        vectorIndexes: [{ path: "/embedding", type: "diskANN" }],
        fullTextIndexes: [{ path: "/name" }, { path: "/description" }],
    },
};

export const PRODUCT_SEARCH_ACCESS_PATTERNS: AccessPatterns = {
    dataSizeGB: 120,
    itemSizeKB: 8,
    peakRUs: 6000,
    averageRUs: 2000,
    partitionKeyCardinality: 400,
    pointReadsPerSecond: 150,
    writesPerSecond: 4,
    queries: [
        {
            name: "similarInCategory",
            sql: "SELECT TOP @k c.id, c.name, VectorDistance(c.embedding, @queryVector) AS score FROM c WHERE c.categoryId = @categoryId ORDER BY VectorDistance(c.embedding, @queryVector)",
            parameters: { "@k": 10, "@queryVector": QUERY_VECTOR, "@categoryId": "bikes" },
            callsPerSecond: 20,
        },
        {
            name: "semanticSearch",
            sql: "SELECT TOP 20 c.id, c.name FROM c ORDER BY VectorDistance(c.embedding, @queryVector)",
            parameters: { "@queryVector": QUERY_VECTOR },
            callsPerSecond: 0.5,
        },
        {
            name: "keywordSearch",
            sql: "SELECT TOP 20 c.id, c.name FROM c WHERE c.categoryId = @categoryId AND FullTextContainsAny(c.description, @term1, @term2) ORDER BY RANK FullTextScore(c.description, @term1, @term2)",
            parameters: { "@categoryId": "bikes", "@term1": "carbon", "@term2": "gravel" },
            callsPerSecond: 10,
        },
        {
            name: "hybridSearch",
            sql: "SELECT TOP 10 c.id, c.name FROM c WHERE c.categoryId = @categoryId ORDER BY RANK RRF(VectorDistance(c.embedding, @queryVector), FullTextScore(c.description, @term1, @term2), [2, 1])",
            parameters: { "@categoryId": "bikes", "@queryVector": QUERY_VECTOR, "@term1": "carbon", "@term2": "gravel" },
            callsPerSecond: 10,
        },
        {
            name: "byName",
            sql: "SELECT c.id, c.price FROM c WHERE c.categoryId = @categoryId AND c.cp_lowerName = @lowerName",
            parameters: { "@categoryId": "bikes", "@lowerName": "gravel pro 2" },
            callsPerSecond: 5,
        },
    ],
};
