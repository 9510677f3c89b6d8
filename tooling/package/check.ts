/**
 * `npm run package:check`: the package as a new user gets it, end to end. Slow (it installs from
 * the npm registry), so it is not part of `npm test`, which runs the offline half of each step.
 *
 *   1. build and pack (`npm run package`), and the tarball's rules (tooling/package/pack.ts), and
 *      count the documented argument properties (tooling/package/arg-docs.ts);
 *   2. install the tarball into a fresh project beside the newest @pulumi/pulumi whose `engines`
 *      accept this Node.js, with `npm install` from the registry, and count the copies of
 *      @pulumi/pulumi in the tree (there must be one) and what `npm ls` says of it;
 *      `--offline` links this repository's node_modules instead (no registry, no count);
 *   3. type-check examples/two-accounts against the installed package, moduleResolution node16 and
 *      bundler (tooling/package/consumer.ts);
 *   4. start the installed package as a plugin (tooling/package/plugin-host.ts), take its schema,
 *      count the documented inputs, and check examples/yaml/Pulumi.yaml against it
 *      (tooling/package/yaml-check.ts).
 *
 * Every step runs and reports; exit 1 when any fails, 2 on a bad flag.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import { quietOnClosedPipe } from "../review/cli/common";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { argumentDocs, argumentInterfaces } from "./arg-docs";
import { buildComponents } from "./cli";
import { typeCheckConsumer } from "./consumer";
import { COMPONENTS_DIR, installTarball, packageProblems, packDirectory, PACKAGE_OUT_DIR, readManifest, ROOT } from "./pack";
import { PackageSchema, PropertySchema, startPlugin } from "./plugin-host";
import { yamlProgramProblems } from "./yaml-check";

const semver = createRequire(require.resolve("@pulumi/pulumi/package.json"))("semver") as typeof import("semver");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(NPM, [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
        cwd,
        encoding: "utf8",
        shell: process.platform === "win32",
        maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** The newest published @pulumi/pulumi inside `range` whose `engines.node` accepts this Node.js. */
export function newestSdkForThisNode(range: string, cwd: string): string {
    const r = npm(["view", `@pulumi/pulumi@${range}`, "version", "engines", "--json"], cwd);
    if (r.status !== 0) throw new Error(`npm view @pulumi/pulumi failed: ${r.stderr.trim()}`);
    const parsed = JSON.parse(r.stdout) as { version: string; engines?: { node?: string } } | { version: string; engines?: { node?: string } }[];
    const candidates = (Array.isArray(parsed) ? parsed : [parsed]).filter((v) => !v.engines?.node || semver.satisfies(process.versions.node, v.engines.node));
    const newest = semver.maxSatisfying(
        candidates.map((v) => v.version),
        "*",
    );
    if (!newest) throw new Error(`no @pulumi/pulumi in ${range} accepts Node.js ${process.versions.node}`);
    return newest;
}

