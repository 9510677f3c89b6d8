/**
 * docs/components.md promises that every argument is documented: every property of every
 * interface in components/<component>/args.ts, and of the package's interfaces those reach, has a
 * JSDoc comment (what the editor shows a TypeScript program, and what the plugin's schema carries
 * to Python, C#, Go, Java and YAML as the input's description; test/plugin-package.test.ts checks
 * that side). Read with the TypeScript parser (tooling/package/arg-docs.ts).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { allProperties, argumentDocs, argumentInterfaces } from "../tooling/package/arg-docs";
import { COMPONENTS_DIR } from "../tooling/package/pack";

const COMPONENT_ARGS = [
    "AccessArgs",
    "CosmosAccountArgs",
    "CosmosEstateArgs",
    "DedicatedGatewayArgs",
    "IdentitiesArgs",
    "MonitoringArgs",
    "PrivateNetworkArgs",
    "SqlDataArgs",
];

describe("the components' argument documentation", () => {
    it("documents every property of every argument interface, nested and inherited ones included", () => {
        const interfaces = argumentInterfaces(COMPONENTS_DIR);
        const docs = argumentDocs(interfaces);
        assert.deepStrictEqual(docs.undocumented, []);
        assert.strictEqual(docs.documented, docs.total);
        for (const name of COMPONENT_ARGS) assert.ok(interfaces.has(name), name);
        // Reached from args.ts though declared elsewhere; and a property that only an `extends` brings.
        assert.strictEqual(interfaces.get("InPlaceRestore")?.file, "shared/restore.ts");
        assert.ok(allProperties(interfaces, "CosmosEstateArgs").some((p) => p.name === "account" && p.doc.length > 0));
        assert.ok(allProperties(interfaces, "EstateNetwork").some((p) => p.name === "ipRules" && p.owner === "AccountNetwork"));
        assert.ok(docs.total > 300, `${docs.total} properties`);
    });

    it("tags with @default every default the text gives as a literal value (Default `x`), so editors and the schema show it", () => {
        const interfaces = argumentInterfaces(COMPONENTS_DIR);
        const literal = /\bDefault:? `([^`<]+)`/;
        const untagged: string[] = [];
        let tagged = 0;
        for (const name of interfaces.keys()) {
            for (const property of allProperties(interfaces, name)) {
                if (property.owner !== name || !literal.test(property.doc)) continue;
                if (property.defaultTag === undefined) untagged.push(`${name}.${property.name}`);
                else tagged++;
            }
        }
        assert.deepStrictEqual(untagged, []);
        assert.ok(tagged >= 3, `${tagged} literal defaults tagged`);
    });

    describe("the reader (tooling/package/arg-docs.ts)", () => {
        let dir: string;
        beforeEach(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "arg-docs-"));
            fs.mkdirSync(path.join(dir, "thing"));
            fs.mkdirSync(path.join(dir, "shared"));
        });
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it("counts a property without JSDoc, one with a line comment only, and one in a type reached from args.ts, and skips types args.ts never reaches", () => {
            fs.writeFileSync(
                path.join(dir, "thing", "args.ts"),
                [
                    'import type { Window } from "../shared/window";',
                    "/** Base. */",
                    "export interface Base {",
                    "    /** Documented. */",
                    "    kept: string;",
                    "    bare?: number;",
                    "}",
                    "export interface ThingArgs extends Base {",
                    "    // A line comment is not JSDoc: no editor or schema shows it.",
                    "    commented: string;",
                    "    /**",
                    "     * Windows.",
                    "     * @default []",
                    "     */",
                    "    windows?: { [key: string]: Window };",
                    "}",
                ].join("\n"),
            );
            fs.writeFileSync(
                path.join(dir, "shared", "window.ts"),
                ["export interface Window {", "    start: string;", "}", "/** Not an argument. */", "export interface Internal {", "    x: string;", "}"].join(
                    "\n",
                ),
            );
            const interfaces = argumentInterfaces(dir);
            assert.deepStrictEqual([...interfaces.keys()].sort(), ["Base", "ThingArgs", "Window"]);
            assert.deepStrictEqual(argumentDocs(interfaces), { total: 5, documented: 2, undocumented: ["Base.bare", "ThingArgs.commented", "Window.start"] });
            assert.deepStrictEqual(
                allProperties(interfaces, "ThingArgs").map((p) => [p.owner, p.name, p.optional, p.defaultTag]),
                [
                    ["Base", "kept", false, undefined],
                    ["Base", "bare", true, undefined],
                    ["ThingArgs", "commented", false, undefined],
                    ["ThingArgs", "windows", true, "[]"],
                ],
            );
        });

        it("refuses two argument interfaces of one name, which the plugin's schema could not tell apart", () => {
            fs.writeFileSync(
                path.join(dir, "thing", "args.ts"),
                "export interface Range {\n    /** a */\n    a: string;\n}\nexport interface ThingArgs {\n    /** r */\n    r: Range;\n}\n",
            );
            fs.mkdirSync(path.join(dir, "other"));
            fs.writeFileSync(path.join(dir, "other", "args.ts"), "export interface Range {\n    /** b */\n    b: string;\n}\n");
            assert.throws(() => argumentInterfaces(dir), /^Error: argument interface Range is declared in both other\/args\.ts and thing\/args\.ts$/);
        });
    });
});
