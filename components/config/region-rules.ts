/**
 * Cross-key rules about regions, from the region catalogue (components/regions.ts). The names
 * themselves are checked where they are parsed (`regionName` in primitives.ts); these rules need a
 * name and another key together.
 */
import { findRegion, suggestRegions, zoneRegionsIn } from "../regions";
import { RESTORABLE_ACCOUNT_ID } from "./restore-schema";
import { StackConfig } from "./schema";
import type { Report } from "./security-rules";

export function regionRules(cfg: StackConfig, report: Report): void {
    // Zone redundancy exists only where the region has availability zones; Azure refuses it
    // elsewhere. https://learn.microsoft.com/azure/reliability/reliability-cosmos-db#requirements
    cfg.account.regions.forEach((r, i) => {
        const region = findRegion(r.name);
        if (r.zoneRedundant !== true || region === undefined || region.zones) return;
        const nearby = zoneRegionsIn(region.geography);
        const alternatives = nearby.length > 0 ? `; regions with zones in ${region.geography}: ${nearby.join(", ")}` : "";
        report(
            ["account", "regions", i, "zoneRedundant"],
            `region '${region.name}' (${region.displayName}) has no availability zones, so Azure refuses a zone-redundant replica there; accepted: false, or leave zoneRedundant out (the default follows the region)${alternatives}; got true`,
        );
    });

    // The source's location is part of its restorable account id (ARM writes the display name,
    // e.g. `locations/West Europe/`): a typo there points the restore at nothing.
    const id = cfg.restore?.source.restorableAccountId;
    const location = id ? RESTORABLE_ACCOUNT_ID.exec(id)?.[1] : undefined;
    if (location !== undefined && findRegion(location) === undefined) {
        const suggestions = suggestRegions(location).map((name) => `'${findRegion(name)?.displayName}'`);
        const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "";
        report(
            ["restore", "source", "restorableAccountId"],
            `the location '${location}' in the id is not an Azure region${hint}; accepted: the id exactly as \`az cosmosdb restorable-database-account list\` prints it`,
        );
    }
}
