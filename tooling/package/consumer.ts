/**
 * A program that uses the installed package, type-checked as its author's compiler would check it:
 * under `moduleResolution` node16 (with `module` node16) and under bundler (with `module` esnext),
 * the two resolutions a TypeScript Pulumi program uses today (issue 18, "The package"). Shared by
 * test/examples.test.ts (offline, against a tarball installed by `installTarball`) and
 * `npm run package:check` (against a real `npm install` from the registry).
 *
 * The consumer's usual `skipLibCheck` hides a declaration file that imports a module the install
 * does not have (its types silently become `any`), so every import in the package's own
 * declarations is also resolved, under each resolution, and reported when it does not resolve.
 */
import * as path from "path";
import * as ts from "typescript";

export type Resolution = "node16" | "bundler";

export const RESOLUTIONS: Record<Resolution, ts.CompilerOptions> = {
    node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
    bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
};

const BASE: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
};

/**
 * Error messages for `files` (absolute paths in `projectDir`, whose node_modules holds the package
 * `packageName`) under each resolution: the compiler's diagnostics, then each import of the
 * package's declarations that does not resolve. Empty when it all checks. Parsed source files are
 * shared between the two programs: the Azure SDK's declarations are large.
 */
export function typeCheckConsumer(projectDir: string, files: string[], packageName: string, resolutions: Resolution[] = ["node16", "bundler"]): string[] {
    const cache = new Map<string, ts.SourceFile>();
    const problems: string[] = [];
    for (const resolution of resolutions) {
        const options: ts.CompilerOptions = { ...BASE, ...RESOLUTIONS[resolution], typeRoots: [path.join(projectDir, "node_modules", "@types")] };
        const host = ts.createCompilerHost(options);
        const getSourceFile = host.getSourceFile.bind(host);
        host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
            const key = `${fileName}\0${typeof languageVersion === "object" ? JSON.stringify(languageVersion) : languageVersion}`;
            let sf = cache.get(key);
            if (!sf) {
                sf = getSourceFile(fileName, languageVersion, onError, shouldCreate);
                if (sf) cache.set(key, sf);
            }
            return sf;
        };
        const program = ts.createProgram({ rootNames: files, options, host });
        for (const d of ts.getPreEmitDiagnostics(program)) {
            const where = d.file ? `${path.relative(projectDir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : "";
            problems.push(`[${resolution}] ${where}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
        }
        // The compiler names files with "/" on every platform.
        const packageDir = `${path.join(projectDir, "node_modules", packageName).split(path.sep).join("/")}/`;
        for (const sf of program.getSourceFiles()) {
            if (!sf.isDeclarationFile || !sf.fileName.startsWith(packageDir)) continue;
            for (const statement of sf.statements) {
                if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
                const specifier = statement.moduleSpecifier;
                if (!specifier || !ts.isStringLiteral(specifier)) continue;
                const mode = program.getModeForUsageLocation(sf, specifier);
                const resolved = ts.resolveModuleName(specifier.text, sf.fileName, options, host, undefined, undefined, mode).resolvedModule;
                if (!resolved) problems.push(`[${resolution}] ${path.relative(projectDir, sf.fileName)}: cannot resolve "${specifier.text}"`);
            }
        }
    }
    return problems;
}

/**
 * `node -r ./tooling/build/register.js tooling/package/consumer.ts <project dir> <package> <file>...`:
 * the check in a process of its own (the test suite runs it beside other tests); prints the
 * problems as a JSON array.
 */
if (require.main === module) {
    const [projectDir, packageName, ...files] = process.argv.slice(2);
    if (!projectDir || !packageName || files.length === 0) {
        process.stderr.write("consumer: usage: consumer.ts <project dir> <package name> <file>...\n");
        process.exitCode = 2;
    } else {
        process.stdout.write(JSON.stringify(typeCheckConsumer(projectDir, files, packageName)));
    }
}
