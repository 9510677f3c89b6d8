/**
 * Which candidate (an account, a private endpoint) a resource belongs to: the one set of rules.
 * The pack's stack rules decide with it under the engine and offline (matching.ts reads what a
 * resource says through the unknown-value proxy), and the tooling's account index
 * (tooling/model/accounts.ts) decides with it over a plan's, a stack export's or a preview's
 * records. Pure (it imports only the type tokens), so either side can load it.
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
 *    the dependency, then by the resource group);
 * 2. dependency: exactly one candidate is among the resource's dependencies (direct or per property);
 * 3. only candidate: there is exactly one candidate and the target fields were unknown or unset.
 *
 * A known target that names nothing among the candidates matches nothing: it points elsewhere.
 */
import { TYPES } from "./types";

export interface OwnerCandidate {
    urn: string;
    /** The Azure name, when known. */
    name?: string;
    /** Its resource group, when known. */
    resourceGroup?: string;
}

export type MatchedBy = "reference" | "dependency" | "only-candidate";

/** What a resource says about the candidate it belongs to. */
export interface OwnerReference {
    /** Known, non-empty values of its target fields: URNs, names or ARM ids. */
    values: readonly string[];
    /** True when a target field was unknown (a preview's output, a plan's "known after apply"). */
    sawUnknown: boolean;
    /** URNs it depends on, directly or through a property. */
    dependencies: ReadonlySet<string>;
    /** Its resource group, when known. */
    resourceGroup?: string;
}

/**
 * The input of each type that names (or holds the id of) the account the resource belongs to;
 * `accountName` for every type not listed (databases, containers, scripts, data-plane roles, the
 * dedicated gateway). A private endpoint names it in its connections (security/stack.ts).
 */
const ACCOUNT_REFERENCE_INPUTS: Readonly<Record<string, string>> = {
    [TYPES.resourceLock]: "resourceName",
    [TYPES.diagnosticSetting]: "resourceUri",
    [TYPES.threatProtection]: "resourceId",
};

/** The input of a resource of `type` that points at its account. */
export const accountReferenceInput = (type: string): string => ACCOUNT_REFERENCE_INPUTS[type] ?? "accountName";

/** The ARM id segment before an account's name: `/databaseAccounts/<name>`. */
export const ACCOUNT_SEGMENT = "databaseAccounts";

function armName(id: string, segment: string): string | undefined {
    const m = new RegExp(`/${segment}/([^/]+)`, "i").exec(id);
    return m ? m[1] : undefined;
}

function refersTo(value: string, c: OwnerCandidate, segment: string): boolean {
    if (value === c.urn) return true;
    if (c.name === undefined) return false;
    const name = c.name.toLowerCase();
    if (value.toLowerCase() === name) return true;
    return value.startsWith("/") && armName(value, segment)?.toLowerCase() === name;
}

/**
 * The candidate a resource belongs to, and by which rule; undefined when none or several.
 * @param segment the ARM id segment before a candidate's name, e.g. "databaseAccounts"
 */
export function ownerOf<C extends OwnerCandidate>(ref: OwnerReference, candidates: readonly C[], segment: string): { candidate: C; by: MatchedBy } | undefined {
    if (ref.values.length > 0) {
        const hits = candidates.filter((c) => ref.values.some((v) => refersTo(v, c, segment)));
        if (hits.length === 1) return { candidate: hits[0], by: "reference" };
        // A name that several candidates share (a private endpoint's name is unique only in its
        // resource group: two accounts of a stack may each have 'pe-cosmos'): the dependency decides.
        if (hits.length > 1) {
            const dependedOn = hits.filter((c) => ref.dependencies.has(c.urn));
            if (dependedOn.length === 1) return { candidate: dependedOn[0], by: "dependency" };
            // Without dependencies, the resource group the two name alike, where both say.
            const sameGroup = ref.resourceGroup !== undefined ? hits.filter((c) => c.resourceGroup === ref.resourceGroup) : [];
            return sameGroup.length === 1 ? { candidate: sameGroup[0], by: "reference" } : undefined;
        }
        // A target made only of URNs of resources outside the candidates still says nothing about
        // Azure; anything else is a real pointer elsewhere.
        if (ref.values.some((v) => !v.startsWith("urn:pulumi:"))) return undefined;
    }
    const byDependency = candidates.filter((c) => ref.dependencies.has(c.urn));
    if (byDependency.length === 1) return { candidate: byDependency[0], by: "dependency" };
    if (byDependency.length > 1) return undefined;
    if (candidates.length === 1 && (ref.sawUnknown || ref.values.length === 0)) return { candidate: candidates[0], by: "only-candidate" };
    return undefined;
}
