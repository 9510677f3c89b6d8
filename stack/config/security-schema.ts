/**
 * Config for access (Entra ID RBAC), private networking and account protection. Cross-key rules
 * (declared names, scopes, opt-ins) live in `security-rules.ts`.
 */
import { z } from "zod";
import { GUID } from "../../components/shared/arm-ids";
import { regionName } from "../../components/shared/primitives";

const guid = (what: string) => z.string().regex(GUID, `${what} is a GUID such as 00000000-0000-0000-0000-000000000000`);

const shortName = (what: string) =>
    z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, `a ${what} name is 1-63 lowercase letters, digits or hyphens, starting with a letter`);

/** Who gets a role: an Entra object id, a group declared in access.groups, or a declared identity. */
export const principal = z
    .string()
    .refine((p) => GUID.test(p) || /^group:[a-z][a-z0-9-]*$/.test(p) || /^identity:[a-z][a-z0-9-]*$/.test(p), {
        error: "a principal is an Entra object id (a GUID), 'group:<name>' of access.groups, or 'identity:<name>' of access.identities",
    })
    .describe("An Entra object id (GUID), `group:<name>` of access.groups, or `identity:<name>` of access.identities.");

const principalType = z
    .enum(["User", "Group", "ServicePrincipal"], { error: "principalType is User, Group or ServicePrincipal" })
    .optional()
    .describe("For object ids: User, Group or ServicePrincipal. Lets Azure skip a directory lookup that fails right after a principal is created.");

const dataScope = z
    .strictObject({
        database: z.string().optional().describe("A database of `databases`; omit for the whole account."),
        container: z.string().optional().describe("A container of that database; needs `database`."),
    })
    .describe("Where the role applies: the account (omit), a database, or a container.");

export const accessSchema = z.strictObject({
    groups: z
        .array(
            z.strictObject({
                name: shortName("group").describe("Key used in principals as `group:<name>`."),
                displayName: z.string().min(1, "a group needs a displayName").max(256).describe("Entra display name, e.g. `cosmos-prod-readers`."),
                description: z.string().optional().describe("Shown in Entra."),
                members: z.array(guid("a member")).optional().describe("Object ids of members managed here; omit to manage membership elsewhere."),
            }),
        )
        .optional()
        .describe("Entra security groups to create with @pulumi/azuread, e.g. readers and writers per environment."),
    identities: z
        .array(z.strictObject({ name: shortName("identity").describe("Key used in principals as `identity:<name>`; also the Azure name.") }))
        .optional()
        .describe("User-assigned managed identities for workloads (and for a customer-managed key)."),
    customRoles: z
        .array(
            z.strictObject({
                name: z
                    .string()
                    .regex(/^[A-Za-z][A-Za-z0-9 ._-]{0,127}$/, "a role name is letters, digits, spaces, '.', '_' or '-', starting with a letter")
                    .describe("Role name, used in dataRoles[].role."),
                dataActions: z
                    .array(z.string())
                    .min(1, "a custom role grants at least one data action")
                    .describe("Data actions granted; see the list in docs/security.md. The account-wide wildcard is refused."),
                id: guid("a role definition id")
                    .optional()
                    .describe(
                        "The definition's Azure name. Default: a GUID derived from account and role name; an adopted definition keeps its own (fixed at creation).",
                    ),
                assignableScopes: z
                    .array(dataScope)
                    .min(1, "list at least one assignable scope, or omit assignableScopes for the whole account")
                    .optional()
                    .describe(
                        "Where the role may be assigned: `{}` (the account), `{ database }` or `{ database, container }`, each a scope of `databases`; dataRoles that use the role must be at or below one of them. Default: the whole account.",
                    ),
            }),
        )
        .optional()
        .describe(
            "Custom data-plane role definitions (SqlResourceSqlRoleDefinition), assignable in this account or in the databases and containers they name.",
        ),
    dataRoles: z
        .array(
            z.strictObject({
                principal,
                role: z.string().describe("`Cosmos DB Built-in Data Reader`, `Cosmos DB Built-in Data Contributor`, or a customRoles name."),
                scope: dataScope.optional(),
                id: guid("a role assignment id")
                    .optional()
                    .describe(
                        "The assignment's Azure name. Default: a GUID derived from account, role, principal and scope; an adopted assignment keeps its own.",
                    ),
            }),
        )
        .optional()
        .describe("Data-plane role assignments (no keys: Entra ID tokens only)."),
    controlRoles: z
        .array(
            z.strictObject({
                principal,
                principalType,
                role: z
                    .string()
                    .describe(
                        "Cosmos DB Operator, Cosmos DB Account Reader Role, CosmosBackupOperator, CosmosRestoreOperator or DocumentDB Account Contributor.",
                    ),
                scope: z
                    .enum(["account", "resourceGroup"], { error: "a control-plane scope is 'account' or 'resourceGroup'" })
                    .optional()
                    .describe("Default `account`."),
                id: guid("a role assignment id")
                    .optional()
                    .describe("The assignment's Azure name. Default: a GUID derived from scope, role and principal; an adopted assignment keeps its own."),
            }),
        )
        .optional()
        .describe("Azure RBAC role assignments for operators (control plane)."),
});

