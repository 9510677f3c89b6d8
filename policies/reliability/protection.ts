/**
 * Data-safety rules across the stack: protect, retainOnDelete and the account's delete lock.
 *
 * The engine passes a stack rule `protect` but not `retainOnDelete` (PolicyResourceOptions has no
 * such field). The offline evaluator adds `retainOnDelete` to the options when its records carry
 * it (the offline plan always does; a stack export or preview only when it was set). Where no
 * record carries it the retain rule says it cannot judge (notApplicable) instead of guessing.
 */
import { PolicyConfigSchema, PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { accountCandidates, accountLabel, accountOf } from "../lib/matching";
import { TYPES } from "../lib/types";
import { cannotJudge, configWithDefaults, known, peek, show } from "../lib/values";

const DATA_TYPES: readonly string[] = [TYPES.account, TYPES.database, TYPES.container];

function shortType(type: string): string {
    return type.replace(/^azure-native:[a-z]+:/, "");
}

function dataResources(resources: readonly PolicyResource[]): PolicyResource[] {
    return resources.filter((r) => DATA_TYPES.includes(r.type));
}

export const dataProtected: StackValidationPolicy = {
    name: "cosmosdb-data-protected",
    description: "Accounts, databases and containers are `protect`ed, so `pulumi destroy`, a rename or a replace stops with an error instead of deleting data.",
    enforcementLevel: "mandatory",
    severity: "critical",
    tags: ["reliability", "data-safety"],
    remediationSteps: "Register the resource with { protect: true } (the platform does this when the stack's environment is prod).",
    url: "https://www.pulumi.com/docs/iac/concepts/options/protect/",
    validateStack: (args, report) => {
        const data = dataResources(args.resources);
        if (data.length === 0) args.notApplicable("no Cosmos DB account, database or container in the stack");
        for (const r of data) {
            if (r.opts.protect === true) continue;
            report(`${shortType(r.type)} '${r.name}' is not protected (protect ${show(r.opts.protect)}); accepted: protect true`, r.urn);
        }
    },
};

export const dataRetainedOnDelete: StackValidationPolicy = {
    name: "cosmosdb-data-retained-on-delete",
    description:
        "Accounts, databases and containers have `retainOnDelete`, so even a deliberate unprotect-and-delete in Pulumi leaves the Azure resource and its data in place.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["reliability", "data-safety"],
    remediationSteps:
        "Register the resource with { retainOnDelete: true }. The Pulumi engine does not pass this option to policies: judge it with `npm run policy` on the offline plan.",
    url: "https://www.pulumi.com/docs/iac/concepts/options/retainondelete/",
    validateStack: (args, report) => {
        const data = dataResources(args.resources);
        if (data.length === 0) args.notApplicable("no Cosmos DB account, database or container in the stack");
        const judged = data.filter((r) => typeof (r.opts as { retainOnDelete?: unknown }).retainOnDelete === "boolean");
        if (judged.length === 0) {
            cannotJudge(
                args,
                "the records do not carry retainOnDelete (the engine does not pass it to policies, and a stack export omits it when unset); run npm run policy on the offline plan",
            );
        }
        for (const r of judged) {
            if ((r.opts as { retainOnDelete?: boolean }).retainOnDelete === true) continue;
            report(`${shortType(r.type)} '${r.name}' does not have retainOnDelete; accepted: retainOnDelete true`, r.urn);
        }
    },
};

const lockSchema: PolicyConfigSchema = {
    properties: {
        acceptedLevels: {
            type: "array",
            items: { type: "string", enum: ["CanNotDelete", "ReadOnly"] },
            default: ["CanNotDelete"],
            description: "Lock levels accepted. ReadOnly also blocks deletes but breaks operations that POST (listing keys, failover priority changes).",
        },
    },
};

export const accountDeleteLock: StackValidationPolicy = {
    name: "cosmosdb-account-delete-lock",
    description:
        "Every Cosmos DB account carries a CanNotDelete management lock, so nobody (portal, CLI, another pipeline) deletes it by accident, whatever Pulumi's state says.",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["reliability", "data-safety"],
    remediationSteps:
        'Add an azure-native:authorization:ManagementLockAtResourceLevel with level "CanNotDelete", resourceProviderNamespace "Microsoft.DocumentDB", resourceType "databaseAccounts", parentResourcePath "" and resourceName the account name.',
    url: "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources",
    configSchema: lockSchema,
    validateStack: (args, report) => {
        const { acceptedLevels } = configWithDefaults<{ acceptedLevels: string[] }>(lockSchema, args.getConfig());
        const accounts = accountCandidates(args.resources, TYPES.account);
        if (accounts.length === 0) args.notApplicable(`no ${TYPES.account} in the stack`);
        const locks = args.resources.filter((r) => {
            if (r.type !== TYPES.resourceLock) return false;
            const p = r.props as Record<string, unknown>;
            // A lock on a database or another provider's resource is not an account lock. Fields
            // that are unknown or absent (outputs carry no path parameters) do not exclude it.
            const ns = known(() => p.resourceProviderNamespace);
            const type = known(() => p.resourceType);
            const parentPath = known(() => p.parentResourcePath);
            if (typeof ns === "string" && ns.toLowerCase() !== "microsoft.documentdb") return false;
            if (typeof type === "string" && !/^(microsoft\.documentdb\/)?databaseaccounts$/i.test(type)) return false;
            return !(typeof parentPath === "string" && parentPath !== "");
        });
        for (const account of accounts) {
            const mine = locks.filter((l) => accountOf(l, accounts) === account);
            const levels = mine.map((l) => peek(() => (l.props as Record<string, unknown>).level));
            if (levels.some((p) => !p.known || (typeof p.value === "string" && acceptedLevels.includes(p.value)))) continue;
            if (mine.length > 0) {
                report(
                    `management lock '${mine[0].name}' on ${accountLabel(account)} has level ${show(known(() => (mine[0].props as Record<string, unknown>).level))}; accepted: ${acceptedLevels.map((l) => JSON.stringify(l)).join(", ")}`,
                    mine[0].urn,
                );
            } else {
                report(
                    `${accountLabel(account)} has no ${acceptedLevels.map((l) => JSON.stringify(l)).join(" or ")} management lock; accepted: an ${TYPES.resourceLock} on the account`,
                    account.resource.urn,
                );
            }
        }
    },
};
