/**
 * What the analysis reads from resource records: each container's partition key, indexing
 * policy, throughput, vector and full-text policies and computed properties, the account's regions, write mode and consistency, and the dedicated
 * gateway. Works on any record list (plan document, `pulumi stack export`, `pulumi preview --json`
 * as loaded by review/records.ts): only `type`, `name` and `inputs` are read.
 */
import { IndexPolicy, policyFromInputs } from "./index-policy";
import { ComputedProperty, computedPropertiesFromInputs, SearchPolicy, searchPolicyFromInputs } from "./search-policy";

export interface RecordLike {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
}

export type ThroughputFacts =
    | { mode: "manual"; ru: number }
    | { mode: "autoscale"; max: number }
    /** The database's shared throughput, when its record says. */
    | { mode: "shared"; database?: { mode: "manual"; ru: number } | { mode: "autoscale"; max: number } }
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

export const TYPES = {
    account: "azure-native:cosmosdb:DatabaseAccount",
    database: "azure-native:cosmosdb:SqlResourceSqlDatabase",
    container: "azure-native:cosmosdb:SqlResourceSqlContainer",
    service: "azure-native:cosmosdb:Service",
} as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), v);
/** A string the records know: not unknown, not "[secret]" (review/synth.ts SECRET: its value is never read), not a reference. */
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "[secret]" && !v.startsWith("(known") && !v.startsWith("urn:") ? v : undefined);

function provisioned(options: unknown): { mode: "manual"; ru: number } | { mode: "autoscale"; max: number } | undefined {
    const max = get(options, "autoscaleSettings", "maxThroughput");
    if (typeof max === "number") return { mode: "autoscale", max };
    const ru = get(options, "throughput");
    if (typeof ru === "number") return { mode: "manual", ru };
    return undefined;
}

function accountFacts(r: RecordLike): AccountFacts {
    const i = r.inputs;
    const locations = Array.isArray(i.locations) ? i.locations : [];
    const capabilities = Array.isArray(i.capabilities) ? i.capabilities : [];
    return {
        name: str(i.accountName) ?? r.name,
        regions: Math.max(1, locations.length),
        zoneRedundant: locations.some((l) => get(l, "isZoneRedundant") === true),
        multiRegionWrites: i.enableMultipleWriteLocations === true,
        serverless: capabilities.some((c) => get(c, "name") === "EnableServerless"),
        consistency: str(get(i, "consistencyPolicy", "defaultConsistencyLevel")) ?? "Session",
    };
}

const gatewayFacts = (service: RecordLike): GatewayFacts => ({
    size: str(get(service.inputs, "properties", "instanceSize")) ?? "Cosmos.D4s",
    instances: Number(get(service.inputs, "properties", "instanceCount") ?? 1),
});

export function factsFromRecords(records: readonly RecordLike[]): Facts {
    const accounts = records.filter((r) => r.type === TYPES.account).map(accountFacts);
    const accountByName = new Map(accounts.map((a) => [a.name, a]));
    // The account a data resource belongs to: the one its accountName names, else the only one.
    const ownerOf = (r: RecordLike): AccountFacts | undefined => {
        const name = str(r.inputs.accountName);
        return (name !== undefined ? accountByName.get(name) : undefined) ?? (accounts.length === 1 ? accounts[0] : undefined);
    };
    const sharedByDatabase = new Map<string, ReturnType<typeof provisioned>>();
    for (const r of records.filter((x) => x.type === TYPES.database)) {
        const name = str(r.inputs.databaseName) ?? str(get(r.inputs, "resource", "id")) ?? r.name;
        sharedByDatabase.set(`${ownerOf(r)?.name ?? ""}/${name}`, provisioned(r.inputs.options));
    }
    const containers = records
        .filter((r) => r.type === TYPES.container)
        .map((r): ContainerFacts => {
            const resource = r.inputs.resource;
            const container = str(get(resource, "id")) ?? str(r.inputs.containerName) ?? r.name.split("/").pop() ?? r.name;
            const database = str(r.inputs.databaseName) ?? r.name.split("/")[0];
            const paths = (get(resource, "partitionKey", "paths") as unknown[] | undefined)?.map(String) ?? [];
            const own = provisioned(r.inputs.options);
            const owner = ownerOf(r);
            const shared = sharedByDatabase.get(`${owner?.name ?? ""}/${database}`);
            const throughput: ThroughputFacts = owner?.serverless
                ? { mode: "serverless" }
                : own ?? (shared ? { mode: "shared", database: shared } : { mode: "shared" });
            const account = str(r.inputs.accountName) ?? owner?.name;
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
