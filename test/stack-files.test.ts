import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderConfigReference } from "../tooling/review/config-docs";
import { loadStackFiles, SECRET_PLACEHOLDER, StackFileError } from "../tooling/review/stack-files";

function project(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-stack-"));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
}

const PROJECT = "name: demo\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n";

describe("stack files", () => {
    it("merges project-level config with stack config, the stack winning per key", () => {
        const dir = project({
            "Pulumi.yaml": `${PROJECT}config:\n  databases:\n    description: shared\n    value:\n      - name: app\n  environment: base\n  other:key: 1\n`,
            "Pulumi.dev.yaml": "config:\n  demo:environment: dev\n  demo:account:\n    name: a\n",
        });
        const files = loadStackFiles(dir, "dev");
        assert.strictEqual(files.project, "demo");
        assert.deepStrictEqual(files.config, {
            "demo:databases": '[{"name":"app"}]',
            "demo:environment": "dev",
            "other:key": "1",
            "demo:account": '{"name":"a"}',
        });
        assert.strictEqual(files.entry, path.join(dir, "index.ts"));
    });

    it("turns secure values into opaque secrets, also inside objects", () => {
        const dir = project({
            "Pulumi.yaml": PROJECT,
            "Pulumi.dev.yaml": "config:\n  demo:token:\n    secure: v1:AAAABBBB\n  demo:nested:\n    inner:\n      secure: v1:CCCC\n    plain: x\n",
        });
        const files = loadStackFiles(dir, "dev");
        assert.strictEqual(files.config["demo:token"], SECRET_PLACEHOLDER);
        assert.deepStrictEqual(JSON.parse(files.config["demo:nested"]), { inner: SECRET_PLACEHOLDER, plain: "x" });
        assert.deepStrictEqual(files.secretKeys, ["demo:nested", "demo:token"]);
        assert.ok(!JSON.stringify(files).includes("v1:"), "ciphertext is not carried");
    });

    it("reads stack files from stackConfigDir", () => {
        const dir = project({ "Pulumi.yaml": `${PROJECT}stackConfigDir: stacks\n` });
        fs.mkdirSync(path.join(dir, "stacks"));
        fs.writeFileSync(path.join(dir, "stacks", "Pulumi.qa.yaml"), "config:\n  demo:environment: qa\n");
        assert.strictEqual(loadStackFiles(dir, "qa").config["demo:environment"], "qa");
    });

    it("fails clearly on a missing stack file, broken YAML, or another runtime", () => {
        const dir = project({ "Pulumi.yaml": PROJECT, "Pulumi.bad.yaml": "config: [unclosed\n" });
        assert.throws(
            () => loadStackFiles(dir, "nope"),
            (e: unknown) => e instanceof StackFileError && /Pulumi\.nope\.yaml.*does not exist/.test(e.message),
        );
        assert.throws(
            () => loadStackFiles(dir, "bad"),
            (e: unknown) => e instanceof StackFileError && /not valid YAML/.test(e.message),
        );
        const py = project({ "Pulumi.yaml": "name: p\nruntime: python\n", "Pulumi.dev.yaml": "config: {}\n" });
        assert.throws(() => loadStackFiles(py, "dev"), /runtime 'python'/);
        assert.throws(() => loadStackFiles(dir, "../etc"), /stack name/);
    });
});

describe("config reference", () => {
    it("docs/config.md is what the schema generates (run npm run docs:config)", () => {
        const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "config.md"), "utf8");
        assert.strictEqual(committed, renderConfigReference());
    });

    it("documents every top-level key and nested keys with their descriptions", () => {
        const text = renderConfigReference();
        for (const key of ["environment", "production", "resourceGroup", "account", "network", "databases", "throughput", "tags"]) {
            assert.ok(text.includes(`## \`cosmos-platform:${key}\``), key);
        }
        assert.match(text, /\| `databases\[\]\.containers\[\]\.partitionKey\.paths` \| list of string \| yes \|/);
        assert.match(text, /\| `throughput\.default\.maxThroughput` \| number \| no \| autoscale only, required:/);
    });
});
