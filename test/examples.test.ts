/**
 * examples/, and the TypeScript programs of docs/components.md: Pulumi programs that use the
 * components directly, as another project would, through the package entry. They type-check
 * against the published declarations and plan (or run) offline.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import * as ts from "typescript";
import { parse as parseYaml } from "yaml";
import { COMPONENTS_DIR, readManifest } from "../tooling/package/pack";
import { main as planMain } from "../tooling/review/cli/plan";
import type { PlanDocument } from "../tooling/review/plan";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";
import { withStderr } from "./helpers/stderr";
import { startEarly } from "./helpers/early";
import { packedComponents, projectWithPackage, typeCheckInChild } from "./helpers/package";

const EXAMPLE = path.join(PROJECT_DIR, "examples", "two-accounts");

/**
 * The complete TypeScript programs of docs/components.md: its `ts` blocks that import the package
 * and leave nothing out (no `...` but spreads).
 */
function docsPrograms(): string[] {
    const doc = fs.readFileSync(path.join(PROJECT_DIR, "docs", "components.md"), "utf8");
    return [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('from "cosmos-platform"') && !/\.\.\.(?![\w$])/.test(b));
}

/**
 * index.ts, and the programs of docs/components.md as docs-<n>.ts, in a project with the packed
 * package installed, type-checked in a child from the start of the run (one check: the Azure SDK's
 * declarations are parsed once).
 */
const exampleTypeCheck = startEarly(async () => {
    const { projectDir } = await projectWithPackage(["@types/node"]);
    const program = path.join(projectDir, "index.ts");
    fs.copyFileSync(path.join(EXAMPLE, "index.ts"), program);
    const docs = docsPrograms().map((source, i) => {
        const file = path.join(projectDir, `docs-${i}.ts`);
        fs.writeFileSync(file, source);
        return file;
    });
    return typeCheckInChild(projectDir, "cosmos-platform", [program, ...docs]);
});

describe("examples/two-accounts", () => {
    it("is type-checked by the build, and compiled beside the package entry it imports", () => {
        // The project's tsconfig includes examples/ and maps "cosmos-platform" to the components'
        // sources, so `npm test`'s one type-check covers the example; at run time the name resolves
        // through package.json "exports" to dist/, as in another project.
        const tsconfig = fs.readFileSync(path.join(PROJECT_DIR, "tsconfig.json"), "utf8");
        assert.match(tsconfig, /"examples\/\*\*\/\*\.ts"/);
        assert.ok(fs.existsSync(path.join(PROJECT_DIR, "dist", "examples", "two-accounts", "index.js")), "built by npm run build");
        const source = fs.readFileSync(path.join(EXAMPLE, "index.ts"), "utf8");
        assert.match(source, /from "cosmos-platform"/, "imports the package, as a consumer would");
        assert.doesNotMatch(source, /from "\.\.\//, "no relative import of this repository's sources");
    });

    it("depends on the package's tarball by the path `npm run package` writes it to, as a user installs it", async () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(EXAMPLE, "package.json"), "utf8")) as { dependencies: Record<string, string> };
        const { name, version } = readManifest(COMPONENTS_DIR);
        // tooling/package/cli.ts packs into dist/package/, named as npm names a tarball.
        assert.strictEqual(
            pkg.dependencies[name],
            `file:../../dist/package/${name}-${version}.tgz`,
            "bump the example's dependency with the package's version",
        );
        assert.strictEqual(path.basename((await packedComponents()).tarball), `${name}-${version}.tgz`);
        const peer = readManifest(COMPONENTS_DIR).peerDependencies?.["@pulumi/pulumi"];
        assert.strictEqual(pkg.dependencies["@pulumi/pulumi"], peer, "the example brings the SDK the package asks its user for");
    });

    it("type-checks against the installed package under moduleResolution node16 and bundler", async function () {
        // Parsing the Azure SDK's declarations is most of it: ~6 s of CPU, shared by both resolutions.
        this.timeout(180_000);
        assert.deepStrictEqual(
            (await exampleTypeCheck()).filter((p) => !/\] docs-\d+\.ts:/.test(p)),
            [],
        );
    });

    it("plans offline with `npm run plan -- --project`: two accounts, no stack layer, no URN twice", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-example-")), "plan.json");
        const { result: code, stderr } = await withStderr(() => planMain(["--project", EXAMPLE, "--stack", "example", "--json", out, "--quiet"]));
        assert.strictEqual(code, 0);
        assert.match(stderr, /no policy config for stack 'example'.*its own level and defaults/, "the example has no policy config of its own");
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
        assert.strictEqual(doc.project, "cosmos-tenants-example");
        const accounts = doc.resources.filter((r) => r.type === "azure-native:cosmosdb:DatabaseAccount").map((r) => r.inputs.accountName as string);
        assert.deepStrictEqual(accounts.sort(), ["fabrikam-cosmos-example", "tailspin-cosmos-example"]);
        assert.ok(!doc.resources.some((r) => r.type === "cosmos-platform:index:CosmosPlatform"), "no stack layer");
        assert.strictEqual(new Set(doc.resources.map((r) => r.urn)).size, doc.resources.length);
        assert.ok(doc.policy, "the policy pack judged the example too");
        assert.deepStrictEqual(doc.accessPatterns, [], "a program without the stack layer declares no access patterns");
    });
});

