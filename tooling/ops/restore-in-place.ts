/**
 * The in-place restore's stack config: a stack's own `restoreInPlace` entry for deleted databases
 * or containers of its account, prepared from the stack's validated config (its backup tier and
 * data model) and written into its settings file with comments kept. Pure but for the YAML text.
 * Procedure: docs/restore.md#restore-a-deleted-database-or-container-in-place.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, YAMLMap } from "yaml";
import { RETENTION_DAYS, restoreWindow } from "../../stack/config/restore-rules";
import type { PlatformConfig } from "../../stack/config";
import { TYPES } from "../model/types";
import { DrillError } from "./restore-drill";

export interface InPlaceOptions {
    sourceStack: string;
    /** Restore point, ISO 8601 UTC. */
    timestamp: string;
    /** The account's own restorable account id (only Azure knows the instance id). */
    restorableAccountId: string;
    /** `<database>` or `<database>/<container>` entries. */
    targets: string[];
    ttlDisabled: boolean;
    now: Date;
}

interface RawEntry {
    name: string;
    timestamp: string;
    ttlDisabled?: boolean;
    completed?: boolean;
}

/** Checks each target against the account's data model: it must be declared, a database or one of its containers. */
export function inPlaceTargets(source: PlatformConfig, targets: string[]): string[] {
    if (targets.length === 0) throw new DrillError("name what to restore with --in-place <database> or --in-place <database>/<container>");
    const declared = source.databases.flatMap((d) => [d.name, ...d.containers.map((c) => `${d.name}/${c.name}`)]);
    for (const target of targets) {
        if (!declared.includes(target)) {
            throw new DrillError(
                `--in-place '${target}' is not a database or <database>/<container> of account ${source.account.name}; it has ${declared.join(", ") || "none"}`,
            );
        }
    }
    return [...new Set(targets)];
}

/**
 * The stack's new `restoreInPlace` value: the existing one (if any) with the targets added as
 * pending entries. Throws DrillError on a periodic account, a point outside its window, another
 * restorable id, or a target that already has an entry.
 */
export function buildInPlaceRestore(source: PlatformConfig, existing: unknown, opts: InPlaceOptions): { restorableAccountId: string; resources: RawEntry[] } {
    const backup = source.account.backup;
    if (backup.type !== "Continuous") {
        throw new DrillError(
            `stack '${opts.sourceStack}' (${source.account.name}) uses periodic backup: restoring in place needs continuous backup; a periodic backup is restored by a support request (docs/restore.md)`,
        );
    }
    const at = new Date(opts.timestamp);
    const { earliest, latest } = restoreWindow(backup.tier, opts.now);
    if (Number.isNaN(at.getTime()) || at > latest || at < earliest) {
        throw new DrillError(
            `the restore point ${opts.timestamp} is outside the window ${earliest.toISOString()} to ${latest.toISOString()} (${source.account.name} keeps ${RETENTION_DAYS[backup.tier]} days: ${backup.tier})`,
        );
    }
    const targets = inPlaceTargets(source, opts.targets);
    const current = existing as { restorableAccountId?: string; resources?: RawEntry[] } | null | undefined;
    const id = opts.restorableAccountId.replace(/\/$/, "");
    if (current?.restorableAccountId !== undefined && current.restorableAccountId.replace(/\/$/, "") !== id) {
        throw new DrillError(
            `stack '${opts.sourceStack}' already restores in place from ${current.restorableAccountId}; an account has one restorable id: pass that one, or remove the finished entries first`,
        );
    }
    const resources = [...(current?.resources ?? [])];
    for (const target of targets) {
        if (resources.some((r) => r.name === target)) {
            throw new DrillError(
                `stack '${opts.sourceStack}' already has a restoreInPlace entry for '${target}'; remove it first if it is finished (completed) and the resource was deleted again`,
            );
        }
        resources.push({ name: target, timestamp: opts.timestamp, ...(opts.ttlDisabled ? { ttlDisabled: true } : {}) });
    }
    return { restorableAccountId: id, resources };
}

