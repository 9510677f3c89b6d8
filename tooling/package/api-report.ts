/**
 * The package's public API as a committed, reviewable text (components/cosmos-platform.api.md),
 * in the spirit of api-extractor's report: every name the package entry (dist/index.d.ts) exports,
 * with its declaration as the shipped .d.ts has it, then every declaration those reach that the
 * entry does not export (a consumer sees its shape all the same). JSDoc is left out, so the report
 * changes when the API does, not when its prose does; sorted by name, so it changes where the API
 * does; and the orders the compiler leaves to chance are fixed (`normalise`), so it is the same
 * from a clean build and an incremental one.
 *
 * `npm run api:update` rewrites it after a build; test/package.test.ts fails while it differs from
 * the build's declarations. A diff in this file in review is an API change: a removed or narrowed
 * export, a new required argument, a changed type is a breaking change (CHANGELOG, version).
 *
 * Only the package's own .d.ts files are parsed (noResolve): names from other packages are printed
 * as written, which is all a report needs and keeps it well under a second.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { COMPONENTS_DIR, readManifest } from "./pack";
import { quietOnClosedPipe } from "../review/cli/common";

export const API_REPORT = path.join(COMPONENTS_DIR, "cosmos-platform.api.md");

function declarationFiles(dir: string): string[] {
    const out: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) out.push(...declarationFiles(p));
        else if (entry.name.endsWith(".d.ts")) out.push(p);
    }
    return out.sort();
}

/** The statement to print for a declaration: a variable's whole `declare const` statement. */
function statementOf(decl: ts.Declaration): ts.Node {
    if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent)) return decl.parent.parent;
    return decl;
}

function kindOf(node: ts.Node): string {
    if (ts.isClassDeclaration(node)) return "class";
    if (ts.isInterfaceDeclaration(node)) return "interface";
    if (ts.isTypeAliasDeclaration(node)) return "type";
    if (ts.isFunctionDeclaration(node)) return "function";
    if (ts.isEnumDeclaration(node)) return "enum";
    if (ts.isVariableStatement(node)) return "const";
    if (ts.isModuleDeclaration(node)) return "namespace";
    return ts.SyntaxKind[node.kind];
}

/**
 * The declaration with the orders the compiler does not keep stable put in a fixed order. Where
 * TypeScript writes a type it inferred (a zod schema's type, say), it lists object members and
 * union members in the order it happened to create their types, which differs between a clean and
 * an incremental build: so the members of object type literals are sorted by name, and the members
 * of unions by their text. Neither order means anything to the type.
 */
function normalise<T extends ts.Node>(node: T): T {
    const printer = ts.createPrinter({ removeComments: true });
    const text = (n: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, n, node.getSourceFile());
    const nameOf = (m: ts.TypeElement) =>
        m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNumericLiteral(m.name)) ? m.name.text : undefined;
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const visit = (context: ts.TransformationContext) => {
        const visitor = (n: ts.Node): ts.Node => {
            const v = ts.visitEachChild(n, visitor, context);
            if (ts.isTypeLiteralNode(v) && v.members.every((m) => nameOf(m) !== undefined)) {
                const members = [...v.members].sort((a, b) => byText(nameOf(a) as string, nameOf(b) as string));
                return ts.factory.updateTypeLiteralNode(v, ts.factory.createNodeArray(members));
            }
            if (ts.isUnionTypeNode(v)) {
                const types = [...v.types]
                    .map((t) => ({ t, key: text(t) }))
                    .sort((a, b) => byText(a.key, b.key))
                    .map(({ t }) => t);
                return ts.factory.updateUnionTypeNode(v, ts.factory.createNodeArray(types));
            }
            return v;
        };
        return (root: ts.Node) => ts.visitNode(root, visitor);
    };
    const result = ts.transform(node, [visit]);
    const out = result.transformed[0] as T;
    result.dispose();
    return out;
}

/**
 * The report for the package whose compiled declarations are in `distDir` (entry: index.d.ts).
 * Throws when there is no entry to read.
 */
