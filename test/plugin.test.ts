/**
 * The plugin harness (helpers/plugin.ts), proven on a small component package
 * (fixtures/plugin/) in the layout cosmos-platform ships: packed with `npm pack`, installed into a
 * project's node_modules, then launched as the Node.js language host launches a source-based
 * plugin. It must serve a schema with every component, every input documented, the enums and the
 * outputs, and construct components from inputs as a Python program sends them.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { installTarball, packDirectory } from "../tooling/package/pack";
import { yamlProgramProblems } from "../tooling/package/yaml-check";
import { PROJECT_DIR } from "./helpers/config";
import { startEarly } from "./helpers/early";
import { launchPlugin, LaunchedPlugin, PackageSchema, PropertySchema, resourceReference, WIRE } from "./helpers/plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mirrorCompiled } = require("../tooling/build/build.js") as { mirrorCompiled: (fromDir: string, toDir: string) => void };

const FIXTURE = path.join(PROJECT_DIR, "test", "fixtures", "plugin");
const PKG = "plugin-fixture";
const AZURE_NATIVE_VERSION = (JSON.parse(fs.readFileSync(require.resolve("@pulumi/azure-native/package.json"), "utf8")) as { version: string }).version;

/**
 * The fixture as its tarball installs it: its sources, manifests and the build `npm test` made of
 * it (the root build compiles test/, fixtures included) as dist/, packed and unpacked into
 * <tmp>/project/node_modules/plugin-fixture with only its declared dependencies reachable (plus
 * typescript, which `npm install` in a plugin's directory brings as a dev dependency).
 */
export async function installFixturePackage(tmp: string): Promise<string> {
    const staged = path.join(tmp, "src");
    fs.mkdirSync(staged, { recursive: true });
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(staged, f));
    mirrorCompiled(path.join(PROJECT_DIR, "dist", "test", "fixtures", "plugin"), path.join(staged, "dist"));
    const pack = await packDirectory(staged, tmp);
    const project = path.join(tmp, "project");
    fs.mkdirSync(project);
    return installTarball(pack.tarball, project, ["typescript"]);
}

/** Every property of the schema's components and object types, with where it sits. */
function allProperties(schema: PackageSchema): { where: string; prop: PropertySchema }[] {
    const out: { where: string; prop: PropertySchema }[] = [];
    for (const [token, r] of Object.entries(schema.resources)) {
        for (const [k, prop] of Object.entries(r.inputProperties ?? {})) out.push({ where: `${token} input ${k}`, prop });
        for (const [k, prop] of Object.entries(r.properties ?? {})) out.push({ where: `${token} output ${k}`, prop });
    }
    for (const [token, t] of Object.entries(schema.types))
        for (const [k, prop] of Object.entries(t.properties ?? {})) out.push({ where: `${token}.${k}`, prop });
    return out;
}

/** The fixture installed and launched, and its schema taken, from the start of the run (helpers/early.ts). */
const fixture = startEarly(
    async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-fixture-"));
        process.once("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
        const plugin = await launchPlugin(await installFixturePackage(tmp));
        try {
            return { plugin, schema: await plugin.getSchema() };
        } catch (e) {
            await plugin.close();
            throw e;
        }
    },
    ({ plugin }) => plugin.close(),
);

