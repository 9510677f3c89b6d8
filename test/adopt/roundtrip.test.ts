/**
 * adopt -> plan -> compare, once per fixture: the written stack file's offline plan imports every
 * source document under its ARM id, with the inputs Azure stores for it (test/adopt/azure-state.ts,
 * written apart from the converter), under the logical names a greenfield stack gives them.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { adoptEstate, AdoptOutcome } from "../../tooling/adopt/adopt";
import { main } from "../../tooling/adopt/cli";
import { buildPlanDocument, renderPlan } from "../../tooling/review/plan";
import { ArmDocument } from "../../tooling/adopt/documents";
import { Inputs } from "../../tooling/adopt/inputs";
import { loadStackFiles } from "../../tooling/review/stack-files";
import { ResourceRecord } from "../../tooling/model/plan-record";
import { synthesizeFiles } from "../../tooling/review/synth";
import { stateDifferences, storedView } from "./azure-state";
import { fixtureFiles, fixtureInputs, tempProject } from "./helpers";
import { Json } from "../../tooling/model/json";

interface Case {
    dir: string;
    stack: string;
    environment?: string;
    scope?: { subscriptionId: string; resourceGroup: string };
}

const CASES: Case[] = [
    { dir: "multi-region", stack: "prod" },
    { dir: "serverless-dev", stack: "dev" },
    { dir: "shared-throughput", stack: "qa" },
    {
        dir: "template",
        stack: "tpl",
        environment: "test",
        scope: { subscriptionId: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", resourceGroup: "rg-inventory-test" },
    },
    { dir: "multi-account", stack: "multi", environment: "test" },
    { dir: "vector-search", stack: "search", environment: "test" },
    { dir: "account-features", stack: "stg", environment: "staging" },
    { dir: "secured", stack: "ledger", environment: "prod" },
];

const ROOT = "cosmos-platform:index:CosmosPlatform";
/** Under the platform, the account's CosmosEstate, then the finer component. */
const urnOf = (stack: string, component: string, type: string, name: string) =>
    `urn:pulumi:${stack}::cosmos-platform::${ROOT}$cosmos-platform:index:CosmosEstate$cosmos-platform:index:${component}$azure-native:cosmosdb:${type}::${name}`;

/** The adopted documents (throughput settings fold into their parent; built-in roles are Azure's). */
function adoptedDocuments(inputs: Inputs): { doc: ArmDocument; throughput?: ArmDocument }[] {
    const throughput = new Map(inputs.docs.filter((d) => d.kind.endsWith("Throughput")).map((d) => [d.id.replace(/\/throughputSettings\/default$/, ""), d]));
    return inputs.docs
        .filter((d) => !d.kind.endsWith("Throughput") && d.properties.type !== "BuiltInRole")
        .map((doc) => ({ doc, ...(throughput.has(doc.id) ? { throughput: throughput.get(doc.id) } : {}) }));
}

