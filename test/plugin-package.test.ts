/**
 * The real cosmos-platform package as other languages get it (issue 18, "Every Pulumi language"):
 * packed, installed from its tarball into a project's node_modules, and launched as the Node.js
 * language host launches a source-based plugin for `pulumi package add` and `pulumi up`
 * (helpers/plugin.ts). One launch for the run, started when the run starts (helpers/early.ts), so
 * its start-up and the SDK's schema inference overlap the other suites.
 *
 * GetSchema must serve every component with every input described by its JSDoc, the enums and the
 * outputs; Construct of CosmosEstate from plain JSON (what a Python program sends) must register
 * what the same CosmosEstate registers in a TypeScript program, and refuse a bad estate before
 * registering anything; the YAML example must fit the served schema.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { CosmosEstate } from "../components/estate/component";
import { allProperties, argumentInterfaces } from "../tooling/package/arg-docs";
import { describedInputs } from "../tooling/package/check";
import { COMPONENTS_DIR } from "../tooling/package/pack";
import { yamlProgramProblems } from "../tooling/package/yaml-check";
import { loadStackFiles } from "../tooling/review/stack-files";
import { planValue, ResourceRecord } from "../tooling/model/plan-record";
import { synthesizeFiles } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";
import { startEarly } from "./helpers/early";
import { projectWithPackage } from "./helpers/package";
import { WHOLE_ESTATE as ESTATE } from "../tooling/bench/whole-estate";
import { ConstructResult, launchPlugin, LaunchedPlugin, PackageSchema, PropertySchema, Registered, WIRE } from "./helpers/plugin";

const PKG = "cosmos-platform";
const COMPONENTS = ["Access", "CosmosAccount", "CosmosEstate", "DedicatedGateway", "Identities", "Monitoring", "PrivateNetwork", "SqlData"];
const AZURE_NATIVE_VERSION = (JSON.parse(fs.readFileSync(require.resolve("@pulumi/azure-native/package.json"), "utf8")) as { version: string }).version;
const azureRef = (token: string) => `/azure-native/v${AZURE_NATIVE_VERSION}/schema.json#/resources/azure-native:${token}`;
const token = (cls: string) => `${PKG}:index:${cls}`;
const localRef = (name: string) => `#/types/${token(name)}`;
/** The offline plan's stack: the plugin's fake engine runs under the same project and stack, so both sides' URNs compare. */
const stackFiles = () => loadStackFiles(PROJECT_DIR, "dev");

/**
 * The package installed from its tarball and launched, its schema taken and the whole estate
 * constructed, from the start of the run: the plugin's work runs on the machine's other core while
 * the suites before this one run.
 */
const launched = startEarly(
    async () => {
        // `pulumi package add` runs `npm install` in the plugin's directory, which brings its dev dependency typescript.
        const { packageDir } = await projectWithPackage(["typescript"]);
        const files = stackFiles();
        const plugin = await launchPlugin(packageDir, { project: files.project, stack: files.stack });
        try {
            const schema = await plugin.getSchema();
            // A failed construct fails the Construct tests, not the schema's.
            const shop = await plugin.construct(token("CosmosEstate"), "shop", ESTATE).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
            return { plugin, packageDir, schema, shop };
        } catch (e) {
            await plugin.close();
            throw e;
        }
    },
    ({ plugin }) => plugin.close(),
);

