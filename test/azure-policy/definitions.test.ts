import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AzurePolicyInputError, documentsFrom, PolicyDefinition, readPolicyInputs } from "../../tooling/review/azure-policy/definitions";
import { PROJECT_DIR } from "../helpers/config";

const CATALOG = path.join(PROJECT_DIR, "test/fixtures/azure-policy/catalog");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-policy-defs-"));
const rule = { if: { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" }, then: { effect: "audit" } };
const def = (extra: Record<string, unknown> = {}, policyRule: unknown = rule) => ({ name: "d1", displayName: "d1", mode: "All", policyRule, ...extra });
const refused = (doc: unknown, pattern: RegExp) =>
    assert.throws(
        () => documentsFrom(doc, "defs.json"),
        (e: unknown) => e instanceof AzurePolicyInputError && pattern.test(e.message),
    );
const write = (dir: string, name: string, doc: unknown) => fs.writeFileSync(path.join(dir, name), JSON.stringify(doc));

describe("Azure Policy definitions as Azure accepts them", () => {
    it("reads every stored built-in of Azure/azure-policy (catalog/) with its version", () => {
        const defs = readPolicyInputs([CATALOG]).definitions;
        assert.strictEqual(defs.length, 19);
        assert.ok(
            defs.every((d) => d.version !== undefined && /^\d+\.\d+\.\d+/.test(d.version)),
            "each built-in carries a version",
        );
        assert.strictEqual(defs.find((d) => d.displayName === "[Preview]: Cosmos Database Accounts should be Zone Redundant")?.version, "1.0.0-preview");
    });

    it("reads document, rule and parameter keys in any casing, as ARM does", () => {
        const d = documentsFrom(
            {
                Name: "d2",
                Properties: {
                    DisplayName: "D2",
                    Mode: "All",
                    Parameters: { Effect: { Type: "String", DefaultValue: "Audit", AllowedValues: ["Audit", "Deny"] } },
                    PolicyRule: { IF: { field: "type", equals: "x" }, THEN: { Effect: "[parameters('effect')]" } },
                },
            },
            "d2.json",
        )[0] as PolicyDefinition;
        assert.strictEqual(d.displayName, "D2");
        assert.strictEqual(d.parameters.Effect.defaultValue, "Audit");
        assert.strictEqual(d.rule.then.effect, "[parameters('effect')]");
        refused(
            { name: "x", policyRule: { if: { field: "type", equals: "a" }, IF: { field: "type", equals: "b" }, then: { effect: "audit" } } },
            /has "if" twice, in two spellings/,
        );
    });

    it("refuses an effect that is not one of Azure's, in the rule, a parameter's allowed values or default, or an assignment override", () => {
        refused(def({}, { if: rule.if, then: { effect: "block" } }), /effect "block" is not an Azure Policy effect; accepted: deny, audit/);
        refused(
            def(
                { parameters: { effect: { type: "String", allowedValues: ["Audit", "Block"], defaultValue: "Audit" } } },
                { if: rule.if, then: { effect: "[parameters('effect')]" } },
            ),
            /parameter 'effect' \(the effect\) allows or defaults to "Block"/,
        );
        refused(
            { name: "a", scope: "/subscriptions/s", policyDefinitionId: "/p/d1", overrides: [{ kind: "policyEffect", value: "Stop" }] },
            /overrides\[0\] sets effect "Stop", which is not an Azure Policy effect/,
        );
        // The effects real built-ins use, in any casing, are accepted (auditAction: General/MFA_DenyAction.json).
        for (const effect of [
            "Deny",
            "AUDIT",
            "auditIfNotExists",
            "DeployIfNotExists",
            "Modify",
            "Append",
            "DenyAction",
            "AuditAction",
            "Disabled",
            "Manual",
            "Mutate",
            "EnforceRegoPolicy",
        ]) {
            assert.doesNotThrow(() => documentsFrom(def({}, { if: rule.if, then: { effect } }), "x"), effect);
        }
    });

    it("refuses a version that is not {Major}.{Minor}.{Patch}, and an assignment of a version the given definition is not", () => {
        refused(def({ version: "1.0" }), /version is "1.0"; expected \{Major\}\.\{Minor\}\.\{Patch\}/);
        refused(def({ metadata: { version: "v2" } }), /metadata.version is "v2"/);
        assert.strictEqual((documentsFrom(def({ version: "2.1.0-deprecated" }), "x")[0] as PolicyDefinition).version, "2.1.0-deprecated");
        refused(
            { name: "a", scope: "/subscriptions/s", policyDefinitionId: "/p/d1", definitionVersion: "latest" },
            /definitionVersion is "latest"; expected #\.\*\.\* or #\.#\.\*/,
        );
        const dir = tmp();
        write(dir, "def.json", { id: "/providers/Microsoft.Authorization/policyDefinitions/d1", ...def({ version: "1.2.0" }) });
        write(dir, "assign.json", {
            name: "a",
            scope: "/subscriptions/s",
            policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/d1",
            definitionVersion: "2.*.*",
        });
        assert.throws(() => readPolicyInputs([dir]), /assignment a evaluates version 2\.\*\.\* of d1, but .*def\.json is version 1\.2\.0/);
        write(dir, "assign.json", {
            name: "a",
            scope: "/subscriptions/s",
            policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/d1",
            definitionVersion: "1.2.*",
        });
        assert.strictEqual(readPolicyInputs([dir]).assignments[0].definitionVersion, "1.2.*");
        write(dir, "assign.json", {
            name: "a",
            scope: "/subscriptions/s",
            policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/d1",
            definitionVersion: "1.3.*",
        });
        assert.throws(() => readPolicyInputs([dir]), /evaluates version 1\.3\.\*/);
    });

    it("refuses rules beyond Azure's authoring limits: conditions, functions, field counts per array, value counts and their iterations", () => {
        const many = (n: number) => ({ allOf: Array.from({ length: n }, (_v, i) => ({ field: "name", notEquals: `n${i}` })) });
        refused(def({}, { if: many(4097), then: { effect: "audit" } }), /the "if" has 4097 conditions; Azure allows 4096/);
        assert.doesNotThrow(() => documentsFrom(def({}, { if: many(4096), then: { effect: "audit" } }), "x"));
        const calls = { allOf: Array.from({ length: 700 }, () => ({ value: "[concat(toLower('a'), toUpper('b'), trim('c'))]", equals: "x" })) };
        refused(def({}, { if: calls, then: { effect: "audit" } }), /the rule calls 2800 functions; Azure allows 2048/);
        const fieldCount = { count: { field: "Microsoft.Network/virtualNetworks/subnets[*]" }, greater: 0 };
        refused(
            def({}, { if: { allOf: Array.from({ length: 6 }, () => fieldCount) }, then: { effect: "audit" } }),
            /6 field count expressions over Microsoft.Network\/virtualNetworks\/subnets\[\*\]; Azure allows 5 per array/,
        );
        const valueCount = { count: { value: ["a"] }, greater: 0 };
        refused(
            def({}, { if: { allOf: Array.from({ length: 11 }, () => valueCount) }, then: { effect: "audit" } }),
            /11 value count expressions; Azure allows 10 per rule/,
        );
        const nested = {
            count: {
                value: Array.from({ length: 11 }, (_v, i) => i),
                name: "a",
                where: { count: { value: Array.from({ length: 10 }, (_v, i) => i), name: "b" }, greater: 0 },
            },
            greater: 0,
        };
        refused(def({}, { if: nested, then: { effect: "audit" } }), /a value count iterates 110 times \(with its enclosing value counts\); Azure allows 100/);
        let deep: unknown = rule.if;
        for (let i = 0; i < 600; i++) deep = { not: deep };
        refused(def({}, { if: deep, then: { effect: "audit" } }), /nests conditions more than 512 deep/);
        refused(
            def({}, { if: { value: `[${"concat(".repeat(65)}'x'${")".repeat(65)}]`, equals: "x" }, then: { effect: "audit" } }),
            /nests functions more than 64 deep/,
        );
    });

    it("refuses a document nested thousands deep at once, without exhausting the stack", () => {
        let deep: unknown = "x";
        for (let i = 0; i < 200000; i++) deep = { a: deep };
        const t = process.hrtime.bigint();
        refused(def({ parameters: { p: { type: "Object", defaultValue: deep } } }), /nests JSON more than 1100 levels deep/);
        assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 2000);
    });

    it("refuses a symbolic link loop, a dangling link and a non-regular file among the definitions, naming the path", function () {
        if (process.platform === "win32") this.skip();
        const dir = tmp();
        write(dir, "ok.json", def());
        fs.mkdirSync(path.join(dir, "sub"));
        fs.symlinkSync(dir, path.join(dir, "sub", "back"));
        assert.throws(
            () => readPolicyInputs([dir]),
            (e: unknown) => e instanceof AzurePolicyInputError && /cannot read .*sub\/back: a symbolic link loop/.test(e.message),
        );
        fs.unlinkSync(path.join(dir, "sub", "back"));
        fs.symlinkSync(path.join(dir, "a.json"), path.join(dir, "b.json"));
        fs.symlinkSync(path.join(dir, "b.json"), path.join(dir, "a.json"));
        assert.throws(
            () => readPolicyInputs([dir]),
            (e: unknown) => e instanceof AzurePolicyInputError && /cannot read .*a\.json: a symbolic link loop/.test(e.message),
        );
        fs.unlinkSync(path.join(dir, "a.json"));
        fs.unlinkSync(path.join(dir, "b.json"));
        fs.symlinkSync(path.join(dir, "gone"), path.join(dir, "sub", "dangling"));
        assert.throws(
            () => readPolicyInputs([dir]),
            (e: unknown) =>
                e instanceof AzurePolicyInputError && /cannot read .*sub\/dangling: a symbolic link to .*gone, which does not exist/.test(e.message),
        );
        fs.unlinkSync(path.join(dir, "sub", "dangling"));
        execFileSync("mkfifo", [path.join(dir, "pipe.json")]);
        assert.throws(
            () => readPolicyInputs([dir]),
            (e: unknown) => e instanceof AzurePolicyInputError && /pipe\.json: not a regular file or a directory/.test(e.message),
        );
        fs.unlinkSync(path.join(dir, "pipe.json"));
        fs.symlinkSync(path.join(dir, "ok.json"), path.join(dir, "sub", "link.json"));
        assert.strictEqual(readPolicyInputs([dir]).definitions.length, 2, "a link to a file is followed");
    });
});
