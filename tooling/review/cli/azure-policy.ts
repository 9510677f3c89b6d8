/**
 * `npm run azure-policy -- --from <plan | stack export | preview JSON> --definitions <file or dir>
 *   [--definitions ...] [--assignments <file or dir>] [--base <plan | stack export>]
 *   [--subscription <id>] [--json <out>] [--quiet]`
 *
 * Evaluates the tenant's Azure Policy definitions, initiatives and assignments against the
 * resource records, offline (docs/azure-policy.md). Deletes and replaces come from a preview's
 * steps or from --base. Exit 0 when nothing would block the deployment, 1 when a deny or
 * denyAction would, 2 on bad arguments or unreadable input.
 */
import { readPolicyInputs, AzurePolicyInputError } from "../azure-policy/definitions";
import { evaluateAzurePolicy } from "../azure-policy/evaluate";
import { previewRemovals, removalsOf } from "../azure-policy/project";
import { renderAzurePolicy } from "../azure-policy/render";
import { diffRecords } from "../diff";
import { namesDiffer, PolicyInputError, PolicyRecord, readRecords, readRecordsDocument, recordsOfStates } from "../../model/records";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, settled, UsageError, writeJsonFile } from "./common";

const USAGE =
    "usage: npm run azure-policy -- --from <plan.json | stack-export.json | preview.json> --definitions <file or dir> [--definitions ...] [--assignments <file or dir>] [--base <plan | stack export>] [--subscription <id>] [--json <out>] [--quiet]";

export function main(argv: string[]): Promise<number> {
    return settled(() => azurePolicy(argv));
}

function azurePolicy(argv: string[]): number {
    const args = parseCommandArgs(
        argv,
        {
            from: { type: "string" },
            definitions: { type: "string", multiple: true },
            assignments: { type: "string", multiple: true },
            base: { type: "string" },
            subscription: { type: "string" },
            json: { type: "string" },
            quiet: { type: "boolean", short: "q" },
        },
        USAGE,
    );
    if (!args.from) throw new UsageError(`--from is required\n${USAGE}`);
    if (!args.definitions?.length) throw new UsageError(`--definitions is required (a definition file or a directory of them)\n${USAGE}`);
    if (args.subscription !== undefined && !/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(args.subscription)) {
        throw new UsageError(`--subscription is "${args.subscription}"; expected a subscription id (a GUID)`);
    }
    checkOutputs(args.json ? [{ flag: "--json", file: args.json }] : [], [
        { flag: "--from", file: args.from },
        ...args.definitions.map((file) => ({ flag: "--definitions", file })),
        ...(args.assignments ?? []).map((file) => ({ flag: "--assignments", file })),
        ...(args.base ? [{ flag: "--base", file: args.base }] : []),
    ]);
    try {
        const loaded = readRecords(args.from);
        const inputs = readPolicyInputs([...args.definitions, ...(args.assignments ?? [])]);
        if (inputs.definitions.length === 0)
            throw new UsageError(
                `${args.definitions.join(", ")} hold no policy definition ("policyRule"); give the JSON Azure publishes (az policy definition show)`,
            );
        let removals: PolicyRecord[] | undefined;
        if (args.base) {
            const base = readRecords(args.base);
            // As `npm run diff` refuses it: URNs of another stack never match, so every resource would read as deleted.
            if (namesDiffer(base.stack, loaded.stack))
                throw new UsageError(
                    `--base ${args.base} holds stack '${base.stack}' but --from ${args.from} holds stack '${loaded.stack}': a diff across stacks would call every resource deleted`,
                );
            if (namesDiffer(base.project, loaded.project))
                throw new UsageError(
                    `--base ${args.base} is project '${base.project}' but --from ${args.from} is project '${loaded.project}': a diff across projects would call every resource deleted`,
                );
            removals = removalsOf(diffRecords(base.records, loaded.records), base.records);
        } else if (loaded.format === "preview") {
            const old = previewRemovals(readRecordsDocument(args.from)) ?? [];
            removals = recordsOfStates(old, `${args.from} (deleted resources)`);
        }
        const section = evaluateAzurePolicy(loaded.records, inputs, {
            ...(args.subscription ? { subscription: args.subscription } : {}),
            ...(removals ? { removals } : {}),
        });
        if (args.json) writeJsonFile(args.json, section);
        if (!args.quiet)
            process.stdout.write(`${renderAzurePolicy(section, loaded.records, `${args.from} (${loaded.format}, ${loaded.records.length} resources)`)}\n`);
        return section.blocking > 0 ? EXIT_FINDINGS : EXIT_OK;
    } catch (e) {
        if (e instanceof PolicyInputError || e instanceof AzurePolicyInputError) throw new UsageError(e.message);
        throw e;
    }
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
