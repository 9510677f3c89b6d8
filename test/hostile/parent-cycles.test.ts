import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { indexAccounts } from "../../tooling/model/accounts";
import { main as azurePolicyMain } from "../../tooling/review/cli/azure-policy";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { main as reviewMain } from "../../tooling/review/cli/review";
import { PolicyRecord, recordsFrom } from "../../tooling/model/records";
import { ACCOUNT, assertRefused, CONTAINER, documents, FORMATS, PROJECT_DIR, run, scratch, setParent, State, stateOf, statesOf } from "./helpers";

const DEFINITIONS = path.join(PROJECT_DIR, "test", "fixtures", "azure-policy", "builtin");

describe("hostile input: parent cycles, missing parents and duplicate URNs", () => {
    const tmp = scratch();
    after(() => tmp.remove());

    for (const format of FORMATS) {
        describe(`in a ${format}`, () => {
            it("refuses a resource that parents itself in policy, diff, review and azure-policy: exit 2, one line naming the URN", async () => {
                const doc = documents[format]();
                const account = stateOf(doc, format, ACCOUNT);
                setParent(doc, format, account.urn, account.urn);
                const file = tmp.file(`self-parent.${format}.json`, doc);
                const cycle = `parent cycle ${account.urn} -> ${account.urn}`;
                assertRefused(await run(policyMain, ["--from", file, "--stack", "prod"]), file, cycle);
                assertRefused(await run(diffMain, ["--base", file, "--head", file]), cycle);
                assertRefused(await run(azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS]), cycle);
                assertRefused(await run(reviewMain, ["--stack", "prod", "--base", file, "--cwd", PROJECT_DIR]), cycle);
            });

            it("refuses a cycle through two resources, naming both", async () => {
                const doc = documents[format]();
                const account = stateOf(doc, format, ACCOUNT);
                const container = stateOf(doc, format, CONTAINER);
                setParent(doc, format, account.urn, container.urn);
                setParent(doc, format, container.urn, account.urn);
                const file = tmp.file(`cycle2.${format}.json`, doc);
                const outcome = await run(diffMain, ["--base", documentFile(format), "--head", file]);
                assertRefused(outcome, "parent cycle", account.urn, container.urn);
            });
        });
    }

    /** The unchanged fixture of a format, as a file. */
    function documentFile(format: (typeof FORMATS)[number]): string {
        return tmp.file(`clean.${format}.json`, documents[format]());
    }

    it("refuses a long cycle with its first links and how many more, on one line", () => {
        const doc = documents.export();
        const states = statesOf(doc, "export");
        // Every resource but the stack parents the next one, and the last the first.
        const chain = states.filter((r) => r.type !== "pulumi:pulumi:Stack" && r.delete !== true);
        chain.forEach((r, i) => (r.parent = chain[(i + 1) % chain.length].urn));
        assert.throws(
            () => recordsFrom(doc, "big.json"),
            (e: Error) => /parent cycle .* -> \.\.\. \(\d+ more\) -> /.test(e.message) && !e.message.includes("\n"),
        );
    });

    it("refuses a parent that names no record in a stack export and a plan, as Pulumi's state check does", async () => {
        for (const format of ["export", "plan"] as const) {
            const doc = documents[format]();
            const account = stateOf(doc, format, ACCOUNT);
            const missing = "urn:pulumi:prod::cosmos-platform::cosmos-platform:index:Gone::gone";
            account.parent = missing;
            const file = tmp.file(`dangling.${format}.json`, doc);
            assertRefused(await run(policyMain, ["--from", file, "--stack", "prod", "--quiet"]), missing, "not in the file");
        }
    });

    it("accepts a preview whose parents are absent: without --show-sames it lists only what changes", () => {
        const doc = documents.preview();
        doc.steps = doc.steps.filter((s) => s.op !== "same");
        const loaded = recordsFrom(doc, "preview.json");
        const urns = new Set(loaded.records.map((r) => r.urn));
        assert.ok(
            loaded.records.some((r) => r.parent !== undefined && !urns.has(r.parent)),
            "the fixture has a change under an unchanged parent",
        );
    });

    it("refuses two live resources of one URN, naming where both are; a pending deletion of the same URN is allowed", async () => {
        for (const format of ["export", "plan"] as const) {
            const doc = documents[format]();
            const states = statesOf(doc, format);
            const account = stateOf(doc, format, ACCOUNT);
            states.push(JSON.parse(JSON.stringify(account)) as State);
            const file = tmp.file(`duplicate.${format}.json`, doc);
            const where = format === "export" ? `deployment.resources[${states.length - 1}]` : `resources[${states.length - 1}]`;
            assertRefused(await run(policyMain, ["--from", file, "--stack", "prod", "--quiet"]), "same URN", account.urn, where);
        }
        const doc = documents.export();
        const account = stateOf(doc, "export", ACCOUNT);
        statesOf(doc, "export").push({ ...(JSON.parse(JSON.stringify(account)) as State), delete: true });
        assert.strictEqual(recordsFrom(doc, "pending-delete.json").records.filter((r) => r.urn === account.urn).length, 1);
    });

    it("ends the account-ownership walk on a cyclic list built without the reader", () => {
        const urn = (name: string) => `urn:pulumi:multi::p::t::${name}`;
        const record = (name: string, type: string, parent: string, inputs: Record<string, unknown> = {}): PolicyRecord => ({
            urn: urn(name),
            type,
            name,
            parent: urn(parent),
            inputs,
            dependencies: [],
            custom: true,
            options: { protect: false, ignoreChanges: [] },
        });
        const records = [
            record("eu", ACCOUNT, "c1", { accountName: "eu" }),
            record("us", ACCOUNT, "c2", { accountName: "us" }),
            record("c1", "cosmos-platform:index:Component", "c2"),
            record("c2", "cosmos-platform:index:Component", "c1"),
            record("workspace", "azure-native:operationalinsights:Workspace", "c1"),
        ];
        const index = indexAccounts(records);
        assert.ok(index.multi);
        assert.strictEqual(index.of(urn("workspace")), undefined, "a component spanning two accounts leaves the workspace at stack level");
    });

    it("takes a parent chain thousands deep, listed children first, in policy, diff (both sides, with its report) and azure-policy", async () => {
        const doc = documents.export();
        const states = statesOf(doc, "export");
        const chain: State[] = [];
        let parent = states[0].urn;
        for (let i = 0; i < 5000; i++) {
            const urn = `urn:pulumi:prod::cosmos-platform::test:index:Layer::layer-${i}`;
            chain.push({ urn, type: "test:index:Layer", custom: false, parent, inputs: {}, outputs: {} });
            parent = urn;
        }
        states.push(...chain.reverse());
        const file = tmp.file("deep-chain.json", doc);
        const clean = documentFile("export");
        for (const [main, argv] of [
            [policyMain, ["--from", file, "--stack", "prod", "--quiet"]],
            [diffMain, ["--base", clean, "--head", file, "--markdown", tmp.file("deep-chain.md")]],
            [diffMain, ["--base", file, "--head", clean]],
            [azurePolicyMain, ["--from", file, "--definitions", DEFINITIONS, "--quiet"]],
        ] as const) {
            const outcome = await run(main, [...argv]);
            assert.ok([0, 1].includes(outcome.code), `${argv.join(" ")}: exit ${outcome.code}\n${outcome.err}`);
        }
    });

    it("npm run policy on a self-parenting stack export ends within seconds with exit 2 and one line (the CLI, spawned)", function () {
        this.timeout(60_000);
        const doc = documents.export();
        const account = stateOf(doc, "export", ACCOUNT);
        account.parent = account.urn;
        const file = tmp.file("self-parent.spawned.json", doc);
        const started = Date.now();
        const r = spawnSync(process.execPath, ["-r", "./tooling/build/register.js", "tooling/review/cli/policy.ts", "--from", file], {
            cwd: PROJECT_DIR,
            encoding: "utf8",
            timeout: 45_000,
        });
        assert.strictEqual(r.status, 2, `exit ${r.status} after ${Date.now() - started} ms (${r.signal ?? "no signal"}); stderr:\n${r.stderr}`);
        assert.strictEqual(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
        assert.match(r.stderr, /^error: .*parent cycle/);
    });
});