describe("examples/yaml", () => {
    it("is a YAML program that gets the components through the installed package's plugin", () => {
        const program = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, "examples", "yaml", "Pulumi.yaml"), "utf8")) as {
            runtime: string;
            packages: Record<string, string>;
            resources: Record<string, { type: string }>;
        };
        assert.strictEqual(program.runtime, "yaml");
        // What `pulumi package add ./node_modules/cosmos-platform` records, after `npm install <tarball>` (its README).
        assert.strictEqual(program.packages["cosmos-platform"], "./node_modules/cosmos-platform");
        const used = Object.values(program.resources)
            .map((r) => r.type)
            .filter((t) => t.startsWith("cosmos-platform:"));
        assert.ok(used.length > 0);
        // The plugin serves each exported ComponentResource as cosmos-platform:index:<class name>
        // (@pulumi/pulumi provider/experimental/provider.js). Whether the class and every property
        // used exist is checked against the schema the installed plugin serves, by
        // test/plugin-package.test.ts and `npm run package:check` (tooling/package/yaml-check.ts).
        for (const type of used) assert.match(type, /^cosmos-platform:index:[A-Z]\w+$/);
    });
});

describe("docs/components.md's TypeScript programs", () => {
    it("are complete programs: the side-by-side estate and the hand-composed components", () => {
        const programs = docsPrograms();
        assert.ok(programs.length >= 2, `${programs.length} programs`);
        assert.ok(programs.some((p) => p.includes("new CosmosEstate(")));
        assert.ok(programs.some((p) => p.includes("new SqlData(")));
    });

    it("type-check against the installed package under moduleResolution node16 and bundler", async function () {
        this.timeout(180_000);
        assert.deepStrictEqual(
            (await exampleTypeCheck()).filter((p) => /\] docs-\d+\.ts:/.test(p)),
            [],
        );
    });

    it("run offline with the package: every argument accepted, the account and its data registered", async () => {
        for (const [i, source] of docsPrograms().entries()) {
            // As a user's program loads it: transpiled, with "cosmos-platform" resolved through the package's exports.
            const js = ts.transpileModule(source, {
                compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
            }).outputText;
            const wrapped = `(function (require, exports) {\n${js}\n})`;
            const run = vm.runInThisContext(wrapped, { filename: `docs-${i}.js` }) as (req: NodeJS.Require, exports: object) => unknown;
            const result = await synthesizeFiles(loadStackFiles(PROJECT_DIR, "dev"), { program: () => run(require, {}) });
            const account = result.resources.filter((r) => r.type === "azure-native:cosmosdb:DatabaseAccount");
            assert.deepStrictEqual(
                account.map((r) => r.inputs.accountName),
                ["shop-cosmos"],
                `docs program ${i}`,
            );
            assert.ok(
                result.resources.some((r) => r.type === "azure-native:cosmosdb:SqlResourceSqlContainer" && r.inputs.containerName === "orders"),
                `docs program ${i}`,
            );
        }
    });
});
