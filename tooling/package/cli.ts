/**
 * `npm run package`: builds the components package on its own (components/tsconfig.json, a clean
 * dist/), packs it with `npm pack` into dist/package/, checks the tarball (tooling/package/pack.ts,
 * `packageProblems`) and prints the tarball's path as the last line of stdout, so a script can
 * take it with `tail -n 1`. A tarball that breaks a rule is removed and the command exits 1.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { quietOnClosedPipe } from "../review/cli/common";
import { COMPONENTS_DIR, packageProblems, packDirectory, PACKAGE_OUT_DIR, readManifest } from "./pack";

/** The package's own build into a fresh dist/, swapped in only when it succeeds. */
export function buildComponents(): void {
    const dist = path.join(COMPONENTS_DIR, "dist");
    const staging = `${dist}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(COMPONENTS_DIR, "tsconfig.json"), "--outDir", staging], {
        cwd: COMPONENTS_DIR,
        stdio: ["ignore", "inherit", "inherit"],
    });
    if (tsc.status !== 0) {
        fs.rmSync(staging, { recursive: true, force: true });
        throw new Error(`tsc -p components/tsconfig.json failed (exit ${tsc.status ?? tsc.signal})`);
    }
    fs.rmSync(dist, { recursive: true, force: true });
    fs.renameSync(staging, dist);
}

export async function main(argv: string[] = []): Promise<number> {
    // Takes no flags: a mistyped one is refused, not ignored.
    if (argv.length > 0) {
        process.stderr.write(`package: unknown argument ${JSON.stringify(argv[0])}; npm run package takes none\n`);
        return 2;
    }
    try {
        buildComponents();
        const pack = await packDirectory(COMPONENTS_DIR, PACKAGE_OUT_DIR);
        const problems = packageProblems(pack, readManifest(COMPONENTS_DIR));
        if (problems.length > 0) {
            fs.rmSync(pack.tarball, { force: true });
            process.stderr.write(`package: ${pack.name}@${pack.version} is not fit to ship:\n${problems.map((p) => `  - ${p}\n`).join("")}`);
            return 1;
        }
        const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
        process.stdout.write(`${pack.name}@${pack.version}: ${pack.files.length} files, ${kb(pack.unpackedSize)} unpacked, ${kb(pack.size)} packed\n`);
        process.stdout.write(`${pack.tarball}\n`);
        return 0;
    } catch (e) {
        process.stderr.write(`package: ${(e as Error).message}\n`);
        return 1;
    }
}

if (require.main === module) {
    quietOnClosedPipe(process.stdout);
    void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
