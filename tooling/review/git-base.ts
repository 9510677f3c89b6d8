/**
 * The base side of a review: the project as it is at a git ref (e.g. the pull request's target
 * branch), extracted to a temporary directory that shares this checkout's node_modules.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UsageError } from "./cli/common";

function git(projectDir: string, args: string[]): string {
    const r = spawnSync("git", ["-C", projectDir, ...args], { encoding: "utf8" });
    if (r.status !== 0) throw new UsageError(`git ${args.join(" ")} failed: ${(r.stderr || r.stdout || "").trim()}`);
    return r.stdout.trim();
}

/** Extracts `ref` of the project into a new temporary directory and returns its path. */
export function checkoutRef(projectDir: string, ref: string): string {
    const commit = spawnSync("git", ["-C", projectDir, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { encoding: "utf8" });
    if (commit.status !== 0) throw new UsageError(`'${ref}' is not a commit in ${projectDir} (fetch it first, e.g. git fetch origin main)`);
    const prefix = git(projectDir, ["rev-parse", "--show-prefix"]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-base-"));
    const archive = spawnSync("git", ["-C", projectDir, "archive", "--format=tar", `${commit.stdout.trim()}:${prefix}`], { maxBuffer: 512 * 1024 * 1024 });
    if (archive.status !== 0) throw new UsageError(`git archive of ${ref} failed: ${archive.stderr.toString().trim()}`);
    const tar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
    if (tar.status !== 0) throw new UsageError(`cannot unpack ${ref}: ${tar.stderr.toString().trim()}`);
    fs.symlinkSync(path.join(path.resolve(projectDir), "node_modules"), path.join(dir, "node_modules"));
    return dir;
}

/** Whether the tree at `dir` has a stack settings file for `stack` (a new stack has no base). */
export function hasStack(dir: string, stack: string): boolean {
    return fs.existsSync(path.join(dir, `Pulumi.${stack}.yaml`));
}
