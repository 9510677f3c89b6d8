/**
 * Which Cosmos DB account each resource record belongs to, so the plan, the diff, the cost and the
 * report and the access-pattern analysis can speak per account in a stack of several (the
 * `accounts` form). Works on any record list (plan, `pulumi stack export`, `pulumi preview
 * --json`): it reads types, names, inputs, dependencies and parents only. A record belongs to an
 * account, in this order, when:
 *
 * 1. it is the account;
 * 2. the policy pack's ownership rules say so (policies/lib/ownership.ts, the rules the pack's
 *    stack rules use): the input that points at an account (`accountName` of databases,
 *    containers, scripts, data roles and the dedicated gateway; a lock's `resourceName`, a
 *    diagnostic setting's `resourceUri`, ...) names it, or the record depends on exactly one
 *    account (a private endpoint or an alert refers to the account's id), or the records hold
 *    exactly one account;
 * 3. its logical name starts with `<account name>/`: the prefix the stack layer gives every
 *    resource of an account in the `accounts` form;
 * 4. only resources of one account (by the rules above) depend on it (a managed identity, a
 *    resource group no other account uses);
 * 5. its nearest ancestor component holds resources of exactly one account (a workspace or budget
 *    in the account's Monitoring component); a component, when its own resources do.
 *
 * Anything else (a resource group two accounts share, the stack, the platform component) is
 * stack level: `of` returns undefined.
 */
import { ACCOUNT_SEGMENT, accountReferenceInput, OwnerCandidate, ownerOf } from "../../policies/lib/ownership";
import { knownString } from "./json";
import { SECRET, UNKNOWN } from "./plan-record";
import type { PolicyRecord } from "./records";
import { TYPES } from "./types";

/** What the index reads of a record. */
export type AccountRecordLike = Pick<PolicyRecord, "urn" | "type" | "name" | "inputs" | "dependencies"> &
    Partial<Pick<PolicyRecord, "parent" | "propertyDependencies">>;

export interface AccountIndex {
    /** Account names (Azure names), in record order. */
    names: string[];
    /** True when the records hold more than one account: output then names the account. */
    multi: boolean;
    /** The account a URN belongs to; undefined for stack-level resources and URNs not in the records (see `ofName`). */
    of(this: void, urn: string): string | undefined;
    /** The account a logical name belongs to by its prefix (for URNs only the other side of a diff holds). */
    ofName(this: void, name: string): string | undefined;
}

/** The Azure name of an account record: its `accountName` input, else its logical name. */
export function accountNameOf(record: Pick<PolicyRecord, "name" | "inputs">): string {
    return knownString(record.inputs.accountName) ?? record.name;
}

/**
 * `first` and its ancestors, nearest first. The record readers refuse parent cycles
 * (records.ts checkRecordGraph); the walk still ends after as many steps as there are records,
 * so a list built some other way cannot make it spin.
 */
function* ancestors(first: string | undefined, parentOf: ReadonlyMap<string, string | undefined>): Generator<string> {
    let steps = 0;
    for (let p = first; p !== undefined && steps <= parentOf.size; p = parentOf.get(p), steps++) yield p;
}

/** What a record says about its account, for the pack's ownership rules. */
function referenceOf(r: AccountRecordLike) {
    const value = r.inputs[accountReferenceInput(r.type)];
    // A secret names nothing the review can read: as good as unknown.
    const known = typeof value === "string" && value !== "" && value !== UNKNOWN && value !== SECRET ? [value] : [];
    const dependencies = new Set([...r.dependencies, ...Object.values(r.propertyDependencies ?? {}).flat()]);
    const resourceGroup = knownString(r.inputs.resourceGroupName);
    return { values: known, sawUnknown: value === UNKNOWN || value === SECRET, dependencies, ...(resourceGroup !== undefined ? { resourceGroup } : {}) };
}

