/**
 * `npm run diff` of an adoption: the first deployment of an adopted stack, against the new stack's
 * empty state, imports every resource and creates none; the diff says so in its counts, its text,
 * its JSON and its Markdown report, with each import's ARM id.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { adoptEstate } from "../../tooling/adopt/adopt";
import { renderChangesText } from "../../tooling/review/change-text";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { countsText, diffRecords, summariseChanges } from "../../tooling/review/diff";
import { PolicyRecord } from "../../tooling/model/records";
import { run as runCommand } from "../helpers/run-command";
import { stackExport } from "../helpers/state";
import { fixtureInputs, tempProject } from "./helpers";

const SCOPE = { subscriptionId: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", resourceGroup: "rg-inventory-test" };
const ACCOUNT_ID = `/subscriptions/${SCOPE.subscriptionId}/resourceGroups/${SCOPE.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/inventory-test`;

const run = (argv: string[]) => runCommand(diffMain, argv);

describe("npm run diff: imports are imports, not creates", function () {
    this.timeout(120000);
    let project: ReturnType<typeof tempProject>;
    let records: PolicyRecord[];
    before(async () => {
        project = tempProject();
        const outcome = await adoptEstate(fixtureInputs("template", SCOPE), {
            stack: "tpl",
            environment: "test",
            projectDir: project.dir,
            inputLabels: ["template"],
        });
        assert.strictEqual(outcome.code, 0, outcome.problems.join("\n"));
        records = outcome.records as PolicyRecord[];
    });
    after(() => project.remove());

    it("classifies a new resource with the import option as an import carrying its ARM id, and one without as a create", () => {
        const changes = diffRecords([], records);
        const account = changes.find((c) => c.type === "azure-native:cosmosdb:DatabaseAccount");
        assert.deepStrictEqual([account?.kind, account?.importId, account?.dataLoss], ["import", ACCOUNT_ID, false]);
        assert.deepStrictEqual([...new Set(changes.map((c) => c.kind))], ["import"], "an adopted stack creates nothing");
        const plain = records.map((r) => ({ ...r, options: { ...r.options, import: undefined } }));
        assert.deepStrictEqual([...new Set(diffRecords([], plain).map((c) => c.kind))], ["create"]);
        const summary = summariseChanges(changes);
        assert.deepStrictEqual([summary.import, summary.create], [changes.length, 0]);
        assert.strictEqual(summariseChanges(diffRecords([], plain)).import, undefined, "no import count without imports");
        assert.strictEqual(
            countsText(summary),
            `${changes.length} to import, 0 to create, 0 to update, 0 to replace, 0 to delete; 0 with data loss; 0 warnings`,
        );
        assert.strictEqual(
            countsText(summariseChanges(diffRecords([], plain))),
            `${changes.length} to create, 0 to update, 0 to replace, 0 to delete; 0 with data loss; 0 warnings`,
            "without imports the line reads as before",
        );
        const text = renderChangesText(changes);
        assert.match(text, new RegExp(`^import cosmosdb:DatabaseAccount inventory-test\\n {4}existing ${ACCOUNT_ID}$`, "m"));
        assert.doesNotMatch(text, /^create /m);
    });

    it("prints, writes as JSON and reports in Markdown the imports of an adopted stack's first deployment against its empty state", async () => {
        const dir = project.dir;
        const stackUrn = "urn:pulumi:tpl::cosmos-platform::pulumi:pulumi:Stack::cosmos-platform-tpl";
        const empty = stackExport([
            {
                urn: stackUrn,
                type: "pulumi:pulumi:Stack",
                name: "cosmos-platform-tpl",
                custom: false,
                inputs: {},
                options: {},
                dependencies: [],
            } as unknown as PolicyRecord,
        ]);
        const base = path.join(dir, "empty-state.json");
        fs.writeFileSync(base, JSON.stringify(empty));
        const json = path.join(dir, "diff.json");
        const markdown = path.join(dir, "diff.md");
        const result = await run(["--stack", "tpl", "--base", base, "--cwd", dir, "--json", json, "--markdown", markdown]);
        assert.strictEqual(result.code, 0, result.err);
        const imported = records.filter((r) => r.custom && r.options.import).length;
        assert.match(
            result.out,
            new RegExp(`^${imported} to import, 0 to create, 0 to update, 0 to replace, 0 to delete; 0 with data loss; 0 warnings; cost `),
        );
        assert.match(result.out, /^import cosmosdb:SqlResourceSqlDatabase stock\n {4}existing \/subscriptions\/.+\/sqlDatabases\/stock$/m);
        const doc = JSON.parse(fs.readFileSync(json, "utf8")) as {
            summary: { import: number; create: number };
            changes: { kind: string; importId?: string }[];
        };
        assert.deepStrictEqual([doc.summary.import, doc.summary.create], [imported, 0]);
        assert.ok(
            doc.changes.every((c) => c.kind === "import" && typeof c.importId === "string" && c.importId.startsWith(`/subscriptions/${SCOPE.subscriptionId}/`)),
            JSON.stringify(doc.changes),
        );
        const report = fs.readFileSync(markdown, "utf8");
        assert.match(report, new RegExp(`\\*\\*${imported}\\*\\* to import, \\*\\*0\\*\\* to create,`));
        assert.match(report, new RegExp(`<summary>${imported} existing resource\\(s\\) to import, as they are in Azure</summary>`));
        assert.doesNotMatch(report, /resource\(s\) to create/);
    });
});
