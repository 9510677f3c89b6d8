/**
 * Account features the stack config learned in issue 12, one row per ARM property: capabilities,
 * priority-based execution, partition merge, per-region per-partition autoscale, CORS and the
 * analytical store's schema type. components/account/component.ts sends the switches only when they are on
 * (`enablePartitionMerge: true`, ...), so Azure's `false` (or `High`, or `WellDefined`) is "not set"
 * in the config and no input; anything else is set, and planned exactly as Azure stores it.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get (API 2025-10-15)
 */
import { z } from "zod";
import { ACCOUNT_CAPABILITIES, accountSettingsSchema, OTHER_API_CAPABILITIES } from "../../../components/account/rules";
import { capabilitiesForView as capabilitiesFor } from "../../../stack/config/resolve";
import type { AccountView } from "../../../stack/config/schema";
import { Row, RowContext, sameJson } from "../table";
import { isObject, Json, objects as list } from "../../model/json";

/** A switch the program sends only when on: Azure's `false` is the config's "not set". */
function onlyWhenOn(arm: string, key: string, what: string): Row {
    return {
        arm: `properties.${arm}`,
        azureDefault: false,
        apply(value, ctx) {
            if (typeof value !== "boolean") return ctx.gap(`properties.${arm}`, value, "expected true or false");
            if (!value) return;
            ctx.set(["account", key], true);
            ctx.comment(["account", key], `project default: false (${what})`);
            ctx.input([arm], true);
        },
    };
}

/**
 * Capabilities as Azure lists them. The program plans `EnableServerless` first, then
 * `account.capabilities` in their order, then those the containers need that are not listed
 * (stack/config/resolve.ts capabilitiesFor); so the config lists Azure's, in Azure's order, and
 * `trimNeededCapabilities` drops afterwards those the containers would add in the same places.
 */
const capabilitiesRow: Row = {
    arm: "properties.capabilities",
    azureDefault: [],
    apply(value, ctx) {
        const names = list(value).map((c) => c.name);
        if (!Array.isArray(value) || names.length !== value.length || names.some((n) => typeof n !== "string")) {
            return ctx.gap("properties.capabilities", value, "expected a list of { name }");
        }
        const serverlessAt = names.indexOf("EnableServerless");
        if (serverlessAt > 0) {
            ctx.gap(
                "properties.capabilities",
                names,
                `the program lists EnableServerless first and Azure has it at position ${serverlessAt}; the first preview would show the list reordered`,
            );
        }
        const others = (names as string[]).filter((n) => n !== "EnableServerless");
        for (const name of others.filter((n) => !(ACCOUNT_CAPABILITIES as readonly string[]).includes(n))) {
            const other = (OTHER_API_CAPABILITIES as readonly string[]).some((c) => name.startsWith(c));
            ctx.gap(
                "properties.capabilities",
                name,
                `${other ? "a capability of another API" : "a capability the stack config does not model"}; it accepts ${ACCOUNT_CAPABILITIES.join(", ")} (and EnableServerless, as account.serverless)`,
            );
        }
        if (serverlessAt >= 0) ctx.set(["account", "serverless"], true);
        if (others.length > 0) ctx.set(["account", "capabilities"], others);
        ctx.input(
            ["capabilities"],
            names.map((name) => ({ name })),
        );
    },
};

/**
 * The config's `account.capabilities` after the containers are known: the ones the containers add
 * by themselves (vector and full-text search) are left out when capabilitiesFor puts them back in
 * the same order; otherwise the list stays as Azure has it.
 */
export function trimNeededCapabilities(listed: readonly string[], databases: readonly Json[]): { capabilities: string[]; keptForOrder: string[] } {
    // capabilitiesFor reads only account.capabilities and the containers' vectorEmbeddings and fullTextPolicy.
    const planned = (capabilities: readonly string[]) => capabilitiesFor({ account: { capabilities }, databases } as unknown as AccountView) as string[];
    const needed = planned([]);
    const trimmed = listed.filter((c) => !needed.includes(c));
    if (sameJson(planned(trimmed), listed)) return { capabilities: trimmed, keptForOrder: [] };
    return { capabilities: [...listed], keptForOrder: listed.filter((c) => needed.includes(c)) };
}

