/**
 * The components split (issue 14) and the move of the finer components under CosmosEstate (issue 18)
 * must not move a single deployed resource: the dev and prod plans recorded before them
 * (test/fixtures/baseline, with the engine's URNs) against today's plans show no replace and no
 * delete, and creates only of what was added on purpose since. Resources whose URN changed keep
 * their state through aliases, read as the engine reads them (review/aliases.ts).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { aliasIndex } from "../tooling/review/aliases";
import { diffRecords } from "../tooling/review/diff";
import { nameOfUrn, PolicyRecord, recordsFrom } from "../tooling/model/records";
import { committedStack } from "./helpers/stacks";

/** Resources added to the stacks on purpose after the baseline was recorded, by logical name. */
const ADDED_SINCE_BASELINE: Record<"dev" | "prod", string[]> = {
    // Product search joined the shared data model (issue 12).
    dev: ["appdb/products"],
    // ...and AMBA's region and provisioned-throughput alerts joined prod's full profile (issue 12).
    prod: ["appdb/products", "alert:offline-region", "alert:region-removed", "alert:provisioned-throughput"],
};

function baseline(stack: "dev" | "prod"): PolicyRecord[] {
    const file = path.join(__dirname, "fixtures", "baseline", `${stack}.plan.json`);
    return recordsFrom(JSON.parse(fs.readFileSync(file, "utf8")), file).records;
}

for (const stack of ["dev", "prod"] as const) {
    describe(`URN stability: ${stack}`, () => {
        it("keeps every URN of the baseline plan: nothing replaced or deleted, only the deliberate additions created", async () => {
            const head = (await committedStack(stack)).resources as PolicyRecord[];
            const changes = diffRecords(baseline(stack), head);
            assert.deepStrictEqual(
                changes.filter((c) => c.kind === "replace" || c.kind === "delete").map((c) => `${c.kind} ${c.urn}`),
                [],
            );
            const created = changes.filter((c) => c.kind === "create").map((c) => nameOfUrn(c.urn));
            assert.deepStrictEqual(created.sort(), [...ADDED_SINCE_BASELINE[stack]].sort());
            assert.ok(
                changes.every((c) => !c.dataLoss),
                "no change loses data",
            );
        });

        it("keeps every baseline resource under its URN or an alias of it, each Azure resource beneath its component", async () => {
            const head = (await committedStack(stack)).resources;
            const aliases = aliasIndex(head);
            const answersTo = (urn: string) => head.find((h) => h.urn === urn || aliases.get(h.urn)?.has(urn));
            for (const r of baseline(stack)) {
                const now = answersTo(r.urn);
                assert.ok(now, `${r.urn} is gone: neither its URN nor an alias names it`);
                // An Azure resource stays under the same component (the components themselves moved under CosmosEstate, checked below).
                if (r.parent && r.custom) assert.strictEqual(now.parent, answersTo(r.parent)?.urn, `${r.urn}: its parent moved elsewhere`);
            }
        });

        it("moves the finer components under CosmosEstate with an alias to their old place, and the account under its old type", async () => {
            const head = (await committedStack(stack)).resources;
            const platform = head.find((r) => r.type === "cosmos-platform:index:CosmosPlatform")?.urn;
            const moved = head.filter((r) => r.parent && head.find((p) => p.urn === r.parent)?.type === "cosmos-platform:index:CosmosEstate");
            assert.ok(moved.length >= 6, moved.map((r) => r.type).join(", "));
            for (const r of moved) {
                const oldType = r.type === "cosmos-platform:index:CosmosAccount" ? "cosmos-platform:index:Account" : r.type;
                assert.ok(
                    r.options.aliases?.includes(`${platform}`.replace(/::platform$/, `$${oldType}::${r.name}`)),
                    `${r.urn}: ${JSON.stringify(r.options.aliases)}`,
                );
            }
        });
    });
}
