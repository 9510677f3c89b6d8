import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeFailure } from "../tooling/review/cli/common";
import { main as diffMain, readStateSide } from "../tooling/review/cli/diff";
import { baseSidesFromFiles, main as reviewMain } from "../tooling/review/cli/review";
import { Change, DiffSummary } from "../tooling/review/diff";
import { PolicyRecord, recordsFrom } from "../tooling/model/records";
import { PROJECT_DIR } from "./helpers/config";
import { stackExport } from "./helpers/state";
import { run } from "./helpers/run-command";
import { committedStack } from "./helpers/stacks";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** What `npm run diff -- --json` writes, as far as the tests read it. */
type DiffJson = { base: string; summary: DiffSummary; changes: Change[] };
const fixture = (name: string) => path.join(PROJECT_DIR, "test/fixtures/policy", name);

describe("the deployed state as the base side", () => {
    let dir: string;
    let prod: PolicyRecord[];
    /** A stack export of prod as the working tree would deploy it. */
    let exportFile: string;
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-deployed-"));
        prod = clone((await committedStack("prod")).resources) as PolicyRecord[];
        exportFile = path.join(dir, "prod-state.json");
        fs.writeFileSync(exportFile, JSON.stringify(stackExport(prod)));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reads a preview's state before the update: old states of kept, replaced and deleted resources, not creates", () => {
        const doc: unknown = JSON.parse(fs.readFileSync(fixture("preview.json"), "utf8"));
        const before = recordsFrom(doc, "preview.json", "before").records.map((r) => r.name);
        const after = recordsFrom(doc, "preview.json", "after").records.map((r) => r.name);
        assert.ok(before.includes("appdb/legacy") && !after.includes("appdb/legacy"), "a deleted container was deployed");
        assert.ok(!before.includes("contoso-cosmos-prod/diagnostics") && after.includes("contoso-cosmos-prod/diagnostics"), "a create was not");
        assert.ok(before.includes("appdb/orders"));
    });

    it("labels a stack export base and warns that a preview without --show-sames lacks unchanged resources", () => {
        assert.strictEqual(readStateSide(exportFile).label, `${exportFile} (stack export)`);
        const doc = JSON.parse(fs.readFileSync(fixture("preview.json"), "utf8")) as { steps: { op: string }[] };
        doc.steps = doc.steps.filter((s) => s.op !== "same");
        const noSames = path.join(dir, "preview-no-sames.json");
        fs.writeFileSync(noSames, JSON.stringify(doc));
        assert.match((readStateSide(noSames).notes ?? []).join(), /lists no unchanged resources \(run `pulumi preview --json --show-sames`\)/);
        assert.deepStrictEqual(readStateSide(fixture("preview.json")).notes, []);
    });

    it("diffs the working tree against a stack export: data loss a previous commit would not show, zone redundancy flipped in place", async () => {
        const deployed = clone(prod);
        // Deployed by an earlier, since reverted commit (or left by a failed deploy): not in HEAD~1, not in the working tree.
        const orders = deployed.find((r) => r.name === "appdb/orders") as PolicyRecord;
        deployed.push({
            ...clone(orders),
            urn: orders.urn.replace(/orders$/, "legacy"),
            name: "appdb/legacy",
            inputs: { ...clone(orders.inputs), containerName: "legacy" },
        });
        const account = deployed.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount") as PolicyRecord;
        (account.inputs.locations as { locationName: string; isZoneRedundant: boolean }[])[1].isZoneRedundant = false;
        const state = path.join(dir, "drifted-state.json");
        fs.writeFileSync(state, JSON.stringify(stackExport(deployed)));
        const out = path.join(dir, "diff.json");
        const result = await run(diffMain, ["--stack", "prod", "--base", state, "--cwd", PROJECT_DIR, "--json", out]);
        assert.strictEqual(result.code, 1, result.err);
        const json = JSON.parse(fs.readFileSync(out, "utf8")) as DiffJson;
        assert.strictEqual(json.base, `${state} (stack export)`);
        assert.deepStrictEqual(
            json.changes.map((c: { kind: string; urn: string; dataLoss: boolean }) => [c.kind, c.urn.split("::").pop(), c.dataLoss]),
            [
                ["delete", "appdb/legacy", true],
                ["update", "contoso-cosmos-prod", false],
            ],
        );
        assert.match(result.out, /^DATA LOSS delete cosmosdb:SqlResourceSqlContainer appdb\/legacy$/m);
        assert.match(result.out, /^ {4}locations\[northeurope\]\.isZoneRedundant: false -> true$/m);
        assert.match(result.out, /warning: zone redundancy changes on northeurope \(false to true\)/);
    });

    it("refuses, with one line and exit 2, a base of another stack than --stack or than the head", async () => {
        const devPlan = path.join(dir, "dev-plan.json");
        fs.writeFileSync(
            devPlan,
            JSON.stringify({ formatVersion: 1, project: "cosmos-platform", stack: "dev", resources: (await committedStack("dev")).resources }),
        );
        const cases: [string[], RegExp][] = [
            [
                ["--stack", "dev", "--base", exportFile, "--cwd", PROJECT_DIR],
                /^error: --stack is 'dev' but .*prod-state\.json \(stack export\) holds stack 'prod': compare a stack with itself\n$/,
            ],
            [
                ["--base", exportFile, "--head", devPlan],
                /^error: base .*prod-state\.json \(stack export\) holds stack 'prod' but head .*dev-plan\.json holds stack 'dev': a diff across stacks would call every resource deleted and created\n$/,
            ],
            [["--base", devPlan, "--head", devPlan, "--stack", "prod"], /^error: --stack is 'prod' but .*dev-plan\.json \(plan\) holds stack 'dev'/],
            [["--stack", "prod", "--base", exportFile, "--base-ref", "HEAD"], /^error: --base-ref and --base are alternatives/],
            [
                ["--base", devPlan, "--head", devPlan, "--json", path.join(dir, "no-such-dir", "diff.json")],
                /^error: cannot write --json .*no-such-dir\/diff\.json: the directory .*no-such-dir does not exist/,
            ],
        ];
        for (const [argv, message] of cases) {
            const result = await run(diffMain, argv);
            assert.strictEqual(result.code, 2, `${argv.join(" ")}: ${result.err}`);
            assert.match(result.err, message);
        }
        const otherProject = path.join(dir, "other-project.json");
        fs.writeFileSync(otherProject, JSON.stringify({ formatVersion: 1, project: "billing", stack: "prod", resources: [] }));
        assert.match(
            (await run(diffMain, ["--base", exportFile, "--head", otherProject])).err,
            /is project 'cosmos-platform' but head .* is project 'billing'/,
        );
    });

    it("matches review --base files to stacks by the stack they hold, and refuses a missing, extra or doubled one", async () => {
        const empty = path.join(dir, "new-stack.json");
        fs.writeFileSync(empty, JSON.stringify({ version: 3, deployment: { manifest: {} } }));
        assert.deepStrictEqual([...baseSidesFromFiles([exportFile], ["prod"]).keys()], ["prod"]);
        assert.deepStrictEqual([...baseSidesFromFiles([empty], ["dev"]).keys()], ["dev"], "an export of a stack never deployed serves the one --stack");
        const refused: [string[], string[], RegExp][] = [
            [[exportFile], ["dev"], /holds stack 'prod', which is not among --stack dev/],
            [[exportFile], ["dev", "prod"], /no --base file holds stack 'dev'/],
            [[exportFile, exportFile], ["prod"], /two --base files hold stack 'prod'/],
            [[empty], ["dev", "prod"], /names no stack/],
        ];
        for (const [files, stacks, message] of refused)
            assert.throws(
                () => baseSidesFromFiles(files, stacks),
                (e: unknown) => describeFailure(e).code === 2 && message.test((e as Error).message),
            );
        const refusedByMain = await run(reviewMain, ["--stack", "dev", "--base", exportFile, "--cwd", PROJECT_DIR]);
        assert.strictEqual(refusedByMain.code, 2);
        assert.strictEqual(refusedByMain.err.split("\n").filter(Boolean).length, 1, "one line");
    });

    it("reviews prod against its deployed state, finds nothing to change when it is what the working tree plans, and names the state", async () => {
        const markdown = path.join(dir, "review.md");
        const result = await run(reviewMain, ["--stack", "prod", "--base", exportFile, "--cwd", PROJECT_DIR, "--markdown", markdown]);
        assert.strictEqual(result.code, 0, result.err);
        const text = fs.readFileSync(markdown, "utf8");
        assert.ok(text.includes(`against \`${exportFile} (stack export)\``));
        assert.match(text, /\*\*0\*\* to create, \*\*0\*\* to update, \*\*0\*\* to replace, \*\*0\*\* to delete/);
        assert.match(text, /### Cost: \$[\d.]+ a month \(\+\$0\.00 vs base\)/, "the state is priced with the same size declarations");
    });
});
