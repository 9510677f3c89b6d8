/**
 * components/ as the installable package `cosmos-platform` (issue 18, "The package"): what its
 * tarball holds, what it declares, its committed API report, and that an installed copy loads with
 * nothing but its declared dependencies. One `npm pack` for the whole run (helpers/package.ts).
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import { builtinModules, createRequire } from "module";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as ts from "typescript";
import { API_REPORT, apiReport } from "../tooling/package/api-report";
import { COMPONENTS_DIR, Manifest, MAX_UNPACKED_BYTES, PackResult, packageProblems, readManifest, ROOT } from "../tooling/package/pack";
import { packedComponents, projectWithPackage } from "./helpers/package";

const semver = createRequire(require.resolve("@pulumi/pulumi/package.json"))("semver") as typeof import("semver");

/**
 * The newest @pulumi/pulumi on npm when this was last checked (`npm view @pulumi/pulumi version`,
 * 2026-12-08; it needs Node.js 22, the newest for Node.js 20 is 3.248.0). `npm run package:check`
 * asks the registry itself; raise this when a newer SDK is out, and the peer range if it must.
 */
const NEWEST_KNOWN_SDK = "3.276.0";
/** What the tooling needs and a program using the components must not be made to install. */
const TOOLING_ONLY = ["@azure/arm-cosmosdb", "@azure/cosmos", "@azure/identity", "@pulumi/policy", "peggy", "yaml"];

