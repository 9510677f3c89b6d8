import * as assert from "assert";
import { Policies } from "@pulumi/policy";
import { GivenPolicyConfig } from "../../tooling/review/policy/config";
import { evaluatePolicies, PolicyResult } from "../../tooling/review/policy/evaluate";
import { PolicyRecord } from "../../tooling/model/records";
import { prodEstate } from "./estate";

/** Runs one rule (mandatory, with the given properties) over records, as the engine would. */
export async function runRule(policy: Policies[number], records: PolicyRecord[], properties: Record<string, unknown> = {}): Promise<PolicyResult> {
    const config: Record<string, GivenPolicyConfig> = { [policy.name]: { enforcementLevel: "mandatory", properties } };
    return evaluatePolicies(records, { policies: [policy], packName: "cosmos-platform", packVersion: "0.1.0", packLevel: "advisory", config });
}

/** The violation messages of one rule over records. */
export async function messages(policy: Policies[number], records: PolicyRecord[], properties: Record<string, unknown> = {}): Promise<string[]> {
    const result = await runRule(policy, records, properties);
    assert.deepStrictEqual(result.notJudged, [], `unexpected not-judged: ${JSON.stringify(result.notJudged)}`);
    return result.violations.map((v) => v.message);
}

/** Asserts the rule reports exactly these messages. */
export async function expectMessages(
    policy: Policies[number],
    records: PolicyRecord[],
    expected: string[],
    properties: Record<string, unknown> = {},
): Promise<void> {
    assert.deepStrictEqual(await messages(policy, records, properties), expected);
}

/** A test case: its name, one change to the compliant estate, the exact messages, and the rule's config. */
export type Case = [string, (e: PolicyRecord[]) => void, string[], Record<string, unknown>?];

/** The compliant baseline passes; each case changes one thing and gets exactly its messages. */
export function ruleSuite(policy: Policies[number], cases: Case[], otherType?: string): void {
    describe(policy.name, () => {
        it("passes the compliant prod baseline", async () => {
            await expectMessages(policy, prodEstate(), []);
        });
        for (const [name, change, expected, properties] of cases) {
            it(name, async () => {
                const estate = prodEstate();
                change(estate);
                await expectMessages(policy, estate, expected, properties);
            });
        }
        if (otherType) {
            it(`skips ${otherType} resources`, async () => {
                const result = await runRule(policy, prodEstate());
                const skipped = result.notApplicable.filter((n) => n.urn?.includes(`$${otherType}::`) || n.urn?.includes(`::${otherType}::`));
                assert.ok(skipped.length > 0, `no not-applicable entry for ${otherType}`);
                assert.match(skipped[0].reason, /^Policy only applies to resources of type /);
            });
        }
    });
}