describe("npm run adopt: round trip per fixture", function () {
    this.timeout(120000);
    let project: ReturnType<typeof tempProject>;
    const outcomes = new Map<string, { inputs: Inputs; outcome: AdoptOutcome }>();
    before(() => (project = tempProject()));
    after(() => project.remove());

    async function adopted(c: Case) {
        let result = outcomes.get(c.dir);
        if (!result) {
            const inputs = fixtureInputs(c.dir, c.scope ?? {});
            const outcome = await adoptEstate(inputs, { stack: c.stack, projectDir: project.dir, environment: c.environment, inputLabels: [c.dir] });
            result = { inputs, outcome };
            outcomes.set(c.dir, result);
        }
        return result;
    }

    for (const c of CASES) {
        it(`adopts ${c.dir}: every document is imported under its ARM id with Azure's stored inputs, and nothing is created`, async () => {
            const { inputs, outcome } = await adopted(c);
            assert.strictEqual(outcome.code, 0, `${outcome.report}\n${outcome.problems.join("\n")}`);
            const records = outcome.records as ResourceRecord[];
            const creates = records.filter((r) => r.custom && !r.options.import).map((r) => `${r.type} ${r.name}`);
            assert.deepStrictEqual(creates, [], "an import deployment creates nothing");
            const documents = adoptedDocuments(inputs);
            assert.strictEqual(records.filter((r) => r.options.import).length, documents.length, "one imported resource per adopted document");
            for (const { doc, throughput } of documents) {
                const record = records.find((r) => r.options.import === doc.id);
                assert.ok(record, `${doc.id} (${doc.source}) is not planned for import`);
                assert.deepStrictEqual(stateDifferences(record.inputs, storedView(doc, throughput), doc.accountId || undefined), [], `${doc.id} would change`);
            }
        });
    }

    it("gives adopted resources the logical names and parents of a greenfield stack", async () => {
        const single = (await adopted(CASES[0])).outcome.records as ResourceRecord[];
        const urns = new Set(single.map((r) => r.urn));
        for (const urn of [
            urnOf("prod", "CosmosAccount", "DatabaseAccount", "orders-cosmos-prod"),
            urnOf("prod", "SqlData", "SqlResourceSqlDatabase", "appdb"),
            urnOf("prod", "SqlData", "SqlResourceSqlContainer", "appdb/orders"),
            urnOf("prod", "SqlData", "SqlResourceSqlStoredProcedure", "appdb/orders/bulkImport"),
            urnOf("prod", "Access", "SqlResourceSqlRoleDefinition", "role:orders-api"),
            urnOf("prod", "Access", "SqlResourceSqlRoleAssignment", "7a3c9e1f-5b7d-4f2a-8c6e-1d3f5a7b9c0e/orders-api/db:appdb"),
        ]) {
            assert.ok(urns.has(urn), `missing ${urn}`);
        }
        // Several accounts: the `accounts` form's names, each prefixed with its account.
        const multi = (await adopted(CASES[4])).outcome.records as ResourceRecord[];
        const names = multi
            .filter((r) => r.options.import)
            .map((r) => r.name)
            .sort();
        assert.deepStrictEqual(names, [
            "tenants-eu/tenants",
            "tenants-eu/tenants-eu",
            "tenants-eu/tenants/profiles",
            "tenants-us/tenants",
            "tenants-us/tenants-us",
            "tenants-us/tenants/profiles",
        ]);
    });

    it("writes the stack file with the import switch and each script body as a file", async () => {
        const { outcome } = await adopted(CASES[0]);
        assert.ok(outcome.written.includes("Pulumi.prod.yaml"));
        const file = parseYaml(fs.readFileSync(path.join(project.dir, "Pulumi.prod.yaml"), "utf8")) as { config: Record<string, unknown> };
        assert.deepStrictEqual(file.config["cosmos-platform:import"], { subscriptionId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" });
        const sproc = path.join(project.dir, "scripts/adopted/orders-cosmos-prod/appdb/orders/sprocs/bulkImport.js");
        const source = fixtureInputs("multi-region").docs.find((d) => d.kind === "storedProcedure");
        assert.ok(source);
        assert.strictEqual(fs.readFileSync(sproc, "utf8"), (source.properties.resource as { body: string }).body);
        const text = fs.readFileSync(path.join(project.dir, "Pulumi.prod.yaml"), "utf8");
        assert.match(text, /# project default in production: defender and deleteLock true; turn on what is false after the import/);
        assert.match(text, /mandatory cosmosdb-diagnostic-settings/, "the header lists the policies the estate violates today");
    });

    it("comments each value that differs from the project's defaults or policies", async () => {
        await adopted(CASES[1]);
        const text = fs.readFileSync(path.join(project.dir, "Pulumi.dev.yaml"), "utf8");
        for (const [comment, key] of [
            ["project default: true \\(a system-assigned identity\\)", "systemAssignedIdentity: false"],
            ["project default: false \\(Entra ID only, no keys\\)", "localAuth: true"],
            ["project default here: Continuous, Continuous7Days", "backup:"],
            ["set by adopt: the account admits 0\\.0\\.0\\.0", "allowAzureDatacenters: true"],
            ["project default: version 2", "partitionKey:"],
            ["project default: true \\(environment, managed-by and project tags\\)", "cosmos-platform:standardTags: false"],
        ]) {
            assert.match(text, new RegExp(`# ${comment}[^\\n]*\\n\\s*${key}`), `no comment before ${key}`);
        }
    });

    it("prints what it adopted, what it skipped and the policies violated, and marks imports in the plan's tree", async () => {
        let stdout = "";
        const scope = CASES[3].scope as { subscriptionId: string; resourceGroup: string };
        const code = await main(
            [
                ...fixtureFiles("template").flatMap((f) => ["--from", f]),
                "--subscription",
                scope.subscriptionId,
                "--resource-group",
                scope.resourceGroup,
                "--stack",
                "printed",
                "--environment",
                "test",
                "--dir",
                project.dir,
            ],
            { stdout: (t) => (stdout += t), stderr: () => undefined },
        );
        assert.strictEqual(code, 0, stdout);
        assert.match(
            stdout,
            /^Adopted into Pulumi\.printed\.yaml:\n  account inventory-test \(resource group rg-inventory-test\): 1 region, 1 database, 1 container, 0 scripts, 1 custom role, 1 data-plane role assignment\n/,
        );
        assert.match(stdout, /Round trip: 5 resources planned for import, each with the inputs Azure stores; nothing to create, update or replace\./);
        assert.match(stdout, /Microsoft\.Network\/privateEndpoints 'pe-inventory-test': not a Cosmos DB data resource of the template, skipped/);
        assert.match(stdout, /Policies the adopted estate violates today \(policy pack cosmos-platform@[\d.]+, config \(rule defaults\)\):\n  mandatory /);
        const records = (await adopted(CASES[0])).outcome.records as ResourceRecord[];
        const tree = renderPlan(buildPlanDocument({ project: "cosmos-platform", stack: "prod", resources: records, outputs: {} }));
        assert.match(tree, /\n {8}= cosmosdb:DatabaseAccount orders-cosmos-prod .*\[import\]\n/);
        assert.doesNotMatch(tree, /\n\s*\+ (cosmosdb|authorization|monitor):/, "nothing else is planned as a create");
    });

    const caseOf = (dir: string) => CASES.find((c) => c.dir === dir) as Case;
    const stackConfig = (stack: string) =>
        (parseYaml(fs.readFileSync(path.join(project.dir, `Pulumi.${stack}.yaml`), "utf8")) as { config: Record<string, Json> }).config;
    const plannedInputs = (records: ResourceRecord[], type: string, name: string) =>
        (records.find((r) => r.type === `azure-native:cosmosdb:${type}` && r.name === name) as ResourceRecord).inputs as Json;

    it("writes vector, full-text and computed settings as a stack would declare them, leaving to the program what it adds itself", async () => {
        const records = (await adopted(caseOf("vector-search"))).outcome.records as ResourceRecord[];
        const config = stackConfig("search");
        assert.strictEqual(config["cosmos-platform:account"].capabilities, undefined, "the containers' policies add both capabilities, in Azure's order");
        assert.deepStrictEqual(plannedInputs(records, "DatabaseAccount", "search-cosmos-test").capabilities, [
            { name: "EnableNoSQLVectorSearch" },
            { name: "EnableNoSQLFullTextSearch" },
        ]);
        const [products, reviews] = (config["cosmos-platform:databases"] as unknown as { containers: Json[] }[])[0].containers;
        // Azure's excluded embedding paths come back from the normaliser where it would put them.
        assert.deepStrictEqual(products.indexingPolicy, {
            vectorIndexes: (products.indexingPolicy as Json).vectorIndexes,
            fullTextIndexes: ["/ftPath1", "/ftPath2", "/ftPath3"],
        });
        const plannedPolicy = (plannedInputs(records, "SqlResourceSqlContainer", "catalog/products").resource as Json).indexingPolicy as Json;
        assert.deepStrictEqual(plannedPolicy.excludedPaths, [
            { path: "/vectorPath1/*" },
            { path: "/vectorPath2/*" },
            { path: "/vectorPath3/*" },
            { path: '/"_etag"/?' },
        ]);
        assert.deepStrictEqual((reviews.indexingPolicy as Json).excludedPaths, ["/embedding/*", "/rawHtml/?"], "not at the end, so kept as Azure orders them");
        // float32 and en-US are what the program sends when nothing is said.
        assert.deepStrictEqual((products.vectorEmbeddings as Json[])[0], { path: "/vectorPath1", dimensions: 400, distanceFunction: "euclidean" });
        assert.deepStrictEqual(products.fullTextPolicy, {
            paths: [{ path: "/ftPath1" }, { path: "/ftPath2", language: "fr-FR" }, { path: "/ftPath3", language: "de-DE" }],
        });
        assert.deepStrictEqual(reviews.fullTextPolicy, { defaultLanguage: "de-DE", paths: [{ path: "/text" }, { path: "/title", language: "en-US" }] });
        assert.deepStrictEqual(products.computedProperties, [{ name: "cp_lowerName", query: "SELECT VALUE LOWER(c.name) FROM c" }]);
    });

    it("keeps Azure's capability order and CORS rules, and writes Azure's defaults as unset keys", async () => {
        const features = (await adopted(caseOf("account-features"))).outcome.records as ResourceRecord[];
        const account = stackConfig("stg")["cosmos-platform:account"];
        assert.deepStrictEqual(account.capabilities, ["EnableNoSQLFullTextSearch", "DeleteAllItemsByPartitionKey", "DisableRateLimitingResponses"]);
        assert.match(
            fs.readFileSync(path.join(project.dir, "Pulumi.stg.yaml"), "utf8"),
            /# in Azure's order: EnableNoSQLFullTextSearch would be added for the containers anyway, but last\n\s*capabilities:/,
        );
        assert.deepStrictEqual((account.cors as Json[])[0].allowedOrigins, ["https://app.contoso.com", "https://admin.contoso.com"]);
        const planned = plannedInputs(features, "DatabaseAccount", "events-cosmos-stg");
        assert.deepStrictEqual(planned.cors, [
            {
                allowedOrigins: "https://app.contoso.com,https://admin.contoso.com",
                allowedMethods: "GET,POST,PUT,DELETE",
                allowedHeaders: "content-type,x-ms-meta-*",
                exposedHeaders: "x-ms-request-charge",
                maxAgeInSeconds: 3600,
            },
            { allowedOrigins: "https://test" },
        ]);
        assert.deepStrictEqual(
            [planned.enablePriorityBasedExecution, planned.defaultPriorityLevel, planned.enablePartitionMerge, planned.publicNetworkAccess],
            [true, "Low", true, "SecuredByPerimeter"],
        );
        // multi-region's account reports every one of them at Azure's default.
        const { inputs, outcome } = await adopted(caseOf("multi-region"));
        const stored = (inputs.docs.find((d) => d.kind === "account") as ArmDocument).properties;
        assert.deepStrictEqual(
            [stored.enablePartitionMerge, stored.enablePriorityBasedExecution, stored.defaultPriorityLevel, stored.enablePerRegionPerPartitionAutoscale],
            [false, false, "High", false],
        );
        const keys = Object.keys(stackConfig("prod")["cosmos-platform:account"]);
        for (const key of [
            "priorityBasedExecution",
            "defaultPriorityLevel",
            "partitionMerge",
            "perRegionPerPartitionAutoscale",
            "cors",
            "analyticalStorageSchemaType",
            "capabilities",
        ])
            assert.ok(!keys.includes(key), `account.${key} is set`);
        const sent = Object.keys(plannedInputs(outcome.records as ResourceRecord[], "DatabaseAccount", "orders-cosmos-prod"));
        for (const key of [
            "enablePriorityBasedExecution",
            "defaultPriorityLevel",
            "enablePartitionMerge",
            "enablePerRegionPerPartitionAutoscale",
            "cors",
            "analyticalStorageConfiguration",
        ])
            assert.ok(!sent.includes(key), `${key} is planned`);
    });

    it("adopts databases and containers restored in place as completed restoreInPlace entries, with their create options planned as Azure has them", async () => {
        const instance =
            "/subscriptions/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/providers/Microsoft.DocumentDB/locations/westeurope/restorableDatabaseAccounts/5c2d7e8f-1a2b-4c3d-9e8f-7a6b5c4d3e2f";
        const inputs = fixtureInputs("multi-region");
        const restore = (name: string, params: Json) => {
            const doc = inputs.docs.find((d) => d.id.endsWith(name)) as ArmDocument;
            Object.assign(doc.properties.resource as Json, { createMode: "Restore", restoreParameters: params });
            return doc;
        };
        const customers = restore("/containers/customers", {
            restoreSource: instance,
            restoreTimestampInUtc: "2026-02-03T04:05:06Z",
            restoreWithTtlDisabled: true,
        });
        restore("/sqlDatabases/ops", { restoreSource: instance, restoreTimestampInUtc: "2026-02-01T00:00:00Z", restoreWithTtlDisabled: false });
        const outcome = await adoptEstate(inputs, { stack: "restored", environment: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(outcome.code, 0, outcome.problems.join("\n"));
        assert.deepStrictEqual(stackConfig("restored")["cosmos-platform:restoreInPlace"], {
            restorableAccountId: instance,
            resources: [
                { name: "appdb/customers", timestamp: "2026-02-03T04:05:06Z", ttlDisabled: true, completed: true },
                { name: "ops", timestamp: "2026-02-01T00:00:00Z", completed: true },
            ],
        });
        const record = (outcome.records as ResourceRecord[]).find((r) => r.options.import === customers.id) as ResourceRecord;
        assert.deepStrictEqual(
            stateDifferences(
                record.inputs,
                storedView(
                    customers,
                    inputs.docs.find((d) => d.id === `${customers.id}/throughputSettings/default`),
                ),
            ),
            [],
        );
        assert.strictEqual((record.inputs.resource as Json).createMode, "Restore");

        // A container that came back with its database, and a timestamp in another format, cannot be said.
        restore("/containers/audit", { restoreSource: instance, restoreTimestampInUtc: "2026-02-01T00:00:00Z" });
        restore("/containers/stores", { restoreSource: instance, restoreTimestampInUtc: "2/3/2026 4:05:06 AM" });
        const refused = await adoptEstate(inputs, { stack: "restored2", environment: "prod", projectDir: project.dir, inputLabels: ["variant"] });
        assert.strictEqual(refused.code, 1);
        assert.deepStrictEqual(
            refused.problems.map((p) => p.replace(/^\S+\/(containers\/\w+): /, "$1: ")),
            [
                'containers/stores: properties.resource.restoreParameters.restoreTimestampInUtc = "2/3/2026 4:05:06 AM": a restore timestamp is an ISO 8601 UTC instant such as 2026-11-27T08:00:00Z, as the stack config takes it',
                "containers/audit: properties.resource.createMode = \"Restore\": restored with its database: the stack config restores 'ops' and imports its containers without create options",
            ],
        );
    });

    it("changes none of the adopted resources when the import switch is removed afterwards", async () => {
        const { outcome } = await adopted(CASES[1]);
        const files = loadStackFiles(project.dir, "dev");
        delete files.config["cosmos-platform:import"];
        const after = (await synthesizeFiles(files)).resources;
        const byUrn = new Map(after.map((r) => [r.urn, r]));
        for (const imported of (outcome.records as ResourceRecord[]).filter((r) => r.options.import)) {
            const same = byUrn.get(imported.urn);
            assert.ok(same, `${imported.urn} is gone without the switch`);
            assert.deepStrictEqual(same.inputs, imported.inputs, `${imported.urn} changes without the switch`);
            assert.strictEqual(same.options.import, undefined);
        }
        // What the switch held back is new, and only that: monitoring.
        const before = new Set((outcome.records as ResourceRecord[]).map((r) => r.urn));
        const added = [...new Set(after.filter((r) => r.custom && !before.has(r.urn)).map((r) => r.type.split(":")[1]))].sort();
        assert.deepStrictEqual(added, ["applicationinsights", "monitor", "operationalinsights"]);
    });
});