const installedVersion = (name: string): string =>
    (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;

describe("the cosmos-platform package (components/)", function () {
    this.timeout(120_000);
    let manifest: Manifest;
    let pack: PackResult;

    before(async () => {
        manifest = readManifest(COMPONENTS_DIR);
        pack = await packedComponents();
    });

    describe("its tarball", () => {
        it("holds only what a consumer and the plugin need, under 2 MB unpacked", () => {
            assert.deepStrictEqual(packageProblems(pack, manifest), []);
            const paths = pack.files.map((f) => f.path);
            for (const f of ["dist/index.js", "dist/index.d.ts", "index.ts", "PulumiPlugin.yaml", "tsconfig.json", "README.md", "LICENSE", "CHANGELOG.md"])
                assert.ok(paths.includes(f), `${f} is packed`);
            assert.ok(pack.unpackedSize <= MAX_UNPACKED_BYTES);
            // Everything else is compiled output, its sources (the plugin's schema analyzer reads them) or source maps.
            const other = paths.filter(
                (p) =>
                    !/^dist\/.+\.(js|d\.ts|js\.map)$/.test(p) &&
                    !/^[^/].*\.ts$/.test(p) &&
                    !["package.json", "PulumiPlugin.yaml", "tsconfig.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(p),
            );
            assert.deepStrictEqual(other, []);
        });

        it("is refused, with each reason named, when it would carry tests, CI, stacks, build state or half a build", () => {
            const bad = {
                unpackedSize: MAX_UNPACKED_BYTES + 1,
                files: [
                    "package.json",
                    "README.md",
                    "index.ts",
                    "sql/args.ts",
                    "dist/index.js",
                    "dist/index.d.ts",
                    "dist/sql/component.js",
                    "test/components.test.ts",
                    "fixtures/baseline/prod.json",
                    ".github/workflows/deploy.yml",
                    "Pulumi.prod.yaml",
                    "dist/.tsbuildinfo",
                ].map((p) => ({ path: p, size: 1 })),
            };
            const problems = packageProblems(bad, { ...manifest, private: true, scripts: { prepare: "tsc" } });
            for (const expected of [
                /unpacked size \d+ bytes is over the 2097152-byte ceiling/,
                /^test\/components\.test\.ts: a test or fixture directory/,
                /^fixtures\/baseline\/prod\.json: a test or fixture directory/,
                /^\.github\/workflows\/deploy\.yml: a CI workflow/,
                /^Pulumi\.prod\.yaml: a Pulumi project or stack file/,
                /^dist\/\.tsbuildinfo: incremental build state/,
                /^dist\/sql\/component\.js has no dist\/sql\/component\.d\.ts/,
                /^sql\/args\.ts has no dist\/sql\/args\.js/,
                /^LICENSE is missing/,
                /^CHANGELOG\.md is missing/,
                /^PulumiPlugin\.yaml is missing/,
                /^package\.json is private/,
                /^scripts\.prepare \(tsc\) would run on install or pack/,
            ]) {
                assert.ok(
                    problems.some((p) => expected.test(p)),
                    `${expected} in:\n${problems.join("\n")}`,
                );
            }
        });

        it("installs and loads with only its declared dependencies: every component a ComponentResource", async () => {
            const { projectDir } = await projectWithPackage();
            const script = [
                'const lib = require("cosmos-platform");',
                'const { ComponentResource } = require("@pulumi/pulumi");',
                "const names = Object.keys(lib).filter((k) => typeof lib[k] === 'function' && lib[k].prototype instanceof ComponentResource);",
                "process.stdout.write(JSON.stringify({ names: names.sort(), from: require.resolve('cosmos-platform') }));",
            ].join("\n");
            const r = spawnSync(process.execPath, ["-e", script], { cwd: projectDir, encoding: "utf8" });
            assert.strictEqual(r.status, 0, r.stderr);
            const out = JSON.parse(r.stdout) as { names: string[]; from: string };
            assert.ok(out.from.startsWith(path.join(fs.realpathSync(projectDir), "node_modules", "cosmos-platform")), out.from);
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const here = require("cosmos-platform") as Record<string, unknown>;
            const expected = Object.keys(here).filter(
                (k) => typeof here[k] === "function" && (here[k] as { prototype: unknown }).prototype instanceof pulumi.ComponentResource,
            );
            assert.ok(expected.includes("CosmosAccount") && expected.includes("SqlData"), expected.join(", "));
            assert.deepStrictEqual(out.names, expected.sort());
        });
    });

    describe("its package.json", () => {
        it("is the public cosmos-platform (the provider name the plugin's type tokens carry), MIT, for Node.js 20", () => {
            assert.strictEqual(manifest.name, "cosmos-platform");
            assert.strictEqual(manifest.private, undefined);
            assert.ok(semver.valid(manifest.version), manifest.version);
            const raw = JSON.parse(fs.readFileSync(path.join(COMPONENTS_DIR, "package.json"), "utf8")) as { license: string; engines: { node: string } };
            assert.strictEqual(raw.license, "MIT");
            assert.ok(semver.satisfies("20.0.0", raw.engines.node));
        });

        it("takes @pulumi/pulumi as a peer whose range holds the SDK installed here and the newest published", () => {
            const range = manifest.peerDependencies?.["@pulumi/pulumi"];
            assert.ok(range, "peerDependencies has @pulumi/pulumi");
            assert.strictEqual(manifest.dependencies?.["@pulumi/pulumi"], undefined, "a dependency would install a second SDK beside the program's");
            for (const v of [installedVersion("@pulumi/pulumi"), NEWEST_KNOWN_SDK]) assert.ok(semver.satisfies(v, range), `${v} is in ${range}`);
            assert.ok(!semver.satisfies("4.0.0", range), "the next major is not promised");
        });

        it("takes the Azure SDKs and zod with caret ranges that hold the versions installed here, and nothing of the tooling", () => {
            assert.deepStrictEqual(Object.keys(manifest.dependencies ?? {}).sort(), ["@pulumi/azure-native", "@pulumi/azuread", "zod"]);
            for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
                assert.match(range, /^\^\d+\.\d+\.\d+$/, `${name}: ${range}`);
                assert.ok(semver.satisfies(installedVersion(name), range), `${name} ${installedVersion(name)} is in ${range}`);
            }
            for (const name of TOOLING_ONLY) assert.ok(!(name in { ...manifest.dependencies, ...manifest.peerDependencies }), name);
        });

        it("declares every package the components import", () => {
            const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
            const sources = (dir: string): string[] =>
                fs
                    .readdirSync(dir, { withFileTypes: true })
                    .flatMap((e) =>
                        e.isDirectory()
                            ? ["dist", "node_modules"].includes(e.name)
                                ? []
                                : sources(path.join(dir, e.name))
                            : e.name.endsWith(".ts")
                              ? [path.join(dir, e.name)]
                              : [],
                    );
            const undeclared: string[] = [];
            for (const file of sources(COMPONENTS_DIR)) {
                const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
                for (const s of sf.statements) {
                    if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue;
                    const spec = s.moduleSpecifier.text;
                    if (spec.startsWith(".") || builtinModules.includes(spec.replace(/^node:/, ""))) continue;
                    const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
                    if (!declared.has(name)) undeclared.push(`${path.relative(ROOT, file)}: ${spec}`);
                }
            }
            assert.deepStrictEqual(undeclared, []);
        });

        it("is a workspace of the private root, which keeps its own name", () => {
            const root = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Manifest & { workspaces: string[] };
            assert.strictEqual(root.private, true);
            assert.notStrictEqual(root.name, manifest.name);
            assert.ok(root.workspaces.includes("components"));
            const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
                packages: Record<string, { name?: string; link?: boolean; resolved?: string; peerDependencies?: Record<string, string> }>;
            };
            assert.deepStrictEqual(lock.packages["node_modules/cosmos-platform"], { resolved: "components", link: true });
            assert.deepStrictEqual(lock.packages.components.peerDependencies, manifest.peerDependencies, "package-lock.json is current: run npm install");
        });
    });

    describe("its build", () => {
        it("uses the root build's emit options, so the root build's copy of the components is the package's own build", () => {
            const options = (file: string) => {
                const parsed = ts.getParsedCommandLineOfConfigFile(
                    file,
                    {},
                    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, "\n")) },
                );
                assert.ok(parsed);
                return parsed.options;
            };
            const own = options(path.join(COMPONENTS_DIR, "tsconfig.json"));
            const root = options(path.join(ROOT, "tsconfig.build.json"));
            for (const key of [
                "target",
                "module",
                "moduleResolution",
                "declaration",
                "sourceMap",
                "esModuleInterop",
                "removeComments",
                "importHelpers",
                "downlevelIteration",
                "useDefineForClassFields",
                "experimentalDecorators",
                "strict",
            ] as const) {
                // An option left out is its default (false for the switches among these).
                assert.deepStrictEqual(own[key] ?? false, root[key] ?? false, `compilerOptions.${key}`);
            }
            assert.strictEqual(own.declaration, true);
            assert.ok(!own.removeComments, "JSDoc reaches the declarations");
        });

        it("ships a tsconfig.json that stands alone, from which the plugin's analyzer reaches index.ts and no compiled output", async () => {
            const { packageDir } = await projectWithPackage();
            const raw = ts.readConfigFile(path.join(packageDir, "tsconfig.json"), (file) => ts.sys.readFile(file));
            assert.strictEqual(raw.error, undefined);
            assert.strictEqual((raw.config as { extends?: string }).extends, undefined, "nothing outside the package to extend once installed");
            // As provider/experimental/analyzer.js reads it.
            const parsed = ts.parseJsonConfigFileContent(raw.config, ts.sys, packageDir);
            const files = parsed.fileNames.map((f) => path.relative(packageDir, f).split(path.sep).join("/"));
            assert.ok(files.includes("index.ts"), files.join(", "));
            assert.deepStrictEqual(
                files.filter((f) => f.startsWith("dist/")),
                [],
            );
            // The analyzer tries exports/main with .js turned into .ts before index.ts: neither may exist.
            assert.ok(!fs.existsSync(path.join(packageDir, (manifest.main ?? "").replace(/\.js$/, ".ts"))));
        });

        it("has a committed API report that matches its declarations (`npm run api:update` rewrites it)", () => {
            const committed = fs.readFileSync(API_REPORT, "utf8");
            const built = apiReport(path.join(COMPONENTS_DIR, "dist"));
            if (committed !== built) {
                const a = committed.split("\n");
                const b = built.split("\n");
                const at = a.findIndex((line, i) => line !== b[i]);
                assert.fail(
                    `${path.relative(ROOT, API_REPORT)} is not the built API: line ${at + 1} is ${JSON.stringify(a[at])}, the build has ${JSON.stringify(b[at])}. If the change is meant, run \`npm run api:update\`, note it in components/CHANGELOG.md, and commit both.`,
                );
            }
        });

        it("reports every exported component and the non-exported types its arguments reach", () => {
            const report = fs.readFileSync(API_REPORT, "utf8");
            assert.match(report, /^\/\/ CosmosAccount \(class\)\nexport declare class CosmosAccount extends pulumi\.ComponentResource/m);
            assert.doesNotMatch(report, /\/\*\*/, "no JSDoc: prose changes are not API changes");
            assert.ok(report.indexOf("## Reached from the exports, not exported") > report.indexOf("// SqlData (class)"));
        });
    });

    describe("its versioning", () => {
        it("has a CHANGELOG entry for the version in package.json, and the MIT licence package.json names", () => {
            const changelog = fs.readFileSync(path.join(COMPONENTS_DIR, "CHANGELOG.md"), "utf8");
            assert.match(
                changelog,
                new RegExp(`^## ${manifest.version.replace(/\./g, "\\.")}\\b`, "m"),
                `components/CHANGELOG.md has no "## ${manifest.version}" section`,
            );
            assert.match(fs.readFileSync(path.join(COMPONENTS_DIR, "LICENSE"), "utf8"), /^MIT License\n/);
        });
    });
});
