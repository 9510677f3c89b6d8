/**
 * Point-in-time restore values that both restore kinds share: the restorable account id (an
 * account's continuous-backup identity, not its ARM id) and the UTC restore instant. Used by the
 * account restore (a new account) and by the in-place restore of a deleted database or container
 * (`createMode: Restore` with `restoreParameters` on the SQL database or container `resource`).
 * https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-resource-model
 * https://learn.microsoft.com/azure/cosmos-db/restore-in-account-continuous-backup-introduction
 */
import { z } from "zod";
import type { AccountRestore } from "../account/args";
import { ConfigProblem } from "./errors";
import { resourceId } from "./primitives";
import { argsShape, shapeProblems } from "./zod";

/** `/subscriptions/<sub>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instanceId>`. */
export const RESTORABLE_ACCOUNT_ID =
    /^\/subscriptions\/[0-9a-fA-F-]{36}\/providers\/Microsoft\.DocumentDB\/locations\/([A-Za-z0-9 ]+)\/restorableDatabaseAccounts\/[0-9a-fA-F-]{36}\/?$/i;

/** UTC instants only (`2026-11-27T08:00:00Z`): a restore point is never in a local time zone. */
export const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;

export const restorableAccountId = z
    .string()
    .regex(
        RESTORABLE_ACCOUNT_ID,
        "a restorable account id is /subscriptions/<subscription>/providers/Microsoft.DocumentDB/locations/<region>/restorableDatabaseAccounts/<instance id>; list them with `az cosmosdb restorable-database-account list --account-name <account>`",
    );

export const utcTimestamp = z
    .string()
    // abort: a string that is no timestamp at all gets one message, not also "not a real date".
    .regex(UTC_TIMESTAMP, { error: "a restore timestamp is an ISO 8601 UTC instant such as 2026-11-27T08:00:00Z", abort: true })
    .refine(
        (t) => !Number.isNaN(Date.parse(t)) && new Date(t).toISOString().slice(0, 19) === t.slice(0, 19),
        "a restore timestamp must be a real date and time",
    );

/** The subscription id in a restorable account id that matched RESTORABLE_ACCOUNT_ID. */
export function subscriptionOfRestorable(id: string): string {
    return id.split("/")[2];
}

/**
 * Restoring a deleted database or container into the same account, as the SqlData component
 * takes it. The values are sent only when Azure creates the resource (see `IN_PLACE_RESTORE_PATHS`).
 */
/** Restore a deleted database or container into the same account, from its continuous backup. */
export interface InPlaceRestore {
    /** The account's own restorable account id: `az cosmosdb restorable-database-account list --account-name <account> --query [0].id`. */
    restoreSource: string;
    /** The point in time (ISO 8601 UTC, e.g. 2026-12-01T10:00:00Z) to restore: before the deletion, inside the account's backup window. */
    timestamp: string;
    /**
     * Restore with time-to-live off, so items whose TTL ran out since the restore point are kept. Default false.
     * @default false
     */
    ttlDisabled?: boolean;
}

export const inPlaceRestoreSchema = argsShape<InPlaceRestore>()(
    z.strictObject({
        restoreSource: restorableAccountId.describe(
            "The account's own restorable account id (`az cosmosdb restorable-database-account list --account-name <account> --query [0].id`).",
        ),
        timestamp: utcTimestamp.describe("The point in time (UTC) to restore: before the deletion, inside the account's backup window."),
        ttlDisabled: z
            .boolean()
            .optional()
            .describe("Restore with time-to-live off, so items whose TTL ran out since the restore point are kept. Default false."),
    }),
);

/** A point-in-time restore into a new account, as CosmosAccount takes it. */
export const accountRestoreSchema = argsShape<AccountRestore>()(
    z.strictObject({
        restoreSource: restorableAccountId,
        timestamp: utcTimestamp,
        databases: z
            .array(
                z.strictObject({
                    name: resourceId("database"),
                    containers: z.array(resourceId("container")).min(1, "list at least one container, or omit containers for all of them").optional(),
                }),
            )
            .min(1, "list at least one database, or omit databases to restore the whole account")
            .optional(),
        ttlDisabled: z.boolean().optional(),
    }),
);

/** The shape problems of an account restore; paths relative to it. */
export function restoreProblems(restore: AccountRestore): ConfigProblem[] {
    return shapeProblems(accountRestoreSchema, restore);
}

/**
 * The `resource` properties that carry an in-place restore. Azure reads them only on create, so
 * the SqlData component ignores later changes to them (`ignoreChanges`): the entry can be marked
 * completed or removed after the restore without a diff.
 */
export const IN_PLACE_RESTORE_PATHS = ["resource.createMode", "resource.restoreParameters"];

/** The `resource` fields of an in-place restore (azure-native `ResourceRestoreParametersArgs`). */
export function inPlaceRestoreResource(restore: InPlaceRestore): {
    createMode: "Restore";
    restoreParameters: { restoreSource: string; restoreTimestampInUtc: string; restoreWithTtlDisabled?: boolean };
} {
    return {
        createMode: "Restore",
        restoreParameters: {
            restoreSource: restore.restoreSource.replace(/\/$/, ""),
            restoreTimestampInUtc: restore.timestamp,
            ...(restore.ttlDisabled ? { restoreWithTtlDisabled: true } : {}),
        },
    };
}

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<account>/sqlDatabases/<db>/containers/<c>`. */
export const CONTAINER_ARM_ID =
    /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/[a-z0-9-]+\/sqlDatabases\/([^/]+)\/containers\/([^/]+)$/i;

/** A container's ARM id, which azure-native also uses as the Pulumi id (so `import` takes it). */
export function containerArmId(subscription: string, resourceGroup: string, account: string, database: string, container: string): string {
    return `/subscriptions/${subscription}/resourceGroups/${resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${account}/sqlDatabases/${database}/containers/${container}`;
}
