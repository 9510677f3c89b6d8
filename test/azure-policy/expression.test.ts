import * as assert from "assert";
import {
    EvaluationError,
    ExpressionContext,
    isExpression,
    openObject,
    parseExpression,
    PolicyLimitError,
    resolve,
    Unknown,
    UnsupportedError,
    Value,
} from "../../tooling/review/azure-policy/expression";
import { FUNCTION_NAMES } from "../../tooling/review/azure-policy/functions";

const ctx = (overrides: Partial<ExpressionContext> = {}): ExpressionContext => ({
    parameter: (n) => (({ tagName: "env", list: ["a", "b"], num: "60", obj: { Key: "v" } }) as Record<string, Value>)[n] ?? null,
    field: (n) => (n === "name" ? "acct-01" : n === "missing" ? "" : new Unknown(`${n} is known only after apply`)),
    current: () => "member",
    requestContext: () => ({ apiVersion: "2025-10-15" }),
    resourceGroup: () => ({ name: "rg-app", tags: { owner: "team" } }),
    subscription: () => ({ subscriptionId: "sub" }),
    policy: () => ({ assignmentId: "a1" }),
    now: () => new Date("2026-11-29T12:00:00.000Z"),
    ...overrides,
});
const ev = (text: string, c = ctx()) => resolve(text, c);
const throws = (text: string, kind: typeof EvaluationError | typeof UnsupportedError, pattern: RegExp) =>
    assert.throws(
        () => ev(text),
        (e: unknown) => e instanceof kind && pattern.test(e.message),
    );