export function indexAccounts(records: readonly AccountRecordLike[]): AccountIndex {
    const accountUrns = new Map<string, string>();
    const candidates: OwnerCandidate[] = [];
    for (const r of records) {
        if (r.type !== TYPES.account) continue;
        accountUrns.set(r.urn, accountNameOf(r));
        candidates.push({ urn: r.urn, name: accountNameOf(r) });
    }
    const names = [...new Set(accountUrns.values())];
    const nameSet = new Set(names);
    const ofName = (name: string): string | undefined => {
        const slash = name.indexOf("/");
        const prefix = slash > 0 ? name.slice(0, slash) : undefined;
        return prefix !== undefined && nameSet.has(prefix) ? prefix : undefined;
    };
    const direct = (r: AccountRecordLike): string | undefined => {
        const own = accountUrns.get(r.urn);
        if (own !== undefined) return own;
        const owner = ownerOf(referenceOf(r), candidates, ACCOUNT_SEGMENT)?.candidate.urn;
        return owner !== undefined ? accountUrns.get(owner) : ofName(r.name);
    };
    const byUrn = new Map<string, string | undefined>();
    for (const r of records) byUrn.set(r.urn, direct(r));

    // What only one account's resources depend on is that account's (its managed identity, a
    // resource group no other account uses).
    const dependents = new Map<string, Set<string>>();
    for (const r of records) {
        const account = byUrn.get(r.urn);
        if (account === undefined) continue;
        for (const d of r.dependencies) dependents.set(d, (dependents.get(d) ?? new Set<string>()).add(account));
    }
    for (const r of records) {
        const users = dependents.get(r.urn);
        if (byUrn.get(r.urn) === undefined && users?.size === 1) byUrn.set(r.urn, [...users][0]);
    }

    // Components: the one account their assigned descendants belong to (null: several).
    const parentOf = new Map(records.map((r) => [r.urn, r.parent]));
    const componentAccount = new Map<string, string | null>();
    for (const r of records) {
        const account = byUrn.get(r.urn);
        if (account === undefined) continue;
        for (const p of ancestors(r.parent, parentOf)) {
            const seen = componentAccount.get(p);
            // Every ancestor of a marked component is marked with the same account or null: the
            // walk stops there, so a parent chain thousands deep costs each link once, not once per record.
            if (seen === account || seen === null) break;
            componentAccount.set(p, seen === undefined ? account : null);
        }
    }
    // A component takes the account of its descendants; any other record, its nearest component's
    // (null: that component spans several accounts, so the record is stack level). Each link's
    // answer is kept, so every chain is walked once.
    const nearest = new Map<string, string | null | undefined>();
    const inheritedOf = (urn: string): string | null | undefined => {
        const walked: string[] = [];
        let result: string | null | undefined;
        for (const p of ancestors(urn, parentOf)) {
            if (nearest.has(p)) {
                result = nearest.get(p);
                break;
            }
            walked.push(p);
            const seen = componentAccount.get(p);
            if (seen !== undefined) {
                result = seen;
                break;
            }
        }
        for (const p of walked) nearest.set(p, result);
        return result;
    };
    for (const r of records) {
        if (byUrn.get(r.urn) !== undefined) continue;
        byUrn.set(r.urn, inheritedOf(r.urn) ?? (names.length === 1 ? names[0] : undefined));
    }
    return { names, multi: names.length > 1, of: (urn) => byUrn.get(urn), ofName };
}

/** Groups items by the account `accountOf` gives them: stack level (no `account`) first if any, then the accounts in `names` order. */
export function groupByAccount<T>(
    items: readonly T[],
    names: readonly string[],
    accountOf: (item: T) => string | undefined,
): { account?: string; items: T[] }[] {
    const groups = new Map<string | undefined, T[]>([[undefined, []], ...names.map((n): [string, T[]] => [n, []])]);
    for (const item of items) {
        const account = accountOf(item);
        const key = account !== undefined && groups.has(account) ? account : undefined;
        const list = groups.get(key);
        if (list) list.push(item);
        else groups.set(key, [item]);
    }
    return [...groups].filter(([, list]) => list.length > 0).map(([account, list]) => (account === undefined ? { items: list } : { account, items: list }));
}
