import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../tooling/review/cli/azure-policy";
import { UsageError } from "../../tooling/review/cli/common";
import { AzurePolicySection } from "../../tooling/review/azure-policy/evaluate";
import { azurePolicyOfProject } from "../../tooling/review/azure-policy/project";
import { estimateCost } from "../../tooling/review/cost";
import { renderStackReport } from "../../tooling/review/report";
import { PolicyRecord } from "../../tooling/model/records";
import { PROJECT_DIR } from "../helpers/config";
import { run } from "../helpers/run-command";
import { committedStack } from "../helpers/stacks";
import { BUILTIN, TENANT } from "./helpers";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-azure-policy-"));
const writePlan = (dir: string, name: string, resources: readonly PolicyRecord[]) => {
    const file = path.join(dir, name);
    // The document's stack is its records' (a plan names the stack its URNs carry).
    fs.writeFileSync(
        file,
        JSON.stringify({ formatVersion: 1, project: "cosmos-platform", stack: resources[0]?.urn.split("::")[0].replace("urn:pulumi:", ""), resources }),
    );
    return file;
};
const DENY_DELETE = (types: string[]) => [
    {
        name: "no-delete",
        scope: "/providers/Microsoft.Management/managementGroups/contoso",
        policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/78460a36-508a-49a4-b2b2-2f5ec564f4bb",
        parameters: { listOfResourceTypesDisallowedForDeletion: { value: types } },
    },
];

