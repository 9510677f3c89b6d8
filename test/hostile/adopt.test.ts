import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../tooling/adopt/cli";
import { describeFailure } from "../../tooling/review/cli/common";
import { holdsSecret, withoutSecrets } from "../../tooling/adopt/secrets";
import { FIXTURES, listFiles, tempProject } from "../adopt/helpers";
import { scratch } from "./helpers";

/** A Cosmos DB key as listKeys returns it: 64 bytes, 88 characters of base64. */
const KEY = `${"Zm9vYmFyYmF6cXV4".repeat(5)}AbCdEf==`;
const CONNECTION = `AccountEndpoint=https://telemetry-dev.documents.azure.com:443/;AccountKey=${KEY};`;
/** An account's document as Azure returns it: the tags these tests add to, and the rest as it is. */
type AccountDocument = { tags?: Record<string, string>; [field: string]: unknown };
const SCOPE = ["--subscription", "00000000-0000-0000-0000-000000000000", "--resource-group", "rg"];

/** The serverless-dev fixture's `--from` arguments, with `account` in place of its account document. */
const serverlessDevWith = (account: string) => [
    "--from",
    account,
    "--from",
    path.join(FIXTURES, "serverless-dev", "databases.json"),
    "--from",
    path.join(FIXTURES, "serverless-dev", "containers.json"),
];

async function adopt(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr, lines: stderr.split("\n").filter((l) => l !== "") };
}

/** An ARM template export with these variables and one account named by `name`. */
function template(variables: Record<string, unknown>, name = "[variables('name')]", parameters: Record<string, unknown> = {}) {
    return {
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        contentVersion: "1.0.0.0",
        parameters,
        variables,
        resources: [{ type: "Microsoft.DocumentDB/databaseAccounts", apiVersion: "2025-10-15", name, location: "westeurope", properties: {} }],
    };
}

