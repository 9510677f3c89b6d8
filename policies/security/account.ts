/**
 * Security rules on the Cosmos DB account itself: network exposure, keys, TLS, encryption.
 * Each reads the azure-native v3 `DatabaseAccount` inputs as the engine passes them.
 */
import { PolicyConfigSchema, ResourceValidationArgs, ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { DatabaseAccount } from "../lib/types";
import { configWithDefaults, isPresent, known, list, show } from "../lib/values";

/** `account '<accountName>'`, falling back to the Pulumi name while the Azure name is unknown. */
export function accountLabel(account: { accountName?: string }, args: ResourceValidationArgs): string {
    return `account '${known(() => account.accountName) ?? args.name}'`;
}

export const publicNetworkDisabled: ResourceValidationPolicy = {
    name: "cosmosdb-public-network-disabled",
    description: "Cosmos DB accounts disable public network access, so data is reachable only through private endpoints.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps:
        'Set publicNetworkAccess to "Disabled" (stack config network.publicNetworkAccess) and reach the account through a private endpoint with group "Sql".',
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints#blocking-public-network-access-during-account-creation",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const value = account.publicNetworkAccess;
        if (value === "Disabled") return;
        const note = value === undefined ? ', which Azure treats as "Enabled"' : "";
        report(`${accountLabel(account, args)} has publicNetworkAccess ${show(value)}${note}; accepted: "Disabled"`);
    }),
};

export const localAuthDisabled: ResourceValidationPolicy = {
    name: "cosmosdb-local-auth-disabled",
    description:
        "Cosmos DB accounts turn account keys off (disableLocalAuth), so every data-plane call is an Entra ID identity that RBAC can audit and revoke.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps: "Set disableLocalAuth to true and grant applications data-plane roles (SqlResourceSqlRoleAssignment) instead of keys.",
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const value = account.disableLocalAuth;
        if (value === true) return;
        const note = value === undefined ? ", which leaves account keys enabled" : "";
        report(`${accountLabel(account, args)} has disableLocalAuth ${show(value)}${note}; accepted: true`);
    }),
};

export const keyBasedMetadataWriteDisabled: ResourceValidationPolicy = {
    name: "cosmosdb-key-based-metadata-write-disabled",
    description:
        "Cosmos DB accounts refuse database and container changes made with account keys, so the data model changes only through Azure Resource Manager (this program).",
    enforcementLevel: "mandatory",
    severity: "medium",
    tags: ["security"],
    remediationSteps: "Set disableKeyBasedMetadataWriteAccess to true.",
    url: "https://learn.microsoft.com/azure/cosmos-db/audit-restrict-service-updates",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const value = account.disableKeyBasedMetadataWriteAccess;
        if (value === true) return;
        report(`${accountLabel(account, args)} has disableKeyBasedMetadataWriteAccess ${show(value)}; accepted: true`);
    }),
};

const tlsSchema: PolicyConfigSchema = {
    properties: {
        allowedVersions: {
            type: "array",
            items: { type: "string", enum: ["Tls", "Tls11", "Tls12"] },
            default: ["Tls12"],
            description: "minimalTlsVersion values accepted. Azure's default when the property is not set is Tls12.",
        },
    },
};

export const minimumTls12: ResourceValidationPolicy = {
    name: "cosmosdb-minimum-tls-1-2",
    description: "Cosmos DB accounts refuse TLS 1.0 and 1.1 connections (minimalTlsVersion Tls12).",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps: 'Set minimalTlsVersion to "Tls12" (or leave it unset: Azure defaults to Tls12).',
    url: "https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement",
    configSchema: tlsSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { allowedVersions } = configWithDefaults<{ allowedVersions: string[] }>(tlsSchema, args.getConfig());
        const value = account.minimalTlsVersion ?? "Tls12";
        if (allowedVersions.includes(value)) return;
        report(`${accountLabel(account, args)} has minimalTlsVersion ${show(value)}; accepted: ${allowedVersions.map((v) => JSON.stringify(v)).join(", ")}`);
    }),
};

const restrictedSchema: PolicyConfigSchema = {
    properties: {
        requireVirtualNetworkFilter: {
            type: "boolean",
            default: false,
            description: "Also require isVirtualNetworkFilterEnabled when public access is on, as the Azure Policy 'firewall rules' definition does.",
        },
    },
};