describe("Azure Policy template expressions", () => {
    it("treats only [..] strings as expressions and [[ as an escaped literal", () => {
        assert.strictEqual(isExpression("[concat('a')]"), true);
        assert.strictEqual(ev("plain text"), "plain text");
        assert.strictEqual(ev("[[not an expression]"), "[not an expression]");
    });

    it("parses strings with doubled quotes, numbers, nested calls, property and index access", () => {
        assert.strictEqual(ev("['it''s']"), "it's");
        assert.strictEqual(ev("[add(-2, 5)]"), 3);
        assert.strictEqual(ev("[resourceGroup().tags['owner']]"), "team");
        assert.strictEqual(ev("[resourceGroup().Name]"), "rg-app", "property names are case-insensitive");
        assert.strictEqual(ev("[parameters('list')[1]]"), "b");
        assert.strictEqual(ev("[requestContext().apiVersion]"), "2025-10-15");
        assert.strictEqual(ev("[CONCAT('tags[', parameters('tagName'), ']')]"), "tags[env]", "function names are case-insensitive");
    });

    it("propagates a value only Azure knows instead of guessing", () => {
        const v = ev("[toLower(field('publicNetworkAccess'))]");
        assert.ok(v instanceof Unknown);
        assert.match(v.reason, /publicNetworkAccess is known only after apply/);
    });

    it("evaluates only the branch if() takes, as built-ins rely on to guard int('')", () => {
        assert.strictEqual(ev("[if(equals(field('missing'), ''), 0, int(field('missing')))]"), 0);
        throws("[int(field('missing'))]", EvaluationError, /int\(\) cannot convert string ""/);
    });

    it("reports functions a policy rule may not use as not supported, and syntax errors", () => {
        throws("[reference('x')]", UnsupportedError, /reference\(\) is not supported offline/);
        throws("[concat('a']", UnsupportedError, /cannot parse expression/);
    });

    const cases: [string, Value][] = [
        ["[toLower('AbC')]", "abc"],
        ["[toUpper('AbC')]", "ABC"],
        ["[trim('  x ')]", "x"],
        ["[replace('a b c', ' ', '')]", "abc"],
        ["[split('a/b;c', createArray('/', ';'))]", ["a", "b", "c"]],
        ["[substring('abcdef', 1, 3)]", "bcd"],
        ["[startsWith('Microsoft.DocumentDB', 'microsoft.')]", true],
        ["[endsWith('acct-01', '-01')]", true],
        ["[indexOf('abcABC', 'C')]", 2],
        ["[lastIndexOf('abcABC', 'c')]", 5],
        ["[padLeft('7', 3, '0')]", "007"],
        ["[format('{0}-{1}', 'a', 2)]", "a-2"],
        ["[string(true())]", "True"],
        ["[and(true, not(false))]", true],
        ["[base64ToString(base64('hi'))]", "hi"],
        ["[concat(createArray(1), createArray(2, 3))]", [1, 2, 3]],
        ["[concat('a', 1)]", "a1"],
        ["[length(parameters('list'))]", 2],
        ["[length(parameters('obj'))]", 1],
        ["[empty('')]", true],
        ["[empty(createArray())]", true],
        ["[contains('abc', 'b')]", true],
        ["[contains('abc', 'B')]", false],
        ["[contains(parameters('list'), 'b')]", true],
        ["[contains(parameters('obj'), 'key')]", true],
        ["[first(parameters('list'))]", "a"],
        ["[last(parameters('list'))]", "b"],
        ["[take(parameters('list'), 1)]", ["a"]],
        ["[skip(parameters('list'), 1)]", ["b"]],
        ["[array('x')]", ["x"]],
        ["[createObject('k', 1)]", { k: 1 }],
        ["[union(createArray(1, 2), createArray(2, 3))]", [1, 2, 3]],
        ["[intersection(createArray(1, 2), createArray(2, 3))]", [2]],
        ["[range(2, 3)]", [2, 3, 4]],
        ["[json('{\"a\":1}').a]", 1],
        ["[null()]", null],
        ["[coalesce(null(), 'x')]", "x"],
        ["[and(true(), false())]", false],
        ["[or(false(), true())]", true],
        ["[not(false())]", true],
        ["[bool('TRUE')]", true],
        ["[equals('a', 'a')]", true],
        ["[equals('a', 'A')]", false],
        ["[less(1, 2)]", true],
        ["[lessOrEquals('b', 'b')]", true],
        ["[greater(3, 2)]", true],
        ["[greaterOrEquals('2019-08-01', '2025-10-15')]", false],
        ["[int('42')]", 42],
        ["[add(1, 2)]", 3],
        ["[sub(1, 2)]", -1],
        ["[mul(int(parameters('num')), -1)]", -60],
        ["[div(7, 2)]", 3],
        ["[mod(7, 2)]", 1],
        ["[min(3, 1, 2)]", 1],
        ["[max(createArray(3, 9))]", 9],
        ["[utcNow()]", "2026-11-29T12:00:00.0000000Z"],
        ["[addDays('2026-11-29T12:00:00Z', -60)]", "2026-09-30T12:00:00.0000000Z"],
        ["[ipRangeContains('10.0.0.0/24', '10.0.0.128/25')]", true],
        ["[ipRangeContains('10.0.0.0/24', '10.0.1.1')]", false],
        ["[ipRangeContains('2001:db8::/32', '2001:db8::1-2001:db8::ff')]", true],
        ["[field('name')]", "acct-01"],
        ["[current()]", "member"],
        ["[subscription().subscriptionId]", "sub"],
        ["[policy().assignmentId]", "a1"],
        ["[parameters('tagName')]", "env"],
        ["[resourceGroup().name]", "rg-app"],
        ["[requestContext().apiVersion]", "2025-10-15"],
        ["[tryGet(parameters('obj'), 'key')]", "v"],
        ["[tryGet(parameters('obj'), 'absent')]", null],
    ];
    for (const [text, expected] of cases) {
        it(`evaluates ${text}`, () => assert.deepStrictEqual(ev(text), expected));
    }

    it("has a test case for every function it implements", () => {
        const tested = new Set(cases.flatMap(([t]) => [...t.matchAll(/([A-Za-z0-9]+)\(/g)].map((m) => m[1].toLowerCase())));
        tested.add("if");
        const untested = FUNCTION_NAMES.filter((f) => !tested.has(f));
        assert.deepStrictEqual(untested, []);
    });

    it("fails the evaluation where Azure does: bad types, out of range, mixed IP families", () => {
        throws("[substring('ab', 1, 5)]", EvaluationError, /outside a string of 2/);
        throws("[less(1, 'a')]", EvaluationError, /compares two numbers or two strings/);
        throws("[div(1, 0)]", EvaluationError, /by zero/);
        throws("[ipRangeContains('10.0.0.0/8', '::1')]", EvaluationError, /cannot mix IPv4 and IPv6/);
        throws("[parameters('list')[5]]", EvaluationError, /index 5 is outside an array of 2/);
    });

    it("reads a missing property as null (empty), as the inherit-a-tag built-ins rely on, but fails on a property of null", () => {
        assert.strictEqual(ev("[resourceGroup().tags['costCenter']]"), null);
        assert.strictEqual(ev("[resourceGroup().tags.costCenter]"), null);
        throws("[resourceGroup().tags.costCenter.name]", EvaluationError, /cannot read property 'name' of null/);
    });

    it("reports a property Azure knows and the plan cannot (requestContext() beyond apiVersion) as unknown, with the reason", () => {
        const c = ctx({ requestContext: () => openObject({ apiVersion: "2025-10-15" }, "only Azure knows the caller") });
        assert.strictEqual(ev("[requestContext().apiVersion]", c), "2025-10-15");
        const identity = ev("[tryGet(requestContext().identity, 'idtyp')]", c);
        assert.ok(identity instanceof Unknown);
        assert.match(identity.reason, /identity: only Azure knows the caller/);
        assert.ok(ev("[split(requestContext().identity.acrs, ',')]", c) instanceof Unknown);
    });
});

describe("Azure Policy expressions are bounded as Azure bounds them", function () {
    // Each case is refused with Azure's documented limit (asserted by message); the time bound is generous, the assertion is the refusal.
    const quick = (f: () => void) => {
        const t = process.hrtime.bigint();
        f();
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    };

    it("refuses range() beyond ARM's 10000 members without building it", () => {
        quick(() => throws("[range(0, 1000000000)]", EvaluationError, /range\(\) count is 1000000000; ARM accepts 0 to 10000/));
        assert.strictEqual((ev("[range(5, 10000)]") as number[]).length, 10000);
        throws("[range(2147483000, 1000)]", EvaluationError, /above 2147483647/);
    });

    it("refuses padLeft() to more than the 131072 characters a function may return, before padding", () => {
        quick(() => throws("[padLeft('x', 2000000000, '0')]", EvaluationError, /more than the 131072 Azure allows/));
        assert.strictEqual((ev("[padLeft('x', 131072, '0')]") as string).length, 131072);
        throws("[padLeft('x', 5, 'ab')]", EvaluationError, /single character/);
    });

    it("refuses strings and arrays that grow past Azure's evaluation limits (concat, replace, format, union)", () => {
        quick(() => throws("[replace(padLeft('a', 100000, 'a'), 'a', 'aaaa')]", EvaluationError, /replace\(\) returns more than the 131072 characters/));
        quick(() =>
            throws("[concat(padLeft('a', 100000, 'a'), padLeft('a', 100000, 'a'))]", EvaluationError, /concat\(\) returns more than the 131072 characters/),
        );
        quick(() =>
            throws(`[format('${"{0}".repeat(1000)}', padLeft('a', 1000, 'a'))]`, EvaluationError, /format\(\) returns more than the 131072 characters/),
        );
        quick(() =>
            throws(
                "[concat(range(0, 10000), range(0, 10000), range(0, 10000), range(0, 10000))]",
                EvaluationError,
                /concat\(\) returns more than the 32768 values/,
            ),
        );
        quick(() => assert.strictEqual((ev("[union(range(0, 10000), range(5000, 10000))]") as number[]).length, 15000));
    });

    it("refuses functions nested deeper than 64 and expressions longer than 81920 characters, as Azure refuses such a definition", () => {
        const deep = `[${"concat(".repeat(65)}'x'${")".repeat(65)}]`;
        quick(() =>
            assert.throws(
                () => parseExpression(deep),
                (e: unknown) => e instanceof PolicyLimitError && /nests functions more than 64 deep/.test(e.message),
            ),
        );
        assert.strictEqual(ev(`[${"concat(".repeat(64)}'x'${")".repeat(64)}]`), "x");
        const long = `[concat('${"a".repeat(82000)}')]`;
        assert.throws(
            () => parseExpression(long),
            (e: unknown) => e instanceof PolicyLimitError && /longer than the 81920 Azure allows/.test(e.message),
        );
        const wide = `[concat(${Array.from({ length: 129 }, () => "'a'").join(",")})]`;
        assert.throws(
            () => parseExpression(wide),
            (e: unknown) => e instanceof PolicyLimitError && /more than 128 parameters/.test(e.message),
        );
    });

    it("refuses a hostile nesting far beyond the limit quickly, without exhausting the stack", () => {
        const hostile = `[${"concat(".repeat(100000)}'x'${")".repeat(100000)}]`;
        quick(() => assert.throws(() => parseExpression(hostile), PolicyLimitError));
    });
});
