import * as assert from "assert";
import { applyOperator, evaluateCondition, Operator, OPERATORS, policyEquals } from "../../tooling/review/azure-policy/conditions";
import { EvaluationError, Unknown, UnsupportedError, Value } from "../../tooling/review/azure-policy/expression";
import { UNKNOWN } from "../../tooling/model/plan-record";
import { account, context, resource } from "./helpers";

const ACCT = "Microsoft.DocumentDB/databaseAccounts";
const on = (inputs: Record<string, unknown>, cond: unknown, params: Record<string, Value> = {}, readOnly: "absent" | "unknown" = "absent") =>
    evaluateCondition(cond, context(resource(account(inputs)), params, readOnly));
const result = (inputs: Record<string, unknown>, cond: unknown, params: Record<string, Value> = {}) => on(inputs, cond, params).result;

describe("Azure Policy conditions", () => {
    const table: [Operator, Value, Value, boolean][] = [
        ["equals", "Enabled", "enabled", true],
        ["equals", false, "false", true],
        ["equals", null, "", true],
        ["notEquals", "Enabled", "Disabled", true],
        ["notEquals", "Disabled", "DISABLED", false],
        ["like", "acct-prod-01", "acct-*-01", true],
        ["like", "ACCT-prod", "acct-*", true],
        ["notLike", "other", "acct-*", true],
        ["match", "ab12", "??##", true],
        ["match", "AB12", "ab##", false],
        ["notMatch", "a-1", "?.#", false],
        ["matchInsensitively", "AB12", "ab##", true],
        ["notMatchInsensitively", "AB12", "ab##", false],
        ["contains", "westeurope", "EUROPE", true],
        ["contains", ["a", "B"], "b", true],
        ["notContains", "westeurope", "asia", true],
        ["in", "WestEurope", ["westeurope", "northeurope"], true],
        ["in", null, ["westeurope"], false],
        ["notIn", "eastus", ["westeurope"], true],
        ["containsKey", { Environment: "x" }, "environment", true],
        ["notContainsKey", { a: 1 }, "b", true],
        ["less", 400, 1000, true],
        ["less", "2019-08-01", "2025-10-15", true],
        ["lessOrEquals", 1000, 1000, true],
        ["greater", 4000, 1000, true],
        ["greater", null, 1000, false],
        ["greaterOrEquals", "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", true],
        ["exists", "x", "true", true],
        ["exists", null, false, true],
        ["exists", "", true, true],
    ];
    for (const [op, actual, expected, want] of table) {
        it(`${op}: ${JSON.stringify(actual)} against ${JSON.stringify(expected)} is ${want}`, () =>
            assert.strictEqual(applyOperator(op, actual, expected), want));
    }

    it("covers every operator Azure documents", () => {
        const covered = new Set(table.map(([op]) => op));
        assert.deepStrictEqual(
            OPERATORS.filter((op) => !covered.has(op)),
            [],
        );
    });

    it("fails the evaluation where Azure does: in without an array, ordering values of different types", () => {
        assert.throws(() => applyOperator("in", "a", "a"), EvaluationError);
        assert.throws(() => applyOperator("less", 1, "2"), /less compares values of one type/);
    });

    it("compares objects and arrays deeply, keys and strings case-insensitively", () => {
        assert.strictEqual(policyEquals({ Name: "EnableServerless" }, { name: "enableserverless" }), true);
        assert.strictEqual(policyEquals(["a"], ["a", "b"]), false);
    });

    it("reads type, name, fullName, kind, location, tags in all syntaxes, and identity.type", () => {
        const base = { tags: { "cost.center": "cc-1", "'it's'": "q", env: "prod" }, identity: { type: "SystemAssigned" } };
        for (const [field, expected] of [
            ["type", ACCT],
            ["name", "acct"],
            ["fullName", "acct"],
            ["kind", "GlobalDocumentDB"],
            ["location", "westeurope"],
            ["tags['cost.center']", "cc-1"],
            ["tags['''it''s''']", "q"],
            ["tags[env]", "prod"],
            ["tags.env", "prod"],
            ["identity.type", "SystemAssigned"],
        ] as const) {
            assert.strictEqual(result(base, { field, equals: expected }), true, field);
        }
        assert.strictEqual(result(base, { field: "tags", containsKey: "ENV" }), true);
    });

    it("normalises location names: 'West Europe' equals westeurope", () => {
        assert.strictEqual(result({ location: "West Europe" }, { field: "location", in: ["westeurope"] }), true);
    });

    it("treats an alias of another resource type as absent, and an unknown alias of this type as not evaluable", () => {
        assert.strictEqual(result({}, { field: "Microsoft.Storage/storageAccounts/allowBlobPublicAccess", exists: false }), true);
        assert.throws(
            () => on({}, { field: `${ACCT}/noSuchProperty`, exists: true }),
            (e: unknown) => e instanceof UnsupportedError && /not in the offline alias map/.test(e.message),
        );
    });

    it("requires every member of a [*] alias to match, and an empty array matches vacuously", () => {
        const cond = { field: `${ACCT}/ipRules[*].ipAddressOrRange`, notEquals: "0.0.0.0" };
        assert.strictEqual(result({ ipRules: [{ ipAddressOrRange: "1.2.3.4" }, { ipAddressOrRange: "5.6.7.8" }] }, cond), true);
        assert.strictEqual(result({ ipRules: [{ ipAddressOrRange: "1.2.3.4" }, { ipAddressOrRange: "0.0.0.0" }] }, cond), false);
        assert.strictEqual(result({ ipRules: [] }, cond), true);
    });

    it("counts members that satisfy where, binding the [*] alias to one member at a time", () => {
        const inputs = { locations: [{ locationName: "West Europe" }, { locationName: "swedencentral" }, { locationName: "northeurope" }] };
        const allowed = {
            count: {
                field: `${ACCT}/Locations[*]`,
                where: { value: `[replace(toLower(first(field('${ACCT}/Locations[*].locationName'))), ' ', '')]`, in: ["westeurope", "northeurope"] },
            },
            equals: 2,
        };
        assert.strictEqual(result(inputs, allowed), true);
        assert.strictEqual(result(inputs, { count: { field: `${ACCT}/locations[*]` }, equals: 3 }), true);
        assert.strictEqual(
            result(inputs, { count: { field: `${ACCT}/locations[*]`, where: { field: `${ACCT}/locations[*].locationName`, like: "*EUROPE" } }, equals: 2 }),
            true,
            "like is case-insensitive and sees one member at a time",
        );
        assert.strictEqual(result(inputs, { value: `[length(field('${ACCT}/Locations[*]'))]`, equals: 3 }), true);
    });

    it("makes field() of the counted alias a one-member array, and current() the member itself", () => {
        const inputs = { ipRules: [{ ipAddressOrRange: "10.0.0.1" }, { ipAddressOrRange: "8.8.8.8" }] };
        const viaCurrent = {
            count: {
                field: `${ACCT}/ipRules[*]`,
                where: { value: `[ipRangeContains('10.0.0.0/8', current('${ACCT}/ipRules[*].ipAddressOrRange'))]`, equals: true },
            },
            equals: 1,
        };
        assert.strictEqual(result(inputs, viaCurrent), true);
        const viaField = {
            count: { field: `${ACCT}/ipRules[*]`, where: { value: `[length(field('${ACCT}/ipRules[*].ipAddressOrRange'))]`, equals: 1 } },
            equals: 2,
        };
        assert.strictEqual(result(inputs, viaField), true);
    });

    it("counts a value array with a named index, nested in a field count", () => {
        const inputs = { ipRules: [{ ipAddressOrRange: "10.0.0.1" }, { ipAddressOrRange: "8.8.8.8" }] };
        const outside = {
            count: {
                field: `${ACCT}/ipRules[*]`,
                where: {
                    count: {
                        value: "[parameters('approved')]",
                        name: "range",
                        where: { value: `[ipRangeContains(current('range'), current('${ACCT}/ipRules[*].ipAddressOrRange'))]`, equals: true },
                    },
                    equals: 0,
                },
            },
            greater: 0,
        };
        assert.strictEqual(result(inputs, outside, { approved: ["10.0.0.0/8"] }), true, "8.8.8.8 is outside every approved range");
        assert.strictEqual(result(inputs, outside, { approved: ["10.0.0.0/8", "8.0.0.0/8"] }), false);
        assert.strictEqual(result({}, { count: { value: ["a*", "b*"], where: { field: "name", like: "[current()]" } }, greater: 0 }), true);
    });

    it("combines allOf, anyOf and not, and explains the deciding conditions", () => {
        const v = on(
            { publicNetworkAccess: "Enabled" },
            { allOf: [{ field: "type", equals: ACCT }, { not: { field: `${ACCT}/publicNetworkAccess`, equals: "Disabled" } }] },
        );
        assert.strictEqual(v.result, true);
        assert.match(v.why.join("; "), /publicNetworkAccess is "Enabled" \(equals "Disabled": false\)/);
        assert.strictEqual(
            result(
                {},
                {
                    anyOf: [
                        { field: "type", equals: "x" },
                        { field: "name", equals: "acct" },
                    ],
                },
            ),
            true,
        );
    });

    it("reports Unknown only when the result depends on a value known after apply", () => {
        const unknownAccess = { publicNetworkAccess: UNKNOWN };
        const depends = on(unknownAccess, { field: `${ACCT}/publicNetworkAccess`, notEquals: "Disabled" });
        assert.ok(depends.result instanceof Unknown);
        assert.match(depends.result.reason, /publicNetworkAccess is known only after apply/);
        assert.strictEqual(
            result(unknownAccess, {
                allOf: [
                    { field: "type", equals: "Microsoft.Network/virtualNetworks" },
                    { field: `${ACCT}/publicNetworkAccess`, notEquals: "Disabled" },
                ],
            }),
            false,
        );
        assert.strictEqual(
            result(unknownAccess, {
                anyOf: [
                    { field: "type", equals: ACCT },
                    { field: `${ACCT}/publicNetworkAccess`, notEquals: "Disabled" },
                ],
            }),
            true,
        );
    });

    it("reads a property Azure sets as absent in a request and as unknown for a compliance scan", () => {
        const cond = { field: `${ACCT}/keysMetadata.primaryMasterKey.generationTime`, exists: false };
        assert.strictEqual(on({}, cond, {}, "absent").result, true);
        assert.ok(on({}, cond, {}, "unknown").result instanceof Unknown);
    });

    it("resolves a field name built by an expression (the required-tag built-in)", () => {
        const cond = { field: "[concat('tags[', parameters('tagName'), ']')]", exists: "false" };
        assert.strictEqual(result({ tags: { owner: "x" } }, cond, { tagName: "environment" }), true);
        assert.strictEqual(result({ tags: { Environment: "x" } }, cond, { tagName: "environment" }), false, "tag names compare case-insensitively");
    });

    it("reads operator and property names case-insensitively, as the built-ins write them (notin, anyof, ALLOF)", () => {
        // Cosmos DB/Cosmos_DisableLocalAuth_AuditDeny.json writes "notin"; Azure accepts any casing.
        const cond = {
            ALLOF: [
                { Field: "type", EQUALS: ACCT },
                { field: `${ACCT}/capabilities[*].name`, notin: ["EnableMongo", "EnableCassandra"] },
                { anyof: [{ field: "name", Like: "acct*" }] },
            ],
        };
        const v = on({ capabilities: [{ name: "EnableServerless" }] }, cond);
        assert.strictEqual(v.result, true);
        assert.strictEqual(result({ capabilities: [{ name: "EnableMongo" }] }, cond), false);
        assert.strictEqual(result({}, { NOT: { field: "name", NotEquals: "acct" } }), true);
        assert.strictEqual(
            result(
                { ipRules: [{ ipAddressOrRange: "1.2.3.4" }] },
                { Count: { Field: `${ACCT}/ipRules[*]`, Where: { field: `${ACCT}/ipRules[*].ipAddressOrRange`, equals: "1.2.3.4" } }, Equals: 1 },
            ),
            true,
        );
        assert.throws(() => on({}, { field: "name", equals: "a", EQUALS: "b" }), /names "equals" twice/);
    });

    it("counts 0 members of a [*] alias of another resource type, and reads its plain alias as absent", () => {
        // A built-in that counts a virtual network's subnets, evaluated on a Cosmos DB account: no such array, count 0.
        assert.strictEqual(result({}, { count: { field: "Microsoft.Network/virtualNetworks/subnets[*]" }, equals: 0 }), true);
        assert.strictEqual(
            result(
                {},
                {
                    count: {
                        field: "Microsoft.Network/virtualNetworks/subnets[*]",
                        where: { field: "Microsoft.Network/virtualNetworks/subnets[*].name", equals: "x" },
                    },
                    less: 1,
                },
            ),
            true,
        );
        assert.strictEqual(result({}, { field: "Microsoft.Network/virtualNetworks/enableDdosProtection", exists: false }), true);
    });

    it("matches like with many wildcards correctly and in linear time, where a backtracking pattern would take minutes", () => {
        const text = "a".repeat(100000);
        const pattern = `${"*a".repeat(30)}*b`;
        const t = process.hrtime.bigint();
        assert.strictEqual(applyOperator("like", text, pattern), false);
        assert.strictEqual(applyOperator("like", `${text}b`, pattern), true);
        assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 1000);
        assert.strictEqual(applyOperator("like", "acct-prod-eu-01", "acct-*-*-01"), true);
        assert.strictEqual(applyOperator("like", "acct-01", "acct-*-*-01"), false);
        assert.strictEqual(applyOperator("like", "ab", "a*b*"), true);
        assert.strictEqual(applyOperator("like", "abc", "*"), true);
        assert.strictEqual(applyOperator("like", "aXbXc", "a*c"), true);
        assert.strictEqual(applyOperator("like", "a", "a*a"), false, "the prefix and the suffix may not overlap");
    });

    it("refuses conditions nested deeper than Azure's 512 levels, quickly and without exhausting the stack", () => {
        let deep: unknown = { field: "name", equals: "acct" };
        for (let i = 0; i < 100000; i++) deep = { not: deep };
        const t = process.hrtime.bigint();
        assert.throws(
            () => on({}, deep),
            (e: unknown) => e instanceof UnsupportedError && /nests conditions more than 512 deep/.test(e.message),
        );
        assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 1000);
        let ok: unknown = { field: "name", equals: "acct" };
        for (let i = 0; i < 500; i++) ok = { not: ok };
        assert.strictEqual(on({}, ok).result, true, "500 nots of a true condition");
    });

    it("refuses a value count over more than Azure's 100 iterations (nested counts multiply), and fails the evaluation when the array is the resource's", () => {
        const nested = { count: { value: "[range(0, 20)]", name: "a", where: { count: { value: "[range(0, 10)]", name: "b" }, greater: 0 } }, greater: 0 };
        assert.throws(
            () => on({}, nested),
            (e: unknown) => e instanceof UnsupportedError && /iterates 200 times .*Azure allows 100/.test(e.message),
        );
        assert.strictEqual(
            on({}, { count: { value: "[range(0, 10)]", name: "a", where: { count: { value: "[range(0, 10)]", name: "b" }, greater: 0 } }, equals: 10 }).result,
            true,
            "10 x 10 = 100 is allowed",
        );
        const fromResource = { count: { value: `[field('${ACCT}/ipRules[*].ipAddressOrRange')]` }, greater: 0 };
        const ipRules = Array.from({ length: 101 }, (_v, i) => ({ ipAddressOrRange: `10.0.0.${i}` }));
        assert.throws(
            () => on({ ipRules }, fromResource),
            (e: unknown) => e instanceof EvaluationError && /iterates 101 times/.test(e.message),
        );
    });

    it("ends a count over thousands of members counted in nested counts as not evaluated, well under a second", () => {
        const ipRules = Array.from({ length: 2000 }, (_v, i) => ({ ipAddressOrRange: `10.0.${i >> 8}.${i & 255}` }));
        const virtualNetworkRules = Array.from({ length: 2000 }, (_v, i) => ({ id: `/subnets/${i}` }));
        // 2,000 x 2,000 members: four million evaluations.
        const cond = {
            count: {
                field: `${ACCT}/ipRules[*]`,
                where: { count: { field: `${ACCT}/virtualNetworkRules[*]`, where: { field: `${ACCT}/virtualNetworkRules[*].id`, equals: "x" } }, greater: 0 },
            },
            greater: 0,
        };
        const t = process.hrtime.bigint();
        assert.throws(() => on({ ipRules, virtualNetworkRules }, cond), /more than 20000 condition evaluations/);
        assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 5000);
    });
});
