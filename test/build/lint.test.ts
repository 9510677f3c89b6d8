/**
 * Lint and format: one configuration each (.oxlintrc.json, biome.json), run by `npm test` (so by CI)
 * before the suites. The linter carries typescript-eslint's `recommended-type-checked` rule set,
 * rule by rule (https://typescript-eslint.io/users/configs#recommended-type-checked); the
 * type-aware half runs through oxlint-tsgolint on tsconfig.json's program. These tests hold the
 * configuration to that, and prove on small files that both tools really find what they are for.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../helpers/config";

/** typescript-eslint v8's `recommended-type-checked`: `recommended` plus the rules that need type information. */
const RECOMMENDED = [
    "ban-ts-comment",
    "no-array-constructor",
    "no-duplicate-enum-values",
    "no-empty-object-type",
    "no-explicit-any",
    "no-extra-non-null-assertion",
    "no-misused-new",
    "no-namespace",
    "no-non-null-asserted-optional-chain",
    "no-require-imports",
    "no-this-alias",
    "no-unnecessary-type-constraint",
    "no-unsafe-declaration-merging",
    "no-unsafe-function-type",
    "no-unused-expressions",
    "no-unused-vars",
    "no-wrapper-object-types",
    "prefer-as-const",
    "prefer-namespace-keyword",
    "triple-slash-reference",
];
const TYPE_CHECKED = [
    "await-thenable",
    "no-array-delete",
    "no-base-to-string",
    "no-duplicate-type-constituents",
    "no-floating-promises",
    "no-for-in-array",
    "no-implied-eval",
    "no-misused-promises",
    "no-redundant-type-constituents",
    "no-unnecessary-type-assertion",
    "no-unsafe-argument",
    "no-unsafe-assignment",
    "no-unsafe-call",
    "no-unsafe-enum-comparison",
    "no-unsafe-member-access",
    "no-unsafe-return",
    "no-unsafe-unary-minus",
    "only-throw-error",
    "prefer-promise-reject-errors",
    "require-await",
    "restrict-plus-operands",
    "restrict-template-expressions",
    "unbound-method",
];
/** Rules typescript-eslint takes from ESLint core (its extension rules); oxlint names them without the plugin. */
const CORE = new Set(["no-array-constructor", "no-unused-expressions", "no-unused-vars"]);

/** The JSON of a config file that may hold comments (both tools accept JSONC). */
function readJsonc(file: string): Record<string, unknown> {
    const text = fs.readFileSync(path.join(PROJECT_DIR, file), "utf8");
    return JSON.parse(text.replace(/^\s*\/\/.*$/gm, "")) as Record<string, unknown>;
}

const bin = (name: string) => path.join(PROJECT_DIR, "node_modules", ".bin", name);

