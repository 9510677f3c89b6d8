/**
 * The policy pack ships as JavaScript (policies/dist, made by tooling/build/build.js, which npm
 * test runs first): what the build puts there, and the guard (policies/lib/fresh-build.ts) that
 * refuses to run it once a source has changed.
 */
import * as assert from "assert";
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import { builtinModules } from "module";
import * as os from "os";
import * as path from "path";
import { POLICIES_DIR } from "../../tooling/review/policy/run";
import { PROJECT_DIR } from "../helpers/config";

const DIST = path.join(POLICIES_DIR, "dist");
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const jsFiles = (dir: string): string[] =>
    fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? jsFiles(path.join(dir, d.name)) : d.name.endsWith(".js") ? [path.join(dir, d.name)] : []));
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;

interface PackManifest {
    main: string;
    sources: Record<string, string>;
}

describe("the policy pack as built JavaScript (policies/dist)", () => {
    const pkg = readJson<{ main: string; dependencies: Record<string, string>; files: string[] }>(path.join(POLICIES_DIR, "package.json"));
    const manifest = readJson<PackManifest>(path.join(DIST, "build-manifest.json"));

    it("is what package.json's main and PulumiPolicy.yaml point the CLI at, with TypeScript off", () => {
        assert.strictEqual(pkg.main, "dist/policies/index.js");
        assert.strictEqual(manifest.main, pkg.main);
        assert.ok(fs.existsSync(path.join(POLICIES_DIR, pkg.main)));
        // `pulumi policy publish` packs policies/ with npm pack: the build and PulumiPolicy.yaml must be in it.
        assert.deepStrictEqual(pkg.files, ["PulumiPolicy.yaml", "dist/"]);
        const yaml = fs.readFileSync(path.join(POLICIES_DIR, "PulumiPolicy.yaml"), "utf8");
        assert.match(yaml, /^runtime:\n {2}name: nodejs\n {2}options:\n {4}typescript: false$/m);
    });

    it("holds one compiled module per source the entry point loads, each recorded at its current hash", () => {
        const shipped = jsFiles(DIST).map((f) => path.relative(DIST, f).split(path.sep).join("/"));
        // dist/<path from the root>.js is compiled from <root>/<path>.ts; the manifest keys sources from policies/.
        const expected = Object.keys(manifest.sources).map((rel) =>
            path.relative(PROJECT_DIR, path.resolve(POLICIES_DIR, rel)).split(path.sep).join("/").replace(/\.ts$/, ".js"),
        );
        assert.deepStrictEqual(shipped.sort(), expected.sort());
        assert.ok(shipped.includes("policies/lib/fresh-build.js") && shipped.includes("policies/pack.js"));
        for (const [rel, hash] of Object.entries(manifest.sources))
            assert.strictEqual(hash, sha256(path.resolve(POLICIES_DIR, rel)), `${rel} changed since the build`);
    });

    it("requires nothing outside policies/dist but Node's built-ins and the packages policies/package.json lists", () => {
        const builtins = new Set(builtinModules);
        for (const file of jsFiles(DIST)) {
            for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/\brequire\("([^"]+)"\)/g)) {
                if (spec.startsWith(".")) {
                    const target = path.resolve(path.dirname(file), spec);
                    assert.ok(!path.relative(DIST, target).startsWith(".."), `${file} requires ${spec}, outside policies/dist`);
                    assert.ok(fs.existsSync(`${target}.js`) || fs.existsSync(target), `${file} requires ${spec}, which is not shipped`);
                } else if (!builtins.has(spec)) {
                    const name = spec
                        .split("/")
                        .slice(0, spec.startsWith("@") ? 2 : 1)
                        .join("/");
                    assert.ok(pkg.dependencies[name], `${path.relative(DIST, file)} requires ${name}, which policies/package.json does not list`);
                }
            }
        }
    });

    it("maps stack traces back to the TypeScript sources", () => {
        const map = readJson<{ sources: string[] }>(path.join(DIST, "policies", "pack.js.map"));
        assert.deepStrictEqual(
            map.sources.map((s) => path.resolve(DIST, "policies", s)),
            [path.join(POLICIES_DIR, "pack.ts")],
        );
    });
});

