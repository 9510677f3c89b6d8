/**
 * Reliability rules on the account: zones, regions, failover, backup, SLA.
 */
import { PolicyConfigSchema, ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { accountLabel } from "../security/account";
import { DatabaseAccount } from "../lib/types";
import { findRegion, REGION_CATALOGUE_DATE } from "../../components/shared/regions";
import { configWithDefaults, known, list, show } from "../lib/values";

/**
 * Zone redundancy is judged only where the region has availability zones, from the region
 * catalogue (components/shared/regions.ts, Microsoft's regions list): elsewhere Azure refuses it, so no
 * per-stack exemption list is needed. A region the catalogue does not know is judged as if it had
 * zones, and the message says to add it to the catalogue.
 */
export const zoneRedundant: ResourceValidationPolicy = {
    name: "cosmosdb-zone-redundant",
    description:
        "Every region of a Cosmos DB account that has availability zones is zone redundant, so losing one datacenter costs neither availability nor data (99.995 % SLA). Regions without zones are not judged.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["reliability"],
    remediationSteps:
        "Set isZoneRedundant true on each location in a region with availability zones (stack config account.regions[].zoneRedundant, which defaults to the region's zone support); adding zones to an existing region means removing and re-adding the region.",
    url: "https://learn.microsoft.com/azure/reliability/reliability-cosmos-db#resilience-to-availability-zone-failures",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const missing: string[] = [];
        for (const l of list(account.locations)) {
            const name = known(() => l.locationName);
            const region = typeof name === "string" ? findRegion(name) : undefined;
            if (region?.zones === false || l.isZoneRedundant === true) continue;
            const label = typeof name === "string" ? name : "(unknown)";
            const note = region || typeof name !== "string" ? "" : `, not in the region catalogue of ${REGION_CATALOGUE_DATE}`;
            missing.push(`${label} (isZoneRedundant ${show(l.isZoneRedundant)}${note})`);
        }
        if (missing.length === 0) return;
        report(
            `${accountLabel(account, args)} has regions with availability zones that are not zone redundant: ${missing.join(", ")}; accepted: isZoneRedundant true in every region that has zones (regions without zones are not judged; a region missing from components/shared/regions.ts is judged as having zones until it is added)`,
        );
    }),
};

const regionsSchema: PolicyConfigSchema = {
    properties: {
        minRegions: { type: "integer", minimum: 1, default: 2, description: "Regions every account has." },
        minRegionsWithStrong: {
            type: "integer",
            minimum: 1,
            default: 3,
            description: "Regions an account with Strong consistency has (Strong across two regions blocks writes when one is down).",
        },
    },
};

export const multiRegion: ResourceValidationPolicy = {
    name: "cosmosdb-multi-region",
    description:
        "A production Cosmos DB account replicates to at least two regions (three with Strong consistency), so a regional outage leaves a readable, failover-ready copy.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["reliability"],
    remediationSteps: "Add regions to the account (stack config account.regions), one region change per deployment.",
    url: "https://learn.microsoft.com/azure/cosmos-db/high-availability",
    configSchema: regionsSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { minRegions, minRegionsWithStrong } = configWithDefaults<{ minRegions: number; minRegionsWithStrong: number }>(regionsSchema, args.getConfig());
        const regions = list(account.locations).map((l) => String(known(() => l.locationName) ?? "(unknown)"));
        const strong = account.consistencyPolicy?.defaultConsistencyLevel === "Strong";
        const required = strong ? Math.max(minRegions, minRegionsWithStrong) : minRegions;
        if (regions.length >= required) return;
        const what = `${regions.length} region${regions.length === 1 ? "" : "s"} (${regions.join(", ")})`;
        report(
            `${accountLabel(account, args)}${strong ? " uses Strong consistency with" : " has"} ${what}; accepted: at least ${required} regions${strong ? " with Strong consistency" : ""}`,
        );
    }),
};

export const automaticFailover: ResourceValidationPolicy = {
    name: "cosmosdb-automatic-failover",
    description:
        "A Cosmos DB account with several regions and one write region has service-managed failover on, so a write-region outage promotes the next region without an operator.",
    enforcementLevel: "mandatory",
    severity: "medium",
    tags: ["reliability"],
    remediationSteps: "Set enableAutomaticFailover true (the failover order is the locations' failoverPriority).",
    url: "https://learn.microsoft.com/azure/cosmos-db/how-to-manage-database-account#automatic-failover",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const regions = list(account.locations).length;
        if (regions < 2 || account.enableMultipleWriteLocations === true || account.enableAutomaticFailover === true) return;
        report(
            `${accountLabel(account, args)} has ${regions} regions and a single write region but enableAutomaticFailover ${show(account.enableAutomaticFailover)}; accepted: true`,
        );
    }),
};

const TIERS = ["Continuous7Days", "Continuous30Days"];
const backupSchema: PolicyConfigSchema = {
    properties: {
        minimumTier: {
            type: "string",
            enum: TIERS,
            default: "Continuous30Days",
            description: "The shortest continuous-backup retention accepted.",
        },
    },
};

export const continuousBackup: ResourceValidationPolicy = {
    name: "cosmosdb-continuous-backup",
    description:
        "Cosmos DB accounts use continuous backup, so any container can be restored to any second in the retention window (periodic backup restores only via a support ticket).",
    enforcementLevel: "mandatory",
    severity: "high",
    tags: ["reliability", "data-safety"],
    remediationSteps:
        'Set backupPolicy to { type: "Continuous", continuousModeProperties: { tier } } with the tier the policy config asks for. Periodic to continuous is a one-way update of its own.',
    url: "https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction",
    configSchema: backupSchema,
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        const { minimumTier } = configWithDefaults<{ minimumTier: string }>(backupSchema, args.getConfig());
        const label = accountLabel(account, args);
        const policy = account.backupPolicy;
        if (policy?.type !== "Continuous") {
            const note = policy === undefined ? ', which Azure treats as "Periodic"' : "";
            report(`${label} has backupPolicy.type ${show(policy?.type)}${note}; accepted: "Continuous" with tier ${JSON.stringify(minimumTier)} or longer`);
            return;
        }
        // Azure's default tier when none is given is Continuous30Days.
        const tier = (policy as { continuousModeProperties?: { tier?: string } }).continuousModeProperties?.tier ?? "Continuous30Days";
        if (TIERS.indexOf(tier) < TIERS.indexOf(minimumTier)) {
            report(`${label} keeps continuous backup with tier ${JSON.stringify(tier)}; accepted: ${JSON.stringify(minimumTier)} or longer`);
        }
    }),
};

export const noFreeTier: ResourceValidationPolicy = {
    name: "cosmosdb-no-free-tier",
    description: "Production Cosmos DB accounts do not use the free tier: one per subscription, fixed at creation, and meant for trials.",
    enforcementLevel: "mandatory",
    severity: "low",
    tags: ["reliability", "cost"],
    remediationSteps: "Set enableFreeTier false (free tier can only be chosen when the account is created).",
    url: "https://learn.microsoft.com/azure/cosmos-db/free-tier",
    validateResource: validateResourceOfType(DatabaseAccount, (account, args, report) => {
        if (account.enableFreeTier !== true) return;
        report(`${accountLabel(account, args)} has enableFreeTier true; accepted: false or not set`);
    }),
};
