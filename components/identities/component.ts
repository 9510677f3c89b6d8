/**
 * Identities: who can be granted access. Entra security groups (with @pulumi/azuread) and
 * user-assigned managed identities for workloads. Other components take their object ids.
 */
import * as pulumi from "@pulumi/pulumi";
import * as azuread from "@pulumi/azuread/group";
import * as managedidentity from "@pulumi/azure-native/managedidentity";

export interface GroupArgs {
    /** Logical key (`group:<name>` in a stack file); part of the group's URN. */
    name: string;
    /** Entra display name, e.g. `cosmos-prod-readers`. */
    displayName: string;
    /** Shown in Entra. Default: "Cosmos DB access, managed by Pulumi". */
    description?: string;
    /** Object ids of members managed here; omit to manage membership elsewhere. */
    members?: pulumi.Input<string>[];
}

export interface IdentitiesArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Region of the managed identities. */
    location: pulumi.Input<string>;
    groups?: GroupArgs[];
    /** User-assigned managed identities; `name` is also the Azure name. */
    identities?: { name: string }[];
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Prefix of the children's logical names (they end up in URNs; set once). Default: the component's name and `/`. */
    childNamePrefix?: string;
}

export class Identities extends pulumi.ComponentResource {
    readonly groups: Record<string, azuread.Group> = {};
    readonly identities: Record<string, managedidentity.UserAssignedIdentity> = {};

    constructor(name: string, args: IdentitiesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Identities", name, {}, opts);
        const prefix = args.childNamePrefix ?? `${name}/`;
        for (const g of args.groups ?? []) {
            this.groups[g.name] = new azuread.Group(
                `${prefix}group:${g.name}`,
                {
                    displayName: g.displayName,
                    description: g.description ?? "Cosmos DB access, managed by Pulumi",
                    securityEnabled: true,
                    mailEnabled: false,
                    preventDuplicateNames: true,
                    ...((g.members ?? []).length > 0 ? { members: g.members } : {}),
                },
                { parent: this },
            );
        }
        for (const i of args.identities ?? []) {
            this.identities[i.name] = new managedidentity.UserAssignedIdentity(
                `${prefix}${i.name}`,
                { resourceName: i.name, resourceGroupName: args.resourceGroupName, location: args.location, tags: args.tags },
                { parent: this },
            );
        }
        this.registerOutputs({});
    }
}
