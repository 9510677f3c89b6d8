/**
 * `npm run restore-drill -- --source-stack prod --restorable-id <id> (--time <UTC> | --ago <30m|2h|1d>) [options]`
 *
 * Writes `Pulumi.<stack>.yaml` (default `restore-drill`) for a new account restored from the
 * source stack's account at that point in time, and checks it at the config boundary before
 * keeping it. With `--in-place <db>[/<container>]` it instead adds a `restoreInPlace` entry to the
 * source stack's own file, to restore deleted databases or containers into the same account.
 * Exit 0 when written, 2 on bad arguments or a source that cannot be restored.
 */
import * as fs from "fs";
import * as path from "path";
import { PlatformConfig, rawConfigFromPulumi, ResolvedStack } from "../../../stack/config";
import { isProduction } from "../../../stack/config/defaults";
import { EXIT_OK, parseCommandArgs, runCommand, settled, UsageError, writeOutputs } from "../../review/cli/common";
import { checkStackName, loadStackFiles, requireStack, stackConfigOf, stackSettingsFile } from "../../review/stack-files";
import { UTC_TIMESTAMP } from "../../../components/shared/restore";
import { buildDrillConfig, DrillError, DrillOptions, renderDrillStackFile } from "../restore-drill";
import { buildInPlaceRestore, InPlaceOptions, inPlaceNextSteps, setInPlaceRestore } from "../restore-in-place";

const USAGE = [
    "usage: npm run restore-drill -- --source-stack <stack> [--source-account <name>] --restorable-id <id> (--time <2026-11-27T08:00:00Z> | --ago <30m|2h|1d>)",
    "         [--stack restore-drill] [--account-name <name>] [--resource-group <name>] [--only <db>[/<container>]]...",
    "         [--grant <Entra object id>]... [--allow-ip <IPv4 or CIDR>]... [--production] [--force] [--cwd <project dir>]",
    "   or: npm run restore-drill -- --source-stack <stack> [--source-account <name>] --restorable-id <id> (--time <UTC> | --ago <...>)",
    "         --in-place <db>[/<container>]... [--ttl-disabled] [--cwd <project dir>]   (restore deleted ones into the same account)",
    "  The restorable id: az cosmosdb restorable-database-account list --account-name <source account> --query [0].id -o tsv",
].join("\n");

/** `--ago 90m` / `2h` / `1d` before `now`, as a UTC timestamp without milliseconds. */
export function timestampAgo(ago: string, now: Date): string {
    const m = /^(\d+)([mhd])$/.exec(ago);
    if (!m) throw new UsageError(`--ago is a number with m, h or d (30m, 2h, 1d); got '${ago}'`);
    const ms = Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "m" | "h" | "d"];
    return new Date(now.getTime() - ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * `--time` as given, when it is an ISO 8601 UTC instant that exists on the calendar (the form the
 * stack config's restore timestamps take, components/shared/restore.ts); otherwise one line
 * naming the flag, the value and the accepted form, so a typo is never reported as "outside the
 * window" (Azure's restoreTimestampInUtc is UTC: https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/create-or-update#restoreparameters).
 */
export function checkRestoreTime(time: string): string {
    const accepted = "an ISO 8601 UTC time such as 2026-11-27T08:00:00Z (YYYY-MM-DDThh:mm:ss, optional fraction, then Z; no offset)";
    const shown = JSON.stringify(time.length > 60 ? `${time.slice(0, 57)}...` : time);
    if (!UTC_TIMESTAMP.test(time)) throw new UsageError(`--time ${shown} is not ${accepted}`);
    const parsed = new Date(time);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 19) !== time.slice(0, 19)) {
        throw new UsageError(`--time ${shown} is not a real date and time; accepted: ${accepted}`);
    }
    return time;
}

/**
 * The source account: the stack's only one, or the one `--source-account` names in the `accounts`
 * form; with its raw config seen as a single-account stack (its own monitoring if it has one).
 */