/** https://learn.microsoft.com/azure/cosmos-db/priority-based-execution (default priority High). */
const priorityRows: Row[] = [
    onlyWhenOn("enablePriorityBasedExecution", "priorityBasedExecution", "all requests share the throughput alike"),
    {
        arm: "properties.defaultPriorityLevel",
        azureDefault: "High",
        apply(value, ctx) {
            if (value === "High") return; // Azure's default, and what the program leaves unsent
            if (value !== "Low") return ctx.gap("properties.defaultPriorityLevel", value, "expected High or Low");
            if (ctx.doc.properties.enablePriorityBasedExecution !== true) {
                return ctx.gap(
                    "properties.defaultPriorityLevel",
                    value,
                    "the stack config sets a default priority only with priorityBasedExecution: true; turn it on, or set the level to High, in Azure first",
                );
            }
            ctx.set(["account", "defaultPriorityLevel"], value);
            ctx.input(["defaultPriorityLevel"], value);
        },
    },
];

/** The schema's own CORS rule shape, so adopt accepts exactly what a stack file may say. */
const corsRuleSchema = (accountSettingsSchema.shape.cors as z.ZodOptional<z.ZodArray<z.ZodType>>).unwrap().element;

/** Azure's comma-separated list as the config's list; "" and absent are "not set". */
function commaList(value: unknown): string[] | undefined {
    return typeof value === "string" && value !== "" ? value.split(",") : undefined;
}

/**
 * CORS rules: the REST API stores each list as one comma-separated string, which the program joins
 * back with "," (components/account/component.ts); `maxAgeInSeconds` is a number. A value the schema refuses
 * (an origin with a path, spaces after the commas, ...) is a gap, as the program could not send it.
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get#corspolicy
 */
const corsRow: Row = {
    arm: "properties.cors",
    azureDefault: [],
    apply(value, ctx) {
        const stored = Array.isArray(value) ? value : [];
        const rules: Json[] = [];
        const inputs: Json[] = [];
        stored.forEach((raw, i) => {
            const at = `properties.cors[${i}]`;
            if (!isObject(raw)) return ctx.gap(at, raw, "expected a CORS rule object");
            const unknown = Object.keys(raw).filter(
                (k) => !["allowedOrigins", "allowedMethods", "allowedHeaders", "exposedHeaders", "maxAgeInSeconds"].includes(k),
            );
            for (const k of unknown) ctx.gap(`${at}.${k}`, raw[k], "not a CORS setting the stack config knows");
            const rule: Json = { allowedOrigins: commaList(raw.allowedOrigins) ?? [] };
            for (const key of ["allowedMethods", "allowedHeaders", "exposedHeaders"]) {
                const items = commaList(raw[key]);
                if (items) rule[key] = items;
            }
            if (raw.maxAgeInSeconds !== undefined) rule.maxAgeInSeconds = raw.maxAgeInSeconds;
            const parsed = corsRuleSchema.safeParse(rule);
            if (!parsed.success) {
                for (const issue of parsed.error.issues)
                    ctx.gap(`${at}.${String(issue.path[0])}`, raw[String(issue.path[0])], `the stack config cannot say it: ${issue.message}`);
                return;
            }
            rules.push(rule);
            inputs.push(Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v])));
        });
        if (rules.length === 0) return;
        ctx.set(["account", "cors"], rules);
        ctx.input(["cors"], inputs);
    },
};

/** The analytical store's schema: WellDefined is Azure's default (reported for every account), and not sent. */
const analyticalSchemaRow: Row = {
    arm: "properties.analyticalStorageConfiguration",
    azureDefault: { schemaType: "WellDefined" },
    apply(value, ctx) {
        const keys = isObject(value) ? Object.keys(value) : [];
        const type = isObject(value) ? value.schemaType : undefined;
        if (keys.some((k) => k !== "schemaType") || (type !== "WellDefined" && type !== "FullFidelity")) {
            return ctx.gap("properties.analyticalStorageConfiguration", value, "expected { schemaType: WellDefined or FullFidelity }");
        }
        if (type === "WellDefined") return;
        ctx.set(["account", "analyticalStorageSchemaType"], type);
        ctx.input(["analyticalStorageConfiguration"], { schemaType: type });
    },
};

export const FEATURE_ROWS: readonly Row<RowContext>[] = [
    capabilitiesRow,
    ...priorityRows,
    // https://learn.microsoft.com/azure/cosmos-db/merge
    onlyWhenOn("enablePartitionMerge", "partitionMerge", "partitions are never merged"),
    // https://learn.microsoft.com/azure/cosmos-db/autoscale-per-partition-region
    onlyWhenOn("enablePerRegionPerPartitionAutoscale", "perRegionPerPartitionAutoscale", "autoscale follows the busiest partition and region"),
    corsRow,
    analyticalSchemaRow,
];
