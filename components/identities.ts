/**
 * Who can be granted access: Entra security groups created here (with @pulumi/azuread) and
 * user-assigned managed identities for workloads. Principals in config (`group:<name>`,
 * `identity:<name>`, or an object id) resolve to object ids through `principalId`.
 */
import * as pulumi from "@pulumi/pulumi";
import * as azuread from "@pulumi/azuread/group";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { PlatformConfig } from "./config";

export interface IdentitiesArgs {
    config: PlatformConfig;
    resourceGroupName: pulumi.Input<string>;
}

export interface ResolvedPrincipal {
    /** Entra object id (known after apply for groups and identities created here). */
    id: pulumi.Input<string>;
    /** Azure RBAC principal type. */
    type: "User" | "Group" | "ServicePrincipal" | undefined;
}

export class Identities extends pulumi.ComponentResource {
    readonly groups: Record<string, azuread.Group> = {};
    readonly identities: Record<string, managedidentity.UserAssignedIdentity> = {};

    constructor(name: string, args: IdentitiesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Identities", name, {}, opts);
        const { config } = args;
        for (const g of config.access.groups) {
            this.groups[g.name] = new azuread.Group(
                `group:${g.name}`,
                {
                    displayName: g.displayName,
                    description: g.description ?? `Cosmos DB access for ${config.account.name} (${config.environment}), managed by Pulumi`,
                    securityEnabled: true,
                    mailEnabled: false,
                    preventDuplicateNames: true,
                    ...(g.members.length > 0 ? { members: g.members } : {}),
                },
                { parent: this },
            );
        }
        for (const i of config.access.identities) {
            this.identities[i.name] = new managedidentity.UserAssignedIdentity(
                i.name,
                { resourceName: i.name, resourceGroupName: args.resourceGroupName, location: config.account.regions[0].name, tags: config.tags },
                { parent: this },
            );
        }
        this.registerOutputs({});
    }

    /** The object id and type for a principal reference the config rules accepted. */
    principal(ref: string, declaredType?: "User" | "Group" | "ServicePrincipal"): ResolvedPrincipal {
        if (ref.startsWith("group:")) return { id: this.groups[ref.slice(6)].objectId, type: "Group" };
        if (ref.startsWith("identity:")) return { id: this.identities[ref.slice(9)].principalId, type: "ServicePrincipal" };
        return { id: ref, type: declaredType };
    }
}
