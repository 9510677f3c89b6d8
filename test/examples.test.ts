/**
 * examples/: Pulumi programs that use the components directly, as another project would, through
 * the package entry. They type-check against the published declarations and plan offline.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as planMain } from "../tooling/review/cli/plan";
import type { PlanDocument } from "../tooling/review/plan";
import { PROJECT_DIR } from "./helpers/config";
import { withStderr } from "./helpers/stderr";

const EXAMPLE = path.join(PROJECT_DIR, "examples", "two-accounts");

describe("examples/two-accounts", () => {
    it("is type-checked by the build, and compiled beside the package entry it imports", () => {
        // The project's tsconfig includes examples/ and maps "cosmos-platform" to the components'
        // sources, so `npm test`'s one type-check covers the example; at run time the name resolves
        // through package.json "exports" to dist/, as in another project.
        const tsconfig = fs.readFileSync(path.join(PROJECT_DIR, "tsconfig.json"), "utf8");
        assert.match(tsconfig, /"examples\/\*\*\/\*\.ts"/);
        assert.ok(fs.existsSync(path.join(PROJECT_DIR, "dist", "examples", "two-accounts", "index.js")), "built by npm run build");
        const source = fs.readFileSync(path.join(EXAMPLE, "index.ts"), "utf8");
        assert.match(source, /from "cosmos-platform"/, "imports the package, as a consumer would");
        assert.doesNotMatch(source, /from "\.\.\//, "no relative import of this repository's sources");
    });

    it("plans offline with `npm run plan -- --project`: two accounts, no stack layer, no URN twice", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-example-")), "plan.json");
        const { result: code, stderr } = await withStderr(() => planMain(["--project", EXAMPLE, "--stack", "example", "--json", out, "--quiet"]));
        assert.strictEqual(code, 0);
        assert.match(stderr, /no policy config for stack 'example'.*its own level and defaults/, "the example has no policy config of its own");
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
        assert.strictEqual(doc.project, "cosmos-tenants-example");
        const accounts = doc.resources.filter((r) => r.type === "azure-native:cosmosdb:DatabaseAccount").map((r) => r.inputs.accountName);
        assert.deepStrictEqual(accounts.sort(), ["fabrikam-cosmos-example", "tailspin-cosmos-example"]);
        assert.ok(!doc.resources.some((r) => r.type === "cosmos-platform:index:CosmosPlatform"), "no stack layer");
        assert.strictEqual(new Set(doc.resources.map((r) => r.urn)).size, doc.resources.length);
        assert.ok(doc.policy, "the policy pack judged the example too");
        assert.deepStrictEqual(doc.accessPatterns, [], "a program without the stack layer declares no access patterns");
    });
});
