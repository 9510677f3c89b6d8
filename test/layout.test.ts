/**
 * Which part of the repository may import which: the product (index.ts, stack/, components/,
 * policies/) never imports the tooling or the tests; the tooling never imports the tests; the
 * tooling's shared model (tooling/model/) imports no other part of the tooling; the policy pack
 * loads nothing but itself and the components' dependency-free helpers, so it ships on its own.
 * Tests may import anything. Every relative `import`, `export ... from`, `require()` and
 * `import()` of every .ts file counts, type-only imports included.
 */
import * as assert from "assert";
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { PROJECT_DIR } from "./helpers/config";

const SKIP = new Set(["node_modules", "dist", ".git"]);

function tsFiles(dir: string, extensions = [".ts"]): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        if (SKIP.has(e.name)) return [];
        const full = path.join(dir, e.name);
        return e.isDirectory() ? tsFiles(full, extensions) : extensions.some((x) => e.name.endsWith(x)) && !e.name.endsWith(".d.ts") ? [full] : [];
    });
}

const rel = (file: string): string => path.relative(PROJECT_DIR, file).split(path.sep).join("/");

/** The module specifiers a file imports, relative ones resolved to repository paths. */
export function importsOf(file: string, text = fs.readFileSync(file, "utf8")): { specifier: string; target?: string }[] {
    const specifiers = [...text.matchAll(/(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)"([^"]+)"/gm)].map((m) => m[1]);
    return specifiers.map((specifier) => (specifier.startsWith(".") ? { specifier, target: rel(path.resolve(path.dirname(file), specifier)) } : { specifier }));
}

/** The top-level part of the repository a path is in: `tooling/model` and the other tooling parts, else its first segment. */
function partOf(target: string): string {
    const [first, second] = target.split("/");
    return first === "tooling" && second !== undefined ? `tooling/${second}` : first.replace(/\.ts$/, "");
}

/** What each part of the repository must not import. */
const FORBIDDEN: Record<string, (part: string) => boolean> = {
    components: (p) => p !== "components",
    stack: (p) => p.startsWith("tooling") || p === "test" || p === "policies" || p === "index",
    policies: (p) => p.startsWith("tooling") || p === "test" || p === "stack" || p === "index",
    index: (p) => p.startsWith("tooling") || p === "test" || p === "policies",
    "tooling/model": (p) => p.startsWith("tooling/") && p !== "tooling/model",
    tooling: (p) => p === "test",
};

/**
 * Known exceptions, each with its reason: none today. (The query grammar, parser and the checks the
 * stack layer applies to declared and computed-property queries live in stack/queries/; the
 * tooling's analysis in tooling/queries/ builds on them, in the allowed direction.)
 */
const EXCEPTIONS = new Set<string>([]);

/** `<file> -> <target>` for each forbidden import; `read` gives a file's text. */
function violations(files: readonly string[], read: (file: string) => string = (f) => fs.readFileSync(f, "utf8")): string[] {
    const out: string[] = [];
    for (const file of files) {
        const from = rel(file);
        const own = partOf(from);
        const rules = [FORBIDDEN[own], own.startsWith("tooling/") ? FORBIDDEN.tooling : undefined].filter((r) => r !== undefined);
        for (const { target } of importsOf(file, read(file))) {
            if (target !== undefined && rules.some((rule) => rule(partOf(target)))) out.push(`${from} -> ${target}`);
        }
    }
    return out;
}

