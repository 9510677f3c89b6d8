/**
 * The repository's own copy of the tenant's Azure Policy: `azure-policy/` at the project root
 * holds exported definitions, initiatives, assignments and exemptions (any layout of `*.json`
 * files; docs/azure-policy.md says how to export them). Absent folder: no Azure Policy section
 * in `npm run review`, no summary in `npm run plan`.
 */
import * as fs from "fs";
import * as path from "path";
import { Change } from "../diff";
import { PolicyRecord } from "../../model/records";
import { UsageError } from "../cli/common";
import { AzurePolicyInputError, PolicyInputs, readPolicyInputs } from "./definitions";
import { AzurePolicySection, evaluateAzurePolicy } from "./evaluate";
import { azurePolicySummary } from "./render";
import { isObject } from "../../model/json";

export const AZURE_POLICY_DIR = "azure-policy";

/** The project's policy documents, or undefined when the project keeps none. */
export function projectPolicyInputs(projectDir: string): PolicyInputs | undefined {
    const dir = path.join(projectDir, AZURE_POLICY_DIR);
    if (!fs.existsSync(dir)) return undefined;
    try {
        return readPolicyInputs([dir]);
    } catch (e) {
        if (e instanceof AzurePolicyInputError) throw new UsageError(`${AZURE_POLICY_DIR}/: ${e.message}`);
        throw e;
    }
}

/**
 * The project's Azure Policy evaluated on a stack's records (with the change's removals when a
 * diff is known), and the paragraph `npm run plan` prints; undefined when the project keeps none.
 */
export function azurePolicyOfProject(
    projectDir: string,
    records: readonly PolicyRecord[],
    change?: { changes: readonly Change[]; base: readonly PolicyRecord[] },
): { section: AzurePolicySection; summary: string } | undefined {
    const inputs = projectPolicyInputs(projectDir);
    if (!inputs) return undefined;
    let section: AzurePolicySection;
    try {
        section = evaluateAzurePolicy(records, inputs, change ? { removals: removalsOf(change.changes, change.base) } : {});
    } catch (e) {
        // An assignment Azure would refuse (an effect that is not one, a limit Azure enforces when assigning).
        if (e instanceof AzurePolicyInputError) throw new UsageError(`${AZURE_POLICY_DIR}/: ${e.message}`);
        throw e;
    }
    return { section, summary: azurePolicySummary(section) };
}

/** The current state of the resources a change deletes or replaces (what denyAction judges). */
export function removalsOf(changes: readonly Change[], base: readonly PolicyRecord[]): PolicyRecord[] {
    const gone = new Set(changes.filter((c) => c.kind === "delete" || c.kind === "replace").map((c) => c.urn));
    return base.filter((r) => gone.has(r.urn));
}

/** Steps of `pulumi preview --json` that delete a resource: their old state, as export-like resources. */
export function previewRemovals(doc: unknown): unknown[] | undefined {
    if (!isObject(doc) || !Array.isArray(doc.steps)) return undefined;
    return doc.steps
        .filter(
            (s): s is Record<string, unknown> =>
                isObject(s) && typeof s.op === "string" && ["delete", "replace", "delete-replaced"].includes(s.op) && isObject(s.oldState),
        )
        .map((s) => s.oldState);
}
