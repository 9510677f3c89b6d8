/**
 * The build's two promises: a module runs from dist/ only while its source is what the build
 * compiled (tooling/build/register.js), and the generated query parser is used only while the grammar
 * is what it was generated from (tooling/build/build.js, stack/queries/parser.ts).
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as peggy from "peggy";
import { GRAMMAR_FILE, prebuiltParser } from "../../stack/queries/parser";
import { PROJECT_DIR } from "../helpers/config";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateParser } = require("../../tooling/build/build.js") as { generateParser: (grammarFile: string, outFile: string) => void };

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("tooling/build/register.js", function () {
    this.timeout(60_000);
    let root: string;

    /** A miniature project: the real hook and tsconfig, one module, and a "build" of it that says where it came from. */
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-register-"));
        fs.mkdirSync(path.join(root, "tooling/build"), { recursive: true });
        fs.copyFileSync(path.join(PROJECT_DIR, "tooling/build/register.js"), path.join(root, "tooling/build/register.js"));
        for (const name of ["tsconfig.json", "node_modules"]) fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(root, name));
        fs.mkdirSync(path.join(root, "lib"));
        fs.writeFileSync(path.join(root, "lib/where.ts"), 'export const where: string = "source";\nexport const dir = __dirname;\n');
        fs.mkdirSync(path.join(root, "dist/lib"), { recursive: true });
        fs.writeFileSync(path.join(root, "dist/lib/where.js"), '"use strict";\nexports.where = "dist";\nexports.dir = __dirname;\n');
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    const writeManifest = (sources: Record<string, string>) => fs.writeFileSync(path.join(root, "dist/build-manifest.json"), JSON.stringify({ sources }));
    type Where = { where: string; dir: string };
    const load = (): Where => {
        const r = spawnSync(process.execPath, ["-r", "./tooling/build/register.js", "-e", 'process.stdout.write(JSON.stringify(require("./lib/where.ts")))'], {
            cwd: root,
            encoding: "utf8",
        });
        assert.strictEqual(r.status, 0, r.stderr);
        return JSON.parse(r.stdout) as Where;
    };

    it("runs a module's compiled copy while its source has the hash the build recorded, with the source's __dirname", () => {
        writeManifest({ "lib/where.ts": sha256(fs.readFileSync(path.join(root, "lib/where.ts"), "utf8")) });
        assert.deepStrictEqual(load(), { where: "dist", dir: fs.realpathSync(path.join(root, "lib")) });
    });

    it("transpiles the source instead once it has changed since the build", () => {
        writeManifest({ "lib/where.ts": sha256(fs.readFileSync(path.join(root, "lib/where.ts"), "utf8")) });
        fs.appendFileSync(path.join(root, "lib/where.ts"), "// edited after the build\n");
        assert.strictEqual(load().where, "source");
    });

    it("transpiles the source when there is no manifest (no build, or a failed one)", () => {
        assert.strictEqual(load().where, "source");
    });
});

describe("the generated query parser", () => {
    const grammar = fs.readFileSync(GRAMMAR_FILE, "utf8");
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-parser-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("is generated mechanically from the grammar and parses exactly as the grammar does", () => {
        const out = path.join(dir, "fresh", "cosmos-sql-parser.js");
        generateParser(GRAMMAR_FILE, out);
        const generated = prebuiltParser(grammar, [out]);
        assert.ok(generated, "the generated parser does not carry the grammar's hash");
        const fromGrammar = peggy.generate(grammar, { output: "parser" });
        for (const q of [
            "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.email = @email",
            "SELECT TOP 50 c.id, c.name FROM c WHERE c.status = 'active' ORDER BY c.lastSeenAt DESC",
            "SELECT VALUE COUNT(1) FROM c JOIN t IN c.tags WHERE ARRAY_CONTAINS(c.roles, 'admin')",
        ]) {
            assert.deepStrictEqual(generated.parse(q), fromGrammar.parse(q), q);
        }
    });

    it("is ignored once the grammar has changed since it was generated", () => {
        const stale = path.join(dir, "stale", "cosmos-sql-parser.js");
        fs.mkdirSync(path.dirname(stale), { recursive: true });
        const grammarFile = path.join(dir, "stale", "cosmos-sql.peggy");
        fs.writeFileSync(grammarFile, `${grammar}\n// an edit after the build\n`);
        generateParser(grammarFile, stale);
        assert.strictEqual(prebuiltParser(grammar, [stale]), undefined);
        assert.ok(prebuiltParser(fs.readFileSync(grammarFile, "utf8"), [stale]));
    });
});
