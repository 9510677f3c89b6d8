import * as assert from "assert";
import { describeProperty, formatValue, groupChanges, summariseList } from "../tooling/review/change-text";
import { diffRecords, propertyChanges } from "../tooling/review/diff";
import { PolicyRecord } from "../tooling/model/records";
import { estimateCost } from "../tooling/review/cost";
import { NORMAL_LIMITS, renderStackReport, truncateMarkdown } from "../tooling/review/report";
import { SECRET, UNKNOWN } from "../tooling/model/plan-record";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";

function account(locations: { locationName: string; failoverPriority: number; isZoneRedundant?: boolean }[], over: Record<string, unknown> = {}): PolicyRecord {
    return {
        urn: `urn:pulumi:prod::p::cosmos-platform:index:Account$${ACCOUNT}::acct`,
        type: ACCOUNT,
        name: "acct",
        custom: true,
        inputs: { accountName: "acct", locations, ...over },
        options: { protect: true, ignoreChanges: [] },
        dependencies: [],
    };
}
const region = (locationName: string, failoverPriority: number, isZoneRedundant: boolean) => ({ locationName, failoverPriority, isZoneRedundant });

describe("diff: changed values, element by element", () => {
    it("compares regions by name, so a flag of one region reads as that region's property", () => {
        const changes = propertyChanges(
            { locations: [region("westeurope", 0, true), region("northeurope", 1, false)] },
            { locations: [region("westeurope", 0, true), region("northeurope", 1, true)] },
        );
        assert.deepStrictEqual(changes, [{ path: "locations[northeurope].isZoneRedundant", before: false, after: true }]);
    });

    it("reports an added or removed index path as that element, and a reordering as the whole array", () => {
        const policy = (paths: string[]) => ({ resource: { indexingPolicy: { excludedPaths: paths.map((path) => ({ path })) } } });
        assert.deepStrictEqual(propertyChanges(policy(["/a/*", '/"_etag"/?']), policy(["/a/*", "/tags/[]/?", '/"_etag"/?'])), [
            { path: "resource.indexingPolicy.excludedPaths[/tags/[]/?]", before: undefined, after: { path: "/tags/[]/?" } },
        ]);
        assert.deepStrictEqual(
            propertyChanges(policy(["/a/*", "/b/*"]), policy(["/a/*"])).map((p) => p.path),
            ["resource.indexingPolicy.excludedPaths[/b/*]"],
        );
        const reordered = propertyChanges(policy(["/a/*", "/b/*"]), policy(["/b/*", "/a/*"]));
        assert.deepStrictEqual(
            reordered.map((p) => p.path),
            ["resource.indexingPolicy.excludedPaths"],
        );
    });

    it("keeps arrays without a shared key (partition key paths, composite indexes) whole", () => {
        assert.deepStrictEqual(propertyChanges({ pk: { paths: ["/tenantId"] } }, { pk: { paths: ["/tenantId", "/id"] } }), [
            { path: "pk.paths", before: ["/tenantId"], after: ["/tenantId", "/id"] },
        ]);
        const composite = (order: string) => ({ compositeIndexes: [[{ path: "/a", order }]] });
        assert.deepStrictEqual(
            propertyChanges(composite("ascending"), composite("descending")).map((p) => p.path),
            ["compositeIndexes"],
        );
    });
});

describe("diff: zone redundancy and URNs", () => {
    it("warns that a region which stays cannot change zone redundancy in place, with the runbook step", () => {
        const base = account([region("westeurope", 0, true), region("northeurope", 1, false)]);
        const head = account([region("westeurope", 0, true), region("northeurope", 1, true)]);
        const [change] = diffRecords([base], [head]);
        assert.strictEqual(change.kind, "update");
        assert.match(
            change.warnings.join("\n"),
            /zone redundancy changes on northeurope \(false to true\), which stays in locations: Azure does not change zone redundancy in place; remove the region in one deployment and add it back .*\(runbook: change zone redundancy of a region\)/,
        );
    });

    it("does not call a region added or removed a zone-redundancy change", () => {
        const base = account([region("westeurope", 0, true)]);
        const added = diffRecords([base], [account([region("westeurope", 0, true), region("northeurope", 1, false)])]);
        assert.ok(!added[0].warnings.some((w) => /zone redundancy/.test(w)), added[0].warnings.join());
        const swapped = diffRecords([base], [account([region("northeurope", 0, false)])]);
        assert.ok(!swapped[0].warnings.some((w) => /zone redundancy/.test(w)), swapped[0].warnings.join());
    });

    it("names the new URN when a resource keeps its type and name under another parent chain", () => {
        const base = account([region("westeurope", 0, true)]);
        const moved = { ...base, urn: `urn:pulumi:prod::p::pulumi:pulumi:Stack$cosmos-platform:index:Account$${ACCOUNT}::acct` };
        const del = diffRecords([base], [moved]).find((c) => c.kind === "delete");
        assert.strictEqual(del?.dataLoss, true);
        assert.match(
            del?.warnings.join() ?? "",
            /its URN changes to urn:pulumi:prod::p::pulumi:pulumi:Stack\$.*::acct: without an alias Pulumi deletes it and creates it anew/,
        );
    });
});

