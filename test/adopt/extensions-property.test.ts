/**
 * Hostile variants of the account's other documents (endpoints, zone groups, settings, locks,
 * role assignments, the key's identity): any leaf or object of the secured estate replaced by
 * another JSON value. Reading, grouping and converting must end in a document or an input error
 * (exit 2), and converting in a config or gaps (exit 1): never another exception.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { convertEstate } from "../../tooling/adopt/convert";
import { documentsOf } from "../../tooling/adopt/inputs";
import { AdoptInputError, AdoptInputErrors } from "../../tooling/adopt/errors";
import { groupEstate } from "../../tooling/adopt/estate";
import { FIXTURES } from "./helpers";

type Json = Record<string, unknown>;
const RUNS = { numRuns: 150, seed: 20 };

/** Every path to a value inside a document (objects and arrays included). */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    if (at.length > 0) out.push(at);
    if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
    return out;
}

function replaced(doc: unknown, at: (string | number)[], value: unknown): unknown {
    const copy = JSON.parse(JSON.stringify(doc)) as Json;
    let node = copy as Record<string | number, unknown>;
    at.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
    node[at[at.length - 1]] = value;
    return copy;
}

const files = fs
    .readdirSync(path.join(FIXTURES, "secured"))
    .map((f) => ({ file: f, doc: JSON.parse(fs.readFileSync(path.join(FIXTURES, "secured", f), "utf8")) as unknown }));
const hostileFiles = [
    "account.json",
    "private-endpoint.json",
    "dns-zone-groups.json",
    "diagnostic-settings.json",
    "locks.json",
    "control-role-assignments.json",
    "role-definitions.json",
];
const anyJson = fc.oneof(
    fc.constantFrom<unknown>(null, "", "x", 0, -1, true, false, [], {}, [{}], { id: 1 }, "/subscriptions/s/resourceGroups/r"),
    fc.jsonValue({ maxDepth: 2 }),
);

describe("npm run adopt: hostile documents of an account's other resources", function () {
    this.timeout(60000);

    it("ends every variant in documents, an input error, or a conversion with gaps: never another exception", () => {
        const targets = files.filter((f) => hostileFiles.includes(f.file)).flatMap((f) => paths(f.doc).map((at) => ({ file: f.file, at })));
        let inputErrors = 0;
        let gapped = 0;
        fc.assert(
            fc.property(fc.constantFrom(...targets), anyJson, ({ file, at }, value) => {
                const docs = [];
                try {
                    for (const f of files) docs.push(...documentsOf(f.file === file ? replaced(f.doc, at, value) : f.doc, f.file, {}).docs);
                    const conversion = convertEstate(groupEstate(docs), { environment: "prod", project: "cosmos-platform" });
                    if (conversion.gaps.length > 0) gapped += 1;
                    for (const g of conversion.gaps)
                        assert.ok(typeof g.reason === "string" && g.reason.length > 0 && !g.reason.includes("undefined"), JSON.stringify(g));
                } catch (e) {
                    if (e instanceof AdoptInputError || e instanceof AdoptInputErrors) {
                        inputErrors += 1;
                        return;
                    }
                    throw e;
                }
            }),
            RUNS,
        );
        // The variants reach both outcomes, so the property is not vacuous.
        assert.ok(inputErrors > 0 && gapped > 0, `input errors ${inputErrors}, gaps ${gapped}`);
    });
});
