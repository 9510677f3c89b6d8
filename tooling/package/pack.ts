/**
 * The installable package: components/ packed by `npm pack` (its package.json `files` decides what
 * goes in), the rules the tarball must meet, and an offline install of a tarball into a project's
 * node_modules the way npm lays one out, for tests and checks that must use the package as a
 * consumer gets it rather than as the repository has it.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const COMPONENTS_DIR = path.join(ROOT, "components");
/** Where `npm run package` writes the tarball (git-ignored, like all of dist/). */
export const PACKAGE_OUT_DIR = path.join(ROOT, "dist", "package");
/** The ceiling on the unpacked package (issue 18, "The package"). */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024;

export interface PackedFile {
    path: string;
    size: number;
}

export interface PackResult {
    name: string;
    version: string;
    /** Absolute path of the .tgz. */
    tarball: string;
    /** Compressed size, bytes. */
    size: number;
    unpackedSize: number;
    files: PackedFile[];
}

export interface Manifest {
    name: string;
    version: string;
    private?: boolean;
    main?: string;
    types?: string;
    exports?: unknown;
    files?: string[];
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
}

export function readManifest(dir: string): Manifest {
    return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * `npm pack <dir>` into `destDir`, as `npm publish` would pack it. The directory is packed as it
 * is: build it first. Rejects with npm's own message when npm refuses.
 */
export async function packDirectory(dir: string, destDir: string): Promise<PackResult> {
    fs.mkdirSync(destDir, { recursive: true });
    // --ignore-scripts: the package has no pack-time scripts, and a tarball must not depend on any.
    const child = spawn(NPM, ["pack", dir, "--pack-destination", destDir, "--json", "--ignore-scripts", "--loglevel=error"], {
        cwd: destDir,
        shell: process.platform === "win32",
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve, reject) => {
        child.once("error", reject);
        child.once("close", resolve);
    });
    if (status !== 0) throw new Error(`npm pack ${dir} failed (exit ${status}): ${(stderr || stdout).trim()}`);
    const [packed] = JSON.parse(stdout) as { name: string; version: string; filename: string; size: number; unpackedSize: number; files: PackedFile[] }[];
    if (!packed) throw new Error(`npm pack ${dir} printed no result`);
    return {
        name: packed.name,
        version: packed.version,
        tarball: path.join(destDir, path.basename(packed.filename)),
        size: packed.size,
        unpackedSize: packed.unpackedSize,
        files: packed.files.map((f) => ({ path: f.path, size: f.size })).sort((a, b) => a.path.localeCompare(b.path)),
    };
}

/** What a consumer gets and never needs: tests, fixtures, CI, stacks, build state. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
    { pattern: /(^|\/)(test|tests|__tests__|fixtures?)\//, what: "a test or fixture directory" },
    { pattern: /\.(test|spec)\.[cm]?[jt]s$/, what: "a test file" },
    { pattern: /(^|\/)\.github\/|(^|\/)\.ci\//, what: "a CI workflow" },
    { pattern: /(^|\/)Pulumi(\.[^/]+)?\.ya?ml$/, what: "a Pulumi project or stack file" },
    { pattern: /\.tsbuildinfo$/, what: "incremental build state" },
    { pattern: /(^|\/)node_modules\//, what: "an installed dependency" },
    { pattern: /(^|\/)\.[^/]+$/, what: "a dotfile" },
];

/** Files the package cannot work or be judged without. */
const REQUIRED = ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "PulumiPlugin.yaml", "tsconfig.json", "index.ts"];

/**
 * Every way a packed file list breaks the package's promises (issue 18, "The package"): too big,
 * something a consumer must not get, a compiled module without its declarations, a source the
 * plugin's schema analyzer reads without the compiled module that runs, or a required file missing.
 * Empty when the package is fit to ship.
 */
export function packageProblems(pack: Pick<PackResult, "unpackedSize" | "files">, manifest: Manifest): string[] {
    const problems: string[] = [];
    const paths = new Set(pack.files.map((f) => f.path));
    if (pack.unpackedSize > MAX_UNPACKED_BYTES) problems.push(`unpacked size ${pack.unpackedSize} bytes is over the ${MAX_UNPACKED_BYTES}-byte ceiling`);
    for (const file of paths) {
        const forbidden = FORBIDDEN.find((f) => f.pattern.test(file));
        if (forbidden) problems.push(`${file}: ${forbidden.what} does not belong in the package`);
    }
    for (const file of paths) {
        if (file.endsWith(".js") && !paths.has(file.replace(/\.js$/, ".d.ts"))) problems.push(`${file} has no ${file.replace(/\.js$/, ".d.ts")}`);
        // The plugin reads the sources (the analyzer) and runs dist/ (main): every source needs its module.
        if (file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.startsWith("dist/")) {
            const compiled = `dist/${file.replace(/\.ts$/, ".js")}`;
            if (!paths.has(compiled)) problems.push(`${file} has no ${compiled}`);
        }
    }
    for (const file of [...REQUIRED, manifest.main, manifest.types]) {
        if (file !== undefined && !paths.has(file)) problems.push(`${file} is missing`);
    }
    if (manifest.private) problems.push("package.json is private: npm would refuse to publish it");
    for (const [hook, script] of Object.entries(manifest.scripts ?? {})) {
        // An install (of the tarball, or by `pulumi package add` in the unpacked directory) must not build.
        if (/^(pre|post)?(install|prepare|prepack|postpack)$/.test(hook)) problems.push(`scripts.${hook} (${script}) would run on install or pack`);
    }
    return problems;
}

/**
 * Installs a tarball into `<projectDir>/node_modules/<name>` as npm would (the tarball's `package/`
 * directory, unpacked), and links each package it depends on (dependencies and peerDependencies)
 * plus `alsoLink` from this repository's node_modules, already installed there. Only what the
 * package declares is reachable from it, so a missing declaration fails whoever uses the result.
 * Offline on purpose; `npm run package:check` does the real install from the registry.
 */
export function installTarball(tarball: string, projectDir: string, alsoLink: string[] = []): string {
    const nodeModules = path.join(projectDir, "node_modules");
    const staging = fs.mkdtempSync(path.join(projectDir, ".unpack-"));
    const tar = spawnSync("tar", ["-xzf", tarball, "-C", staging], { encoding: "utf8" });
    if (tar.status !== 0) throw new Error(`tar -xzf ${tarball} failed: ${tar.stderr.trim()}`);
    const unpacked = path.join(staging, "package");
    const manifest = readManifest(unpacked);
    const target = path.join(nodeModules, manifest.name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(unpacked, target);
    fs.rmSync(staging, { recursive: true, force: true });
    for (const dep of new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...alsoLink])) {
        const link = path.join(nodeModules, dep);
        if (fs.existsSync(link)) continue;
        const installed = path.join(ROOT, "node_modules", dep);
        if (!fs.existsSync(installed)) throw new Error(`${dep} is not installed in this repository's node_modules; run npm ci`);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(installed, link, "junction");
    }
    return target;
}
