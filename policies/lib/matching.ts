/**
 * Which account (or private endpoint) a stack resource belongs to, as the pack's stack rules ask
 * it: the rules of ownership.ts, reading what the resource says through the SDK's unknown-value
 * proxy (an unknown target field counts as unknown, never as absent).
 */
import { PolicyResource } from "@pulumi/policy";
import { ACCOUNT_SEGMENT, accountReferenceInput, MatchedBy, OwnerCandidate, ownerOf } from "./ownership";
import { known, peek } from "./values";

export interface Candidate extends OwnerCandidate {
    resource: PolicyResource;
}

export interface Match {
    candidate: Candidate;
    by: MatchedBy;
}

export type { MatchedBy };

/** Reads a target field; returns undefined when unset, "unknown" when unknown during preview. */
export type TargetRead = () => unknown;

const knownText = (read: () => unknown): string | undefined => {
    const value = known(read);
    return typeof value === "string" && value !== "" ? value : undefined;
};

function candidateFromResource(resource: PolicyResource, ...nameFields: string[]): Candidate {
    const name = nameFields.map((field) => knownText(() => resource.props[field])).find((n) => n !== undefined);
    const resourceGroup = knownText(() => resource.props.resourceGroupName);
    return { resource, urn: resource.urn, ...(name !== undefined ? { name } : {}), ...(resourceGroup !== undefined ? { resourceGroup } : {}) };
}

/** Cosmos DB accounts of the stack; the name is `accountName` (inputs) or `name` (outputs). */
export function accountCandidates(resources: readonly PolicyResource[], accountType: string): Candidate[] {
    return resources.filter((r) => r.type === accountType).map((r) => candidateFromResource(r, "accountName", "name"));
}

/** Private endpoints of the stack; the name is `privateEndpointName` (inputs) or `name` (outputs). */
export function endpointCandidates(resources: readonly PolicyResource[], endpointType: string): Candidate[] {
    return resources.filter((r) => r.type === endpointType).map((r) => candidateFromResource(r, "privateEndpointName", "name"));
}

/**
 * The candidate `resource` belongs to, or undefined.
 * @param targets reads of the fields that point at the candidate (ids, names or URNs)
 * @param segment the ARM id segment before the candidate's name, e.g. "databaseAccounts"
 */
export function matchCandidate(resource: PolicyResource, candidates: readonly Candidate[], targets: readonly TargetRead[], segment: string): Match | undefined {
    const values: string[] = [];
    let sawUnknown = false;
    for (const read of targets) {
        const p = peek(read);
        if (!p.known) sawUnknown = true;
        else if (typeof p.value === "string" && p.value !== "") values.push(p.value);
    }
    const dependencies = new Set([...resource.dependencies, ...Object.values(resource.propertyDependencies).flat()].map((d) => d.urn));
    const resourceGroup = knownText(() => resource.props.resourceGroupName);
    return ownerOf({ values, sawUnknown, dependencies, ...(resourceGroup !== undefined ? { resourceGroup } : {}) }, candidates, segment);
}

/** The account a resource belongs to, read from the input of its type that points at it (ownership.ts). */
export function accountOf(resource: PolicyResource, accounts: readonly Candidate[]): Candidate | undefined {
    const input = accountReferenceInput(resource.type);
    return matchCandidate(resource, accounts, [() => (resource.props as Record<string, unknown>)[input]], ACCOUNT_SEGMENT)?.candidate;
}

/** The label rules use in messages: `account 'contoso-cosmos-prod'`. */
export function accountLabel(c: Candidate): string {
    return `account '${c.name ?? c.resource.name}'`;
}
