/**
 * The components package as `npm pack` makes it from the build `npm test` just ran (the root build
 * copies its compiled components into components/dist, tooling/build/build.js), packed once per
 * test run and shared by every test that needs the tarball; removed when the run ends.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMPONENTS_DIR, installTarball, PackResult, packDirectory } from "../../tooling/package/pack";

let packed: PackResult | undefined;
let dir: string | undefined;

export function packedComponents(): PackResult {
    if (packed) return packed;
    if (!fs.existsSync(path.join(COMPONENTS_DIR, "dist", "index.js"))) throw new Error("components/dist is not built: run npm run build (npm test does)");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-pack-"));
    process.once("exit", () => fs.rmSync(dir as string, { recursive: true, force: true }));
    packed = packDirectory(COMPONENTS_DIR, dir);
    return packed;
}

/** A fresh project directory (removed at exit) with the packed components installed in its node_modules. */
export function projectWithPackage(alsoLink: string[] = []): { projectDir: string; packageDir: string } {
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-consumer-"));
    process.once("exit", () => fs.rmSync(projectDir, { recursive: true, force: true }));
    return { projectDir, packageDir: installTarball(packedComponents().tarball, projectDir, alsoLink) };
}
