/**
 * cosmos-platform: one Cosmos DB (NoSQL API) estate per stack.
 *
 * Config is validated first; a mistake stops the program before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { loadPlatformConfig } from "./components/config";
import { CosmosPlatform } from "./components/platform";

const config = loadPlatformConfig(__dirname);
// A fixed name: every resource's URN starts from it, so deriving it from config (say, the
// environment name) would turn an innocent rename into a delete and re-create of everything.
const platform = new CosmosPlatform("platform", { config });

export const resourceGroupName = platform.resourceGroupName;
export const accountId = platform.account.id;
export const accountName = platform.account.name;
export const endpoint = platform.account.endpoint;
export const regions = config.account.regions.map((r) => ({ name: r.name, failoverPriority: r.failoverPriority, zoneRedundant: r.zoneRedundant }));
export const databaseIds = Object.fromEntries(Object.entries(platform.sql.databases).map(([name, db]) => [name, db.id]));
export const containerIds = Object.fromEntries(Object.entries(platform.sql.containers).map(([name, c]) => [name, c.id]));
export const production = pulumi.output(config.production);
export const privateEndpoints = Object.keys(platform.network.endpoints);
export const identityPrincipalIds = Object.fromEntries(Object.entries(platform.identities.identities).map(([name, i]) => [name, i.principalId]));
/** Only when a stack turns local auth on, and then only as a secret. */
export const primaryKey = platform.account.primaryKey ?? "none: local auth is off, use Entra ID";
