// @ts-check
/**
 * `node -r ./tooling/build/register.js <file>.ts`: how the review and ops commands and the benchmark run
 * the project's TypeScript. Each .ts module of this repository runs from its compiled copy in
 * dist/ (npm run build) when its source still has the hash recorded when that build started
 * (dist/build-manifest.json); any other .ts file, edited or new since, is transpiled in memory by
 * ts-node as tsconfig.json configures it (transpile only, swc). So a command is never stale, and
 * after a build it loads no compiler at all.
 *
 * A module keeps its source identity either way (its filename and __dirname are the .ts file's),
 * so paths relative to a module and `require` of sibling modules behave as under ts-node.
 *
 * It is also how mocha loads the tests (.mocharc.json: `npm test` builds first, so the suites and
 * everything they import run compiled, which loads in about two thirds of the time swc takes), and
 * how `pulumi preview`/`up` load the program (Pulumi.yaml `runtime.options.nodeargs`).
 * There the SDK's launcher has installed source-map-support, which looks for a module's source
 * map from the file on disk (the .ts, which names none): so compiled copies are mapped through a
 * handler given to that same source-map-support, and stack traces and the resources' source
 * positions name the .ts lines, as under ts-node.
 *
 * Plain JavaScript on purpose: it is what makes TypeScript loadable.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "dist");
const MANIFEST = path.join(OUT_DIR, "build-manifest.json");

/** @returns {Record<string, string>} source path (relative, "/") to SHA-256 at build time */
function readManifest() {
    try {
        return JSON.parse(fs.readFileSync(MANIFEST, "utf8")).sources ?? {};
    } catch {
        return {}; // no build yet, or a failed one: everything from source
    }
}

/** @type {Record<string, string> | undefined} */
let built;
/** @type {import("ts-node").Service | undefined} */
let service;

/** The compiled copy of a source file, if the build made it from exactly this text. */
function compiledCopy(filename, source) {
    const rel = path.relative(ROOT, filename);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
    const key = rel.split(path.sep).join("/");
    built ??= readManifest();
    if (built[key] === undefined || built[key] !== crypto.createHash("sha256").update(source).digest("hex")) return undefined;
    try {
        return fs.readFileSync(path.join(OUT_DIR, key.replace(/\.ts$/, ".js")), "utf8");
    } catch {
        return undefined;
    }
}

function transpile(filename, source) {
    // Loaded only when needed: ts-node (and TypeScript, and swc) cost more than all of dist/.
    service ??= require("ts-node").create({ project: path.join(ROOT, "tsconfig.json"), transpileOnly: true });
    return service.compile(source, filename);
}

/** @type {Map<string, string>} source file (absolute) to its compiled copy's source map, for the modules run from dist/ */
const sourceMaps = new Map();
let sourceMapsHooked = false;

/**
 * Gives source-map-support, when the process has loaded it (the Pulumi SDK's launcher does), the
 * compiled copies' maps; `url` is the map's own path, which its relative `sources` resolve from.
 */
function hookSourceMaps() {
    sourceMapsHooked = true;
    let supportPath;
    try {
        supportPath = require.resolve("source-map-support", {
            paths: [path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [process.cwd(), ROOT] }))],
        });
    } catch {
        return;
    }
    const support = require.cache[supportPath]?.exports;
    if (!support || typeof support.install !== "function") return; // not loaded: nobody maps stack traces
    support.install({
        handleUncaughtExceptions: false,
        /** @param {string} source */
        retrieveSourceMap(source) {
            const file = sourceMaps.get(source);
            if (file === undefined) return null;
            try {
                return { url: file, map: fs.readFileSync(file, "utf8") };
            } catch {
                return null;
            }
        },
    });
}

/** @param {NodeJS.Module & { _compile(code: string, filename: string): void }} module @param {string} filename */
function loadTypeScript(module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    const compiled = compiledCopy(filename, source);
    if (compiled !== undefined) {
        if (!sourceMapsHooked) hookSourceMaps();
        sourceMaps.set(filename, path.join(OUT_DIR, path.relative(ROOT, filename)).replace(/\.ts$/, ".js.map"));
    }
    module._compile(compiled ?? transpile(filename, source), filename);
}

// `require.extensions` is deprecated for new loaders but is what ts-node itself uses for CommonJS.
require.extensions[".ts"] = /** @type {any} (Node's typings lack _compile) */ (loadTypeScript);