export function sourceAccountOf(
    stack: ResolvedStack,
    raw: Record<string, unknown>,
    name: string | undefined,
    stackName: string,
): { source: PlatformConfig; raw: Record<string, unknown> } {
    const names = stack.accounts.map((a) => a.account.name);
    if (name === undefined && stack.accounts.length > 1)
        throw new UsageError(`stack '${stackName}' has ${names.length} accounts; name the source with --source-account (${names.join(", ")})`);
    const source = name === undefined ? stack.accounts[0] : stack.accounts.find((a) => a.account.name === name);
    if (!source) throw new UsageError(`--source-account '${name}' is not an account of stack '${stackName}'; it has ${names.join(", ")}`);
    const entries = Array.isArray(raw.accounts) ? (raw.accounts as Record<string, unknown>[]) : [];
    const entry = entries.find((e) => e.name === source.account.name);
    return { source, raw: entry?.monitoring !== undefined ? { ...raw, monitoring: entry.monitoring } : raw };
}

export interface Io {
    stdout: (text: string) => void;
    now: () => Date;
}

export function main(argv: string[], io: Io = { stdout: (t) => process.stdout.write(t), now: () => new Date() }): Promise<number> {
    return settled(() => drill(argv, io));
}

function drill(argv: string[], io: Io): number {
    const args = parseCommandArgs(
        argv,
        {
            "source-stack": { type: "string" },
            "source-account": { type: "string" },
            "restorable-id": { type: "string" },
            time: { type: "string" },
            ago: { type: "string" },
            stack: { type: "string" },
            "account-name": { type: "string" },
            "resource-group": { type: "string" },
            only: { type: "string", multiple: true },
            grant: { type: "string", multiple: true },
            "allow-ip": { type: "string", multiple: true },
            production: { type: "boolean" },
            force: { type: "boolean" },
            "in-place": { type: "string", multiple: true },
            "ttl-disabled": { type: "boolean" },
            cwd: { type: "string" },
        },
        USAGE,
    );
    if (!args["source-stack"]) throw new UsageError(`--source-stack is required\n${USAGE}`);
    if (!args["restorable-id"]) throw new UsageError(`--restorable-id is required (only Azure knows the source's instance id)\n${USAGE}`);
    if ((args.time !== undefined) === (args.ago !== undefined)) throw new UsageError(`give the restore point with exactly one of --time and --ago\n${USAGE}`);
    const clock = io.now();
    const timestamp = args.time !== undefined ? checkRestoreTime(args.time) : timestampAgo(args.ago as string, clock);
    const stack = args.stack ?? "restore-drill";
    const projectDir = path.resolve(args.cwd ?? process.cwd());
    requireStack(projectDir, args["source-stack"], "--source-stack");
    checkStackName(stack, "--stack");
    // A drill is a new stack beside its source: its file never takes the source's place, --force or not.
    if (args["in-place"] === undefined && stack === args["source-stack"]) {
        throw new UsageError(
            `--stack '${stack}' is the source stack: a drill restores into a new stack (default restore-drill), and never replaces the source's settings file; give another --stack (or --in-place to restore deleted databases or containers into the source's own account)`,
        );
    }

    const files = loadStackFiles(projectDir, args["source-stack"]);
    const rawSource = rawConfigFromPulumi(files.config, files.project);
    const sourceStack = stackConfigOf(files);
    const { source, raw: rawForAccount } = sourceAccountOf(sourceStack, rawSource, args["source-account"], args["source-stack"]);

    if (args["in-place"]) {
        const accountDrillOnly = (["stack", "account-name", "resource-group", "only", "grant", "allow-ip", "production", "force"] as const).filter(
            (k) => args[k] !== undefined,
        );
        if (accountDrillOnly.length > 0)
            throw new UsageError(`--${accountDrillOnly[0]} prepares a restore into a new account and does not go with --in-place\n${USAGE}`);
        return restoreInPlace(
            projectDir,
            files.project,
            args["source-stack"],
            sourceStack,
            source,
            rawSource,
            {
                sourceStack: args["source-stack"],
                timestamp,
                restorableAccountId: args["restorable-id"],
                targets: args["in-place"],
                ttlDisabled: args["ttl-disabled"] ?? false,
                now: clock,
            },
            io,
        );
    }
    if (args["ttl-disabled"])
        throw new UsageError(`--ttl-disabled goes with --in-place (a drill into a new account turns TTL off by itself, --production keeps it)\n${USAGE}`);

    const opts: DrillOptions = {
        sourceStack: args["source-stack"],
        timestamp,
        restorableAccountId: args["restorable-id"],
        stack,
        ...(args["account-name"] ? { accountName: args["account-name"] } : {}),
        ...(args["resource-group"] ? { resourceGroup: args["resource-group"] } : {}),
        only: args.only ?? [],
        grants: args.grant ?? [],
        allowIps: args["allow-ip"] ?? [],
        production: args.production ?? false,
        now: clock,
    };
    const config = drillErrorsAsUsage(() => buildDrillConfig(source, rawForAccount, opts));
    const target = stackSettingsFile(projectDir, stack);
    if (fs.existsSync(target)) {
        if (!args.force) throw new UsageError(`${target} exists; pass --force to replace it`);
        refuseToReplace(projectDir, stack, target);
    }
    writeCheckedStackFile(projectDir, stack, renderDrillStackFile(files.project, config, opts));
    io.stdout(
        `wrote ${path.relative(process.cwd(), target) || target}: restore ${source.account.name} at ${timestamp} into ${(config.account as { name: string }).name}\n` +
            `next: pulumi up --stack ${stack}; then npm run verify -- --endpoint https://${(config.account as { name: string }).name}.documents.azure.com:443/ --database <db> --container <container>\n`,
    );
    return EXIT_OK;
}