export const securitySchema = z.strictObject({
    defender: z.boolean().optional().describe("Microsoft Defender for Azure Cosmos DB. Default: on in production."),
    deleteLock: z
        .union(
            [
                z.boolean(),
                z.strictObject({
                    // https://learn.microsoft.com/rest/api/resources/management-locks/create-or-update-at-resource-level#uri-parameters
                    name: z
                        .string()
                        // Each character (UTF-16 code unit) is U+0020 or above (no C0 control character) and none of those listed.
                        .regex(
                            /^(?:(?![<>%&:\\?/])[\x20-\uffff]){1,260}$/,
                            "a lock name is 1-260 characters without <, >, %, &, :, \\, ?, / or control characters",
                        )
                        .describe("The existing lock's Azure name."),
                    notes: z
                        .string()
                        .max(512, "lock notes are at most 512 characters")
                        .optional()
                        .describe("Its notes, as Azure holds them; omit when it has none."),
                }),
            ],
            { error: "deleteLock is true, false, or { name, notes? } of an existing CanNotDelete lock" },
        )
        .optional()
        .describe(
            "CanNotDelete management lock on the account: `true` creates `cannot-delete`; `{ name, notes }` is an existing one kept under its own name and notes (adopted: imported while `import` is set). Default: on in production.",
        ),
    customerManagedKey: z
        .strictObject({
            keyVaultKeyUri: z
                .string()
                .regex(
                    /^https:\/\/[a-z0-9-]{3,24}\.vault\.azure\.net\/keys\/[A-Za-z0-9-]+(\/[0-9a-f]{32})?\/?$/,
                    "a key URI is https://<vault>.vault.azure.net/keys/<key>[/<version>]",
                )
                .describe("Key Vault key; versionless follows rotation."),
            identity: z
                .string()
                .describe(
                    "The user-assigned identity with get/wrap/unwrap on the key: a name of access.identities (created by the stack), or an existing identity's resource id (`/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>`), as an adopted account keeps it.",
                ),
        })
        .optional()
        .describe("Encrypt data with your own key instead of a Microsoft-managed one. Set at creation."),
});

/** An existing user-assigned identity's resource id (a customer-managed key's identity, adopted). */
export const USER_ASSIGNED_IDENTITY_ID =
    /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i;

/** The default Azure name of an endpoint's dedicated-gateway twin. */
export function gatewayEndpointName(endpoint: string): string {
    return `${endpoint}-sqlx`;
}

const cidr = z.string().describe("IPv4 CIDR, e.g. 10.20.0.0/16.");

const ipConfigurations = z
    .array(
        z.strictObject({
            memberName: z
                .string()
                .min(1, "memberName names a member of the group")
                .describe(
                    "The member this address serves: the account's global endpoint or one region (`az network private-link-resource list --id <account id>` prints the group's requiredMembers).",
                ),
            privateIPAddress: z
                .string()
                .describe("A free IPv4 address of the endpoint's subnet (not one of the first four or the last, which Azure reserves)."),
            name: z
                .string()
                .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "an IP configuration name is 1-80 letters, digits, '.', '_' or '-'")
                .optional()
                .describe("Name of the IP configuration. Default `ipconfig-<memberName>`."),
        }),
    )
    .min(1, "list at least one IP configuration, or omit ipConfigurations for dynamic addresses")
    .optional()
    .describe(
        "Static private IPs instead of dynamic ones: one per member (the global endpoint and each region; list them all). Firewalls and DNS outside Azure can then name fixed addresses.",
    );

const manualApproval = z
    .strictObject({
        requestMessage: z.string().describe("Shown to the account's owner with the request, at most 140 characters: who asks and why."),
    })
    .optional()
    .describe(
        "Request the connection instead of having it approved at once (the account belongs to another team or tenant, or the deploying identity lacks the approval permission). The endpoint carries no traffic until the owner approves it: `az network private-endpoint-connection approve`.",
    );

