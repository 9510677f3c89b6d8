/**
 * The command's contract for bad input (exit 2, one line each, nothing written) and for what the
 * stack config cannot say (exit 1, each property named, nothing written).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { adoptEstate } from "../../tooling/adopt/adopt";
import { main } from "../../tooling/adopt/cli";
import { classify } from "../../tooling/adopt/documents";
import { Inputs } from "../../tooling/adopt/inputs";
import { FIXTURES, listFiles, tempProject } from "./helpers";

async function run(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr, lines: stderr.split("\n").filter((l) => l !== "") };
}

const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);

/** A fixture's estate (the multi-region one unless named) with documents changed. */
function variant(change: (docs: Record<string, unknown>[]) => void, dir = "multi-region"): Inputs {
    const raw = fs.readdirSync(fixture(dir)).flatMap((f) => {
        const doc = JSON.parse(fs.readFileSync(fixture(dir, f), "utf8")) as unknown;
        return Array.isArray(doc) ? (doc as unknown[]) : ((doc as { value?: unknown[] }).value ?? [doc]);
    }) as Record<string, unknown>[];
    change(raw);
    return { docs: raw.map((d, i) => classify(d, `variant[${i}]`)), skipped: [] };
}

const accountOf = (docs: Record<string, unknown>[]) =>
    docs.find((d) => d.type === "Microsoft.DocumentDB/databaseAccounts") as { properties: Record<string, unknown> };