describe("the policy pack's guard against a stale build (policies/lib/fresh-build.ts)", function () {
    this.timeout(120_000);
    let root: string;
    let pack: string;

    /** Sources the pack is built from outside policies/ (e.g. the region catalogue), relative to the root. */
    const outside = Object.keys(readJson<PackManifest>(path.join(DIST, "build-manifest.json")).sources)
        .filter((rel) => rel.startsWith("../"))
        .map((rel) => rel.slice("../".length));

    /** A copy of the repository's pack and of the sources it is built from, next to the real node_modules. */
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-pack-"));
        pack = path.join(root, "policies");
        fs.cpSync(POLICIES_DIR, pack, { recursive: true, filter: (src) => path.basename(src) !== "node_modules" });
        for (const rel of outside) {
            fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
            fs.copyFileSync(path.join(PROJECT_DIR, rel), path.join(root, rel));
        }
        fs.symlinkSync(path.join(PROJECT_DIR, "node_modules"), path.join(root, "node_modules"));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    /** Loads the compiled guard as the pack's entry point does first; its error message, or "" when it lets the pack run. */
    const guard = (): string => {
        const r = spawnSync(
            process.execPath,
            [
                "-e",
                `try { require(${JSON.stringify(path.join(pack, "dist/policies/lib/fresh-build.js"))}) } catch (e) { process.stdout.write(e.message); process.exitCode = 3 }`,
            ],
            { encoding: "utf8" },
        );
        assert.strictEqual(r.stderr, "");
        assert.strictEqual(r.status, r.stdout === "" ? 0 : 3);
        return r.stdout;
    };
    const edit = (file: string) => fs.appendFileSync(path.join(root, file), "\n// edited after the build\n");

    it("lets a build run while every source is what it was built from", () => {
        assert.strictEqual(guard(), "");
    });

    it("refuses a build older than a rule's source, naming it and the command to run", () => {
        edit("policies/pack.ts");
        assert.strictEqual(
            guard(),
            "policy pack: the build in policies/dist is older than its sources (policies/pack.ts changed since); run `npm run build` in the repository (npm ci and npm test also build it), then retry",
        );
    });

    it("refuses a build older than a source outside policies/ that the pack loads", () => {
        assert.ok(outside.length > 0, "the pack no longer loads a source outside policies/; drop this test");
        edit(outside[0]);
        edit("policies/lib/values.ts");
        assert.strictEqual(
            guard().replace(/ changed since\).*/, ""),
            `policy pack: the build in policies/dist is older than its sources (${outside[0]}, policies/lib/values.ts`,
        );
    });

    it("refuses a build without its manifest (never completed, or the last build failed)", () => {
        fs.rmSync(path.join(pack, "dist", "build-manifest.json"));
        assert.match(
            guard(),
            /^policy pack: policies\/dist\/build-manifest\.json is missing or unreadable \(not built, or the last build failed\); run `npm run build`/,
        );
    });

    it("lets a pack shipped without its sources run (pulumi policy publish packs dist/ alone)", () => {
        for (const f of fs.readdirSync(pack)) if (f.endsWith(".ts")) fs.rmSync(path.join(pack, f));
        for (const rel of outside) fs.rmSync(path.join(root, rel));
        assert.strictEqual(guard(), "");
    });

    it("stops the pack under the policy runtime before it serves: one line on stderr, no port, a failing exit", async () => {
        edit("policies/security/account.ts");
        const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [pack] });
        const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:1", pack], { cwd: pack });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
        assert.notStrictEqual(code, 0);
        assert.strictEqual(stdout, "");
        assert.strictEqual(
            stderr.trim(),
            "error: [runtime] policy pack: the build in policies/dist is older than its sources (policies/security/account.ts changed since); run `npm run build` in the repository (npm ci and npm test also build it), then retry",
        );
    });
});