describe("plugin harness: a component package installed from its tarball, run as `pulumi package add` runs it", function () {
    // One launch for the run: the SDK loads TypeScript and the analyzer parses the Azure SDK's types (~6 s of CPU).
    this.timeout(180_000);
    let plugin: LaunchedPlugin;
    let schema: PackageSchema;

    before(async () => {
        ({ plugin, schema } = await fixture());
    });

    it("serves every exported component under <package>:index:<Class>, named and versioned from package.json", () => {
        assert.strictEqual(schema.name, PKG);
        assert.strictEqual(schema.version, "1.2.3");
        assert.deepStrictEqual(Object.keys(schema.resources).sort(), [`${PKG}:index:Store`, `${PKG}:index:StoreAccount`]);
        for (const r of Object.values(schema.resources)) assert.strictEqual(r.isComponent, true);
        assert.strictEqual(schema.resources[`${PKG}:index:Store`].description, "A database and its containers in an existing account.");
    });

    it("describes every input and output with its JSDoc, and keeps required apart from optional", () => {
        const undocumented = allProperties(schema)
            .filter((p) => !p.prop.description)
            .map((p) => p.where);
        assert.deepStrictEqual(undocumented, []);
        const store = schema.resources[`${PKG}:index:Store`];
        assert.strictEqual(store.inputProperties?.databaseName.description, "The database's name.");
        assert.deepStrictEqual(store.requiredInputs, ["account", "databaseName", "resourceGroupName"]);
        assert.deepStrictEqual(store.required, ["containerNames", "databaseName"]);
        assert.deepStrictEqual(store.properties?.containerNames, { type: "array", items: { type: "string" }, description: "The containers' names, in order." });
        // A plain TypeScript type (not pulumi.Input) is a plain input in every language's SDK.
        assert.strictEqual(store.inputProperties?.containers.plain, true);
        assert.strictEqual(store.inputProperties?.databaseName.plain, undefined);
    });

    it("turns a TypeScript enum and a `const` object enum into schema enums with their members' docs", () => {
        assert.deepStrictEqual(schema.types[`${PKG}:index:Tier`], {
            type: "string",
            enum: [
                { name: "Serverless", value: "Serverless", description: "Pay per request; no throughput is set." },
                { name: "Provisioned", value: "Provisioned", description: "A fixed 400 RU/s on the database." },
            ],
        });
        assert.deepStrictEqual(
            schema.types[`${PKG}:index:Consistency`].enum?.map((e) => e.value),
            ["Session", "Strong"],
        );
        assert.strictEqual(schema.resources[`${PKG}:index:StoreAccount`].inputProperties?.consistency.$ref, `#/types/${PKG}:index:Consistency`);
    });

    it("makes nested interfaces object types, and an azure-native resource a reference to its schema", () => {
        assert.deepStrictEqual(schema.types[`${PKG}:index:ContainerArgs`].required, ["name", "partitionKeyPath"]);
        assert.strictEqual(schema.types[`${PKG}:index:RegionArgs`].properties?.zoneRedundant.type, "boolean");
        const ref = `/azure-native/v${AZURE_NATIVE_VERSION}/schema.json#/resources/azure-native:cosmosdb:DatabaseAccount`;
        assert.strictEqual(schema.resources[`${PKG}:index:Store`].inputProperties?.account.$ref, ref);
        assert.strictEqual(schema.resources[`${PKG}:index:StoreAccount`].properties?.account.$ref, ref);
        assert.deepStrictEqual(schema.dependencies, [{ name: "azure-native", version: AZURE_NATIVE_VERSION }]);
    });

    it("constructs a component from plain JSON inputs: the component under the program's stack, its children under it", async () => {
        const result = await plugin.construct(`${PKG}:index:StoreAccount`, "orders", {
            resourceGroupName: "rg-orders",
            accountName: "orders-cosmos",
            regions: [{ name: "westeurope", zoneRedundant: true }, { name: "northeurope" }],
            consistency: "Strong",
        });
        const [component, account, ...rest] = result.registered;
        assert.deepStrictEqual(rest, []);
        assert.deepStrictEqual(
            [component.type, component.name, component.parent, component.custom],
            [`${PKG}:index:StoreAccount`, "orders", plugin.stackUrn, false],
        );
        assert.strictEqual(result.urn, component.urn);
        assert.deepStrictEqual(
            [account.type, account.name, account.parent, account.custom],
            ["azure-native:cosmosdb:DatabaseAccount", "orders", component.urn, true],
        );
        assert.deepStrictEqual(account.inputs.consistencyPolicy, { defaultConsistencyLevel: "Strong" });
        assert.deepStrictEqual(account.inputs.locations, [
            { locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true },
            { locationName: "northeurope", failoverPriority: 1, isZoneRedundant: false },
        ]);
        assert.strictEqual(result.state.accountName, "orders-cosmos");
        // An output resource goes back by reference, for the program to pass on; in a preview its id is not known yet.
        assert.deepStrictEqual(result.state.account, { [WIRE.sigKey]: WIRE.resourceSig, urn: account.urn, id: WIRE.unknown });
    });

    it("rehydrates a resource passed by reference and applies the component's own defaults to omitted inputs", async () => {
        const accountUrn = plugin.engine.registrations.find((r) => r.request.getType() === "azure-native:cosmosdb:DatabaseAccount")?.urn;
        assert.ok(accountUrn, "the previous test registered the account");
        const inputs = {
            account: resourceReference(accountUrn, "", AZURE_NATIVE_VERSION),
            resourceGroupName: "rg-orders",
            databaseName: "app",
            containers: [
                { name: "orders", partitionKeyPath: "/customerId", defaultTtl: -1 },
                { name: "events", partitionKeyPath: "/day" },
            ],
        };
        const serverless = await plugin.construct(`${PKG}:index:Store`, "app", inputs);
        const [component, database, orders, events] = serverless.registered;
        assert.deepStrictEqual(
            serverless.registered.map((r) => [r.type, r.name, r.parent]),
            [
                [`${PKG}:index:Store`, "app", plugin.stackUrn],
                ["azure-native:cosmosdb:SqlResourceSqlDatabase", "app-db", component.urn],
                ["azure-native:cosmosdb:SqlResourceSqlContainer", "app-orders", database.urn],
                ["azure-native:cosmosdb:SqlResourceSqlContainer", "app-events", database.urn],
            ],
        );
        // The account's name came from the engine's state for the referenced URN (getResource).
        assert.strictEqual(database.inputs.accountName, "orders-cosmos");
        assert.strictEqual(database.inputs.options, undefined, "tier omitted: the component's default (Serverless) sets no throughput");
        assert.deepStrictEqual(orders.inputs.resource, { id: "orders", partitionKey: { paths: ["/customerId"], kind: "Hash" }, defaultTtl: -1 });
        assert.deepStrictEqual(events.inputs.resource, { id: "events", partitionKey: { paths: ["/day"], kind: "Hash" } });
        assert.deepStrictEqual(serverless.state.containerNames, ["orders", "events"]);

        const provisioned = await plugin.construct(`${PKG}:index:Store`, "billed", { ...inputs, tier: "Provisioned", containers: [] });
        assert.deepStrictEqual(
            provisioned.registered.map((r) => r.type),
            [`${PKG}:index:Store`, "azure-native:cosmosdb:SqlResourceSqlDatabase"],
        );
        assert.deepStrictEqual(provisioned.registered[1].inputs.options, { throughput: 400 });
    });

    it("reports a reference to a resource the engine does not know as the construct's error", async () => {
        await assert.rejects(
            plugin.construct(`${PKG}:index:Store`, "lost", {
                account: resourceReference("urn:pulumi:test::plugin-consumer::azure-native:cosmosdb:DatabaseAccount::gone", "", AZURE_NATIVE_VERSION),
                resourceGroupName: "rg",
                databaseName: "db",
            }),
            /unknown resource urn:pulumi:test::plugin-consumer::azure-native:cosmosdb:DatabaseAccount::gone/,
        );
    });

    describe("a Pulumi YAML program checked against the served schema (tooling/package/yaml-check.ts)", () => {
        const program = (resources: string) => parseYaml(`name: consumer\nruntime: yaml\nresources:\n${resources}`) as unknown;
        const GOOD = `
  account:
    type: plugin-fixture:index:StoreAccount
    properties:
      resourceGroupName: rg
      accountName: orders-cosmos
      regions:
        - name: westeurope
          zoneRedundant: true
      consistency: Strong
  store:
    type: plugin-fixture:index:Store
    properties:
      account: \${account.account}
      resourceGroupName: rg
      databaseName: app
      tier: Provisioned
      containers:
        - name: orders
          partitionKeyPath: /customerId
          defaultTtl: -1
      labels:
        team: payments
  group:
    type: azure-native:resources:ResourceGroup
    properties:
      whatever: not this package's to judge
`;

        it("accepts a program that uses the package as its schema says, expressions included", () => {
            assert.deepStrictEqual(yamlProgramProblems(program(GOOD), schema), []);
        });

        it("names each resource type, input, required input, enum value and shape the schema does not allow", () => {
            const problems = yamlProgramProblems(
                program(`
  vault:
    type: plugin-fixture:index:Vault
  account:
    type: plugin-fixture:index:StoreAccount
    properties:
      resourceGroupName: rg
      regions:
        - name: westeurope
          zones: 3
      consistency: Eventual
      replicas: 2
  store:
    type: plugin-fixture:index:Store
    properties:
      account: orders-cosmos
      resourceGroupName: rg
      databaseName: 42
      containers:
        name: orders
      labels: [payments]
`),
                schema,
            );
            assert.deepStrictEqual(problems.sort(), [
                'resources.account.properties.consistency: "Eventual" is not one of "Session", "Strong"',
                "resources.account.properties.regions[0].zones: no such input; the schema has name, zoneRedundant",
                "resources.account.properties.replicas: no such input; the schema has accountName, consistency, regions, resourceGroupName",
                "resources.account.properties: required input accountName is not set",
                'resources.store.properties.account: expects a resource reference (azure-native:cosmosdb:DatabaseAccount), an expression such as ${name}; got "orders-cosmos"',
                'resources.store.properties.containers: expected a list, got {"name":"orders"}',
                "resources.store.properties.databaseName: expected a string, got 42",
                'resources.store.properties.labels: expected a map, got ["payments"]',
                "resources.vault: plugin-fixture:index:Vault is not a resource of plugin-fixture; it has plugin-fixture:index:Store, plugin-fixture:index:StoreAccount",
            ]);
        });
    });
});
