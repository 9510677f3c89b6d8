import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALIAS_SOURCES, ALIAS_TABLE, ALIASES_AS_OF } from "../../tooling/review/azure-policy/alias-data";
import { ALIASES, ARM_TYPES, inputPathOf, lookupAlias, OTHER_TYPES } from "../../tooling/review/azure-policy/aliases";
import { readPolicyInputs } from "../../tooling/review/azure-policy/definitions";
import { PROJECT_DIR } from "../helpers/config";
import { BUILTIN } from "./helpers";

/** The aliases a rule reads: `field` operands (conditions, count, modify/append) and field('...') calls. */
function aliasesIn(value: unknown, out = new Set<string>()): string[] {
    if (typeof value === "string") for (const m of value.matchAll(/field\('([^']+)'\)/g)) out.add(m[1]);
    else if (Array.isArray(value)) value.forEach((v) => aliasesIn(v, out));
    else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
            if (k === "field" && typeof v === "string" && !v.startsWith("[")) out.add(v);
            aliasesIn(v, out);
        }
    }
    return [...out].filter((a) => a.split("/").length >= 3);
}

describe("Azure Policy aliases", () => {
    const defs = readPolicyInputs([BUILTIN]).definitions;
    const ourTypes = Object.values(ARM_TYPES).map((t) => t.armType.toLowerCase());

    it("resolves every alias the shipped built-ins use for a resource type this project creates", () => {
        const missing: string[] = [];
        let checked = 0;
        for (const d of defs) {
            for (const alias of aliasesIn({ if: d.rule.if, then: { ...d.rule.then, deployment: undefined } })) {
                const type = alias.slice(0, alias.lastIndexOf("/")).toLowerCase();
                if (!ourTypes.includes(type)) continue;
                checked++;
                if (
                    lookupAlias(alias, ARM_TYPES[Object.keys(ARM_TYPES).find((k) => ARM_TYPES[k].armType.toLowerCase() === type) as string].armType).kind !==
                    "alias"
                )
                    missing.push(`${alias} (${path.basename(d.source)})`);
            }
        }
        assert.deepStrictEqual(missing, []);
        assert.ok(checked >= 20, `expected the fixtures to use at least 20 aliases of our types, saw ${checked}`);
    });

    it("maps each alias to the azure-native input that carries it: the ARM path without its properties segments", () => {
        assert.strictEqual(ALIASES.get("microsoft.documentdb/databaseaccounts/publicnetworkaccess")?.inputPath, "publicNetworkAccess");
        assert.strictEqual(ALIASES.get("microsoft.documentdb/databaseaccounts/sku.name")?.inputPath, "databaseAccountOfferType");
        assert.strictEqual(
            ALIASES.get("microsoft.network/virtualnetworks/subnets[*].addressprefix")?.armPath,
            "properties.subnets[*].properties.addressPrefix",
        );
        assert.strictEqual(ALIASES.get("microsoft.network/virtualnetworks/subnets[*].addressprefix")?.inputPath, "subnets[*].addressPrefix");
        assert.strictEqual(ALIASES.get("microsoft.insights/diagnosticsettings/logs.enabled")?.inputPath, "logs[*].enabled");
        assert.strictEqual(inputPathOf("properties.a.properties.b[*].properties.c"), "a.b[*].c");
        for (const entry of ALIASES.values()) assert.ok(entry.armPath.startsWith("properties."), `${entry.alias} has default path ${entry.armPath}`);
    });

    it("marks properties Azure sets as read only", () => {
        assert.strictEqual(
            ALIASES.get("microsoft.documentdb/databaseaccounts/privateendpointconnections[*].privatelinkserviceconnectionstate.status")?.readOnly,
            true,
        );
        assert.strictEqual(ALIASES.get("microsoft.documentdb/databaseaccounts/disablelocalauth")?.readOnly, false);
    });

    it("has an alias table for every resource type it maps", () => {
        for (const info of Object.values(ARM_TYPES)) {
            assert.ok(
                [...ALIASES.values()].some((a) => a.armType === info.armType) || info.armType === "Microsoft.Resources/subscriptions/resourceGroups",
                `no aliases for ${info.armType}`,
            );
        }
    });

    it("sends requestContext().apiVersion as the installed azure-native documents for each resource", () => {
        const root = path.join(PROJECT_DIR, "node_modules/@pulumi/azure-native");
        for (const [token, info] of Object.entries(ARM_TYPES)) {
            const [, module, type] = token.split(":");
            const file = path.join(root, module, `${type[0].toLowerCase()}${type.slice(1)}.d.ts`);
            const m = /Uses Azure REST API version ([0-9a-z-]+)/.exec(fs.readFileSync(file, "utf8"));
            assert.strictEqual(info.apiVersion, m?.[1], `${token}: ${file}`);
        }
    });

    it("resolves every alias any built-in in Azure/azure-policy reads for the project's types (the extracted list, not only the shipped definitions)", () => {
        const fixture = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "test/fixtures/azure-policy/builtin-aliases.json"), "utf8")) as {
            source: { commit: string };
            aliases: Record<string, { definitions: number }>;
        };
        const names = Object.keys(fixture.aliases);
        assert.ok(names.length >= 80, `the extracted list has ${names.length} aliases`);
        const missing = names.filter((alias) => {
            const type = alias.slice(0, alias.lastIndexOf("/"));
            return lookupAlias(alias, type).kind !== "alias";
        });
        assert.deepStrictEqual(missing, []);
        for (const alias of [
            "Microsoft.Network/privateEndpoints/privateLinkServiceConnections[*].groupIds[*]",
            "Microsoft.OperationalInsights/workspaces/features.disableLocalAuth",
            "Microsoft.Network/virtualNetworks/subnets/defaultOutboundAccess",
        ]) {
            assert.ok(names.includes(alias), `${alias} is among the built-ins' aliases`);
        }
    });

    it("carries every published alias of each type, with its source file, commit and date", () => {
        assert.ok(ALIASES.size > 3000, `${ALIASES.size} aliases`);
        for (const type of Object.keys(ALIAS_TABLE).filter((t) => ALIAS_TABLE[t].trim()))
            assert.match(ALIAS_SOURCES[type] ?? "", /^aliases\/.+\.md@[0-9a-f]{12} \(\d{4}-\d{2}-\d{2}\)$/, type);
        assert.match(ALIASES_AS_OF, /^\d{4}-\d{2}-\d{2}$/);
        // Array aliases of the embedded objects, and read-only ones Azure sets.
        assert.strictEqual(
            ALIASES.get("microsoft.network/privateendpoints/privatelinkserviceconnections[*].privatelinkserviceid")?.inputPath,
            "privateLinkServiceConnections[*].privateLinkServiceId",
        );
        assert.strictEqual(
            ALIASES.get("microsoft.network/privateendpoints/subnet.networksecuritygroup.securityrules[*].description")?.armPath,
            "properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.description",
        );
        assert.strictEqual(
            ALIASES.get("microsoft.insights/metricalerts/criteria.odata.type")?.inputPath,
            "criteria.odataType",
            "azure-native renames odata.type",
        );
        assert.strictEqual(
            ALIASES.get("microsoft.documentdb/databaseaccounts/services/servicetype")?.inputPath,
            "properties.serviceType",
            "azure-native keeps this properties object",
        );
    });

    it("marks an alias read only whenever the azure-native resource has no such top-level input (checked against node_modules)", () => {
        const root = path.join(PROJECT_DIR, "node_modules/@pulumi/azure-native");
        let checked = 0;
        for (const [token, info] of Object.entries(ARM_TYPES)) {
            const [, module, type] = token.split(":");
            const text = fs.readFileSync(path.join(root, module, `${type[0].toLowerCase()}${type.slice(1)}.d.ts`), "utf8");
            const args = text.slice(text.indexOf(`export interface ${type}Args {`));
            const inputs = new Set([...args.slice(0, args.indexOf("\n}")).matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1].toLowerCase()));
            for (const entry of ALIASES.values()) {
                if (entry.armType !== info.armType) continue;
                const top = entry.inputPath.split(/[.[]/)[0].toLowerCase();
                if (!inputs.has(top)) assert.strictEqual(entry.readOnly, true, `${entry.alias}: ${token} has no input ${top}`);
                checked++;
            }
        }
        assert.ok(checked > 3000);
    });

    it("knows the ARM type, name input and API version of the other common azure-native resources it judges by type", () => {
        const root = path.join(PROJECT_DIR, "node_modules/@pulumi/azure-native");
        for (const [token, info] of Object.entries(OTHER_TYPES)) {
            const [, module, type] = token.split(":");
            const text = fs.readFileSync(path.join(root, module, `${type[0].toLowerCase()}${type.slice(1)}.d.ts`), "utf8");
            assert.strictEqual(/Uses Azure REST API version ([0-9a-z-]+)/.exec(text)?.[1], info.apiVersion, token);
            const args = text.slice(text.indexOf(`export interface ${type}Args {`));
            assert.match(
                args.slice(0, args.indexOf("\n}")),
                new RegExp(`^ {4}${info.names[0]}\\??:`, "m"),
                `${token} names the resource with ${info.names[0]}`,
            );
        }
    });
});