export const networkExtensions = {
    virtualNetwork: z
        .strictObject({
            name: z
                .string()
                .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, "a virtual network name is 1-64 letters, digits, '.', '_' or '-'")
                .describe("Azure name of the VNet to create."),
            addressSpace: cidr,
            subnets: z
                .array(
                    z.strictObject({
                        name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "a subnet name is 1-80 letters, digits, '.', '_' or '-'"),
                        prefix: cidr,
                    }),
                )
                .min(1, "a virtual network needs a subnet")
                .describe("Subnets; private endpoints name them in `subnet`."),
            location: regionName.optional().describe("Default: the account's write region."),
        })
        .optional()
        .describe("A VNet to create for the private endpoints (typical for dev-like stacks)."),
    privateEndpoints: z
        .array(
            z.strictObject({
                name: z
                    .string()
                    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "a private endpoint name is 1-80 letters, digits, '.', '_' or '-'")
                    .describe("Azure name of the endpoint."),
                subnet: z.string().describe("A subnet of `virtualNetwork` by name, or an existing subnet's resource id."),
                privateDns: z
                    .enum(["zoneGroup", "none"], { error: "privateDns is 'zoneGroup' (we manage the DNS records) or 'none' (a central team does)" })
                    .optional()
                    .describe("`zoneGroup` (default): a DNS zone group registers the records. `none`: DNS is left to a central team (e.g. by Azure Policy)."),
                location: regionName.optional().describe("Default: the account's write region."),
                ipConfigurations,
                manualApproval,
                connectionName: z
                    .string()
                    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "a connection name is 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit")
                    .optional()
                    .describe(
                        "Name of the endpoint's connection to the account. Default `<name>-sql`; an adopted endpoint keeps its own (the portal names it after the endpoint).",
                    ),
                networkInterfaceName: z
                    .string()
                    // https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork (networkInterfaces)
                    .regex(
                        /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9_])?$/,
                        "a network interface name is 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit and ending with a letter, digit or '_'",
                    )
                    .optional()
                    .describe(
                        "Name of the endpoint's network interface, fixed at creation. Default: Azure's (`<name>.nic.<guid>`); an adopted endpoint keeps its own (the portal's `<name>-nic`).",
                    ),
                dedicatedGateway: z
                    .union(
                        [
                            z.literal(false),
                            z.strictObject({
                                name: z
                                    .string()
                                    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "a private endpoint name is 1-80 letters, digits, '.', '_' or '-'")
                                    .optional()
                                    .describe("Azure name of the gateway's endpoint. Default `<name>-sqlx`."),
                                ipConfigurations,
                            }),
                        ],
                        { error: "dedicatedGateway is false (no endpoint for the gateway) or { name?, ipConfigurations? }" },
                    )
                    .optional()
                    .describe(
                        "With `gateway` set, a second endpoint in the same subnet for the dedicated gateway (group `SqlDedicated`, zone `privatelink.sqlx.cosmos.azure.com`), so clients reach `<account>.sqlx.cosmos.azure.com` privately. Default: created when `gateway` is set; `false` leaves it out. Same DNS and approval settings as this endpoint.",
                    ),
            }),
        )
        .optional()
        .describe("Private endpoints (group `Sql`) for the account, one per subnet; with a dedicated gateway, each gets a `SqlDedicated` twin."),
    privateDnsZoneId: z
        .string()
        .regex(
            /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/privateDnsZones\/privatelink\.documents\.azure\.com$/i,
            "a private DNS zone id ends in /providers/Microsoft.Network/privateDnsZones/privatelink.documents.azure.com",
        )
        .optional()
        .describe("An existing `privatelink.documents.azure.com` zone (hub); default: create one in the stack and link it to the VNets."),
    gatewayPrivateDnsZoneId: z
        .string()
        .regex(
            /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/privateDnsZones\/privatelink\.sqlx\.cosmos\.azure\.com$/i,
            "a gateway private DNS zone id ends in /providers/Microsoft.Network/privateDnsZones/privatelink.sqlx.cosmos.azure.com",
        )
        .optional()
        .describe(
            "An existing `privatelink.sqlx.cosmos.azure.com` zone (hub) for the dedicated gateway's endpoints; default: create one in the stack when an endpoint needs it.",
        ),
};

export type AccessConfig = z.output<typeof accessSchema>;
export type SecurityConfig = z.output<typeof securitySchema>;
