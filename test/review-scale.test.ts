import * as assert from "assert";
import { scenarioInput } from "../tooling/bench/scenarios";
import { renderChangesText } from "../tooling/review/change-text";
import { compare } from "../tooling/review/cli/diff";
import { PolicyRecord } from "../tooling/model/records";
import { COMMENT_LIMIT, renderReport, StackReport } from "../tooling/review/report";
import { synthesize } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const CONTAINER = "azure-native:cosmosdb:SqlResourceSqlContainer";
const bytes = (text: string) => Buffer.byteLength(text, "utf8");
/** Every code fence and <details> the report opens, it closes. */
function assertBalanced(markdown: string): void {
    assert.strictEqual((markdown.match(/^```/gm) ?? []).length % 2, 0, "code fences");
    assert.strictEqual((markdown.match(/^<details>/gm) ?? []).length, (markdown.match(/^<\/details>/gm) ?? []).length, "<details>");
}

/** The report of one stack, as `npm run review` builds it, with one advisory violation per container. */
function stackReport(stack: string, base: PolicyRecord[], head: PolicyRecord[]): StackReport {
    const violations = head
        .filter((r) => r.type === CONTAINER)
        .map((r) => ({
            policy: "cosmosdb-container-ttl",
            level: "advisory" as const,
            urn: r.urn,
            message: `container '${r.name}' has no defaultTtl | set one`,
        }));
    return {
        stack,
        ...compare({ label: "base", records: base, sizes: [] }, { label: "head", records: head, sizes: [] }),
        policy: { pack: "cosmos-platform@0.1.0", config: null, violations, notJudged: [] },
        records: head,
    };
}

describe("review of an estate of 500 databases and containers", function () {
    this.timeout(60_000);
    let base: PolicyRecord[];
    before(async () => {
        // bench/scenarios.ts: prod with a generated model of 495 containers in 5 databases (Azure's per-account limit).
        const { files, overrides } = scenarioInput("gen500");
        base = (await synthesize(PROJECT_DIR, files.stack, { configOverrides: overrides })).resources;
        assert.strictEqual(base.filter((r) => r.type === CONTAINER).length, 495);
    });

    /** Every container's autoscale max raised, the last 20 containers dropped, one region's zones flipped. */
    function uniformChange(): PolicyRecord[] {
        const head = clone(base).filter((r) => !(r.type === CONTAINER && Number(r.name.slice(-4)) > 475));
        for (const r of head.filter((x) => x.type === CONTAINER)) r.inputs.options = { autoscaleSettings: { maxThroughput: 2000 } };
        const account = head.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount") as PolicyRecord;
        (account.inputs.locations as { isZoneRedundant: boolean }[])[2].isZoneRedundant = false;
        return head;
    }

    it("summarises identical changes of hundreds of containers in a few terminal lines, with counts and values", () => {
        const { changes } = compare({ label: "base", records: base, sizes: [] }, { label: "head", records: uniformChange(), sizes: [] });
        const text = renderChangesText(changes);
        const lines = text.trimEnd().split("\n");
        assert.ok(lines.length < 20, `${lines.length} lines:\n${text}`);
        assert.match(
            text,
            /^DATA LOSS delete cosmosdb:SqlResourceSqlContainer 20 resources: bench-db-05\/items-0476, bench-db-05\/items-0477, bench-db-05\/items-0478, bench-db-05\/items-0479, bench-db-05\/items-0480 and 15 more$/m,
        );
        assert.match(
            text,
            /^update cosmosdb:SqlResourceSqlContainer 475 resources: bench-db-01\/items-0001, .* and 470 more\n {4}options\.autoscaleSettings\.maxThroughput: 1000 -> 2000$/m,
        );
        assert.match(text, /^ {4}locations\[swedencentral\]\.isZoneRedundant: true -> false$/m);
    });

    it("keeps the Markdown comment readable and under GitHub's limit: grouped rows, capped lists with counts", () => {
        const markdown = renderReport([stackReport("gen500", base, uniformChange())], "origin/main");
        assert.ok(bytes(markdown) < COMMENT_LIMIT, `${bytes(markdown)} bytes`);
        assert.ok(
            markdown.includes(
                "| update | 475: `bench-db-01/items-0001`, `bench-db-01/items-0002`, `bench-db-01/items-0003`, `bench-db-01/items-0004`, `bench-db-01/items-0005` and 470 more | cosmosdb:SqlResourceSqlContainer | `options.autoscaleSettings.maxThroughput`: `1000` → `2000` |",
            ),
        );
        assert.match(markdown, /\| delete \| 20: `bench-db-05\/items-0476`.* and 15 more \| cosmosdb:SqlResourceSqlContainer \| {2}\| \*\*DATA LOSS\*\*/);
        assert.match(markdown, /\| … \| 425 more violations \| \| the `--json` output lists every one \|/);
        assert.match(markdown, /container 'bench-db-01\/items-0001' has no defaultTtl \\\| set one/, "pipes in messages are escaped");
        assert.ok(markdown.includes("| $249660.00 (475 × $525.60) | 475: `bench-db-01/items-0001`, "), "cost lines of the same amount are one row");
        assert.match(markdown, /more_bench_db_01\["… and 84 more containers"\]/);
        assertBalanced(markdown);
    });

    it("shows at most 50 rows of different changes, then a count of the rest", () => {
        const head = clone(base);
        head.filter((r) => r.type === CONTAINER).forEach((r, i) => {
            (r.inputs.resource as { indexingPolicy: { excludedPaths: { path: string }[] } }).indexingPolicy.excludedPaths.unshift({ path: `/field${i}/*` });
        });
        const markdown = renderReport([stackReport("gen500", base, head)], "origin/main");
        assert.ok(bytes(markdown) < COMMENT_LIMIT, `${bytes(markdown)} bytes`);
        const rows = markdown.split("\n").filter((l) => l.startsWith("| update |"));
        assert.strictEqual(rows.length, 50);
        assert.match(rows[0], /`resource\.indexingPolicy\.excludedPaths`: \+ `\/field0\/\*`/);
        assert.match(markdown, /\| … \| 445 more changed resources \| \| \| the `--json` output lists every change \|/);
        assert.match(renderChangesText(diffOf(base, head)), /\n… and 455 more changed resources \(--json <file> lists every change\)\n$/);
    });

    it("compacts, then cuts, a report that would still pass the limit, and says where the whole report is", () => {
        // Every container renamed: 495 different data-loss rows per stack, which are never left out.
        const head = clone(base).map((r) => (r.type === CONTAINER ? { ...r, urn: `${r.urn}-v2`, name: `${r.name}-v2` } : r));
        const markdown = renderReport([stackReport("dev", base, head), stackReport("prod", base, head)], "origin/main");
        assert.ok(bytes(markdown) < COMMENT_LIMIT, `${bytes(markdown)} bytes`);
        assert.match(
            markdown,
            /> \[!WARNING\]\n> The report is cut here to fit GitHub's comment limit of 65536 characters; the workflow's `offline-review` artifact has it whole/,
        );
        assert.ok(bytes(markdown) > COMMENT_LIMIT - 2000, "cut close to the limit, not far before it");
        assertBalanced(markdown);
    });
});

function diffOf(base: PolicyRecord[], head: PolicyRecord[]) {
    return compare({ label: "base", records: base, sizes: [] }, { label: "head", records: head, sizes: [] }).changes;
}
