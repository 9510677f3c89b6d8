/**
 * Property-based hostile input (fast-check): malformed variants of each input format the commands
 * read, generated from a valid document by replacing, removing or re-pointing values anywhere in
 * it. Whatever the variant, each command ends quickly with a result (exit 0 or 1) or one clear
 * line (exit 2), never a stack trace or an internal error, and a refused run writes nothing.
 * HOSTILE_RUNS=<n> runs more cases (the suite keeps a few per format to stay within its minute).
 */
import * as assert from "assert";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { groupEstate } from "../../tooling/adopt/estate";
import { convertEstate } from "../../tooling/adopt/convert";
import { AdoptInputError, AdoptInputErrors } from "../../tooling/adopt/errors";
import { documentsOf } from "../../tooling/adopt/inputs";
import { main as azurePolicyMain } from "../../tooling/review/cli/azure-policy";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { parseJsonInput } from "../../tooling/model/input-json";
import { FIXTURES as ADOPT_FIXTURES } from "../adopt/helpers";
import {
    Documents,
    documents,
    ExportDocument,
    Format,
    FORMATS,
    Outcome,
    PlanDocument,
    PreviewDocument,
    PROJECT_DIR,
    run,
    scratch,
    State,
    Step,
} from "./helpers";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 6);
const DEFINITIONS = path.join(PROJECT_DIR, "test", "fixtures", "azure-policy", "builtin");
const SIG = "4dabf18193072939515e22adb298388d";
/** Stands for "remove the key". */
const REMOVE = Symbol("remove");
/** Stands for "the URN of another resource of the document" (cycles, duplicates, dangling parents). */
type UrnOf = { urnOf: number };

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom<unknown>(
        "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        "(known after apply)",
        "[secret]",
        { [SIG]: "1b47061264138c4ac30d75fd1eb44270", plaintext: '"shown-secret-plaintext"' },
        { [SIG]: "1b47061264138c4ac30d75fd1eb44270", ciphertext: "v1:AAAA:c2VjcmV0" },
        { [SIG]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:pulumi:prod::cosmos-platform::x:y:Z::ref" },
        null,
        REMOVE,
        "",
        [],
        {},
        [null],
        -1,
        1e308,
        "urn:pulumi:prod::cosmos-platform::x:y:Z::nowhere",
    ),
    fc.nat().map((n): UrnOf => ({ urnOf: n })),
    fc.integer(),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
    fc.jsonValue({ maxDepth: 2 }),
);

const mutation = fc.record({ target: fc.nat(), path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: hostileValue });

/** Replaces (or removes) the value at a path chosen by `choices` below `root`. */
function mutate(root: unknown, choices: number[], value: unknown, urns: string[]): void {
    let node = root;
    for (let i = 0; i < choices.length; i++) {
        if (node === null || typeof node !== "object") return;
        // An object or an array, read and written by key alike.
        const fields = node as Record<string, unknown>;
        const keys = Object.keys(fields);
        if (keys.length === 0) return;
        const key = keys[choices[i] % keys.length];
        const child = fields[key];
        const last = i === choices.length - 1 || child === null || typeof child !== "object";
        if (last) {
            if (value === REMOVE) {
                if (Array.isArray(node)) node.splice(Number(key), 1);
                else delete fields[key];
            } else if (typeof value === "object" && value !== null && "urnOf" in value) fields[key] = urns[(value as UrnOf).urnOf % urns.length];
            // A copy: a JSON document never holds one object twice (nor, later mutated, inside itself).
            else fields[key] = value === undefined ? value : (JSON.parse(JSON.stringify(value)) as unknown);
            return;
        }
        node = child;
    }
}

/** The resource states mutations aim at (a preview's steps, so both old and new states are reached). */
function targets(doc: Documents[Format], format: Format): (State | Step)[] {
    if (format === "export") return (doc as ExportDocument).deployment.resources;
    if (format === "plan") return (doc as PlanDocument).resources;
    return (doc as PreviewDocument).steps;
}

