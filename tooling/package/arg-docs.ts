/**
 * The components' arguments as their sources declare them, read with the TypeScript compiler's
 * parser (no type checker: it would parse the Azure SDK's declarations, which takes seconds): every
 * interface in `components/<component>/args.ts`, and every interface of the package those reach
 * by name (e.g. InPlaceRestore in components/shared/restore.ts), with each property's JSDoc.
 *
 * docs/components.md promises that every argument is documented, and the plugin's schema carries
 * these comments to Python, C#, Go, Java and YAML (provider/experimental/analyzer.js reads them as
 * descriptions); `argumentDocs` counts what is and what is not.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface ArgProperty {
    /** The interface that declares it. */
    owner: string;
    name: string;
    optional: boolean;
    /** The JSDoc text without its tags; "" when there is none. */
    doc: string;
    /** `@default` value text, when the property has the tag. */
    defaultTag?: string;
}

export interface ArgInterface {
    name: string;
    /** Path relative to the components directory, "/" separated. */
    file: string;
    /** Interfaces it extends, by name. */
    extends: string[];
    /** Its own properties (not inherited ones), in source order. */
    properties: ArgProperty[];
}

function sourceFiles(dir: string): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
            e.isDirectory()
                ? ["dist", "node_modules"].includes(e.name)
                    ? []
                    : sourceFiles(path.join(dir, e.name))
                : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")
                  ? [path.join(dir, e.name)]
                  : [],
        );
}

/** Names of this package's types a type node refers to (qualified names such as pulumi.Input are other packages'). */
function referencedNames(node: ts.Node): string[] {
    const names: string[] = [];
    const visit = (n: ts.Node) => {
        if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName)) names.push(n.typeName.text);
        ts.forEachChild(n, visit);
    };
    visit(node);
    return names;
}

function docOf(node: ts.Node): { doc: string; defaultTag?: string } {
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const doc = docs
        .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
        .join("\n")
        .trim();
    const tag = docs.flatMap((d) => d.tags ?? []).find((t) => t.tagName.text === "default");
    return tag ? { doc, defaultTag: (ts.getTextOfJSDocComment(tag.comment) ?? "").trim() } : { doc };
}

interface ParsedFile {
    rel: string;
    interfaces: Map<string, ts.InterfaceDeclaration>;
    /** Local name to the file (relative) and the name it is imported from. */
    imports: Map<string, { from: string; name: string }>;
}

function parseFile(componentsDir: string, file: string): ParsedFile {
    const rel = path.relative(componentsDir, file).split(path.sep).join("/");
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    const imports = new Map<string, { from: string; name: string }>();
    for (const s of sf.statements) {
        if (ts.isInterfaceDeclaration(s)) interfaces.set(s.name.text, s);
        if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith(".")) {
            const from = path.posix.normalize(path.posix.join(path.posix.dirname(rel), `${s.moduleSpecifier.text}.ts`));
            const named = s.importClause?.namedBindings;
            if (named && ts.isNamedImports(named)) for (const e of named.elements) imports.set(e.name.text, { from, name: (e.propertyName ?? e.name).text });
        }
    }
    return { rel, interfaces, imports };
}

/**
 * Every argument interface of the components in `componentsDir`, by name: those of each
 * `<component>/args.ts`, then the package's interfaces they reach (names resolved as the compiler
 * does: declared in the same file, or imported from another of the package's files). Throws when
 * two different argument interfaces have the same name (the plugin's schema names types by their
 * bare name, so one would hide the other).
 */
export function argumentInterfaces(componentsDir: string): Map<string, ArgInterface> {
    const files = new Map(
        sourceFiles(componentsDir)
            .map((f) => parseFile(componentsDir, f))
            .map((p) => [p.rel, p]),
    );
    /** The interface a name means in a file, if it is one of the package's. */
    const resolve = (file: ParsedFile, name: string): { file: ParsedFile; node: ts.InterfaceDeclaration } | undefined => {
        const local = file.interfaces.get(name);
        if (local) return { file, node: local };
        const imported = file.imports.get(name);
        const target = imported ? files.get(imported.from) : undefined;
        return imported && target ? resolve(target, imported.name) : undefined;
    };
    const result = new Map<string, ArgInterface>();
    const queue: { file: ParsedFile; node: ts.InterfaceDeclaration }[] = [];
    for (const f of [...files.values()].sort((a, b) => a.rel.localeCompare(b.rel))) {
        if (/^[^/]+\/args\.ts$/.test(f.rel)) for (const node of f.interfaces.values()) queue.push({ file: f, node });
    }
    while (queue.length > 0) {
        const { file, node } = queue.shift() as { file: ParsedFile; node: ts.InterfaceDeclaration };
        const name = node.name.text;
        const seen = result.get(name);
        if (seen) {
            if (seen.file !== file.rel) throw new Error(`argument interface ${name} is declared in both ${seen.file} and ${file.rel}`);
            continue;
        }
        const reach = (n: string) => {
            const found = resolve(file, n);
            if (found) queue.push(found);
        };
        const heritage = (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText()));
        const properties: ArgProperty[] = [];
        for (const m of node.members) {
            if (!ts.isPropertySignature(m) || !m.name) continue;
            properties.push({ owner: name, name: m.name.getText(), optional: m.questionToken !== undefined, ...docOf(m) });
            if (m.type) referencedNames(m.type).forEach(reach);
        }
        heritage.forEach(reach);
        result.set(name, { name, file: file.rel, extends: heritage, properties });
    }
    return result;
}

/** An interface's properties with the inherited ones, as a program (and the schema) sees them. */
export function allProperties(interfaces: Map<string, ArgInterface>, name: string): ArgProperty[] {
    const iface = interfaces.get(name);
    if (!iface) throw new Error(`no argument interface ${name}`);
    const own = new Set(iface.properties.map((p) => p.name));
    const inherited = iface.extends.flatMap((base) => allProperties(interfaces, base)).filter((p) => !own.has(p.name));
    return [...inherited, ...iface.properties];
}

export interface ArgumentDocs {
    /** Properties declared in the argument interfaces (each counted once, where it is declared). */
    total: number;
    documented: number;
    /** `<Interface>.<property>` of each property without JSDoc text. */
    undocumented: string[];
}

export function argumentDocs(interfaces: Map<string, ArgInterface>): ArgumentDocs {
    const props = [...interfaces.values()].flatMap((i) => i.properties);
    const undocumented = props.filter((p) => p.doc === "").map((p) => `${p.owner}.${p.name}`);
    return { total: props.length, documented: props.length - undocumented.length, undocumented };
}
