/**
 * Refuses to serve a build of the pack older than its sources. The Pulumi CLI runs the pack's
 * compiled JavaScript (package.json `main`: dist/policies/index.js, made by `npm run build`, which
 * `npm ci` and `npm test` run), so a rule edited without a build would otherwise still judge by
 * its old text. The build records the SHA-256 of every source it shipped into the pack
 * (dist/build-manifest.json, written by tooling/build/build.js); this module, the entry point's
 * first import, compares them with the sources beside the pack and stops on any difference,
 * before any rule is loaded.
 *
 * Loaded from a .ts file (ts-node, tooling/build/register.js, mocha), the pack runs from its
 * sources: nothing to check. A source absent from disk is not stale: a pack shipped without its
 * sources (`pulumi policy publish` packs policies/ alone) has nothing to be older than.
 *
 * Node built-ins only: it runs before @pulumi/policy is loaded.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const PACK_MANIFEST = "build-manifest.json";
const REBUILD = "run `npm run build` in the repository (npm ci and npm test also build it), then retry";

/** The nearest directory at or above `dir` with a package.json: the pack's own directory. */
export function packDirOf(dir: string): string {
    for (let d = dir; ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, "package.json"))) return d;
        if (path.dirname(d) === d) throw new Error(`policy pack: no package.json above ${dir}`);
    }
}

/**
 * Why the build in `<packDir>/dist` must not run, or undefined when it is current: no manifest
 * (never built, or the last build failed), or sources changed since the build (named relative
 * to the pack's parent directory, e.g. policies/pack.ts, components/shared/regions.ts).
 */
export function buildProblem(packDir: string): string | undefined {
    const manifestFile = path.join(packDir, "dist", PACK_MANIFEST);
    let sources: Record<string, string>;
    try {
        sources = (JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { sources: Record<string, string> }).sources;
        if (sources === null || typeof sources !== "object") throw new Error("no sources");
    } catch {
        return `policy pack: ${path.relative(path.dirname(packDir), manifestFile)} is missing or unreadable (not built, or the last build failed); ${REBUILD}`;
    }
    const changed: string[] = [];
    for (const [rel, sha256] of Object.entries(sources)) {
        const file = path.resolve(packDir, rel);
        let text: Buffer;
        try {
            text = fs.readFileSync(file);
        } catch {
            continue; // shipped without its sources
        }
        if (createHash("sha256").update(text).digest("hex") !== sha256) changed.push(path.relative(path.dirname(packDir), file).split(path.sep).join("/"));
    }
    if (changed.length === 0) return undefined;
    const shown = changed.length > 3 ? `${changed.slice(0, 3).join(", ")} and ${changed.length - 3} more` : changed.join(", ");
    return `policy pack: the build in ${path.basename(packDir)}/dist is older than its sources (${shown} changed since); ${REBUILD}`;
}

if (path.extname(__filename) === ".js") {
    const problem = buildProblem(packDirOf(__dirname));
    if (problem !== undefined) {
        // A RunError: the policy runtime (and the Pulumi CLI) print its message alone, without a stack.
        // Loaded only here, on the way out: @pulumi/pulumi is the slow part of starting the pack.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { RunError } = require("@pulumi/pulumi/errors") as typeof import("@pulumi/pulumi/errors");
        throw new RunError(problem);
    }
}
