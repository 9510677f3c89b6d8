/**
 * cosmos-platform: the Cosmos DB (NoSQL API) estate of one stack: one account, or several.
 *
 * Config is validated first; a mistake stops the program before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { loadPlatformConfig } from "./stack/config";
import { AccountStack, CosmosPlatform } from "./stack/platform";

const stack = loadPlatformConfig(__dirname);
// A fixed name: every resource's URN starts from it, so deriving it from config (say, the
// environment name) would turn an innocent rename into a delete and re-create of everything.
const platform = new CosmosPlatform("platform", { stack });

function accountOutputs(a: AccountStack) {
    return {
        resourceGroupName: a.resourceGroupName,
        accountId: a.account.id,
        accountName: a.account.name,
        endpoint: a.account.endpoint,
        regions: a.config.account.regions.map((r) => ({ name: r.name, failoverPriority: r.failoverPriority, zoneRedundant: r.zoneRedundant })),
        databaseIds: Object.fromEntries(Object.entries(a.sql.databases).map(([name, db]) => [name, db.id])),
        containerIds: Object.fromEntries(Object.entries(a.sql.containers).map(([name, c]) => [name, c.id])),
        privateEndpoints: Object.keys(a.network.endpoints),
        identityPrincipalIds: Object.fromEntries(Object.entries(a.identities.identities).map(([name, i]) => [name, i.principalId])),
        /** Only when the account turns local auth on, and then only as a secret. */
        primaryKey: a.account.primaryKey ?? "none: local auth is off, use Entra ID",
    };
}

const first = accountOutputs(platform.accounts[0]);
// The single-account form keeps its outputs at the top level, as before; the `accounts` form lists each.
export const resourceGroupName = stack.multiAccount ? undefined : first.resourceGroupName;
export const accountId = stack.multiAccount ? undefined : first.accountId;
export const accountName = stack.multiAccount ? undefined : first.accountName;
export const endpoint = stack.multiAccount ? undefined : first.endpoint;
export const regions = stack.multiAccount ? undefined : first.regions;
export const databaseIds = stack.multiAccount ? undefined : first.databaseIds;
export const containerIds = stack.multiAccount ? undefined : first.containerIds;
export const privateEndpoints = stack.multiAccount ? undefined : first.privateEndpoints;
export const identityPrincipalIds = stack.multiAccount ? undefined : first.identityPrincipalIds;
export const primaryKey = stack.multiAccount ? undefined : first.primaryKey;
export const accounts = stack.multiAccount ? Object.fromEntries(platform.accounts.map((a) => [a.config.account.name, accountOutputs(a)])) : undefined;
export const production = pulumi.output(stack.production);