describe("the cosmos-platform package run as a plugin, installed from its tarball", function () {
    // One launch for the run: the SDK loads TypeScript and infers the schema from the sources and the Azure SDK's types.
    this.timeout(180_000);
    let plugin: LaunchedPlugin;
    let schema: PackageSchema;
    let packageDir: string;
    let shopped: ConstructResult | Error;

    before(async () => {
        ({ plugin, schema, packageDir, shop: shopped } = await launched());
    });

    describe("GetSchema", () => {
        it("serves every exported component as a component resource, named and versioned from package.json, with its class's description", () => {
            const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { name: string; version: string };
            assert.deepStrictEqual([schema.name, schema.version], [manifest.name, manifest.version]);
            assert.deepStrictEqual(Object.keys(schema.resources).sort(), COMPONENTS.map(token));
            for (const [t, r] of Object.entries(schema.resources)) {
                assert.strictEqual(r.isComponent, true, t);
                assert.ok(r.description, `${t} has no description: give its class a JSDoc comment`);
            }
            assert.match(schema.resources[token("CosmosEstate")].description ?? "", /^One Cosmos DB \(NoSQL API\) account with everything around it/);
        });

        it("describes every input of every component and type, each with its argument's JSDoc, and requires exactly the non-optional arguments", () => {
            const inputs = describedInputs(schema);
            assert.deepStrictEqual(inputs.undescribed, []);
            // The schema is the args interfaces: each component's `<Class>Args`, each object type the interface of its name.
            const interfaces = argumentInterfaces(COMPONENTS_DIR);
            let expected = 0;
            const compare = (where: string, iface: string, props: Record<string, PropertySchema>, required: string[] | undefined) => {
                const declared = allProperties(interfaces, iface);
                expected += declared.length;
                assert.deepStrictEqual(Object.keys(props).sort(), declared.map((p) => p.name).sort(), `${where}: the properties of ${iface}`);
                assert.deepStrictEqual(
                    [...(required ?? [])].sort(),
                    declared
                        .filter((p) => !p.optional)
                        .map((p) => p.name)
                        .sort(),
                    `${where}: required`,
                );
                for (const p of declared)
                    assert.strictEqual(props[p.name].description, p.doc, `${where}.${p.name}: the description is ${iface}.${p.name}'s JSDoc`);
            };
            for (const [t, r] of Object.entries(schema.resources)) compare(t, `${t.split(":")[2]}Args`, r.inputProperties ?? {}, r.requiredInputs);
            const objectTypes = Object.entries(schema.types).filter(([, ty]) => ty.type === "object");
            for (const [t, ty] of objectTypes) compare(t, t.split(":")[2], ty.properties ?? {}, ty.required);
            assert.strictEqual(inputs.total, expected);
            assert.ok(inputs.total > 300, `${inputs.total} inputs`);
        });

        it("names no type `...Args`: nested types keep their own names, to which codegen adds Args in Python, C# and Go", () => {
            assert.deepStrictEqual(
                Object.keys(schema.types).filter((t) => /Args$/.test(t)),
                [],
            );
            assert.ok(schema.types[token("AccountSettings")] && schema.types[token("SqlDatabase")] && schema.types[token("SqlContainer")]);
        });

        it("serves each `const` object enum with its members' names, values and docs, string or number", () => {
            assert.deepStrictEqual(
                schema.types[token("ConsistencyLevel")].enum?.map((e) => [e.name, e.value]),
                [
                    ["Strong", "Strong"],
                    ["BoundedStaleness", "BoundedStaleness"],
                    ["Session", "Session"],
                    ["ConsistentPrefix", "ConsistentPrefix"],
                    ["Eventual", "Eventual"],
                ],
            );
            assert.strictEqual(
                schema.types[token("ConsistencyLevel")].enum?.[2].description,
                "Read-your-writes within a session: what most applications need, at the cheapest reads.",
            );
            assert.deepStrictEqual(schema.types[token("AlertSeverity")], {
                type: "number",
                enum: ["Critical", "Error", "Warning", "Informational", "Verbose"].map((name, value) => ({ name, value })),
            });
            assert.deepStrictEqual(schema.types[token("ActionGroup")].properties?.severities.items?.$ref, localRef("AlertSeverity"));
            assert.strictEqual(schema.types[token("ConsistencySettings")].properties?.level.$ref, localRef("ConsistencyLevel"));
            assert.strictEqual(schema.types[token("ContainerThroughput")].properties?.mode.$ref, localRef("ThroughputMode"));
            // Every enum of the schema is an enum object the installed package exports, member for member.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const exported = require(packageDir) as Record<string, Record<string, string | number>>;
            const enums = Object.entries(schema.types).filter(([, ty]) => ty.enum);
            assert.ok(enums.length >= 30, `${enums.length} enums`);
            // [name, value] entries in the order of their names' UTF-16 code units.
            const byName = ([a = ""]: readonly [string?, unknown?], [b = ""]: readonly [string?, unknown?]) => (a < b ? -1 : a > b ? 1 : 0);
            for (const [t, ty] of enums) {
                const name = t.split(":")[2];
                const members = (ty.enum ?? []).map((e): [string | undefined, string | number] => [e.name, e.value]).sort(byName);
                assert.deepStrictEqual(members, Object.entries(exported[name] ?? {}).sort(byName), `${name}: the schema's members are the exported object's`);
                assert.strictEqual(ty.type, typeof members[0][1] === "number" ? "number" : "string", name);
            }
        });

        it("serves the outputs: azure-native resources by reference, strings, and maps of resources", () => {
            const estate = schema.resources[token("CosmosEstate")];
            const out = estate.properties ?? {};
            assert.strictEqual(out.account.$ref, azureRef("cosmosdb:DatabaseAccount"));
            assert.deepStrictEqual([out.endpoint.type, out.id.type, out.name.type], ["string", "string", "string"]);
            assert.strictEqual(out.databases.additionalProperties?.$ref, azureRef("cosmosdb:SqlResourceSqlDatabase"));
            assert.strictEqual(out.containers.additionalProperties?.$ref, azureRef("cosmosdb:SqlResourceSqlContainer"));
            assert.strictEqual(out.privateDnsZone.$ref, azureRef("privatedns:PrivateZone"));
            assert.deepStrictEqual(estate.required?.includes("primaryKey"), false, "the key exists only with local auth");
            assert.ok(estate.required?.includes("endpoint"));
            // The finer components take the account by reference, as a program hands it over.
            for (const c of ["SqlData", "Access", "PrivateNetwork", "Monitoring", "DedicatedGateway"]) {
                assert.strictEqual(schema.resources[token(c)].inputProperties?.account.$ref, azureRef("cosmosdb:DatabaseAccount"), c);
            }
            assert.deepStrictEqual(schema.dependencies?.map((d) => d.name).sort(), ["azure-native", "azuread"]);
        });
    });

    describe("Construct of CosmosEstate from a Python program's inputs", () => {
        /** A registration as both sides can be compared: names, types, the parent's type, inputs in plan form, protection. */
        const comparable = (
            rs: { urn: string; type: string; name: string; parent?: string; inputs: Record<string, unknown>; protect: boolean; dependencies: string[] }[],
        ) =>
            rs
                .map((r) => ({
                    type: r.type,
                    name: r.name,
                    parentType: rs.find((p) => p.urn === r.parent)?.type ?? "(stack)",
                    inputs: planValue(r.inputs),
                    protect: r.protect,
                    dependsOn: r.dependencies.map((urn) => rs.find((d) => d.urn === urn)?.name ?? urn).sort(),
                }))
                // Registration order follows the SDK's promises, not the program's text: compared as sets.
                .sort((a, b) => `${a.type} ${a.name}`.localeCompare(`${b.type} ${b.name}`));
        const fromPlugin = (rs: Registered[]) => comparable(rs.map((r) => ({ ...r, parent: r.parent === plugin.stackUrn ? undefined : r.parent })));
        const fromSynth = (rs: ResourceRecord[]) =>
            comparable(
                rs
                    .filter((r) => r.type !== "pulumi:pulumi:Stack")
                    .map((r) => ({ ...r, parent: r.parent?.includes("::pulumi:pulumi:Stack::") ? undefined : r.parent, protect: r.options.protect })),
            );

        /** The construct of ESTATE as "shop". */
        let shop: ConstructResult;
        let typescript: ResourceRecord[];
        before(async () => {
            if (shopped instanceof Error) throw shopped;
            shop = shopped;
            typescript = (
                await synthesizeFiles(stackFiles(), {
                    program: () => {
                        new CosmosEstate("shop", ESTATE);
                    },
                })
            ).resources;
        });

        it("registers what the same CosmosEstate registers in a TypeScript program: types, names, parents' types, inputs, protection and what each waits for", () => {
            const viaPlugin = fromPlugin(shop.registered);
            const viaTypeScript = fromSynth(typescript);
            assert.deepStrictEqual(
                viaPlugin.map((r) => `${r.type} ${r.name}`),
                viaTypeScript.map((r) => `${r.type} ${r.name}`),
            );
            assert.deepStrictEqual(viaPlugin, viaTypeScript);
            // The estate as a whole: every part under the estate, the estate under the program's stack.
            const [estate] = shop.registered;
            assert.deepStrictEqual([estate.type, estate.name, estate.parent, estate.custom], [token("CosmosEstate"), "shop", plugin.stackUrn, false]);
            const types = new Set(shop.registered.map((r) => r.type));
            for (const t of ["Identities", "CosmosAccount", "SqlData", "PrivateNetwork", "Access", "Monitoring"].map(token)) assert.ok(types.has(t), t);
            for (const t of [
                "cosmosdb:SqlResourceSqlContainer",
                "cosmosdb:SqlResourceSqlRoleAssignment",
                "network:PrivateEndpoint",
                "monitor:ActionGroup",
                "monitor:MetricAlert",
            ]) {
                assert.ok(types.has(`azure-native:${t}`), t);
            }
            assert.ok(types.has("azuread:index/group:Group"), [...types].join(", "));
        });

        it("applies the component's defaults to what the program left out: continuous backup, no keys, no public access, protected data", () => {
            const account = shop.registered.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
            assert.ok(account);
            assert.deepStrictEqual(account.inputs.backupPolicy, { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } });
            assert.strictEqual(account.inputs.disableLocalAuth, true);
            assert.strictEqual(account.inputs.publicNetworkAccess, "Disabled");
            assert.strictEqual(account.protect, true);
        });

        it("returns the estate's outputs: the account by reference, its endpoint unknown until deployed, the groups' object ids, the containers", () => {
            const account = shop.registered.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
            assert.ok(account);
            assert.deepStrictEqual(shop.state.account, { [WIRE.sigKey]: WIRE.resourceSig, urn: account.urn, id: WIRE.unknown });
            assert.strictEqual(shop.state.name, "shop-cosmos");
            assert.strictEqual(shop.state.endpoint, WIRE.unknown);
            assert.deepStrictEqual(Object.keys(shop.state.groupObjectIds as object), ["readers"]);
            assert.deepStrictEqual(Object.keys(shop.state.containers as object).sort(), ["app/orders", "ops/leases"]);
        });

        it("fails with the component's message and registers nothing when the estate breaks a rule across its parts (throughput on a serverless account)", async () => {
            const before = plugin.engine.registrations.length;
            const serverless = { ...ESTATE, account: { name: "shop-cosmos", regions: [{ name: "westeurope" }], serverless: true } };
            const refused = await plugin.construct(token("CosmosEstate"), "refused", serverless).then(
                () => undefined,
                (e: unknown) => e as Error,
            );
            assert.ok(refused, "Construct succeeded");
            assert.match(refused.message, /Invalid arguments for CosmosEstate 'refused' \(\d+ problems?\):/);
            assert.match(refused.message, /databases\[0\]\.containers\[0\]\.throughput: .*serverless account takes no throughput/);
            assert.match(refused.message, /databases\[1\]\.throughput: .*serverless account takes no throughput/);
            assert.strictEqual(
                plugin.engine.registrations.length,
                before,
                plugin.engine.registrations
                    .slice(before)
                    .map((r) => r.urn)
                    .join("\n"),
            );
        });

        it("refuses a value outside an enum as the component does, naming the argument", async () => {
            const bad = { ...ESTATE, account: { ...ESTATE.account, name: "enum-cosmos", consistency: { level: "Sessions" } } };
            const before = plugin.engine.registrations.length;
            await assert.rejects(plugin.construct(token("CosmosEstate"), "enum", bad), /account\.consistency\.level: .*"Sessions"/);
            assert.strictEqual(plugin.engine.registrations.length, before);
        });
    });

    describe("docs/components.md's estate in Python, C# and YAML against the served schema", () => {
        const doc = fs.readFileSync(path.join(PROJECT_DIR, "docs", "components.md"), "utf8");
        /** The first fenced block of `lang` after the side-by-side heading. */
        const block = (lang: string): string => {
            const from = doc.indexOf("### One estate, four languages");
            assert.ok(from >= 0, "docs/components.md has the side-by-side section");
            const m = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(doc.slice(from));
            assert.ok(m, `a ${lang} block`);
            return m[1];
        };
        /** Every input name of the package: the components' and their types' properties. */
        const inputNames = () =>
            new Set([
                ...Object.values(schema.resources).flatMap((r) => Object.keys(r.inputProperties ?? {})),
                ...Object.values(schema.types).flatMap((t) => Object.keys(t.properties ?? {})),
            ]);
        const enumMember = (type: string, member: string, spell: (name: string) => string) =>
            (schema.types[token(type)]?.enum ?? []).some((e) => e.name !== undefined && spell(e.name) === member);

        it("YAML: sets only inputs the schema has, with the shapes and enum values it allows", () => {
            const program = parseYaml(block("yaml")) as { resources: Record<string, { type: string }> };
            assert.deepStrictEqual(yamlProgramProblems(program, schema), []);
            assert.ok(Object.values(program.resources).some((r) => r.type === token("CosmosEstate")));
        });

        it("Python: every keyword and dict key is an input in snake_case, every enum member as the generator spells it", () => {
            const py = block("python");
            const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
            const call = py.slice(py.indexOf("cosmos.CosmosEstate("));
            const keywords = [...call.matchAll(/^ {4}([a-z_]+)=/gm)].map((m) => camel(m[1]));
            assert.deepStrictEqual(
                keywords.filter((k) => !(k in (schema.resources[token("CosmosEstate")].inputProperties ?? {}))),
                [],
            );
            assert.ok(keywords.length >= 5, keywords.join(", "));
            const names = inputNames();
            const keys = [...py.matchAll(/"([a-z][a-z0-9_]*)":/g)].map((m) => m[1]);
            assert.deepStrictEqual(
                keys.filter((k) => !names.has(camel(k))),
                [],
            );
            assert.ok(
                keys.some((k) => k.includes("_")),
                "snake_case keys are checked too",
            );
            // Python's generator spells enum members in upper snake case (BoundedStaleness -> BOUNDED_STALENESS).
            const upperSnake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
            const enums = [...py.matchAll(/cosmos\.(\w+)\.([A-Z_]+)\b/g)];
            assert.ok(enums.length >= 2);
            for (const [, type, member] of enums) assert.ok(enumMember(type, member, upperSnake), `${type}.${member}`);
        });

        it("C#: every `new <Type>Args` is a type of the schema (no ArgsArgs), every property an input in PascalCase, every enum member one the schema has", () => {
            const cs = block("csharp");
            const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);
            const classes = [...cs.matchAll(/new (\w+)Args\b/g)].map((m) => m[1]);
            assert.deepStrictEqual(
                classes.filter((c) => c !== "CosmosEstate" && schema.types[token(c)]?.type !== "object"),
                [],
            );
            assert.ok(classes.length >= 10, classes.join(", "));
            const names = new Set([...inputNames()].map(pascal));
            const properties = [...cs.matchAll(/\b([A-Z]\w*) = /g)].map((m) => m[1]);
            // Protect is the resource group's option, not this package's.
            assert.deepStrictEqual(
                properties.filter((p) => !names.has(p) && p !== "Protect"),
                [],
            );
            const enums = [...cs.matchAll(/\b([A-Z]\w+)\.([A-Z]\w+)\b/g)].filter(([, type]) => schema.types[token(type)]?.enum);
            assert.ok(enums.length >= 2);
            for (const [, type, member] of enums)
                assert.ok(
                    enumMember(type, member, (n) => n),
                    `${type}.${member}`,
                );
        });
    });

    describe("examples/yaml/Pulumi.yaml against the served schema", () => {
        const example = () =>
            parseYaml(fs.readFileSync(path.join(PROJECT_DIR, "examples", "yaml", "Pulumi.yaml"), "utf8")) as {
                resources: Record<string, { type: string; properties: Record<string, unknown> }>;
            };

        it("uses CosmosEstate with its real arguments", () => {
            const program = example();
            assert.deepStrictEqual(yamlProgramProblems(program, schema), []);
            assert.ok(Object.values(program.resources).some((r) => r.type === token("CosmosEstate")));
        });

        it("would be refused with each old argument named, had it kept the pre-CosmosEstate shape", () => {
            const program = example();
            const estate = Object.values(program.resources).find((r) => r.type === token("CosmosEstate"));
            assert.ok(estate);
            const { account, ...rest } = estate.properties as { account: Record<string, unknown> };
            // The shape of the old Account component: the account's settings at the top, regions as strings.
            estate.properties = { ...rest, ...account, accountName: account.name, regions: ["westeurope"] };
            const problems = yamlProgramProblems(program, schema);
            assert.ok(problems.includes("resources.estate.properties: required input account is not set"), problems.join("\n"));
            assert.ok(
                problems.some((p) => p.startsWith("resources.estate.properties.accountName: no such input")),
                problems.join("\n"),
            );
            assert.ok(
                problems.some((p) => p.startsWith("resources.estate.properties.regions: no such input")),
                problems.join("\n"),
            );
        });
    });
});
