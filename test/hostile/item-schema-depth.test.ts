/**
 * An item schema nested deeper than the trigger generator walks: a clear refusal naming the limit,
 * never a RangeError from the recursion (the check and the generated trigger both recurse).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as verifyMain } from "../../tooling/ops/cli/verify";
import { loadItemSchema, MAX_SCHEMA_DEPTH } from "../../stack/item-schema";
import { assertRefused, run } from "./helpers";

/** A schema whose leaf string sits under `levels` nested objects, with the `schemaVersion` convention at the root. */
function nested(levels: number): string {
    let schema = '{"type":"string"}';
    for (let i = 0; i < levels; i++) schema = `{"type":"object","properties":{"a":${schema}}}`;
    // The root carries the version property the trigger generator requires.
    return schema.replace(
        /^\{"type":"object","properties":\{/,
        '{"type":"object","required":["schemaVersion"],"properties":{"schemaVersion":{"type":"integer","const":1},',
    );
}

describe("item schemas nested beyond the limit", () => {
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-depth-"))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it(`accepts a schema at the limit (${MAX_SCHEMA_DEPTH} levels) and refuses one level more, naming the limit`, () => {
        fs.writeFileSync(path.join(dir, "at-limit.json"), nested(MAX_SCHEMA_DEPTH));
        fs.writeFileSync(path.join(dir, "over.json"), nested(MAX_SCHEMA_DEPTH + 1));
        const ok = loadItemSchema(dir, "at-limit.json");
        assert.ok(ok.ok, ok.ok ? "" : ok.problem);
        const over = loadItemSchema(dir, "over.json");
        assert.ok(!over.ok);
        assert.match(over.problem, new RegExp(`nest at most ${MAX_SCHEMA_DEPTH} levels`));
    });

    it("verify --schema with a schema 20,000 levels deep exits 2 with one line, within a second", async () => {
        fs.writeFileSync(path.join(dir, "deep.json"), nested(20_000));
        const outcome = await run(
            (argv) => verifyMain(argv, { cwd: dir, env: {}, stdout: () => undefined }),
            ["--endpoint", "https://a.documents.azure.com:443/", "--database", "d", "--container", "c", "--project", dir, "--schema", "deep.json"],
        );
        assertRefused(outcome, "deep.json", `nest at most ${MAX_SCHEMA_DEPTH} levels`);
        assert.ok(outcome.ms < 1000, `took ${outcome.ms} ms`);
    });
});