export function apiReport(distDir: string, packageName = readManifest(COMPONENTS_DIR).name): string {
    const entryFile = path.join(distDir, "index.d.ts");
    if (!fs.existsSync(entryFile)) throw new Error(`${entryFile} does not exist: build first (npm run build)`);
    const program = ts.createProgram({
        rootNames: declarationFiles(distDir),
        options: {
            noResolve: true,
            noLib: true,
            types: [],
            module: ts.ModuleKind.Node16,
            moduleResolution: ts.ModuleResolutionKind.Node16,
            skipLibCheck: true,
        },
    });
    const checker = program.getTypeChecker();
    const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
    const ownFile = (sf: ts.SourceFile) => path.resolve(sf.fileName).startsWith(path.resolve(distDir) + path.sep);
    const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

    const entry = program.getSourceFile(entryFile);
    const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
    if (!moduleSymbol) throw new Error(`${entryFile} is not a module`);

    const exported = new Map<ts.Symbol, string>();
    for (const s of checker.getExportsOfModule(moduleSymbol)) exported.set(resolve(s), s.name);

    const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, normalise(node), node.getSourceFile());
    /** Symbols of this package a node's types name (type references, heritage, typeof, import types). */
    const reached = (node: ts.Node): ts.Symbol[] => {
        const found: ts.Symbol[] = [];
        const visit = (n: ts.Node) => {
            let name: ts.Node | undefined;
            if (ts.isTypeReferenceNode(n)) name = n.typeName;
            else if (ts.isExpressionWithTypeArguments(n)) name = n.expression;
            else if (ts.isTypeQueryNode(n)) name = n.exprName;
            else if (ts.isImportTypeNode(n)) name = n.qualifier;
            if (name) {
                const s = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name);
                const target = s && resolve(s);
                if (target?.declarations?.some((d) => ownFile(d.getSourceFile()))) found.push(target);
            }
            ts.forEachChild(n, visit);
        };
        visit(node);
        return found;
    };

    const section = (symbols: [string, ts.Symbol][]) =>
        symbols
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([name, s]) => {
                const nodes = (s.declarations ?? []).filter((d) => ownFile(d.getSourceFile())).map(statementOf);
                return `// ${name} (${[...new Set(nodes.map(kindOf))].join(", ")})\n${nodes.map(print).join("\n")}`;
            })
            .join("\n\n");

    // What the exports reach and the entry does not export, followed to the end.
    const internal = new Map<ts.Symbol, string>();
    const queue = [...exported.keys()];
    while (queue.length > 0) {
        const s = queue.shift() as ts.Symbol;
        for (const d of s.declarations ?? []) {
            for (const r of reached(statementOf(d))) {
                if (exported.has(r) || internal.has(r)) continue;
                internal.set(r, r.name);
                queue.push(r);
            }
        }
    }

    const byName = (m: Map<ts.Symbol, string>) => [...m].map(([s, n]): [string, ts.Symbol] => [n, s]);
    return [
        `# ${packageName}: public API`,
        "",
        "Generated by `npm run api:update` from the package's declarations (tooling/package/api-report.ts);",
        "do not edit. A change here is a change to what programs using the package compile against.",
        "",
        "## Exported from the package entry",
        "",
        "```ts",
        section(byName(exported)),
        "```",
        "",
        "## Reached from the exports, not exported",
        "",
        "```ts",
        internal.size > 0 ? section(byName(internal)) : "// none",
        "```",
        "",
    ].join("\n");
}

/** `npm run api:update`: `--write` rewrites the committed report; without it, prints the report. */
export function main(argv: string[]): number {
    const unknown = argv.filter((a) => a !== "--write");
    if (unknown.length > 0) {
        process.stderr.write(`api-report: unknown argument ${JSON.stringify(unknown[0])}; accepted: --write\n`);
        return 2;
    }
    let report: string;
    try {
        report = apiReport(path.join(COMPONENTS_DIR, "dist"));
    } catch (e) {
        process.stderr.write(`api-report: ${(e as Error).message}\n`);
        return 1;
    }
    if (!argv.includes("--write")) {
        process.stdout.write(report);
        return 0;
    }
    const before = fs.existsSync(API_REPORT) ? fs.readFileSync(API_REPORT, "utf8") : "";
    fs.writeFileSync(`${API_REPORT}.tmp`, report);
    fs.renameSync(`${API_REPORT}.tmp`, API_REPORT);
    process.stdout.write(`${path.relative(process.cwd(), API_REPORT)}: ${before === report ? "unchanged" : "updated"}\n`);
    return 0;
}

if (require.main === module) {
    quietOnClosedPipe(process.stdout);
    process.exitCode = main(process.argv.slice(2));
}
