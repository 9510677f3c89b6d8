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

// The single-account form keeps its outputs at the top level, as before; the `accounts` form lists
// each account by name. Assigned to the module's exports, which the Pulumi runtime reads as the
// stack outputs, so neither form shows the other's keys.
const outputs = stack.multiAccount
    ? { accounts: Object.fromEntries(platform.accounts.map((a) => [a.config.account.name, accountOutputs(a)])) }
    : accountOutputs(platform.accounts[0]);
Object.assign(module.exports, outputs, { production: pulumi.output(stack.production) });