describe("npm run azure-policy", function () {
    this.timeout(60_000);
    let dir: string;
    let devPlan: string;
    let prodPlan: string;
    let prod: PolicyRecord[];
    before(async () => {
        dir = tmp();
        devPlan = writePlan(dir, "dev.json", (await committedStack("dev")).resources);
        prod = (await committedStack("prod")).resources;
        prodPlan = writePlan(dir, "prod.json", prod);
    });

    it("exits 1 when a deny would block, writing { results: [{ assignment, definition, effect, urn, outcome, reason }] }", async () => {
        const out = path.join(dir, "dev-result.json");
        assert.strictEqual(await main(["--from", devPlan, "--definitions", BUILTIN, "--assignments", TENANT, "--json", out, "--quiet"]), 1);
        const doc = JSON.parse(fs.readFileSync(out, "utf8")) as AzurePolicySection;
        const deny = doc.results.find((r) => r.outcome === "deny");
        assert.ok(deny, "a deny result");
        assert.deepStrictEqual(Object.keys(deny).slice(0, 6), ["assignment", "definition", "effect", "urn", "outcome", "reason"]);
        assert.strictEqual(deny.assignment, "Cosmos DB public network access");
        assert.strictEqual(doc.blocking, 1);
    });

    it("exits 0 when nothing blocks (prod)", async () => {
        assert.strictEqual(await main(["--from", prodPlan, "--definitions", BUILTIN, "--assignments", TENANT, "--quiet"]), 0);
    });

    it("reads deletes from a preview's steps and blocks them under denyAction", async () => {
        const orders = prod.find((r) => r.name === "appdb/orders") as PolicyRecord;
        const preview = path.join(dir, "preview.json");
        fs.writeFileSync(
            preview,
            JSON.stringify({
                steps: [
                    { op: "delete", urn: orders.urn, oldState: { urn: orders.urn, type: orders.type, custom: true, inputs: orders.inputs } },
                    ...prod
                        .filter((r) => r !== orders)
                        .map((r) => ({ op: "same", urn: r.urn, newState: { urn: r.urn, type: r.type, custom: r.custom, inputs: r.inputs } })),
                ],
            }),
        );
        const assignments = path.join(dir, "deny-delete.json");
        fs.writeFileSync(assignments, JSON.stringify(DENY_DELETE(["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"])));
        const out = path.join(dir, "preview-result.json");
        assert.strictEqual(await main(["--from", preview, "--definitions", BUILTIN, "--assignments", assignments, "--json", out, "--quiet"]), 1);
        const blocking = (JSON.parse(fs.readFileSync(out, "utf8")) as AzurePolicySection).results.filter((r) => r.blocking);
        assert.deepStrictEqual(
            blocking.map((r) => [r.outcome, r.urn]),
            [["denyAction", orders.urn]],
        );
    });

    it("diffs against --base to find deletes", async () => {
        const head = writePlan(
            dir,
            "head.json",
            prod.filter((r) => r.name !== "ops"),
        );
        const assignments = path.join(dir, "deny-db-delete.json");
        fs.writeFileSync(assignments, JSON.stringify(DENY_DELETE(["Microsoft.DocumentDB/databaseAccounts/sqlDatabases"])));
        assert.strictEqual(await main(["--from", head, "--base", prodPlan, "--definitions", BUILTIN, "--assignments", assignments, "--quiet"]), 1);
        assert.strictEqual(await main(["--from", prodPlan, "--base", prodPlan, "--definitions", BUILTIN, "--assignments", assignments, "--quiet"]), 0);
    });

    it("refuses a --base of another stack, as npm run diff does: its URNs would make every resource a delete", async () => {
        const otherStack = path.join(dir, "other-stack.json");
        fs.writeFileSync(otherStack, JSON.stringify({ formatVersion: 1, project: "cosmos-platform", stack: "dev", resources: [] }));
        const assignments = path.join(dir, "deny-any-delete.json");
        fs.writeFileSync(assignments, JSON.stringify(DENY_DELETE(["Microsoft.DocumentDB/databaseAccounts"])));
        await assert.rejects(
            main(["--from", prodPlan, "--base", otherStack, "--definitions", BUILTIN, "--assignments", assignments, "--quiet"]),
            (e: unknown) => e instanceof UsageError && /--base .*other-stack.json holds stack 'dev' but --from .*prod.json holds stack 'prod'/.test(e.message),
        );
    });

    it("exits 2 with one line on a definitions folder with a symbolic link loop, an unknown effect or version", async () => {
        const defs = tmp();
        fs.cpSync(BUILTIN, defs, { recursive: true });
        fs.symlinkSync(defs, path.join(defs, "loop"));
        const loop = await run(main, ["--from", devPlan, "--definitions", defs]);
        assert.strictEqual(loop.code, 2);
        assert.match(loop.err, /^error: cannot read .*loop: a symbolic link loop/);
        assert.strictEqual(loop.err.trim().split("\n").length, 1, loop.err);
        const bad = tmp();
        const fails = async (doc: unknown, pattern: RegExp) => {
            fs.writeFileSync(path.join(bad, "d.json"), JSON.stringify(doc));
            await assert.rejects(
                main(["--from", devPlan, "--definitions", bad, "--quiet"]),
                (e: unknown) => e instanceof UsageError && pattern.test(e.message),
            );
        };
        await fails(
            { name: "d", policyRule: { if: { field: "type", equals: "x" }, then: { effect: "Block" } } },
            /d\.json \(policy definition d\): effect "Block" is not an Azure Policy effect/,
        );
        await fails(
            { name: "d", version: "one", policyRule: { if: { field: "type", equals: "x" }, then: { effect: "audit" } } },
            /version is "one"; expected \{Major\}\.\{Minor\}\.\{Patch\}/,
        );
    });

    it("rejects bad input with one message naming the flag, file or value", async () => {
        const notPolicy = path.join(dir, "not-policy.json");
        fs.writeFileSync(notPolicy, JSON.stringify({ hello: "world" }));
        const fails = async (argv: string[], pattern: RegExp) => assert.rejects(main(argv), (e: unknown) => e instanceof UsageError && pattern.test(e.message));
        await fails(["--from", devPlan], /--definitions is required/);
        await fails(
            ["--from", devPlan, "--definitions", notPolicy],
            /not-policy.json is not an Azure Policy document \(keys: hello\); accepted: a policy definition/,
        );
        await fails(["--from", devPlan, "--definitions", path.join(dir, "missing")], /cannot read .*missing: no such file or directory/);
        await fails(["--from", devPlan, "--definitions", BUILTIN, "--subscription", "prod"], /--subscription is "prod"; expected a subscription id/);
        await fails(["--from", notPolicy, "--definitions", BUILTIN], /is not a recognised input/);
    });

    it("exits 2 without a stack trace when run as a command", () => {
        const r = spawnSync(process.execPath, ["-r", "./tooling/build/register.js", "tooling/review/cli/azure-policy.ts", "--from", devPlan], {
            cwd: PROJECT_DIR,
            encoding: "utf8",
        });
        assert.strictEqual(r.status, 2);
        assert.match(r.stderr, /^error: --definitions is required/);
        assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
    });

    it("gives the review an Azure Policy section and the plan a summary when the project keeps azure-policy/", () => {
        const project = tmp();
        assert.strictEqual(azurePolicyOfProject(project, prod), undefined, "no folder, no section");
        fs.mkdirSync(path.join(project, "azure-policy"));
        fs.cpSync(BUILTIN, path.join(project, "azure-policy", "definitions"), { recursive: true });
        fs.cpSync(TENANT, path.join(project, "azure-policy", "assignments"), { recursive: true });
        const devRecords = (JSON.parse(fs.readFileSync(devPlan, "utf8")) as { resources: PolicyRecord[] }).resources;
        const devResult = azurePolicyOfProject(project, devRecords);
        assert.ok(devResult);
        assert.match(
            devResult.summary,
            /^Azure Policy \(4 assignment\(s\), 17 definition\(s\)\): 1 deny, \d+ modify, \d+ compliant\. 1 would block the deployment: Azure Cosmos DB should disable public network access on contoso-cosmos-dev\./,
        );
        const markdown = renderStackReport({
            stack: "dev",
            changes: [],
            summary: { create: 0, update: 0, replace: 0, delete: 0, dataLoss: 0, warnings: 0 },
            cost: estimateCost([], []),
            records: devRecords,
            azurePolicy: devResult.section,
        });
        assert.match(markdown, /### Azure Policy: 1 blocking, 1 deny/);
        assert.match(
            markdown,
            /\| deny \| `cosmosdb:DatabaseAccount contoso-cosmos-dev` \| Azure Cosmos DB should disable public network access \| Cosmos DB public network access \|/,
        );
    });
});
