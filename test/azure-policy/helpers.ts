/** Small builders for Azure Policy tests: records, resources, rule contexts, definitions. */
import * as path from "path";
import { PolicyRecord } from "../../tooling/model/records";
import { RuleContext } from "../../tooling/review/azure-policy/conditions";
import { documentsFrom, PolicyDefinition, PolicyInputs, readPolicyInputs } from "../../tooling/review/azure-policy/definitions";
import { PolicyResource, policyResource } from "../../tooling/review/azure-policy/resource";
import { Value } from "../../tooling/review/azure-policy/expression";
import { PROJECT_DIR } from "../helpers/config";

export const SUB = "11111111-2222-3333-4444-555555555555";
export const BUILTIN = path.join(PROJECT_DIR, "test/fixtures/azure-policy/builtin");
export const TENANT = path.join(PROJECT_DIR, "test/fixtures/azure-policy/tenant");

export function record(type: string, name: string, inputs: Record<string, unknown>, extra: Partial<PolicyRecord> = {}): PolicyRecord {
    return {
        urn: `urn:pulumi:test::cosmos-platform::azure-native:${type}::${name}`,
        type: `azure-native:${type}`,
        name,
        custom: true,
        inputs,
        options: { protect: false, ignoreChanges: [], customTimeouts: undefined },
        dependencies: [],
        ...extra,
    };
}

/** A Cosmos DB account record with the given inputs over a compliant baseline. */
export function account(inputs: Record<string, unknown> = {}, name = "acct"): PolicyRecord {
    return record("cosmosdb:DatabaseAccount", name, {
        accountName: name,
        resourceGroupName: "rg-app",
        location: "westeurope",
        kind: "GlobalDocumentDB",
        databaseAccountOfferType: "Standard",
        locations: [{ locationName: "westeurope", failoverPriority: 0, isZoneRedundant: false }],
        publicNetworkAccess: "Disabled",
        disableLocalAuth: true,
        ipRules: [],
        tags: { environment: "test" },
        ...inputs,
    });
}

export function resource(r: PolicyRecord): PolicyResource {
    const res = policyResource(r, SUB);
    if (!res) throw new Error(`${r.type} is not an ARM type the evaluator knows`);
    return res;
}

export function context(res: PolicyResource, parameters: Record<string, Value> = {}, readOnly: RuleContext["readOnly"] = "absent"): RuleContext {
    return {
        resource: res,
        readOnly,
        parameters,
        requestContext: { apiVersion: res.info.apiVersion },
        resourceGroup: null,
        subscription: null,
        policy: null,
        now: new Date("2026-11-29T12:00:00Z"),
    };
}

/** A custom definition (az policy definition show shape). */
export function definition(name: string, rule: { if: unknown; then: unknown }, extra: Record<string, unknown> = {}): PolicyDefinition {
    return documentsFrom({ name, displayName: name, mode: "All", policyRule: rule, ...extra }, name)[0] as PolicyDefinition;
}

let builtins: PolicyInputs | undefined;
/** The shipped built-in definitions, read once. */
export function builtin(file: string): PolicyDefinition {
    builtins = builtins ?? readPolicyInputs([BUILTIN]);
    const found = builtins.definitions.find((d) => d.source.endsWith(`${path.sep}${file}`));
    if (!found) throw new Error(`no built-in fixture ${file}`);
    return found;
}

export function inputs(partial: Partial<PolicyInputs>): PolicyInputs {
    return { definitions: [], sets: [], assignments: [], exemptions: [], ...partial };
}