describe("review: before -> after values", () => {
    it("writes a value change, an added and a removed element, and a long list as its additions and removals", () => {
        assert.strictEqual(
            describeProperty({ path: "options.autoscaleSettings.maxThroughput", before: 4000, after: 10000 }),
            "options.autoscaleSettings.maxThroughput: 4000 -> 10000",
        );
        assert.strictEqual(
            describeProperty({ path: "locations[swedencentral]", before: undefined, after: region("swedencentral", 2, true) }),
            "locations: + swedencentral {failoverPriority: 2, isZoneRedundant: true}",
        );
        assert.strictEqual(
            describeProperty({ path: "resource.indexingPolicy.excludedPaths[/notes/*]", before: { path: "/notes/*" }, after: undefined }),
            "resource.indexingPolicy.excludedPaths: - /notes/*",
        );
        const ips = Array.from({ length: 40 }, (_, i) => `10.0.0.${i}`);
        assert.strictEqual(
            describeProperty({ path: "ipRules", before: ips, after: [...ips.slice(1), "10.9.9.9"] }),
            'ipRules: +"10.9.9.9", -"10.0.0.0" (39 unchanged)',
        );
        assert.strictEqual(
            describeProperty({ path: "resource.partitionKey.paths", before: ["/tenantId"], after: ["/tenantId", "/customerId"] }),
            'resource.partitionKey.paths: ["/tenantId"] -> ["/tenantId", "/customerId"]',
        );
    });

    it("writes Markdown code spans with pipes escaped and an arrow", () => {
        assert.strictEqual(describeProperty({ path: "x", before: "a|b", after: UNKNOWN }, "markdown"), '`x`: `"a\\|b"` → `(known after apply)`');
    });

    it("cuts long values and long arrays with a count, and never shows a secret", () => {
        assert.strictEqual(formatValue(["a", "b", "c", "d", "e", "f"]), '["a", "b", "c", "d", … 2 more]');
        assert.strictEqual(formatValue("x".repeat(100), 20), `"${"x".repeat(18)}…`);
        assert.strictEqual(formatValue(SECRET), "[secret]");
        assert.strictEqual(formatValue(undefined), "(none)");
        assert.strictEqual(summariseList(["a", "b", "c", "d"], 2), "a, b and 2 more");
    });

    it("groups identical changes of several resources, keeping different values apart", () => {
        const change = (name: string, after: number) => ({
            urn: `urn:x::${name}`,
            type: "t",
            kind: "update" as const,
            dataLoss: false,
            warnings: [],
            properties: [{ path: "options.throughput", before: 400, after }],
        });
        const groups = groupChanges([change("a", 500), change("b", 500), change("c", 600)]);
        assert.deepStrictEqual(
            groups.map((g) => g.urns.map((u) => u.split("::")[1])),
            [["a", "b"], ["c"]],
        );
    });
});

describe("review: cutting a report to GitHub's comment limit", () => {
    it("keeps whole lines within the limit and closes an open code fence and <details> before the note", () => {
        const markdown = [
            "# r",
            "<details><summary>s</summary>",
            "",
            "```mermaid",
            ...Array.from({ length: 200 }, (_, i) => `  node_${i}["container ${i}"]`),
            "```",
            "</details>",
            "end",
        ].join("\n");
        const cut = truncateMarkdown(markdown, 1000, "cut here");
        assert.ok(Buffer.byteLength(cut) <= 1000, String(Buffer.byteLength(cut)));
        assert.ok(cut.startsWith("# r\n<details>"));
        assert.match(cut, /node_\d+\["container \d+"\]\n```\n<\/details>\n\n> \[!WARNING\]\n> cut here\n$/);
        assert.strictEqual(truncateMarkdown("short", 1000, "n"), "short\n\n> [!WARNING]\n> n\n");
    });
});

describe("review: long cost tables", () => {
    it("shows one row per distinct cost line up to the limit, then the rest as one row with its sum", () => {
        const base = estimateCost([]);
        const lines = Array.from({ length: NORMAL_LIMITS.costLines + 10 }, (_, i) => ({
            urn: `urn:x::c${i}`,
            name: `db/c${i}`,
            item: "manual throughput",
            basis: `${(i + 4) * 100} RU/s`,
            monthly: i + 1,
        }));
        const text = renderStackReport({
            stack: "s",
            changes: [],
            summary: { create: 0, update: 0, replace: 0, delete: 0, dataLoss: 0, warnings: 0 },
            cost: { ...base, lines, monthly: 0 },
            records: [],
        });
        const rows = text.split("\n").filter((l) => /^\| \$/.test(l));
        assert.strictEqual(rows.length, NORMAL_LIMITS.costLines + 1);
        // The ten lines left out cost 31 + 32 + ... + 40 = 355.
        assert.strictEqual(rows[rows.length - 1], "| $355.00 | … 10 more | | |");
    });
});