/**
 * `--force` replaces an earlier drill's file only: one restore-drill wrote (a `restore` entry) for
 * a stack that is not production. Any other stack's file (a production stack, a production
 * restore, a file this command did not write) is never replaced.
 */
function refuseToReplace(projectDir: string, stack: string, target: string): void {
    let raw: Record<string, unknown>;
    try {
        const existing = loadStackFiles(projectDir, stack);
        raw = rawConfigFromPulumi(existing.config, existing.project);
    } catch (e) {
        throw new UsageError(
            `${target} exists and is not a drill file restore-drill wrote (${e instanceof Error ? e.message : String(e)}); --force replaces only an earlier drill's file, give another --stack`,
        );
    }
    const drill = raw.restore !== undefined && raw.restore !== null && typeof raw.restore === "object";
    const production = isProduction({ production: typeof raw.production === "boolean" ? raw.production : undefined, environment: String(raw.environment) });
    if (!drill || production) {
        throw new UsageError(
            `${target} is ${production ? "a production stack's settings file" : "not a drill file (it has no restore entry)"}; --force replaces only an earlier drill's file, never another stack's: give another --stack`,
        );
    }
}

/** Runs a builder of the drill; a DrillError is the user's (exit 2, one line). */
function drillErrorsAsUsage<T>(build: () => T): T {
    try {
        return build();
    } catch (e) {
        if (e instanceof DrillError) throw new UsageError(e.message);
        throw e;
    }
}

/**
 * Checks a stack file's text at the config boundary `pulumi up` runs, before it is written: a
 * drill file or an in-place entry that Azure or the rules would refuse never reaches the file.
 * Then writes it whole (temporary file and rename), or not at all.
 */
function writeCheckedStackFile(projectDir: string, stack: string, text: string): void {
    stackConfigOf(loadStackFiles(projectDir, stack, { settingsText: text }));
    writeOutputs([{ flag: "--stack", file: stackSettingsFile(projectDir, stack), text }]);
}

/** Adds the in-place entries to the source stack's file, keeping it only if the config boundary accepts it. */
function restoreInPlace(
    projectDir: string,
    project: string,
    stackName: string,
    stack: ResolvedStack,
    source: PlatformConfig,
    raw: Record<string, unknown>,
    opts: InPlaceOptions,
    io: Io,
): number {
    const index = stack.multiAccount ? stack.accounts.indexOf(source) : undefined;
    // In the accounts form an account's own entry replaces the stack-level one whole, so start from what it uses now.
    const existing =
        index === undefined ? raw.restoreInPlace : ((raw.accounts as Record<string, unknown>[] | undefined)?.[index]?.restoreInPlace ?? raw.restoreInPlace);
    const value = drillErrorsAsUsage(() => buildInPlaceRestore(source, existing, opts));
    const target = stackSettingsFile(projectDir, stackName);
    const previous = fs.readFileSync(target, "utf8");
    writeCheckedStackFile(
        projectDir,
        stackName,
        drillErrorsAsUsage(() => setInPlaceRestore(previous, project, index, value)),
    );
    io.stdout(
        `wrote ${path.relative(process.cwd(), target) || target}: restoreInPlace ${opts.targets.join(", ")} of ${source.account.name} at ${opts.timestamp}\n` +
            `next, once the resources are deleted in Azure (Azure restores only deleted ones):\n${inPlaceNextSteps(stackName, project, source, opts.targets).join("\n")}\n`,
    );
    return EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
