/**
 * Resource type tokens, for every part of the tooling.
 *
 * The azure-native tokens are one list, kept by the policy pack (policies/lib/types.ts): the pack
 * is product and ships on its own, so it cannot import the tooling; the tooling may import the
 * product. Code here and below tooling/ names a type as `TYPES.container`, never as a literal.
 */
import { TYPES } from "../../policies/lib/types";

export { TYPES };

/** Any azure-native type token the platform registers. */
export type ResourceType = (typeof TYPES)[keyof typeof TYPES];

/** The stack itself: the root of every parent chain (@pulumi/pulumi runtime/stack.js `rootPulumiStackTypeName`). */
export const STACK_TYPE = "pulumi:pulumi:Stack";

/** The azure-native provider's config key of its subscription (`azure-native:subscriptionId`). */
export const PROVIDER_SUBSCRIPTION = "azure-native:subscriptionId";

/** A type token without the provider prefix, as output shows it (`cosmosdb:SqlResourceSqlContainer`). */
export const shortType = (type: string): string => type.replace(/^azure-native:/, "");
