/**
 * The components package as `npm pack` makes it from the build `npm test` just ran (the root build
 * copies its compiled components into components/dist, tooling/build/build.js), packed once per
 * test run and shared by every test that needs the tarball; removed when the run ends.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMPONENTS_DIR, installTarball, PackResult, packDirectory, ROOT } from "../../tooling/package/pack";

let packed: Promise<PackResult> | undefined;

export function packedComponents(): Promise<PackResult> {
    if (!packed) {
        if (!fs.existsSync(path.join(COMPONENTS_DIR, "dist", "index.js")))
            return Promise.reject(new Error("components/dist is not built: run npm run build (npm test does)"));
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-pack-"));
        process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
        packed = packDirectory(COMPONENTS_DIR, dir);
    }
    return packed;
}

/** A fresh project directory (removed at exit) with the packed components installed in its node_modules. */
export async function projectWithPackage(alsoLink: string[] = []): Promise<{ projectDir: string; packageDir: string }> {
    const { tarball } = await packedComponents();
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-consumer-"));
    process.once("exit", () => fs.rmSync(projectDir, { recursive: true, force: true }));
    return { projectDir, packageDir: installTarball(tarball, projectDir, alsoLink) };
}

/**
 * tooling/package/consumer.ts's type-check of `files` in a child process, so it can run beside
 * other tests; resolves to its problems.
 */
export function typeCheckInChild(projectDir: string, packageName: string, files: string[]): Promise<string[]> {
    const child = spawn(
        process.execPath,
        ["-r", path.join(ROOT, "tooling", "build", "register.js"), path.join(ROOT, "tooling", "package", "consumer.ts"), projectDir, packageName, ...files],
        {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "pipe"],
        },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (code) =>
            code === 0 ? resolve(JSON.parse(stdout) as string[]) : reject(new Error(`type-check exited ${code}: ${stderr.trim()}`)),
        );
    });
}
