/**
 * What the analyses read from a record's inputs (azure-native's `DatabaseAccountArgs`,
 * `SqlResourceSql{Database,Container}Args`): an account's regions and capacity mode, the
 * throughput a database or container provisions, and their Azure names. Values known only after
 * deployment read as absent; the defaults are Azure's.
 */
import { accountNameOf } from "./accounts";
import { get, isObject, knownString, num, objects } from "./json";
import type { PolicyRecord } from "./records";

/** Dedicated throughput: manual RU/s, or an autoscale maximum. */
export type Provisioned = { mode: "manual"; ru: number } | { mode: "autoscale"; max: number };

/** The throughput in a database's or container's `options` input; undefined when it has none of its own. */
export function provisionedThroughput(inputs: Record<string, unknown>): Provisioned | undefined {
    const max = num(get(inputs, "options", "autoscaleSettings", "maxThroughput"));
    if (max !== undefined) return { mode: "autoscale", max };
    const ru = num(get(inputs, "options", "throughput"));
    return ru !== undefined ? { mode: "manual", ru } : undefined;
}

/** The RU/s a provisioned throughput can reach: manual RU/s, or the autoscale maximum. */
export const ceilingOf = (t: Provisioned): number => (t.mode === "autoscale" ? t.max : t.ru);

export interface AccountInputs {
    /** The Azure name (`accountName`, else the logical name). */
    name: string;
    /** Regions, at least 1. */
    regions: number;
    /** Regions with `isZoneRedundant`. */
    zoneRegions: number;
    multiRegionWrites: boolean;
    serverless: boolean;
    /** Default consistency level (Azure's default: Session). */
    consistency: string;
    /** `backupPolicy.type` and the continuous tier, as given. */
    backup: { type?: string; tier?: string };
    freeTier: boolean;
    analyticalStorage: boolean;
}

export function accountInputs(record: Pick<PolicyRecord, "name" | "inputs">): AccountInputs {
    const i = record.inputs;
    const locations = objects(i.locations);
    const backup = isObject(i.backupPolicy) ? i.backupPolicy : {};
    const type = knownString(backup.type);
    const tier = knownString(get(backup, "continuousModeProperties", "tier"));
    return {
        name: accountNameOf(record),
        regions: Math.max(1, Array.isArray(i.locations) ? i.locations.length : 0),
        zoneRegions: locations.filter((l) => l.isZoneRedundant === true).length,
        multiRegionWrites: i.enableMultipleWriteLocations === true,
        serverless: objects(i.capabilities).some((c) => c.name === "EnableServerless"),
        consistency: knownString(get(i, "consistencyPolicy", "defaultConsistencyLevel")) ?? "Session",
        backup: { ...(type !== undefined ? { type } : {}), ...(tier !== undefined ? { tier } : {}) },
        freeTier: i.enableFreeTier === true,
        analyticalStorage: i.enableAnalyticalStorage === true,
    };
}

/** The Azure name of a database record: its inputs, else the last segment of its logical name. */
export function databaseNameOf(record: Pick<PolicyRecord, "name" | "inputs">): string {
    return knownString(record.inputs.databaseName) ?? knownString(get(record.inputs, "resource", "id")) ?? record.name.split("/").pop() ?? record.name;
}

/**
 * The Azure names of a container record: its inputs, else the last two segments of its logical
 * name (`db/container`, or `<account>/db/container` in a stack of several).
 */
export function containerNamesOf(record: Pick<PolicyRecord, "name" | "inputs">): { database: string; container: string } {
    const parts = record.name.split("/");
    return {
        database: knownString(record.inputs.databaseName) ?? parts[Math.max(0, parts.length - 2)],
        container: knownString(get(record.inputs, "resource", "id")) ?? knownString(record.inputs.containerName) ?? parts[parts.length - 1],
    };
}
