/**
 * Config for operations: point-in-time restore into a new account (`cosmos-platform:restore`),
 * restore of deleted databases and containers into the same account (`restoreInPlace`) and
 * per-container item schemas (`itemSchema`). Cross-key rules, including the ones that need a
 * clock, live in `restore-rules.ts`. Procedures: docs/restore.md, docs/runbooks/item-schemas.md.
 */
import { z } from "zod";
import { ITEM_SCHEMA_TRIGGER, loadItemSchema } from "../item-schema";
import { accountName, regionName, resourceId } from "../../components/shared/primitives";
import { restorableAccountId, utcTimestamp } from "../../components/shared/restore";

export { RESTORABLE_ACCOUNT_ID, UTC_TIMESTAMP } from "../../components/shared/restore";

export const SOURCE_BACKUP_TIERS = ["Continuous7Days", "Continuous30Days", "Periodic"] as const;

const restoreSource = z.strictObject({
    restorableAccountId: restorableAccountId.describe(
        "The source's restorable account id (not its ARM id): it survives the source's deletion. `az cosmosdb restorable-database-account list --account-name <source> --query [0].id`.",
    ),
    accountName: accountName.describe("The source account's name. The restore creates a new account, so `account.name` must differ."),
    backupTier: z
        .enum(SOURCE_BACKUP_TIERS, { error: `backupTier is one of ${SOURCE_BACKUP_TIERS.join(", ")}` })
        .describe(
            "The source's backup as declared here (config cannot read Azure): the tier sets the restore window; `Periodic` is refused (no point-in-time restore). `npm run restore-drill` copies it from the source stack.",
        ),
    regions: z
        .array(regionName)
        .min(1, "list at least the source's write region")
        .optional()
        .describe("Regions where the source has replicas; when given, the restored account's write region must be one of them."),
    production: z.boolean().optional().describe("The source holds production data: the restored account then keeps keys off. Default false."),
    stack: z.string().optional().describe("The stack of this project the source belongs to, for reviewers (set by `npm run restore-drill`)."),
});

const restoreDatabase = z.strictObject({
    name: resourceId("database").describe("A database of the source."),
    containers: z
        .array(resourceId("container"))
        .min(1, "list at least one container, or omit containers for all of them")
        .optional()
        .describe("Containers to restore; omit for all of the database's containers."),
});

export const restoreSchema = z.strictObject({
    source: restoreSource.describe("The account whose continuous backup is restored."),
    timestamp: utcTimestamp.describe(
        "The point in time (UTC) to restore. Must be in the past and inside the source tier's window (7 or 30 days); checked against the clock until `completed`.",
    ),
    databases: z
        .array(restoreDatabase)
        .min(1, "list at least one database, or omit databases to restore the whole account")
        .optional()
        .describe("Restore only these databases (and containers); omit for the whole account."),
    ttlDisabled: z
        .boolean()
        .optional()
        .describe("Restore with time-to-live off, so items whose TTL has passed since the restore point are not expired at once (forensics). Default false."),
    completed: z
        .boolean()
        .optional()
        .describe(
            "Set true once the restored account exists: the timestamp is then history and no longer checked against the clock. Keep the rest unchanged: create mode and restore parameters are fixed at creation.",
        ),
});

/** `<database>` or `<database>/<container>`, as the in-place restore names what it brings back. */
export const IN_PLACE_TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,254})?$/;

const inPlaceEntry = z.strictObject({
    name: z
        .string()
        .regex(IN_PLACE_TARGET, "name a deleted database as '<database>' or a deleted container as '<database>/<container>'")
        .describe(
            "What to restore: `<database>` (with every container it had at the timestamp) or `<database>/<container>` (a container with dedicated throughput). It must be declared in this account's `databases`.",
        ),
    timestamp: utcTimestamp.describe(
        "The point in time (UTC) to restore: before the deletion (`az cosmosdb sql restorable-database list` / `restorable-container list` show the delete event), inside the account's backup window (7 or 30 days); checked against the clock until `completed`.",
    ),
    ttlDisabled: z
        .boolean()
        .optional()
        .describe(
            "Restore with time-to-live off, so items whose TTL ran out since the restore point are kept; the next `pulumi refresh` and `pulumi up` turn the declared TTL back on. Default false.",
        ),
    completed: z
        .boolean()
        .optional()
        .describe(
            "Set true once the restore has finished: the timestamp is then history and no longer checked against the clock. Removing the entry instead is equally safe (the restore settings are create-only and ignored afterwards).",
        ),
});

export const restoreInPlaceSchema = z.strictObject({
    restorableAccountId: restorableAccountId.describe(
        "This account's own restorable account id (not its ARM id): `az cosmosdb restorable-database-account list --account-name <account> --query [0].id`.",
    ),
    resources: z
        .array(inPlaceEntry)
        .min(1, "list at least one deleted database or container to restore")
        .describe("Deleted databases and containers to restore into this account."),
});

export type RestoreInPlaceConfig = z.output<typeof restoreInPlaceSchema>;

/** The in-place restore as the stack layer maps it to the SqlData component. */
export interface ResolvedRestoreInPlace {
    /** Restorable account id, without a trailing slash. */
    restoreSource: string;
    resources: { database: string; container?: string; timestamp: string; ttlDisabled: boolean; completed: boolean }[];
}

export function resolveRestoreInPlace(r: RestoreInPlaceConfig): ResolvedRestoreInPlace {
    return {
        restoreSource: r.restorableAccountId.replace(/\/$/, ""),
        resources: r.resources.map((e) => {
            const [database, container] = e.name.split("/");
            return {
                database,
                ...(container !== undefined ? { container } : {}),
                timestamp: e.timestamp,
                ttlDisabled: e.ttlDisabled ?? false,
                completed: e.completed ?? false,
            };
        }),
    };
}

/** A JSON Schema file for a container's items, relative to the project root. */
export const itemSchemaFile = z
    .string()
    .min(1, "an item schema is a path to a .json file, relative to the project root")
    .refine((f) => f.endsWith(".json"), "an item schema is a .json file (JSON Schema)")
    .refine((f) => !f.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(f), "an item schema path is relative to the project root, not absolute")
    .refine((f) => !/[\r\n"]/.test(f), "an item schema path has no quotes or line breaks")
    .describe(
        "JSON Schema for the container's items (docs/runbooks/item-schemas.md); deploys the `validateItemSchema` pre-trigger that clients request on writes.",
    );

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
        ...(restore.databases
            ? { databases: restore.databases.map((d) => ({ name: d.name, ...(d.containers ? { containers: [...d.containers] } : {}) })) }
            : {}),
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
export function resolveItemSchema(
    baseDir: string,
    file: string,
): {
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
