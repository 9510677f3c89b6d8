/**
 * Config for operations: point-in-time restore into a new account (`cosmos-platform:restore`)
 * and per-container item schemas (`itemSchema`). Cross-key rules, including the ones that need a
 * clock, live in `restore-rules.ts`. Procedures: docs/restore.md, docs/runbooks/item-schemas.md.
 */
import { z } from "zod";
import { ITEM_SCHEMA_TRIGGER, loadItemSchema } from "../../components/item-schema";
import { accountName, regionName, resourceId } from "../../components/validation/primitives";

/** `/subscriptions/<sub>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instanceId>`. */
export const RESTORABLE_ACCOUNT_ID =
    /^\/subscriptions\/[0-9a-fA-F-]{36}\/providers\/Microsoft\.DocumentDB\/locations\/([A-Za-z0-9 ]+)\/restorableDatabaseAccounts\/[0-9a-fA-F-]{36}\/?$/i;

/** UTC instants only (`2026-11-27T08:00:00Z`): a restore point is never in a local time zone. */
export const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;

export const SOURCE_BACKUP_TIERS = ["Continuous7Days", "Continuous30Days", "Periodic"] as const;

const restoreSource = z.strictObject({
    restorableAccountId: z
        .string()
        .regex(
            RESTORABLE_ACCOUNT_ID,
            "a restorable account id is /subscriptions/<subscription>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instance id>; list them with `az cosmosdb restorable-database-account list --account-name <source>`",
        )
        .describe("The source's restorable account id (not its ARM id): it survives the source's deletion. `az cosmosdb restorable-database-account list --account-name <source> --query [0].id`."),
    accountName: accountName.describe("The source account's name. The restore creates a new account, so `account.name` must differ."),
    backupTier: z
        .enum(SOURCE_BACKUP_TIERS, { error: `backupTier is one of ${SOURCE_BACKUP_TIERS.join(", ")}` })
        .describe("The source's backup as declared here (config cannot read Azure): the tier sets the restore window; `Periodic` is refused (no point-in-time restore). `npm run restore-drill` copies it from the source stack."),
    regions: z.array(regionName).min(1, "list at least the source's write region").optional().describe("Regions where the source has replicas; when given, the restored account's write region must be one of them."),
    production: z.boolean().optional().describe("The source holds production data: the restored account then keeps keys off. Default false."),
    stack: z.string().optional().describe("The stack of this project the source belongs to, for reviewers (set by `npm run restore-drill`)."),
});

const restoreDatabase = z.strictObject({
    name: resourceId("database").describe("A database of the source."),
    containers: z.array(resourceId("container")).min(1, "list at least one container, or omit containers for all of them").optional().describe("Containers to restore; omit for all of the database's containers."),
});

export const restoreSchema = z.strictObject({
    source: restoreSource.describe("The account whose continuous backup is restored."),
    timestamp: z
        .string()
        .regex(UTC_TIMESTAMP, "a restore timestamp is an ISO 8601 UTC instant such as 2026-11-27T08:00:00Z")
        .refine((t) => !Number.isNaN(Date.parse(t)) && new Date(t).toISOString().slice(0, 19) === t.slice(0, 19), "a restore timestamp must be a real date and time")
        .describe("The point in time (UTC) to restore. Must be in the past and inside the source tier's window (7 or 30 days); checked against the clock until `completed`."),
    databases: z.array(restoreDatabase).min(1, "list at least one database, or omit databases to restore the whole account").optional().describe("Restore only these databases (and containers); omit for the whole account."),
    ttlDisabled: z.boolean().optional().describe("Restore with time-to-live off, so items whose TTL has passed since the restore point are not expired at once (forensics). Default false."),
    completed: z.boolean().optional().describe("Set true once the restored account exists: the timestamp is then history and no longer checked against the clock. Keep the rest unchanged: create mode and restore parameters are fixed at creation."),
});

/** A JSON Schema file for a container's items, relative to the project root. */
export const itemSchemaFile = z
    .string()
    .min(1, "an item schema is a path to a .json file, relative to the project root")
    .refine((f) => f.endsWith(".json"), "an item schema is a .json file (JSON Schema)")
    .refine((f) => !f.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(f), "an item schema path is relative to the project root, not absolute")
    .refine((f) => !/[\r\n"]/.test(f), "an item schema path has no quotes or line breaks")
    .describe("JSON Schema for the container's items (docs/runbooks/item-schemas.md); deploys the `validateItemSchema` pre-trigger that clients request on writes.");

export type RestoreConfig = z.output<typeof restoreSchema>;

/** The restore as the account component reads it. */
export interface ResolvedRestore {
    /** Restorable account id, without a trailing slash. */
    restoreSource: string;
    sourceAccountName: string;
    sourceBackupTier: "Continuous7Days" | "Continuous30Days";
    timestamp: string;
    /** Undefined: the whole account. */
    databases?: { name: string; containers?: string[] }[];
    ttlDisabled: boolean;
    completed: boolean;
}

/** Defaults applied; the rules have refused a Periodic source already. */
export function resolveRestore(restore: RestoreConfig): ResolvedRestore {
    return {
        restoreSource: restore.source.restorableAccountId.replace(/\/$/, ""),
        sourceAccountName: restore.source.accountName,
        sourceBackupTier: restore.source.backupTier as ResolvedRestore["sourceBackupTier"],
        timestamp: restore.timestamp,
        ...(restore.databases ? { databases: restore.databases.map((d) => ({ name: d.name, ...(d.containers ? { containers: [...d.containers] } : {}) })) } : {}),
        ttlDisabled: restore.ttlDisabled ?? false,
        completed: restore.completed ?? false,
    };
}

/** A container's item schema, and the generated pre-trigger that enforces it. */
export interface ResolvedItemSchema {
    file: string;
    /** Versions a write may carry; the last is current. */
    versions: number[];
    triggerName: string;
}

/** Loads a schema the rules accepted; the trigger joins the container's triggers. */
export function resolveItemSchema(baseDir: string, file: string): {
    itemSchema: ResolvedItemSchema;
    trigger: { name: string; file: string; body: string; type: "Pre"; operation: "All" };
} {
    const loaded = loadItemSchema(baseDir, file);
    if (!loaded.ok) throw new Error(`item schema ${file} was not validated: ${loaded.problem}`);
    return {
        itemSchema: { file, versions: loaded.value.versions, triggerName: ITEM_SCHEMA_TRIGGER },
        // All: one trigger serves creates, replaces and upserts (a Create-only trigger is refused on a
        // replace); the body skips deletes.
        trigger: { name: ITEM_SCHEMA_TRIGGER, file, body: loaded.value.triggerBody, type: "Pre", operation: "All" },
    };
}
