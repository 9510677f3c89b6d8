/**
 * Small zod building blocks shared by the stack config schema. Each carries the message a
 * user sees, so a message says what was wrong and what is accepted.
 */
import { z } from "zod";
import { checkIndexPath, checkPropertyPath, checkSpatialPath } from "../sql/indexing";
import { LIMITS } from "./limits";
import { findRegion, REGION_CATALOGUE_DATE, REGIONS, suggestRegions } from "./regions";

export { LIMITS };

/** Account names: 3-44 characters, lowercase letters, digits and hyphens, no leading or trailing hyphen. */
export const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/;
/** Database and container ids we accept: stable, URL-safe, usable in resource names. */
export const RESOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/** Azure programmatic region names, e.g. `westeurope`, `eastus2`. */
export const REGION_NAME = /^[a-z][a-z0-9]+$/;

export const accountName = z
    .string()
    .regex(ACCOUNT_NAME, "an account name is 3-44 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit");

export const resourceId = (what: string) =>
    z.string().regex(RESOURCE_ID, `a ${what} name starts with a letter or digit and uses only letters, digits, '.', '_' and '-' (at most 255 characters)`);

/**
 * A catalogued Azure public-cloud region, by programmatic name (components/shared/regions.ts). Every key
 * that takes a region uses this, so a misspelling fails with the closest names wherever it is.
 */
export const regionName = z.string().superRefine((value, ctx) => {
    const reason = checkRegionName(value);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
});

/** Why a value is not a catalogued programmatic region name (with the closest names), or undefined. */
export function checkRegionName(value: string): string | undefined {
    if (REGION_NAME.test(value) && findRegion(value)) return undefined;
    const suggestions = suggestRegions(value);
    const hint = suggestions.length ? `did you mean ${suggestions.map((s) => `'${s}'`).join(" or ")}? ` : "";
    const what = REGION_NAME.test(value) ? "unknown Azure region" : "not a programmatic region name";
    return `${what}; ${hint}accepted: a public-cloud region's programmatic name such as 'westeurope' or 'eastus2' (the ${REGIONS.length} regions of Microsoft's list of ${REGION_CATALOGUE_DATE} in components/shared/regions.ts)`;
}

export const indexPath = z.string().superRefine((path, ctx) => {
    const reason = checkIndexPath(path.trim());
    if (reason) ctx.addIssue({ code: "custom", message: reason });
});

export const propertyPath = z.string().superRefine((path, ctx) => {
    const reason = checkPropertyPath(path.trim());
    if (reason) ctx.addIssue({ code: "custom", message: reason });
});

export const spatialPath = z.string().superRefine((path, ctx) => {
    const reason = checkSpatialPath(path.trim());
    if (reason) ctx.addIssue({ code: "custom", message: reason });
});

/**
 * Largest TTL Azure accepts, for `defaultTtl` and `analyticalStorageTtl` alike (a 32-bit integer,
 * about 68 years): https://learn.microsoft.com/azure/cosmos-db/time-to-live and the SDK's
 * ContainerProperties.AnalyticalStoreTimeToLiveInSeconds ("The maximum allowed value is 2147483647").
 */
export const MAX_TTL_SECONDS = 2_147_483_647;

export const ttlSeconds = z
    .number()
    .int("a TTL is a whole number of seconds")
    .refine((n) => n === -1 || n > 0, "a TTL is -1 (on, items expire only when they set their own ttl) or a positive number of seconds")
    .refine((n) => n <= MAX_TTL_SECONDS, `a TTL is at most ${MAX_TTL_SECONDS} seconds (about 68 years); use -1 for items that never expire`);

/** A script file: a path relative to the project root, to a `.js` file. */
export const scriptFile = z
    .string()
    .min(1, "a script file is a path to a .js file, relative to the project root")
    .refine((f) => f.endsWith(".js"), "a script file is a .js file")
    .refine((f) => !f.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(f), "a script file path is relative to the project root, not absolute");