describe("npm run adopt: bad input and what the config cannot express", function () {
    this.timeout(120000);
    let project: ReturnType<typeof tempProject>;
    let untouched: string[];
    before(() => {
        project = tempProject();
        untouched = listFiles(project.dir);
    });
    after(() => project.remove());

    it("exits 2 with one line per bad document (truncated, not Cosmos DB, other APIs, orphans) and writes nothing", async () => {
        const files = [
            fixture("bad", "truncated.json"),
            fixture("bad", "not-cosmos.json"),
            fixture("bad", "not-a-resource.json"),
            fixture("bad", "mongo-account.json"),
            fixture("bad", "cassandra-account.json"),
            fixture("rest-examples", "gremlin-database-get.json"),
            fixture("rest-examples", "sql-container-get.json"),
        ];
        const r = await run([...files.flatMap((f) => ["--from", f]), "--stack", "dev", "--dir", project.dir]);
        assert.strictEqual(r.code, 2);
        const expected = [
            /truncated\.json is not JSON \(the file looks truncated\)/,
            /not-cosmos\.json: type 'Microsoft\.Storage\/storageAccounts' is not a Cosmos DB resource; accepted: /,
            /not-a-resource\.json: not an Azure resource document \(no "id" and "type"; keys: displayName, state\)/,
            /gremlin-database-get\.json: type '.*gremlinDatabases' belongs to the Gremlin API; adopt handles Cosmos DB for NoSQL only/,
            /mongo-account\.json: account 'legacy-mongo' is a MongoDB account/,
            /cassandra-account\.json: account 'legacy-cassandra' is a Cassandra account/,
            /sql-container-get\.json: container 'containerName' belongs to account 'ddb1' \(resource group rg1\), which is not in the input/,
        ];
        assert.strictEqual(r.lines.length, expected.length + 1, r.stderr);
        expected.forEach((re, i) => assert.match(r.lines[i], re));
        assert.ok(
            r.lines.every((l) => !/^\s+at /.test(l)),
            "no stack trace",
        );
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("exits 2 for a template without --subscription and --resource-group, naming both flags", async () => {
        const r = await run(["--from", fixture("template", "export.json"), "--stack", "tpl", "--dir", project.dir]);
        assert.strictEqual(r.code, 2);
        assert.match(
            r.lines[0],
            /export\.json: an ARM template carries no subscription or resource group; pass --subscription <id> and --resource-group <name>/,
        );
    });

    it("exits 2 without --stack, and for --from files beside --account that cannot be read, before asking Azure", async () => {
        await assert.rejects(run(["--from", "x.json"]), /--stack is required/);
        const r = await run([
            "--from",
            path.join(project.dir, "missing.json"),
            "--account",
            "/subscriptions/s/resourceGroups/r/providers/Microsoft.DocumentDB/databaseAccounts/a",
            "--stack",
            "s",
            "--dir",
            project.dir,
        ]);
        assert.strictEqual(r.code, 2);
        assert.match(r.lines[0], /cannot read .*missing\.json: no such file/);
    });

    it("exits 2 rather than replace an existing stack file, unless --force", async () => {
        fs.writeFileSync(path.join(project.dir, "Pulumi.kept.yaml"), "config: {}\n");
        try {
            const r = await run(["--from", fixture("multi-account", "estate.json"), "--stack", "kept", "--environment", "test", "--dir", project.dir]);
            assert.strictEqual(r.code, 2);
            assert.match(r.lines[0], /Pulumi\.kept\.yaml already exists in .*; choose another --stack, or pass --force to replace/);
            assert.strictEqual(fs.readFileSync(path.join(project.dir, "Pulumi.kept.yaml"), "utf8"), "config: {}\n");
        } finally {
            fs.rmSync(path.join(project.dir, "Pulumi.kept.yaml"));
        }
    });

    it("exits 1 naming each stored property the config cannot express (the REST API's own examples), and writes nothing", async () => {
        const files = ["account-get.json", "sql-database-list.json", "sql-container-get.json", "sql-container-throughput-get.json"].map((f) =>
            fixture("rest-examples", f),
        );
        const r = await run([...files.flatMap((f) => ["--from", f]), "--stack", "dev", "--dir", project.dir]);
        assert.strictEqual(r.code, 1);
        const named = r.lines.map((l) => /^adopt: \S+: ([\w.]+)/.exec(l)?.[1]);
        // Priority execution, partition merge, per-region autoscale, vector and full-text indexes and
        // computed properties are adopted now; the example's LCID language and unexcluded vectors are not.
        // In UTF-16 code unit order, as sort() without a comparator (which never passes it an undefined).
        assert.deepStrictEqual(
            named.sort((a = "", b = "") => (a < b ? -1 : a > b ? 1 : 0)),
            [
                "identity",
                "location",
                "properties.backupPolicy.migrationState",
                "properties.minimalTlsVersion",
                "properties.resource.clientEncryptionPolicy",
                "properties.resource.fullTextPolicy.defaultLanguage",
                "properties.resource.indexingPolicy.excludedPaths",
            ],
        );
        assert.match(
            r.stderr,
            /fullTextPolicy\.defaultLanguage = "1033": the program always sends a default language \(en-US when not set\); the stack config takes en-US, de-DE/,
        );
        assert.match(
            r.stderr,
            /excludedPaths = \[\]: the project keeps vector embeddings out of the range index and would add \/vectorPath1\/\*, \/vectorPath2\/\*, \/vectorPath3\/\*, which this container indexes/,
        );
        assert.match(r.stdout, /Nothing written: 7 stored properties cannot be expressed/);
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("exits 1 on a setting adopt does not know, unless it is empty (then it is listed as ignored)", async () => {
        const inputs = variant((docs) => {
            accountOf(docs).properties.enableQuantumSharding = true;
            accountOf(docs).properties.enableFutureThing = false;
        });
        const outcome = await adoptEstate(inputs, { stack: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.deepStrictEqual(
            outcome.problems.map((p) => p.replace(/^\S+: /, "")),
            [
                "properties.enableQuantumSharding = true: not a setting this project's stack config knows; adopt would drop it (add it to the schema, or change it in Azure first)",
            ],
        );
        assert.match(outcome.report, /properties\.enableFutureThing = false: unknown to adopt, empty, ignored/);
    });

    it("exits 1 naming the capabilities, priority level, CORS rule and search policies the config still cannot express", async () => {
        const inputs = variant((docs) => {
            // The az CLI's flattened form: the account's properties are top-level keys.
            const account = docs.find((d) => d.type === "Microsoft.DocumentDB/databaseAccounts") as Record<string, unknown> & {
                capabilities: unknown[];
                cors: Record<string, unknown>[];
            };
            account.capabilities.push({ name: "EnableMaterializedViews" }, { name: "EnableMongoRoleBasedAccessControl" });
            account.enablePriorityBasedExecution = false;
            account.cors[0].allowedOrigins = "https://app.contoso.com, https://admin.contoso.com";
            const container = docs.find((d) => String(d.id).endsWith("/containers/stream")) as {
                resource: Record<string, unknown> & { fullTextPolicy: { fullTextPaths: Record<string, unknown>[] } };
            };
            delete container.resource.fullTextPolicy.fullTextPaths[0].language;
            container.resource.vectorEmbeddingPolicy = { vectorEmbeddings: [] };
        }, "account-features");
        const outcome = await adoptEstate(inputs, { stack: "stg", environment: "staging", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.deepStrictEqual(
            outcome.problems.map((p) => p.replace(/^\S+: /, "")),
            [
                'properties.capabilities = "EnableMaterializedViews": a capability the stack config does not model; it accepts EnableNoSQLVectorSearch, EnableNoSQLFullTextSearch, DeleteAllItemsByPartitionKey, DisableRateLimitingResponses (and EnableServerless, as account.serverless)',
                'properties.capabilities = "EnableMongoRoleBasedAccessControl": a capability of another API; it accepts EnableNoSQLVectorSearch, EnableNoSQLFullTextSearch, DeleteAllItemsByPartitionKey, DisableRateLimitingResponses (and EnableServerless, as account.serverless)',
                'properties.defaultPriorityLevel = "Low": the stack config sets a default priority only with priorityBasedExecution: true; turn it on, or set the level to High, in Azure first',
                "properties.cors[0].allowedOrigins = \"https://app.contoso.com, https://admin.contoso.com\": the stack config cannot say it: an origin is '*' or a scheme and host such as https://app.contoso.com",
                'properties.resource.vectorEmbeddingPolicy = {"vectorEmbeddings":[]}: a policy without embeddings: the program sends no policy then, and the policy is fixed at creation (a difference replaces the container)',
                "properties.resource.fullTextPolicy.fullTextPaths[0].language: the program sends each path's language (the policy's default when not set); the stack config takes en-US, de-DE, es-ES, fr-FR, it-IT, pt-BR, pt-PT",
            ],
        );
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("exits 1 when a container's throughput is not in the input and its database has none", async () => {
        const inputs = variant((docs) =>
            docs.splice(
                docs.findIndex((d) => String(d.id).endsWith("/containers/stores/throughputSettings/default")),
                1,
            ),
        );
        const outcome = await adoptEstate(inputs, { stack: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.strictEqual(outcome.problems.length, 1);
        assert.match(outcome.problems[0], /containers\/stores: throughput: the container's throughput is not in the input .* 'appdb\/stores'/);
    });

    it("exits 1 on two assignments of one role to one principal at one scope, which would share a logical name", async () => {
        const inputs = variant((docs) => {
            const reader = docs.find((d) => String(d.id).endsWith("c4b2a0e8-6d4f-4b2a-9e8c-6a4f2d0b8e6c")) as Record<string, unknown>;
            docs.push({
                ...reader,
                id: String(reader.id).replace("c4b2a0e8-6d4f-4b2a-9e8c-6a4f2d0b8e6c", "d5c3b1f9-7e5a-4c3b-8f9d-7b5a3e1c9f7d"),
                name: "d5c3b1f9-7e5a-4c3b-8f9d-7b5a3e1c9f7d",
            });
        });
        const outcome = await adoptEstate(inputs, { stack: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.deepStrictEqual(outcome.problems.length, 1);
        assert.match(
            outcome.problems[0],
            /sqlRoleAssignments\/d5c3b1f9-7e5a-4c3b-8f9d-7b5a3e1c9f7d: name = "d5c3b1f9-7e5a-4c3b-8f9d-7b5a3e1c9f7d": a second assignment of .Cosmos DB Built-in Data Reader. to 9c5e1a3f-7d9b-4e4c-a0e8-3f5b7d9f1b2e at the same scope \(also c4b2a0e8-6d4f-4b2a-9e8c-6a4f2d0b8e6c\)/,
        );
    });

    it("exits 1 naming the stack-config rule an estate breaks where no setting opts out (IP rules with public access disabled)", async () => {
        const inputs = variant((docs) => {
            accountOf(docs).properties.ipRules = [{ ipAddressOrRange: "203.0.113.7" }];
        });
        const outcome = await adoptEstate(inputs, { stack: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.deepStrictEqual(outcome.problems, [
            "Pulumi.prod.yaml: network.ipRules: IP rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled",
        ]);
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("exits 1 when the plan would change what Azure has: a script body with CRLF line endings, which the project's loader turns into LF", async () => {
        const inputs = variant((docs) => {
            const sproc = docs.find((d) => d.type === "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures") as {
                properties: { resource: { body: string } };
            };
            sproc.properties.resource.body = sproc.properties.resource.body.replace(/\n/g, "\r\n");
        });
        const outcome = await adoptEstate(inputs, { stack: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.strictEqual(outcome.problems.length, 1);
        assert.match(
            outcome.problems[0],
            /storedProcedures\/bulkImport: resource\.body: the plan would set "function bulkImport\(items\) \{\\n.*, Azure has "function bulkImport\(items\) \{\\r\\n/,
        );
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("exits 1 for accounts in two subscriptions: one stack deploys to one", async () => {
        const text = fs
            .readFileSync(fixture("multi-account", "estate.json"), "utf8")
            .replace(
                /\/subscriptions\/[^/]+\/resourceGroups\/rg-tenants-us/g,
                "/subscriptions/00000000-1111-4222-8333-444444444444/resourceGroups/rg-tenants-us",
            );
        const inputs: Inputs = { docs: (JSON.parse(text) as unknown[]).map((d, i) => classify(d, `estate[${i}]`)), skipped: [] };
        const outcome = await adoptEstate(inputs, { stack: "multi", environment: "test", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 1);
        assert.match(outcome.problems.join("\n"), /tenants-us: subscription = "00000000-1111-4222-8333-444444444444": a stack deploys to one subscription/);
    });
});
