import * as assert from "assert";
import { Policies } from "@pulumi/policy";
import { GivenPolicyConfig } from "../../review/policy/config";
import { evaluatePolicies, PolicyResult } from "../../review/policy/evaluate";
import { PolicyRecord } from "../../review/policy/records";

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
export async function expectMessages(policy: Policies[number], records: PolicyRecord[], expected: string[], properties: Record<string, unknown> = {}): Promise<void> {
    assert.deepStrictEqual(await messages(policy, records, properties), expected);
}
