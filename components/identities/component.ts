/**
 * Identities: who can be granted access. Entra security groups (with @pulumi/azuread) and
 * user-assigned managed identities for workloads. Other components take their object ids.
 */
import * as pulumi from "@pulumi/pulumi";
import * as azuread from "@pulumi/azuread/group";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { findDuplicates } from "../account/rules";
import { checkedOptions, collectProblems, ConfigProblem, describeValue } from "../shared/errors";
import type { IdentitiesArgs } from "./args";

/** Who can be granted access: names must be unique among groups and among identities. */
export function identitiesArgsProblems(args: Pick<IdentitiesArgs, "groups" | "identities">): ConfigProblem[] {
    return collectProblems((report) => {
        for (const d of findDuplicates(args.groups ?? [], (g) => g.name))
            report(["groups", d.index, "name"], `group '${d.key}' is declared twice (also groups[${d.first}])`);
        for (const d of findDuplicates(args.identities ?? [], (i) => i.name))
            report(["identities", d.index, "name"], `identity '${d.key}' is declared twice (also identities[${d.first}])`);
        (args.identities ?? []).forEach((i, n) => {
            // https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftmanagedidentity
            if (!/^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/.test(i.name))
                report(
                    ["identities", n, "name"],
                    `a managed identity name is 3-128 letters, digits, '-' or '_', starting with a letter or digit; got ${describeValue(i.name)}`,
                );
        });
    });
}

/** Entra groups and user-assigned managed identities; other components take their object ids. */
export class Identities extends pulumi.ComponentResource {
    /** The groups, by name. */
    readonly groups: { [name: string]: azuread.Group };
    /** The managed identities, by name. */
    readonly identities: { [name: string]: managedidentity.UserAssignedIdentity };

    constructor(name: string, args: IdentitiesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cosmos-platform:index:Identities", name, {}, checkedOptions("Identities", name, identitiesArgsProblems(args), opts));
        this.groups = {};
        this.identities = {};
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