/** Every installed copy of a package under `dir`'s node_modules trees. */
export function installedCopies(dir: string, name: string): { path: string; version: string }[] {
    const found: { path: string; version: string }[] = [];
    const walk = (nodeModules: string) => {
        if (!fs.existsSync(nodeModules)) return;
        const manifest = path.join(nodeModules, name, "package.json");
        if (fs.existsSync(manifest))
            found.push({
                path: path.relative(dir, path.dirname(manifest)),
                version: (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version,
            });
        for (const entry of fs.readdirSync(nodeModules, { withFileTypes: true })) {
            if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
            const pkgs = entry.name.startsWith("@") ? fs.readdirSync(path.join(nodeModules, entry.name)).map((n) => path.join(entry.name, n)) : [entry.name];
            for (const p of pkgs) walk(path.join(nodeModules, p, "node_modules"));
        }
    };
    walk(path.join(dir, "node_modules"));
    return found;
}

/** Inputs (component inputs and the properties of the types they use) with and without a description. */
export function describedInputs(schema: PackageSchema): { described: number; total: number; undescribed: string[] } {
    const undescribed: string[] = [];
    let total = 0;
    const count = (where: string, props: Record<string, PropertySchema> | undefined) => {
        for (const [k, p] of Object.entries(props ?? {})) {
            total++;
            if (!p.description) undescribed.push(`${where}.${k}`);
        }
    };
    for (const [token, r] of Object.entries(schema.resources)) count(token, r.inputProperties);
    for (const [token, t] of Object.entries(schema.types)) count(token, t.properties);
    return { described: total - undescribed.length, total, undescribed };
}

export async function main(argv: string[]): Promise<number> {
    const unknown = argv.filter((a) => a !== "--offline");
    if (unknown.length > 0) {
        process.stderr.write(`package:check: unknown argument ${JSON.stringify(unknown[0])}; accepted: --offline\n`);
        return 2;
    }
    const offline = argv.includes("--offline");
    let failed = false;
    const report = (ok: boolean, line: string) => {
        if (!ok) failed = true;
        process.stdout.write(`${ok ? "ok  " : "FAIL"} ${line}\n`);
    };

    // 1. Build and pack.
    const manifest = readManifest(COMPONENTS_DIR);
    let tarball: string;
    try {
        buildComponents();
        const pack = await packDirectory(COMPONENTS_DIR, PACKAGE_OUT_DIR);
        const problems = packageProblems(pack, manifest);
        report(
            problems.length === 0,
            `package ${pack.name}@${pack.version}: ${pack.files.length} files, ${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked${problems.map((p) => `\n       ${p}`).join("")}`,
        );
        tarball = pack.tarball;
        const interfaces = argumentInterfaces(COMPONENTS_DIR);
        const docs = argumentDocs(interfaces);
        report(
            docs.undocumented.length === 0,
            `arguments: ${docs.documented} of ${docs.total} properties of ${interfaces.size} argument interfaces have JSDoc${docs.undocumented
                .slice(0, 20)
                .map((u) => `\n       no JSDoc: ${u}`)
                .join("")}`,
        );
    } catch (e) {
        report(false, `package: ${(e as Error).message}`);
        return 1;
    }

    // 2. Install as a user does.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-check-"));
    let packageDir = path.join(project, "node_modules", manifest.name);
    try {
        if (offline) {
            packageDir = installTarball(tarball, project, ["@types/node", "typescript"]);
            report(true, `install (offline): linked from this repository's node_modules`);
        } else {
            const sdk = newestSdkForThisNode(manifest.peerDependencies?.["@pulumi/pulumi"] ?? "*", project);
            const typescript = readManifest(ROOT).devDependencies?.typescript ?? "latest";
            const types = readManifest(ROOT).devDependencies?.["@types/node"] ?? "latest";
            fs.writeFileSync(path.join(project, "package.json"), `${JSON.stringify({ name: "check-consumer", version: "0.0.0", private: true }, null, 2)}\n`);
            const install = npm(["install", tarball, `@pulumi/pulumi@${sdk}`, `typescript@${typescript}`, `@types/node@${types}`], project);
            report(
                install.status === 0,
                `npm install ${path.basename(tarball)} @pulumi/pulumi@${sdk} (newest for Node.js ${process.versions.node})${install.status === 0 ? "" : `: ${install.stderr.trim()}`}`,
            );
            const copies = installedCopies(project, "@pulumi/pulumi");
            report(copies.length === 1, `@pulumi/pulumi in the tree: ${copies.map((c) => `${c.version} at ${c.path}`).join(", ") || "none"}`);
            const ls = npm(["ls", "@pulumi/pulumi", "--all"], project);
            report(
                ls.status === 0,
                `npm ls @pulumi/pulumi:\n${ls.stdout.trim().replace(/^/gm, "       ")}${ls.stderr.trim() ? `\n       ${ls.stderr.trim()}` : ""}`,
            );
        }
    } catch (e) {
        report(false, `install: ${(e as Error).message}`);
    }

    // 3. A TypeScript program against the installed package.
    if (fs.existsSync(packageDir)) {
        const example = path.join(project, "index.ts");
        fs.copyFileSync(path.join(ROOT, "examples", "two-accounts", "index.ts"), example);
        const problems = typeCheckConsumer(project, [example], manifest.name);
        report(
            problems.length === 0,
            `examples/two-accounts type-checks against the installed package (node16, bundler)${problems
                .slice(0, 20)
                .map((p) => `\n       ${p}`)
                .join("")}`,
        );
    }

    // 4. The installed package as a plugin, and the YAML example against its schema.
    if (fs.existsSync(packageDir)) {
        let plugin: Awaited<ReturnType<typeof startPlugin>> | undefined;
        try {
            plugin = await startPlugin(packageDir, "127.0.0.1:1", { pwd: project });
            const schema = await plugin.getSchema();
            const inputs = describedInputs(schema);
            report(
                inputs.undescribed.length === 0,
                `plugin from node_modules/${manifest.name}: ${Object.keys(schema.resources).length} components, ${inputs.described} of ${inputs.total} inputs described (started in ${plugin.startMs} ms)${inputs.undescribed
                    .slice(0, 20)
                    .map((u) => `\n       no description: ${u}`)
                    .join("")}`,
            );
            const yamlFile = path.join(ROOT, "examples", "yaml", "Pulumi.yaml");
            const problems = yamlProgramProblems(parseYaml(fs.readFileSync(yamlFile, "utf8")), schema);
            report(problems.length === 0, `examples/yaml/Pulumi.yaml against the served schema${problems.map((p) => `\n       ${p}`).join("")}`);
        } catch (e) {
            report(false, `plugin from node_modules/${manifest.name}: ${(e as Error).message.split("\n")[0]}`);
        } finally {
            await plugin?.close();
        }
    }
    fs.rmSync(project, { recursive: true, force: true });
    return failed ? 1 : 0;
}

if (require.main === module) {
    quietOnClosedPipe(process.stdout);
    void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
