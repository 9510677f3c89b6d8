/**
 * Which account (or private endpoint) a stack resource belongs to.
 *
 * Records come from three places and know different things: the offline plan has no Azure ids
 * (they are "known after apply") but records each resource's dependencies; a stack export knows
 * real ids; a preview knows ids only for resources that already exist. Under the engine a stack
 * rule sees outputs, where path parameters such as a lock's `resourceName` are absent. So a
 * resource is matched to a candidate by, in order:
 *
 * 1. reference: a known value of the resource's target fields equals the candidate's URN, its
 *    name, or is an ARM id whose `/<segment>/<name>` part names the candidate (account names are
 *    globally unique DNS names, so the name identifies the account; a name several candidates
 *    share, such as private endpoints of two accounts in their own resource groups, is settled by
 *    the dependency);
 * 2. dependency: the candidate is among the resource's dependencies (direct or per property);
 * 3. only candidate: the stack has exactly one candidate and the target fields were unknown.
 *
 * A known target that names nothing in the stack matches nothing: it points elsewhere.
 */
import { PolicyResource } from "@pulumi/policy";
import { known, peek } from "./values";

export interface Candidate {
    resource: PolicyResource;
    /** The Azure name, when known. */
    name?: string;
}

export type MatchedBy = "reference" | "dependency" | "only-candidate";

export interface Match {
    candidate: Candidate;
    by: MatchedBy;
}

/** Reads a target field; returns undefined when unset, "unknown" when unknown during preview. */
export type TargetRead = () => unknown;

function armName(id: string, segment: string): string | undefined {
    const m = new RegExp(`/${segment}/([^/]+)`, "i").exec(id);
    return m ? m[1] : undefined;
}

function refersTo(value: string, c: Candidate, segment: string): boolean {
    if (value === c.resource.urn) return true;
    if (c.name === undefined) return false;
    const name = c.name.toLowerCase();
    if (value.toLowerCase() === name) return true;
    return value.startsWith("/") && armName(value, segment)?.toLowerCase() === name;
}

function candidateFromResource(resource: PolicyResource, ...nameFields: string[]): Candidate {
    for (const field of nameFields) {
        const value = known(() => resource.props[field] as unknown);
        if (typeof value === "string" && value !== "") return { resource, name: value };
    }
    return { resource };
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
    const deps = new Set<PolicyResource>([...resource.dependencies, ...Object.values(resource.propertyDependencies).flat()]);
    if (values.length > 0) {
        const hits = candidates.filter((c) => values.some((v) => refersTo(v, c, segment)));
        if (hits.length === 1) return { candidate: hits[0], by: "reference" };
        // A name that several candidates share (a private endpoint's name is unique only in its
        // resource group: two accounts of a stack may each have 'pe-cosmos'): the dependency decides.
        if (hits.length > 1) {
            const dependedOn = hits.filter((c) => deps.has(c.resource));
            if (dependedOn.length === 1) return { candidate: dependedOn[0], by: "dependency" };
            // Without dependencies, the resource group the two name alike, where both say.
            const group = known(() => resource.props.resourceGroupName as unknown);
            const sameGroup = typeof group === "string" ? hits.filter((c) => known(() => c.resource.props.resourceGroupName as unknown) === group) : [];
            return sameGroup.length === 1 ? { candidate: sameGroup[0], by: "reference" } : undefined;
        }
        // A target made only of URNs of resources outside the candidates still says nothing about
        // Azure; anything else is a real pointer elsewhere.
        if (values.some((v) => !v.startsWith("urn:pulumi:"))) return undefined;
    }
    const byDependency = candidates.filter((c) => deps.has(c.resource));
    if (byDependency.length === 1) return { candidate: byDependency[0], by: "dependency" };
    if (byDependency.length > 1) return undefined;
    if (candidates.length === 1 && (sawUnknown || values.length === 0)) return { candidate: candidates[0], by: "only-candidate" };
    return undefined;
}

/** The label rules use in messages: `account 'contoso-cosmos-prod'`. */
export function accountLabel(c: Candidate): string {
    return `account '${c.name ?? c.resource.name}'`;
}