describe("hostile input: adoption documents and ARM templates", function () {
    this.timeout(120_000);
    let project: ReturnType<typeof tempProject>;
    let untouched: string[];
    const tmp = scratch();
    before(() => {
        project = tempProject();
        untouched = listFiles(project.dir);
    });
    after(() => {
        project.remove();
        tmp.remove();
    });

    /** Adopts one template; expects exit 2, one error line with every fragment, nothing written. */
    async function refusedTemplate(doc: unknown, ...fragments: string[]) {
        const file = tmp.file("template.json", doc);
        const started = Date.now();
        const r = await adopt(["--from", file, "--stack", "tpl", "--dir", project.dir, ...SCOPE]);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.deepStrictEqual(r.lines.length, 2, `one error line and "Nothing written.":\n${r.stderr}`);
        for (const f of fragments) assert.ok(r.lines[0].includes(f), `${r.lines[0]} lacks ${f}`);
        assert.deepStrictEqual(listFiles(project.dir), untouched);
        return Date.now() - started;
    }

    it("refuses variables that expand exponentially at ARM's size limits, long before memory runs out", async () => {
        // v0 is 16 characters; each next variable doubles it: v40 would be 16 TB.
        const variables: Record<string, unknown> = { v0: "abcdefghijklmnop" };
        for (let i = 1; i <= 40; i++) variables[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`;
        variables.name = "[variables('v40')]";
        await refusedTemplate(template(variables), "expands past ARM's limits (1 MB per resource, 4 MB per template");
    });

    it("refuses variables and parameters that refer to themselves, naming the cycle", async () => {
        await refusedTemplate(template({ name: "[variables('name')]" }), "variables('name') refers to itself (variables('name') -> variables('name'))");
        await refusedTemplate(
            template({ a: "[variables('b')]", b: "[concat('x', variables('a'))]", name: "[variables('a')]" }),
            "variables('a') -> variables('b') -> variables('a')",
        );
        await refusedTemplate(
            template({}, "[parameters('p')]", { p: { type: "String", defaultValue: "[parameters('p')]" } }),
            "parameters('p') refers to itself",
        );
    });

    it("refuses an expression longer than ARM accepts, calls nested thousands deep, and a template nested thousands deep", async () => {
        await refusedTemplate(template({ name: `[concat('${"a".repeat(30_000)}')]` }), "ARM accepts at most 24576");
        await refusedTemplate(template({ name: `[${"concat(".repeat(2000)}'x'${")".repeat(2000)}]` }), "nests calls more than 64 deep");
        const deep = template({ name: "n" });
        (deep.resources[0].properties as Record<string, unknown>).x = "@@";
        const text = JSON.stringify(deep).replace('"@@"', `${"[".repeat(10_000)}${"]".repeat(10_000)}`);
        const file = tmp.file("deep-template.json", text);
        const r = await adopt(["--from", file, "--stack", "tpl", "--dir", project.dir, ...SCOPE]);
        assert.strictEqual(r.code, 2);
        assert.match(r.lines[0], /nests deeper than 128 levels/);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it("never prints a key or connection string from Azure's JSON, not even in part (an unknown property is a gap with the value hidden)", async () => {
        const account = JSON.parse(fs.readFileSync(path.join(FIXTURES, "serverless-dev", "account.json"), "utf8")) as AccountDocument;
        account.someNewSetting = CONNECTION;
        const file = tmp.file("account.json", account);
        const r = await adopt([...serverlessDevWith(file), "--stack", "keys", "--dir", project.dir]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /properties\.someNewSetting = \(a secret: not shown\): not a setting/);
        for (const part of [KEY, KEY.slice(0, 20), KEY.slice(-20), "AccountKey="]) assert.ok(!`${r.stdout}${r.stderr}`.includes(part), `printed ${part}`);
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("ignores the account's keys and connection strings (listKeys answers, not settings) without printing them, and adopts the rest", async () => {
        const account = JSON.parse(fs.readFileSync(path.join(FIXTURES, "serverless-dev", "account.json"), "utf8")) as AccountDocument;
        Object.assign(account, {
            primaryMasterKey: KEY,
            secondaryReadonlyMasterKey: KEY,
            connectionStrings: [{ connectionString: CONNECTION, description: "Primary SQL Connection String" }],
        });
        const file = tmp.file("account-keys.json", account);
        const p = tempProject();
        try {
            const r = await adopt([...serverlessDevWith(file), "--stack", "keys", "--dir", p.dir]);
            assert.strictEqual(r.code, 0, r.stderr);
            assert.match(r.stdout, /properties\.primaryMasterKey = \(a secret: not shown\): an account key or connection string, not a setting, ignored/);
            const written = fs.readFileSync(path.join(p.dir, "Pulumi.keys.yaml"), "utf8");
            for (const text of [r.stdout, r.stderr, written]) {
                assert.ok(!text.includes(KEY.slice(0, 20)) && !text.includes("AccountKey="), "no key anywhere");
            }
        } finally {
            p.remove();
        }
    });

    it("never writes a key or connection string into the stack file (here in a tag): exit 1 naming the setting, nothing written", async () => {
        const account = JSON.parse(fs.readFileSync(path.join(FIXTURES, "serverless-dev", "account.json"), "utf8")) as AccountDocument;
        account.tags = { ...(account.tags ?? {}), connection: CONNECTION };
        const file = tmp.file("account-tag.json", account);
        const r = await adopt([...serverlessDevWith(file), "--stack", "tagged", "--dir", project.dir]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /Pulumi\.tagged\.yaml: .*connection = \(a secret: not shown\): looks like a key or connection string/);
        assert.ok(!`${r.stdout}${r.stderr}`.includes("AccountKey="));
        assert.deepStrictEqual(listFiles(project.dir), untouched);
    });

    it("writes no stack file when a script file cannot be written", async () => {
        const p = tempProject();
        try {
            // `scripts` is a file, so scripts/<...>.js cannot be created.
            fs.writeFileSync(path.join(p.dir, "scripts"), "not a directory\n");
            const before = listFiles(p.dir);
            const files = fs.readdirSync(path.join(FIXTURES, "multi-region")).map((f) => path.join(FIXTURES, "multi-region", f));
            // The write failure is thrown (runCommand makes it exit 2 with one line).
            const r = await adopt([...files.flatMap((f) => ["--from", f]), "--stack", "scripted", "--dir", p.dir]).catch((e: unknown) => ({
                ...describeFailure(e),
                stderr: describeFailure(e).message,
            }));
            assert.strictEqual(r.code, 2, r.stderr);
            assert.match(r.stderr, /cannot write .*scripts/);
            assert.deepStrictEqual(listFiles(p.dir), before, "no stack file, no half of the scripts");
        } finally {
            p.remove();
        }
    });

    it("recognises secrets by name and by shape, and scrubs them from any text", () => {
        assert.ok(holdsSecret({ connectionStrings: [{ connectionString: "x" }] }));
        assert.ok(holdsSecret(["ok", { nested: `Endpoint=x;SharedAccessKey=${KEY}` }]));
        assert.ok(!holdsSecret({ partitionKey: { paths: ["/tenantId"] }, keyVaultKeyUri: "https://kv.vault.azure.net/keys/k" }));
        assert.strictEqual(withoutSecrets(`id ${KEY} and ${CONNECTION}`).includes(KEY.slice(0, 10)), false);
    });
});