describe("lint and format", function () {
    this.timeout(60_000);
    const config = readJsonc(".oxlintrc.json") as { rules: Record<string, unknown>; overrides: { files: string[]; rules: Record<string, unknown> }[] };
    const scripts = (JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

    it("turns on every rule of typescript-eslint's recommended-type-checked as an error", () => {
        const missing = [...RECOMMENDED, ...TYPE_CHECKED].filter((rule) => config.rules[CORE.has(rule) ? rule : `typescript/${rule}`] !== "error");
        assert.deepStrictEqual(missing, []);
    });

    it("turns type-aware rules off only for JavaScript, which has no types to check", () => {
        const offs = config.overrides.flatMap((o) =>
            Object.entries(o.rules)
                .filter(([, v]) => v === "off")
                .map(([rule]) => ({ rule, files: o.files.join(",") })),
        );
        assert.ok(offs.length > 0);
        for (const { rule, files } of offs) assert.strictEqual(files, "**/*.js", `${rule} is off for ${files}`);
    });

    it("runs in npm test before the suites, beside the build: the linter with types, then the format check", () => {
        assert.strictEqual(scripts.test, "node tooling/build/checks.js && mocha");
        const checks = fs.readFileSync(path.join(PROJECT_DIR, "tooling", "build", "checks.js"), "utf8");
        assert.match(checks, /const CHECKS = \["build", "lint", "format:check"\];/);
        assert.match(scripts.lint, /^oxlint --type-aware --tsconfig tsconfig\.json --deny-warnings \.$/);
        assert.strictEqual(scripts["format:check"], "biome format .");
    });

    it("fails npm test's checks when one check fails, naming it, and passes when all pass", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "checks-"));
        try {
            fs.mkdirSync(path.join(dir, "tooling", "build"), { recursive: true });
            fs.copyFileSync(path.join(PROJECT_DIR, "tooling", "build", "checks.js"), path.join(dir, "tooling", "build", "checks.js"));
            const runChecks = (scripts: Record<string, string>) => {
                fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts }));
                return spawnSync(process.execPath, [path.join(dir, "tooling", "build", "checks.js")], { cwd: dir, encoding: "utf8" });
            };
            const ok = runChecks({ build: "node -e 0", lint: "node -e 0", "format:check": "node -e 0" });
            assert.strictEqual(ok.status, 0, ok.stderr);
            const failed = runChecks({
                build: "node -e 0",
                lint: "node -e \"console.log('bad.ts: no-floating-promises'); process.exit(1)\"",
                "format:check": "node -e 0",
            });
            assert.strictEqual(failed.status, 1);
            assert.match(failed.stdout, /> lint: [\s\S]*bad\.ts: no-floating-promises/);
            assert.match(failed.stderr, /checks failed: lint \(exit 1\)/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    describe("on a small project", () => {
        let dir: string;
        before(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "lint-"));
            fs.copyFileSync(path.join(PROJECT_DIR, ".oxlintrc.json"), path.join(dir, ".oxlintrc.json"));
            fs.copyFileSync(path.join(PROJECT_DIR, "biome.json"), path.join(dir, "biome.json"));
            // biome.json reads the ignore file, as in the repository.
            fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules/\n");
            fs.writeFileSync(
                path.join(dir, "tsconfig.json"),
                JSON.stringify({
                    compilerOptions: { strict: true, target: "ES2022", module: "node16", moduleResolution: "node16", types: [] },
                    include: ["*.ts"],
                }),
            );
        });
        after(() => fs.rmSync(dir, { recursive: true, force: true }));

        const lint = (file: string, text: string) => {
            fs.writeFileSync(path.join(dir, file), text);
            return spawnSync(bin("oxlint"), ["--type-aware", "--tsconfig", "tsconfig.json", "--deny-warnings", file], { cwd: dir, encoding: "utf8" });
        };

        it("finds a floating promise and an `any` that leaks (rules that need types), and passes the same code written safely", () => {
            const bad = lint(
                "bad.ts",
                "export async function save(): Promise<number> {\n    return 1;\n}\nexport function run(raw: string): number {\n    save();\n    const parsed = JSON.parse(raw);\n    return parsed.count;\n}\n",
            );
            assert.strictEqual(bad.status, 1, bad.stdout + bad.stderr);
            for (const rule of ["no-floating-promises", "no-unsafe-assignment", "no-unsafe-member-access", "no-unsafe-return", "require-await"])
                assert.match(bad.stdout, new RegExp(`typescript\\(${rule}\\)`), rule);
            const good = lint(
                "good.ts",
                "export function save(): Promise<number> {\n    return Promise.resolve(1);\n}\nexport async function run(raw: string): Promise<number> {\n    await save();\n    const parsed = JSON.parse(raw) as { count: number };\n    return parsed.count;\n}\n",
            );
            assert.strictEqual(good.status, 0, good.stdout + good.stderr);
        });

        it("the format check fails on a file not formatted as configured, and passes once it is", () => {
            fs.writeFileSync(path.join(dir, "messy.ts"), "export const  x = {a:1,\n  b: 'two'}\n");
            const check = () => spawnSync(bin("biome"), ["format", "messy.ts"], { cwd: dir, encoding: "utf8" });
            assert.notStrictEqual(check().status, 0);
            const write = spawnSync(bin("biome"), ["format", "--write", "messy.ts"], { cwd: dir, encoding: "utf8" });
            assert.strictEqual(write.status, 0, write.stdout + write.stderr);
            assert.strictEqual(fs.readFileSync(path.join(dir, "messy.ts"), "utf8"), 'export const x = { a: 1, b: "two" };\n');
            assert.strictEqual(check().status, 0);
        });
    });
});
