/**
 * The arguments of who can be granted access: Entra security groups (with @pulumi/azuread) and
 * user-assigned managed identities for workloads.
 */
import * as pulumi from "@pulumi/pulumi";

/** An Entra security group. */
export interface EntraGroup {
    /** Logical key (`group:<name>` in a stack file); part of the group's URN, so set it once. */
    name: string;
    /** Entra display name, e.g. `cosmos-prod-readers`. */
    displayName: string;
    /**
     * Shown in Entra. Default: "Cosmos DB access, managed by Pulumi".
     * @default "Cosmos DB access, managed by Pulumi"
     */
    description?: string;
    /** Object ids of members managed here; omit to manage membership elsewhere. */
    members?: pulumi.Input<string>[];
}

/** A user-assigned managed identity for a workload. */
export interface ManagedIdentity {
    /** Its Azure name (and logical name). */
    name: string;
}

/** Identities: groups and managed identities. */
export interface IdentitiesArgs {
    /** Resource group of the managed identities. */
    resourceGroupName: pulumi.Input<string>;
    /** Region of the managed identities. */
    location: pulumi.Input<string>;
    /** Entra security groups. */
    groups?: EntraGroup[];
    /** User-assigned managed identities. */
    identities?: ManagedIdentity[];
    /** Tags of the managed identities. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}
