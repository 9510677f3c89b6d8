import * as assert from "assert";
import * as fs from "fs";
import { main as azurePolicyMain } from "../../tooling/review/cli/azure-policy";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { MAX_JSON_DEPTH } from "../../tooling/model/input-json";
import { PolicySection } from "../../tooling/review/policy/render";
import { readRecords, recordsFrom } from "../../tooling/model/records";
import { ACCOUNT, assertRefused, CONTAINER, documents, Format, FORMATS, PROJECT_DIR, run, scratch, stateOf, statesOf } from "./helpers";

const DEFINITIONS = `${PROJECT_DIR}/test/fixtures/azure-policy/builtin`;
const SIG = "4dabf18193072939515e22adb298388d";
/** A secret as `pulumi stack export --show-secrets` writes it: marked, with its plaintext. */
const shownSecret = (value: unknown) => ({ [SIG]: "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify(value) });
/** A secret in the format: the wire form in an export or preview, the plan's placeholder in a plan. */
const secretIn = (format: Format, value: unknown) => (format === "plan" ? "[secret]" : shownSecret(value));
/** The part of a container's inputs these tests replace. */
type ContainerInputs = { resource: { partitionKey: Record<string, unknown> } };

describe("hostile input: records of a plan, stack export or preview", () => {
    const tmp = scratch();
    after(() => tmp.remove());

    /** Refused by policy (in-process) with one line holding every fragment. */
    async function refused(doc: unknown, name: string, ...fragments: string[]) {
        const file = tmp.file(name, doc);
        assertRefused(await run(policyMain, ["--from", file, "--stack", "prod", "--quiet"]), ...fragments);
    }

    it("refuses a stack export version other than 3, a plan formatVersion it does not know, and a preview step it does not know", async () => {
        for (const version of [4, 2, "3", undefined]) {
            const doc = documents.export();
            if (version === undefined) delete doc.version;
            else doc.version = version;
            await refused(doc, "version.json", `stack export version ${version === undefined ? "(none)" : String(version)}`, "accepted: version 3");
        }
        const plan = documents.plan();
        plan.formatVersion = 99;
        await refused(plan, "plan99.json", "plan formatVersion 99", "reads formatVersion 1");
        const preview = documents.preview();
        preview.steps[2].op = "teleport";
        await refused(preview, "op.json", "steps[2].op is 'teleport'", "accepted: the steps Pulumi shows");
        delete preview.steps[2].op;
        await refused(preview, "no-op.json", "steps[2].op is missing");
    });

    const broken: { what: string; fragment: string; formats: Format[]; apply(state: Record<string, unknown>, format: Format): void }[] = [
        {
            what: "dependencies that are a string",
            fragment: ".dependencies is a string; expected an array of URNs",
            formats: ["export", "plan", "preview"],
            apply: (s) => (s.dependencies = "urn:pulumi:prod::x::t::n"),
        },
        {
            what: "a dependency that is a number",
            fragment: ".dependencies[0] is a number",
            formats: ["export", "plan", "preview"],
            apply: (s) => (s.dependencies = [1]),
        },
        {
            what: "inputs that are not an object",
            fragment: ".inputs is a string; expected an object",
            formats: ["export", "plan", "preview"],
            apply: (s) => (s.inputs = "abc"),
        },
        { what: "no inputs in a plan record", fragment: ".inputs is null", formats: ["plan"], apply: (s) => (s.inputs = null) },
        { what: "no options in a plan record", fragment: ".options is missing", formats: ["plan"], apply: (s) => delete s.options },
        {
            what: "protect that is not a boolean",
            fragment: "protect is a string; expected true or false",
            formats: ["export", "plan"],
            apply: (s, f) => (f === "plan" ? ((s.options as Record<string, unknown>).protect = "yes") : (s.protect = "yes")),
        },
        {
            what: "ignoreChanges that is not a list",
            fragment: "ignoreChanges is a string",
            formats: ["export", "plan"],
            apply: (s, f) => (f === "plan" ? ((s.options as Record<string, unknown>).ignoreChanges = "x") : (s.ignoreChanges = "x")),
        },
        {
            what: "a URN that is not one",
            fragment: ".urn 'contoso' is not a Pulumi URN",
            formats: ["export", "plan", "preview"],
            apply: (s) => (s.urn = "contoso"),
        },
        { what: "no type", fragment: "has no type", formats: ["export", "plan", "preview"], apply: (s) => delete s.type },
        { what: "a parent that is not a URN", fragment: ".parent is a number", formats: ["export", "plan", "preview"], apply: (s) => (s.parent = 5) },
        {
            what: "property dependencies that are not lists",
            fragment: "propertyDependencies.locations is a string",
            formats: ["export", "plan", "preview"],
            apply: (s) => (s.propertyDependencies = { locations: "x" }),
        },
    ];
    for (const b of broken) {
        it(`refuses ${b.what} with one line naming the field`, async () => {
            for (const format of b.formats) {
                const doc = documents[format]();
                b.apply(stateOf(doc, format, ACCOUNT), format);
                await refused(doc, `broken.${format}.json`, b.fragment);
            }
        });
    }

    it("refuses a file that mixes stacks, and a plan whose declared stack is not its records'", async () => {
        const doc = documents.export();
        const account = stateOf(doc, "export", ACCOUNT);
        account.urn = account.urn.replace("urn:pulumi:prod::", "urn:pulumi:dev::");
        await refused(doc, "mixed.json", "belongs to stack 'dev'", "one file holds one stack");
        const plan = documents.plan();
        plan.stack = "dev";
        // Judged by dev's relaxed policy config, prod's records would pass: refused instead.
        assertRefused(await run(policyMain, ["--from", tmp.file("claims-dev.json", plan)]), "belongs to stack 'prod'", "the file is stack 'dev'");
    });

    it("refuses JSON nested thousands deep in one line, in every command that reads records, without a trace", async () => {
        for (const format of FORMATS) {
            const text = JSON.stringify(documents[format]()).replace(/"westeurope"/, `${"[".repeat(5000)}${"]".repeat(5000)}`);
            const file = tmp.file(`deep.${format}.json`, text);
            const deeper = `nests deeper than ${MAX_JSON_DEPTH} levels`;
            assertRefused(await run(policyMain, ["--from", file, "--stack", "prod"]), deeper, "line 1, column");
            assertRefused(await run(diffMain, ["--base", file, "--head", file]), deeper);
            assertRefused(await run(azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS]), deeper);
        }
    });

    it("reads an export with a byte-order mark, and one Windows PowerShell wrote as UTF-16", () => {
        const text = JSON.stringify(documents.export());
        const utf8 = tmp.file("bom.json", `\ufeff${text}`);
        const utf16 = tmp.file("utf16.json");
        fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
        const expected = recordsFrom(JSON.parse(text), "x").records.length;
        assert.strictEqual(readRecords(utf8).records.length, expected);
        assert.strictEqual(readRecords(utf16).records.length, expected);
    });

    it("refuses null, an array, an empty file and a directory in one line each", async () => {
        await refused("null", "null.json", "is not a recognised input (found null)");
        await refused("[]", "array.json", "(found an array)");
        await refused("", "empty.json", "is empty");
        assertRefused(await run(policyMain, ["--from", tmp.dir, "--stack", "prod"]), "is a directory");
    });

    it("reports a rule that fails on a value of the wrong type in a file's record as that file's problem: exit 2, one line naming the rule", async () => {
        const doc = documents.export();
        const assignment = stateOf(doc, "export", "azure-native:cosmosdb:SqlResourceSqlRoleAssignment");
        assignment.inputs.accountName = ["contoso-cosmos-prod"];
        const outcome = await run(policyMain, ["--from", tmp.file("array-name.json", doc), "--stack", "prod"]);
        assertRefused(outcome, "policy 'cosmosdb-role-assignment-scope-in-account' failed on", assignment.urn, "not of the type the provider returns");
    });

    it("takes values the engine cannot know (unknown where a list belongs) without a crash in any command", async () => {
        for (const format of FORMATS) {
            const doc = documents[format]();
            const account = stateOf(doc, format, ACCOUNT);
            const unknown = format === "plan" ? "(known after apply)" : "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
            account.inputs.locations = unknown;
            account.inputs.capabilities = unknown;
            (stateOf(doc, format, CONTAINER).inputs as ContainerInputs).resource.partitionKey.paths = unknown;
            const file = tmp.file(`unknown-lists.${format}.json`, doc);
            const clean = tmp.file(`unknown-clean.${format}.json`, documents[format]());
            for (const [main, argv] of [
                [policyMain, ["--from", file, "--stack", "prod"]],
                [diffMain, ["--base", clean, "--head", file, "--markdown", tmp.file(`unknown.${format}.md`)]],
                [diffMain, ["--base", file, "--head", clean]],
                [azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS]],
            ] as const) {
                const outcome = await run(main, [...argv]);
                assert.ok([0, 1].includes(outcome.code), `${format} ${argv.join(" ")}: exit ${outcome.code}\n${outcome.err}`);
                assert.doesNotMatch(outcome.err, /\n\s+at /);
            }
        }
    });

    describe("secrets", () => {
        const PLAINTEXT = "Disabled-but-shown-in-plaintext";

        it("judges a secret as not known: the rule that reads it is not judged, never judged on the placeholder '[secret]'", async () => {
            for (const format of FORMATS) {
                const doc = documents[format]();
                stateOf(doc, format, ACCOUNT).inputs.publicNetworkAccess = secretIn(format, PLAINTEXT);
                const json = tmp.file(`secret-out.${format}.json`);
                const outcome = await run(policyMain, ["--from", tmp.file(`secret.${format}.json`, doc), "--stack", "prod", "--json", json]);
                assert.ok([0, 1].includes(outcome.code), outcome.err);
                const section = JSON.parse(fs.readFileSync(json, "utf8")) as PolicySection;
                assert.ok(
                    !section.violations.some((v) => v.policy === "cosmosdb-public-network-disabled"),
                    `${format}: judged the placeholder: ${JSON.stringify(section.violations)}`,
                );
                const notJudged = section.notJudged.find((n) => n.policy === "cosmosdb-public-network-disabled");
                assert.ok(notJudged, `${format}: the rule is listed as not judged`);
                assert.match(notJudged.reason, /\.publicNetworkAccess is a secret, which the offline review does not read/);
                assert.ok(!`${outcome.out}${outcome.err}${fs.readFileSync(json, "utf8")}`.includes(PLAINTEXT), "the plaintext is never printed");
            }
        });

        it("takes secrets in any field (a region, a partition key, the tags, the whole inputs) without a crash and prints no plaintext", async () => {
            for (const format of FORMATS) {
                const doc = documents[format]();
                const account = stateOf(doc, format, ACCOUNT);
                const container = stateOf(doc, format, CONTAINER);
                (account.inputs.locations as unknown[])[0] = secretIn(format, PLAINTEXT);
                account.inputs.tags = secretIn(format, { team: PLAINTEXT });
                (container.inputs.resource as Record<string, unknown>).partitionKey = secretIn(format, { paths: [PLAINTEXT] });
                for (const s of statesOf(doc, format).filter((r) => r.type === "azure-native:monitor:ActionGroup"))
                    s.inputs.emailReceivers = secretIn(format, [{ x: PLAINTEXT }]);
                const file = tmp.file(`secrets.${format}.json`, doc);
                for (const [main, argv] of [
                    [policyMain, ["--from", file, "--stack", "prod"]],
                    [diffMain, ["--base", file, "--head", tmp.file(`clean.${format}.json`, documents[format]())]],
                    [azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS]],
                ] as const) {
                    const outcome = await run(main, [...argv]);
                    assert.ok([0, 1].includes(outcome.code), `${format}: exit ${outcome.code}\n${outcome.err}`);
                    assert.ok(!`${outcome.out}${outcome.err}`.includes(PLAINTEXT), `${format}: plaintext printed`);
                }
            }
        });

        it("refuses a value with Pulumi's signature key and a signature Pulumi does not know, without printing what it carries", async () => {
            const doc = documents.export();
            stateOf(doc, "export", ACCOUNT).inputs.publicNetworkAccess = { [SIG]: "not-a-signature", plaintext: JSON.stringify(PLAINTEXT) };
            const outcome = await run(policyMain, ["--from", tmp.file("bad-sig.json", doc), "--stack", "prod"]);
            assertRefused(outcome, "inputs.publicNetworkAccess has Pulumi's signature key with a signature Pulumi does not know");
            assert.ok(!outcome.err.includes(PLAINTEXT));
        });

        it("reads a secret output value (the engine's other secret form) as a secret", () => {
            const doc = documents.export();
            stateOf(doc, "export", ACCOUNT).inputs.publicNetworkAccess = { [SIG]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", secret: true, value: PLAINTEXT };
            stateOf(doc, "export", ACCOUNT).inputs.kind = { [SIG]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", value: "GlobalDocumentDB" };
            const account = recordsFrom(doc, "x").records.find((r) => r.type === ACCOUNT);
            assert.strictEqual(account?.inputs.publicNetworkAccess, "[secret]");
            assert.strictEqual(account?.inputs.kind, "GlobalDocumentDB");
        });

        it("refuses inputs that are a secret as a whole: Pulumi marks values inside them, never the whole map", async () => {
            for (const format of FORMATS) {
                const doc = documents[format]();
                const account: Record<string, unknown> = stateOf(doc, format, ACCOUNT);
                account.inputs = secretIn(format, { publicNetworkAccess: PLAINTEXT });
                const outcome = await run(policyMain, ["--from", tmp.file(`whole.${format}.json`, doc), "--stack", "prod"]);
                assertRefused(outcome, ".inputs is ");
                assert.ok(!outcome.err.includes(PLAINTEXT));
            }
        });
    });
});
