/**
 * Which Cosmos DB account each resource record belongs to, so the plan, the diff, the cost and the
 * report can speak per account in a stack of several (the `accounts` form). Works on any record
 * list (plan, `pulumi stack export`, `pulumi preview --json`): it reads types, names, inputs,
 * dependencies and parents only. A record belongs to an account, in this order, when:
 *
 * 1. it is the account, or its `accountName` input names it (databases, containers, scripts, data
 *    roles, the dedicated gateway);
 * 2. its logical name starts with `<account name>/`: the prefix the stack layer gives every
 *    resource of an account in the `accounts` form;
 * 3. it depends on exactly one account (a private endpoint, diagnostic setting, alert or lock
 *    refers to the account's id);
 * 4. only resources of one account (by the rules above) depend on it (a managed identity, a
 *    resource group no other account uses);
 * 5. its nearest ancestor component holds resources of exactly one account (a workspace or budget
 *    in the account's Monitoring component); a component, when its own resources do;
 * 6. the records hold exactly one account.
 *
 * Anything else (a resource group two accounts share, the stack, the platform component) is
 * stack level: `of` returns undefined.
 */
import type { PolicyRecord } from "./records";
import { SECRET } from "./synth";

export const ACCOUNT_TYPE = "azure-native:cosmosdb:DatabaseAccount";

type RecordLike = Pick<PolicyRecord, "urn" | "type" | "name" | "inputs" | "dependencies" | "parent">;

export interface AccountIndex {
    /** Account names (Azure names), in record order. */
    names: string[];
    /** True when the records hold more than one account: output then names the account. */
    multi: boolean;
    /** The account a URN belongs to; undefined for stack-level resources and URNs not in the records (see `ofName`). */
    of(urn: string): string | undefined;
    /** The account a logical name belongs to by its prefix (for URNs only the other side of a diff holds). */
    ofName(name: string): string | undefined;
}

/** A name the records know: not unknown, not a secret (whose value is never read), not a reference. */
const known = (v: unknown): v is string => typeof v === "string" && v !== "" && v !== SECRET && !v.startsWith("(known") && !v.startsWith("urn:");

/** The Azure name of an account record: its `accountName` input, else its logical name. */
export function accountNameOf(record: Pick<PolicyRecord, "name" | "inputs">): string {
    return known(record.inputs.accountName) ? record.inputs.accountName : record.name;
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

export function indexAccounts(records: readonly RecordLike[]): AccountIndex {
    const accountUrns = new Map<string, string>();
    for (const r of records) if (r.type === ACCOUNT_TYPE) accountUrns.set(r.urn, accountNameOf(r));
    const names = [...new Set(accountUrns.values())];
    const nameSet = new Set(names);
    const ofName = (name: string): string | undefined => {
        const slash = name.indexOf("/");
        const prefix = slash > 0 ? name.slice(0, slash) : undefined;
        return prefix !== undefined && nameSet.has(prefix) ? prefix : undefined;
    };
    const direct = (r: RecordLike): string | undefined => {
        const own = accountUrns.get(r.urn);
        if (own !== undefined) return own;
        const input = r.inputs.accountName;
        if (known(input) && nameSet.has(input)) return input;
        const byName = ofName(r.name);
        if (byName !== undefined) return byName;
        const deps = new Set(r.dependencies.map((d) => accountUrns.get(d)).filter((a): a is string => a !== undefined));
        return deps.size === 1 ? [...deps][0] : undefined;
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
export function groupByAccount<T>(items: readonly T[], names: readonly string[], accountOf: (item: T) => string | undefined): { account?: string; items: T[] }[] {
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