export const networkRestricted: ResourceValidationPolicy = {
    name: "cosmosdb-network-restricted",
    description:
        "A Cosmos DB account with public network access on limits it to listed IP ranges or virtual networks; an account open to every address is refused.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps:
        "Disable public network access, or list the allowed addresses in ipRules (stack config network.ipRules), or enable isVirtualNetworkFilterEnabled with virtualNetworkRules.",
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
    configSchema: restrictedSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        if (account.publicNetworkAccess === "Disabled" || account.publicNetworkAccess === "SecuredByPerimeter") return;
        const { requireVirtualNetworkFilter } = configWithDefaults<{ requireVirtualNetworkFilter: boolean }>(restrictedSchema, args.getConfig());
        const label = accountLabel(account, args);
        const ipRules = list(account.ipRules);
        const vnetRules = list(account.virtualNetworkRules);
        const vnetFilter = account.isVirtualNetworkFilterEnabled === true;
        if (vnetRules.length > 0 && !vnetFilter) {
            report(
                `${label} lists ${vnetRules.length} virtualNetworkRules but isVirtualNetworkFilterEnabled is ${show(account.isVirtualNetworkFilterEnabled)}, so they are ignored; accepted: isVirtualNetworkFilterEnabled true`,
            );
        }
        if (requireVirtualNetworkFilter && !vnetFilter) {
            report(
                `${label} has public network access on with isVirtualNetworkFilterEnabled ${show(account.isVirtualNetworkFilterEnabled)}; accepted: true (policy config requireVirtualNetworkFilter)`,
            );
        } else if (ipRules.length === 0 && !(vnetFilter && vnetRules.length > 0)) {
            report(
                `${label} accepts connections from any address: publicNetworkAccess ${show(account.publicNetworkAccess)} with no ipRules and no enforced virtualNetworkRules; accepted: publicNetworkAccess "Disabled", or at least one IP rule, or isVirtualNetworkFilterEnabled with virtualNetworkRules`,
            );
        }
    }),
};

const openIpSchema: PolicyConfigSchema = {
    properties: {
        minimumPrefixLength: {
            type: "integer",
            minimum: 0,
            maximum: 32,
            default: 16,
            description: "The widest IPv4 range accepted in ipRules, as a CIDR prefix length (16 accepts /16 to /32).",
        },
    },
};

export const noOpenIpRules: ResourceValidationPolicy = {
    name: "cosmosdb-no-open-ip-rules",
    description:
        "Cosmos DB IP rules name specific addresses: no 0.0.0.0 (which admits every Azure datacenter, any tenant's VMs included) and no range wider than the configured prefix.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["security"],
    remediationSteps: "Remove 0.0.0.0 and wide CIDR ranges from ipRules; reach the account from Azure through a private endpoint instead.",
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall#allow-requests-from-global-azure-datacenters-or-other-sources-within-azure",
    configSchema: openIpSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { minimumPrefixLength } = configWithDefaults<{ minimumPrefixLength: number }>(openIpSchema, args.getConfig());
        list(account.ipRules).forEach((rule, i) => {
            const value = known(() => rule.ipAddressOrRange);
            if (typeof value !== "string") return;
            const [address, prefixText] = value.trim().split("/");
            const label = `${accountLabel(account, args)} ipRules[${i}] ${JSON.stringify(value)}`;
            if (address === "0.0.0.0" && prefixText === undefined) {
                report(`${label} admits every Azure datacenter; accepted: specific public addresses or ranges of /${minimumPrefixLength} or narrower`);
                return;
            }
            const prefix = prefixText === undefined ? 32 : Number(prefixText);
            if (Number.isInteger(prefix) && prefix < minimumPrefixLength) {
                report(
                    `${label} opens ${(2 ** (32 - prefix)).toLocaleString("en-US")} addresses; accepted: a single address or a range of /${minimumPrefixLength} or narrower`,
                );
            }
        });
    }),
};

export const networkAclBypassNone: ResourceValidationPolicy = {
    name: "cosmosdb-network-acl-bypass-none",
    description: "Cosmos DB accounts let no Azure service bypass the network rules (networkAclBypass None).",
    enforcementLevel: "mandatory",
    severity: "medium",
    tags: ["security"],
    remediationSteps: 'Set networkAclBypass to "None" (or leave it unset) and remove networkAclBypassResourceIds; give the service a private endpoint instead.',
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall#configure-an-ip-firewall-by-using-azure-cli",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const value = account.networkAclBypass ?? "None";
        if (value === "None") return;
        const ids = list(account.networkAclBypassResourceIds);
        report(`${accountLabel(account, args)} has networkAclBypass ${show(value)}${ids.length ? ` for ${ids.length} resource ids` : ""}; accepted: "None"`);
    }),
};

export const customerManagedKey: ResourceValidationPolicy = {
    name: "cosmosdb-customer-managed-key",
    description:
        "Cosmos DB accounts encrypt data at rest with a customer-managed Key Vault key (keyVaultKeyUri), where regulation asks for key ownership. Advisory unless the policy config makes it mandatory.",
    enforcementLevel: "advisory",
    severity: "low",
    tags: ["security"],
    remediationSteps:
        "Create the account with keyVaultKeyUri set to a Key Vault key the account's identity can wrap and unwrap (CMK can only be set at creation for most accounts).",
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        if (isPresent(() => account.keyVaultKeyUri)) return;
        report(`${accountLabel(account, args)} has no keyVaultKeyUri, so data at rest uses service-managed keys; accepted: a Key Vault key URI`);
    }),
};