/** The verdict every run must get, whatever the input. */
function assertSound(outcome: Outcome, what: string, pulumiSecrets = true): void {
    assert.ok([0, 1, 2].includes(outcome.code), `${what}: exit ${outcome.code}\n${outcome.err}`);
    assert.doesNotMatch(outcome.err, /\n\s+at |internal error/, `${what}: a stack trace\n${outcome.err}`);
    if (outcome.code === 2) assert.strictEqual(outcome.err.trimEnd().split("\n").length, 1, `${what}: one line\n${outcome.err}`);
    assert.ok(outcome.ms < 15_000, `${what}: took ${outcome.ms} ms`);
    // Pulumi's secret marker means something in resource records only (a policy document is not Pulumi state).
    if (pulumiSecrets) assert.ok(!`${outcome.out}${outcome.err}`.includes("shown-secret-plaintext"), `${what}: printed a secret's plaintext`);
}

describe("hostile input, generated (fast-check): every command ends with a result or one line", function () {
    this.timeout(300_000);
    const tmp = scratch();
    after(() => tmp.remove());
    const clean = Object.fromEntries(FORMATS.map((f) => [f, tmp.file(`clean.${f}.json`, documents[f]())])) as Record<Format, string>;

    for (const format of FORMATS) {
        it(`${format}: values replaced, removed or re-pointed anywhere in the resources (policy, diff, azure-policy)`, async () => {
            let n = 0;
            await fc.assert(
                fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
                    const doc = documents[format]();
                    const states = targets(doc, format);
                    const urns = states.map((s) => s.urn).filter((u): u is string => typeof u === "string");
                    for (const m of mutations) mutate(states[m.target % states.length], m.path, m.value, urns);
                    const file = tmp.file(`variant-${format}-${n}.json`, doc);
                    const json = path.join(tmp.dir, `out-${format}-${++n}.json`);
                    const policy = await run(policyMain, ["--from", file, "--stack", "prod", "--json", json]);
                    assertSound(policy, `policy ${JSON.stringify(mutations)}`);
                    assert.strictEqual(fs.existsSync(json), policy.code !== 2, "a refused run writes nothing; a run that ends writes its --json");
                    // The variant as the head (its report and diagram drawn) and as the base.
                    const markdown = path.join(tmp.dir, `out-${format}-${n}.md`);
                    const diff = await run(diffMain, ["--base", clean[format], "--head", file, "--markdown", markdown]);
                    assertSound(diff, `diff ${JSON.stringify(mutations)}`);
                    assert.strictEqual(fs.existsSync(markdown), diff.code !== 2);
                    assertSound(await run(diffMain, ["--base", file, "--head", clean[format]]), `diff (as base) ${JSON.stringify(mutations)}`);
                    assertSound(
                        await run(azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS, "--quiet"]),
                        `azure-policy ${JSON.stringify(mutations)}`,
                    );
                }),
                { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? 20) },
            );
        });
    }

    it("Azure Policy definitions and assignments: any variant is evaluated or refused in one line", async () => {
        const builtins = fs
            .readdirSync(DEFINITIONS)
            .sort()
            .map((f) => ({ file: f, doc: JSON.parse(fs.readFileSync(path.join(DEFINITIONS, f), "utf8")) as unknown }));
        const assignmentsFile = path.join(PROJECT_DIR, "test", "fixtures", "azure-policy", "tenant", "assignments.json");
        const assignments = JSON.parse(fs.readFileSync(assignmentsFile, "utf8")) as unknown;
        const from = clean.plan;
        let n = 0;
        await fc.assert(
            fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (which, mutations) => {
                const dir = path.join(tmp.dir, `defs-${++n}`);
                fs.mkdirSync(dir);
                const picked = builtins[which % builtins.length];
                const docs = [JSON.parse(JSON.stringify(picked.doc)) as unknown, JSON.parse(JSON.stringify(assignments)) as unknown];
                for (const m of mutations) mutate(docs[m.target % 2], m.path, m.value, ["x"]);
                fs.writeFileSync(path.join(dir, picked.file), JSON.stringify(docs[0]));
                const assigned = path.join(tmp.dir, `assignments-${n}.json`);
                fs.writeFileSync(assigned, JSON.stringify(docs[1]));
                const json = path.join(tmp.dir, `azp-${n}.json`);
                const outcome = await run(azurePolicyMain, ["--from", from, "--definitions", dir, "--assignments", assigned, "--json", json, "--quiet"]);
                assertSound(outcome, `azure-policy ${picked.file} ${JSON.stringify(mutations)}`, false);
                assert.strictEqual(fs.existsSync(json), outcome.code !== 2);
            }),
            { numRuns: RUNS * 3, seed: Number(process.env.HOSTILE_SEED ?? 24) },
        );
    });

    it("any JSON text cut short or with a byte changed is read as JSON or refused in one line", () => {
        const text = JSON.stringify(documents.export());
        fc.assert(
            fc.property(fc.nat(), fc.nat(), fc.constantFrom("", "{", "[", "\\", '"', "\u0000", "}", "\ufeff"), (cut, at, ch) => {
                const variant = `${text.slice(0, cut % text.length)}${ch}${text.slice((cut % text.length) + 1, at % text.length || undefined)}`;
                try {
                    parseJsonInput(variant, "x.json", (m) => new Error(m));
                } catch (e) {
                    assert.strictEqual((e as Error).message.split("\n").length, 1);
                }
            }),
            { numRuns: RUNS * 20, seed: 21 },
        );
    });

    it("adoption documents: any variant converts or is refused as bad input (never another error)", () => {
        const dir = path.join(ADOPT_FIXTURES, "multi-region");
        const raw = fs.readdirSync(dir).map((f) => ({ file: f, doc: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown }));
        fc.assert(
            fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
                const docs = JSON.parse(JSON.stringify(raw)) as { file: string; doc: unknown }[];
                for (const m of mutations) mutate(docs[m.target % docs.length].doc, m.path, m.value, ["x"]);
                try {
                    const inputs = docs.map((d) => documentsOf(d.doc, d.file, {}));
                    convertEstate(groupEstate(inputs.flatMap((i) => i.docs)), { environment: "prod", project: "cosmos-platform" });
                } catch (e) {
                    if (!(e instanceof AdoptInputError || e instanceof AdoptInputErrors)) throw e;
                    for (const x of e instanceof AdoptInputErrors ? e.errors : [e]) assert.strictEqual(x.message.split("\n").length, 1);
                }
            }),
            { numRuns: RUNS * 10, seed: 22 },
        );
    });

    it("ARM templates: any variant reads or is refused as bad input (never another error)", () => {
        const template = JSON.parse(fs.readFileSync(path.join(ADOPT_FIXTURES, "template", "export.json"), "utf8")) as unknown;
        const expression = fc.oneof(
            fc.constantFrom(
                "[variables('a')]",
                "[parameters('databaseAccounts_inventory_test_name')]",
                "[concat(variables('a'), variables('a'))]",
                "[resourceId('Microsoft.DocumentDB/databaseAccounts', variables('a'))]",
                "[concat(",
                "[[literal]",
                "[variables('nope')]",
            ),
            hostileValue,
        );
        fc.assert(
            fc.property(
                fc.array(fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), value: expression }), { minLength: 1, maxLength: 4 }),
                (mutations) => {
                    const doc = JSON.parse(JSON.stringify(template)) as Record<string, unknown>;
                    doc.variables = { a: "[concat(variables('b'), 'x')]", b: "[parameters('databaseAccounts_inventory_test_name')]" };
                    for (const m of mutations) mutate(doc, m.path, m.value, ["x"]);
                    try {
                        const read = documentsOf(doc, "export.json", { subscriptionId: "00000000-0000-0000-0000-000000000000", resourceGroup: "rg" });
                        convertEstate(groupEstate(read.docs), { environment: "prod", project: "cosmos-platform" });
                    } catch (e) {
                        if (!(e instanceof AdoptInputError || e instanceof AdoptInputErrors)) throw e;
                    }
                },
            ),
            { numRuns: RUNS * 10, seed: 23 },
        );
    });
});