describe("layout: dependencies point one way", () => {
    const files = tsFiles(PROJECT_DIR);

    it("reads the imports of every TypeScript file, type-only and require() included", () => {
        const sample =
            'import type { A } from "../a";\nimport "./side";\nexport { B } from "./b";\nconst c = require("../../c");\nconst d = import("./d");\nimport * as fs from "fs";\n';
        const found = importsOf(path.join(PROJECT_DIR, "tooling", "x", "y.ts"), sample).map((i) => i.target ?? i.specifier);
        assert.deepStrictEqual(found.sort(), ["c", "fs", "tooling/a", "tooling/x/b", "tooling/x/d", "tooling/x/side"].sort());
        assert.ok(
            files.length > 200 && files.some((f) => rel(f) === "index.ts") && files.some((f) => rel(f).startsWith("tooling/model/")),
            "the scan covers the whole tree",
        );
    });

    it("keeps the product (components, stack, policies, index.ts) off the tooling and the tests, the tooling off the tests, and the model off the rest of the tooling", () => {
        const found = violations(files).filter((v) => !EXCEPTIONS.has(v));
        assert.deepStrictEqual(found, []);
    });

    it("lists only exceptions that still exist", () => {
        const found = new Set(violations(files));
        assert.deepStrictEqual(
            [...EXCEPTIONS].filter((e) => !found.has(e)),
            [],
            "remove an exception once the import is gone",
        );
    });

    it("catches an import that breaks the direction, and allows one that follows it", () => {
        const probes: Record<string, string> = {
            "tooling/bench/probe.ts": 'import { PROJECT_DIR } from "../../test/helpers/config";',
            "components/probe.ts": 'import type { TYPES } from "../tooling/model/types";',
            "policies/lib/probe.ts": 'const model = require("../../tooling/model/json");',
            "stack/probe.ts": 'export { policies } from "../policies/pack";',
            "tooling/model/probe.ts": 'import { synthesize } from "../review/synth";',
            "policies/probe.ts": 'import { LIMITS } from "../components/shared/limits";',
            "tooling/review/probe.ts": 'import { TYPES } from "../model/types";\nimport { LIMITS } from "../../components/shared/limits";',
            "test/probe.ts": 'import { bareProgram } from "../tooling/bench/bare";',
        };
        const found = violations(
            Object.keys(probes).map((f) => path.join(PROJECT_DIR, f)),
            (f) => probes[rel(f)],
        );
        assert.deepStrictEqual(found, [
            "tooling/bench/probe.ts -> test/helpers/config",
            "components/probe.ts -> tooling/model/types",
            "policies/lib/probe.ts -> tooling/model/json",
            "stack/probe.ts -> policies/pack",
            "tooling/model/probe.ts -> tooling/review/synth",
        ]);
    });

    it("lets the policy pack load only itself and the components' helpers that import nothing", () => {
        const seen = new Set<string>();
        const outside: string[] = [];
        const visit = (file: string) => {
            const key = rel(file);
            if (seen.has(key)) return;
            seen.add(key);
            for (const { specifier, target } of importsOf(file)) {
                if (target === undefined) continue;
                const resolved = [`${target}.ts`, `${target}/index.ts`].map((t) => path.join(PROJECT_DIR, t)).find((f) => fs.existsSync(f)) ?? `${target}.ts`;
                if (!target.startsWith("policies/")) {
                    const npm = importsOf(resolved)
                        .filter((i) => i.target === undefined)
                        .map((i) => i.specifier);
                    if (!target.startsWith("components/") || npm.length > 0) outside.push(`${key} -> ${specifier} (${[target, ...npm].join(", ")})`);
                }
                visit(resolved);
            }
        };
        visit(path.join(PROJECT_DIR, "policies", "index.ts"));
        assert.ok(seen.has("policies/lib/ownership.ts"), "the walk follows the pack's imports");
        assert.deepStrictEqual(outside, []);
    });
});

describe("layout: each part declares its own npm dependencies", () => {
    const readJson = (file: string) =>
        JSON.parse(fs.readFileSync(file, "utf8")) as { workspaces?: string[]; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    /** The npm packages the files import (a subpath import counts as its package; Node's own modules do not count). */
    const packagesOf = (files: readonly string[]): string[] => {
        const names = files.flatMap((f) =>
            importsOf(f)
                .filter((i) => i.target === undefined)
                .map((i) => i.specifier),
        );
        const packages = names
            .filter((n) => !builtins.has(n) && !builtins.has(n.split("/")[0]))
            .map((n) =>
                n
                    .split("/")
                    .slice(0, n.startsWith("@") ? 2 : 1)
                    .join("/"),
            );
        return [...new Set(packages)].sort();
    };
    const root = readJson(path.join(PROJECT_DIR, "package.json"));
    const parts = fs
        .readdirSync(path.join(PROJECT_DIR, "tooling"), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);

    it("makes every tooling part an npm workspace with a package.json", () => {
        assert.ok(root.workspaces?.includes("tooling/*"), "the root's workspaces include tooling/*");
        for (const part of parts) assert.ok(fs.existsSync(path.join(PROJECT_DIR, "tooling", part, "package.json")), `tooling/${part} has a package.json`);
    });

    it("declares in each tooling part's package.json every package the part imports", () => {
        const missing = parts.flatMap((part) => {
            const pkg = readJson(path.join(PROJECT_DIR, "tooling", part, "package.json"));
            const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }));
            return packagesOf(tsFiles(path.join(PROJECT_DIR, "tooling", part), [".ts", ".js"]))
                .filter((p) => !declared.has(p))
                .map((p) => `tooling/${part} imports ${p}`);
        });
        assert.deepStrictEqual(missing, []);
    });

    it("keeps in the root's dependencies exactly what the product imports", () => {
        const product = ["components", "stack", "policies"].flatMap((d) => tsFiles(path.join(PROJECT_DIR, d))).concat(path.join(PROJECT_DIR, "index.ts"));
        const imported = packagesOf(product).filter((p) => p !== "cosmos-platform");
        assert.deepStrictEqual(Object.keys(root.dependencies ?? {}).sort(), imported);
    });
});
