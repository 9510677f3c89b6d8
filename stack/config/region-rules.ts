/**
 * Cross-key rules about regions, from the region catalogue (components/shared/regions.ts). The names
 * themselves are checked where they are parsed (`regionName` in primitives.ts), and zone
 * redundancy with the account's rules (components/account/rules.ts); this one reads the
 * region inside a restore source's id.
 */
import { findRegion, suggestRegions } from "../../components/shared/regions";
import { RESTORABLE_ACCOUNT_ID } from "./restore-schema";
import type { Report } from "../../components/shared/errors";
import { AccountView } from "./schema";

export function regionRules(cfg: AccountView, report: Report): void {
    restorableLocationRule(cfg.restore?.source.restorableAccountId, ["restore", "source", "restorableAccountId"], report);
    restorableLocationRule(cfg.restoreInPlace?.restorableAccountId, ["restoreInPlace", "restorableAccountId"], report);
}

/**
 * A restore source's location is part of its restorable account id (ARM writes the display name,
 * e.g. `locations/West Europe/`): a typo there points the restore at nothing.
 */
function restorableLocationRule(id: string | undefined, path: string[], report: Report): void {
    const location = id ? RESTORABLE_ACCOUNT_ID.exec(id)?.[1] : undefined;
    if (location !== undefined && findRegion(location) === undefined) {
        const suggestions = suggestRegions(location).map((name) => `'${findRegion(name)?.displayName}'`);
        const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "";
        report(
            path,
            `the location '${location}' in the id is not an Azure region${hint}; accepted: the id exactly as \`az cosmosdb restorable-database-account list\` prints it`,
        );
    }
}