/**
 * The settings file with the value set at `cosmos-platform:restoreInPlace`, or inside the account's
 * entry of `cosmos-platform:accounts` (`accountIndex`). Only that entry's text changes: comments,
 * the other keys and their formatting stay byte for byte.
 */
export function setInPlaceRestore(fileText: string, project: string, accountIndex: number | undefined, value: unknown): string {
    const doc = parseDocument(fileText);
    const config = doc.get("config", true);
    if (!isMap(config) || config.items.length === 0) throw new DrillError("the stack file has no config mapping to add restoreInPlace to");
    if (accountIndex === undefined) return spliceEntry(fileText, config, `${project}:restoreInPlace`, value);
    const accounts = config.get(`${project}:accounts`, true);
    const entry = isSeq(accounts) ? accounts.items[accountIndex] : undefined;
    if (!isMap(entry)) throw new DrillError(`the account is not an entry of ${project}:accounts in the stack file; add restoreInPlace to its entry by hand`);
    return spliceEntry(fileText, entry, "restoreInPlace", value);
}

/** Replaces (or appends) one `key: value` entry of a block mapping in the file's text. */
function spliceEntry(text: string, map: YAMLMap, key: string, value: unknown): string {
    if (map.flow) throw new DrillError(`the mapping that takes ${key} is written in flow style ({ ... }); add ${key} by hand`);
    const first = map.items[0].key as { range?: [number, number, number] };
    const keyStart = first.range?.[0] ?? 0;
    const indent = " ".repeat(keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1));
    const block = stringify({ [key]: value }, { lineWidth: 0 })
        .trimEnd()
        .split("\n")
        .map((line) => `${indent}${line}`)
        .join("\n");
    const existing = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const range = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range;
    if (existing) {
        const start = range(existing.key)?.[0] ?? 0;
        const end = range(existing.value)?.[2] ?? start;
        const lineStart = text.lastIndexOf("\n", start - 1) + 1;
        if (text.slice(lineStart, start).trim() !== "") throw new DrillError(`${key} does not start its own line in the stack file; edit it by hand`);
        return `${text.slice(0, lineStart)}${block}\n${text.slice(end)}`;
    }
    const end = range(map)?.[2] ?? text.length;
    const before = text.slice(0, end);
    return `${before}${before.endsWith("\n") ? "" : "\n"}${block}\n${text.slice(end)}`;
}

/** The URN of a database the SqlData component registers for this account (CosmosPlatform -> CosmosEstate -> SqlData). */
export function databaseUrn(stack: string, project: string, config: PlatformConfig, database: string): string {
    return `urn:pulumi:${stack}::${project}::cosmos-platform:index:CosmosPlatform$cosmos-platform:index:CosmosEstate$cosmos-platform:index:SqlData$${TYPES.database}::${config.childNamePrefix}${database}`;
}

/** What to run next, in order. */
export function inPlaceNextSteps(stack: string, project: string, config: PlatformConfig, targets: string[]): string[] {
    const databases = targets.filter((t) => !t.includes("/"));
    const steps = [
        `pulumi refresh --stack ${stack}    # Pulumi forgets the deleted resources; its preview must list only them (and their scripts) as deleted`,
        ...(databases.length > 0
            ? [
                  `pulumi up --stack ${stack} ${databases.map((d) => `--target '${databaseUrn(stack, project, config, d)}'`).join(" ")}    # restores the database; its containers come back with it`,
                  `pulumi up --stack ${stack}    # adopts the containers (import) and recreates stored procedures, triggers and UDFs, which Azure does not restore`,
              ]
            : [`pulumi up --stack ${stack}    # restores the container and recreates its stored procedures, triggers and UDFs, which Azure does not restore`]),
        `npm run verify -- --endpoint https://${config.account.name}.documents.azure.com:443/ --database <db> --container <container>`,
        "then set completed: true on the entries (or remove them): the restore settings are create-only and ignored from then on",
    ];
    return steps.map((s, i) => `  ${i + 1}. ${s}`);
}
