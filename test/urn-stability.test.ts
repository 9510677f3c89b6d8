/**
 * The components split (issue 14) must not move a single deployed resource: the dev and prod plans
 * recorded before it (test/fixtures/baseline, with the engine's URNs) against today's plans show no
 * replace and no delete, and creates only of what was added on purpose since.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { diffRecords } from "../tooling/review/diff";
import { PolicyRecord, recordsFrom } from "../tooling/model/records";
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
            assert.deepStrictEqual(changes.filter((c) => c.kind === "replace" || c.kind === "delete").map((c) => `${c.kind} ${c.urn}`), []);
            const created = changes.filter((c) => c.kind === "create").map((c) => c.urn.split("::").pop());
            assert.deepStrictEqual(created.sort(), [...ADDED_SINCE_BASELINE[stack]].sort());
            assert.ok(changes.every((c) => !c.dataLoss), "no change loses data");
        });

        it("keeps every baseline resource's parent", async () => {
            const head = new Map((await committedStack(stack)).resources.map((r) => [r.urn, r]));
            for (const r of baseline(stack)) assert.strictEqual(head.get(r.urn)?.parent, r.parent, r.urn);
        });
    });
}
