/**
 * What the analysis reads from resource records: each container's partition key, indexing
 * policy, throughput, vector and full-text policies and computed properties, the account's regions, write mode and consistency, and the dedicated
 * gateway. Works on any record list (plan document, `pulumi stack export`, `pulumi preview --json`
 * as loaded by tooling/model/records.ts); which account a record belongs to is the model's account
 * index (tooling/model/accounts.ts).
 */
import { AccountRecordLike, indexAccounts } from "../model/accounts";
import { accountInputs, containerNamesOf, databaseNameOf, Provisioned, provisionedThroughput } from "../model/inputs";
import { get, knownString } from "../model/json";
import { TYPES } from "../model/types";
import { IndexPolicy, policyFromInputs } from "./index-policy";
import { ComputedProperty, computedPropertiesFromInputs, SearchPolicy, searchPolicyFromInputs } from "./search-policy";

/** What the analysis reads of a record: its type, names and inputs, and what the account index reads. */
export type RecordLike = AccountRecordLike;

export type ThroughputFacts =
    | Provisioned
    /** The database's shared throughput, when its record says. */
    | { mode: "shared"; database?: Provisioned }
    | { mode: "serverless" };

export interface ContainerFacts {
    /** The account's Azure name (the record's `accountName` input), when the record says. */
    account?: string;
    database: string;
    container: string;
    partitionKey: { paths: string[]; hierarchical: boolean };
    policy: IndexPolicy;
    throughput: ThroughputFacts;
    /** Vector embedding policy, vector and full-text indexes, full-text policy. */
    search: SearchPolicy;
    /** Queryable top-level paths `/<name>`, not covered by `/*` in the index policy. */
    computedProperties: ComputedProperty[];
}

export interface AccountFacts {
    name: string;
    regions: number;
    zoneRedundant: boolean;
    multiRegionWrites: boolean;
    serverless: boolean;
    consistency: string;
}

export interface GatewayFacts {
    size: string;
    instances: number;
}

export interface Facts {
    /** The first account of the records (the only one in a single-account stack). */
    account?: AccountFacts;
    /** Every account, in record order. */
    accounts: AccountFacts[];
    containers: ContainerFacts[];
    /** The first account's dedicated gateway. */
    gateway?: GatewayFacts;
    /** Dedicated gateways by account name (a gateway whose account the record does not name is under ""). */
    gateways: Map<string, GatewayFacts>;
}

function accountFacts(r: RecordLike): AccountFacts {
    const a = accountInputs(r);
    return {
        name: a.name,
        regions: a.regions,
        zoneRedundant: a.zoneRegions > 0,
        multiRegionWrites: a.multiRegionWrites,
        serverless: a.serverless,
        consistency: a.consistency,
    };
}

const gatewayFacts = (service: RecordLike): GatewayFacts => ({
    size: knownString(get(service.inputs, "properties", "instanceSize")) ?? "Cosmos.D4s",
    instances: Number(get(service.inputs, "properties", "instanceCount") ?? 1),
});

export function factsFromRecords(records: readonly RecordLike[]): Facts {
    const accounts = records.filter((r) => r.type === TYPES.account).map(accountFacts);
    const accountByName = new Map(accounts.map((a) => [a.name, a]));
    const index = indexAccounts(records);
    const ownerOf = (r: RecordLike): AccountFacts | undefined => accountByName.get(index.of(r.urn) ?? "");
    const sharedByDatabase = new Map<string, ReturnType<typeof provisionedThroughput>>();
    for (const r of records.filter((x) => x.type === TYPES.database)) {
        sharedByDatabase.set(`${ownerOf(r)?.name ?? ""}/${databaseNameOf(r)}`, provisionedThroughput(r.inputs));
    }
    const containers = records
        .filter((r) => r.type === TYPES.container)
        .map((r): ContainerFacts => {
            const resource = r.inputs.resource;
            const { database, container } = containerNamesOf(r);
            const paths = (get(resource, "partitionKey", "paths") as unknown[] | undefined)?.map(String) ?? [];
            const own = provisionedThroughput(r.inputs);
            const owner = ownerOf(r);
            const shared = sharedByDatabase.get(`${owner?.name ?? ""}/${database}`);
            const throughput: ThroughputFacts = owner?.serverless
                ? { mode: "serverless" }
                : (own ?? (shared ? { mode: "shared", database: shared } : { mode: "shared" }));
            const account = knownString(r.inputs.accountName) ?? owner?.name;
            return {
                ...(account !== undefined ? { account } : {}),
                database,
                container,
                partitionKey: { paths, hierarchical: get(resource, "partitionKey", "kind") === "MultiHash" || paths.length > 1 },
                policy: policyFromInputs(get(resource, "indexingPolicy")),
                throughput,
                search: searchPolicyFromInputs(resource),
                computedProperties: computedPropertiesFromInputs(resource),
            };
        });
    const gateways = new Map<string, GatewayFacts>();
    for (const service of records.filter((r) => r.type === TYPES.service && get(r.inputs, "properties", "serviceType") === "SqlDedicatedGateway")) {
        const owner = ownerOf(service)?.name ?? "";
        if (!gateways.has(owner)) gateways.set(owner, gatewayFacts(service));
    }
    const account = accounts[0];
    const gateway = account ? gateways.get(account.name) : gateways.get("");
    return { ...(account ? { account } : {}), accounts, containers, ...(gateway ? { gateway } : {}), gateways };
}

/** `appdb/orders`, or `<account>/appdb/orders` for an entry that names its account (a stack of several). */
export const containerKey = (c: { account?: string; database: string; container: string }): string =>
    `${c.account !== undefined ? `${c.account}/` : ""}${c.database}/${c.container}`;
