/**
 * Adoption, from documents to files: group the estate, convert it (table rows), assemble the
 * stack config, plan it offline and compare the plan with Azure's documents, run the policy
 * pack, and only then write `Pulumi.<stack>.yaml` and the script files. Bad input throws
 * AdoptInputError(s) (exit 2); a property the config cannot express, a rule of the stack config
 * the estate breaks, or a planned input that differs from Azure's is exit 1; either way nothing
 * is written.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { AdoptInputError, AdoptInputErrors, formatGap } from "./errors";
import { groupEstate } from "./estate";
import { Inputs } from "./inputs";
import { convertEstate, settleTags } from "./convert";
import { assembleStack, renderStackFile } from "./stack-file";
import { ConfigRuleProblems, planAdopted } from "./check";
import { compareWithPlan, formatMismatch } from "./roundtrip";
import { policyLines, summaryLines } from "./summary";
import type { AccountDraft, ScriptFile } from "./model";
import type { ResourceRecord } from "../model/plan-record";
import { PolicyConfigError } from "../review/policy/config";
import { policyConfigFor } from "../review/policy/run";
import { writeOutputs } from "../review/cli/common";
import { NOT_SHOWN, secretPaths } from "./secrets";

export interface AdoptOptions {
    stack: string;
    projectDir: string;
    /** `cosmos-platform:environment`; default the stack name. */
    environment?: string;
    /** Replace an existing stack file and script files. */
    force?: boolean;
    /** Policy config file for the pack; default `policies/config/<stack>.json` when it exists, else each rule's defaults. */
    policyConfig?: string;
    /** What the input was, for the file's header (file names, or the live account's id). */
    inputLabels: string[];
}

export interface AdoptOutcome {
    code: 0 | 1;
    /** For stdout. */
    report: string;
    /** For stderr, one line each (exit 1). */
    problems: string[];
    /** Files written, relative to the project directory. */
    written: string[];
    /** The adopted stack's offline plan (when it got that far). */
    records?: ResourceRecord[];
}

const ENVIRONMENT = /^[a-z][a-z0-9-]{0,15}$/;
const STACK = /^[A-Za-z0-9_.-]+$/;

function projectName(projectDir: string): string {
    const file = path.join(projectDir, "Pulumi.yaml");
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new AdoptInputError(`--dir ${projectDir}: no Pulumi.yaml there; give the project directory (where Pulumi.yaml is)`);
    }
    const project = parseYaml(text) as { name?: unknown; main?: unknown } | null;
    if (typeof project?.name !== "string") throw new AdoptInputError(`${file} has no project name`);
    const entry = path.join(projectDir, typeof project.main === "string" ? project.main : "index.ts");
    if (!fs.existsSync(entry))
        throw new AdoptInputError(`--dir ${projectDir}: the program ${path.relative(projectDir, entry) || entry} is missing; give a checkout of this project`);
    return project.name;
}

/** Existing files adopt would overwrite without --force: the stack file, or a script with other content. */
function clashes(projectDir: string, stackFile: string, scripts: readonly ScriptFile[]): string[] {
    const full = (p: string) => path.join(projectDir, ...p.split("/"));
    return [
        ...(fs.existsSync(full(stackFile)) ? [stackFile] : []),
        ...scripts.filter((s) => fs.existsSync(full(s.path)) && fs.readFileSync(full(s.path), "utf8") !== s.body).map((s) => s.path),
    ];
}

function policyConfigOf(projectDir: string, stack: string, given?: string): string | undefined {
    try {
        return policyConfigFor(projectDir, stack, given).file;
    } catch (e) {
        if (e instanceof PolicyConfigError) throw new AdoptInputError(e.message);
        throw e;
    }
}

function header(drafts: AccountDraft[], labels: string[], policy: string[]): string[] {
    const resources = drafts.reduce((n, d) => n + d.checks.length, 0);
    return [
        `Adopted by \`npm run adopt\` from ${labels.join(", ")}.`,
        `The next \`pulumi up\` imports ${resources} existing resources (cosmos-platform:import) and changes none of them:`,
        "adopt planned this file offline and found every planned input equal to what Azure stores.",
        "Remove the import key after that first `pulumi up`; see docs/runbooks/adopt.md.",
        ...(policy.length ? ["", ...policy] : []),
    ];
}

/** Groups the documents; the input errors of reading and of grouping together, one line each. */
function groupAll(inputs: Inputs) {
    const errors = [...(inputs.errors ?? [])];
    try {
        const estate = groupEstate(inputs.docs);
        if (errors.length === 0) return estate;
    } catch (e) {
        if (!(e instanceof AdoptInputErrors)) throw e;
        // Without readable documents, "no account" says nothing new.
        errors.push(...e.errors.filter((x) => errors.length === 0 || !x.message.startsWith("the input holds no")));
    }
    throw new AdoptInputErrors(errors);
}

export async function adoptEstate(inputs: Inputs, options: AdoptOptions): Promise<AdoptOutcome> {
    if (!STACK.test(options.stack)) throw new AdoptInputError(`--stack '${options.stack}': a stack name is letters, digits, '-', '_' and '.'`);
    const environment = options.environment ?? options.stack;
    if (!ENVIRONMENT.test(environment)) {
        throw new AdoptInputError(
            `--environment '${environment}': an environment name is 1-16 lowercase letters, digits or hyphens, starting with a letter${options.environment ? "" : " (the default is the stack name; pass --environment)"}`,
        );
    }
    const project = projectName(options.projectDir);
    // Checked before a minute of planning, not after it.
    try {
        fs.accessSync(options.projectDir, fs.constants.W_OK);
    } catch {
        throw new AdoptInputError(`--dir ${options.projectDir}: the directory is not writable, so the stack file could not be written`);
    }
    const estate = groupAll(inputs);
    const conversion = convertEstate(estate, { environment, project });
    const notes = [...inputs.skipped, ...conversion.notes];
    if (conversion.gaps.length > 0) {
        return {
            code: 1,
            report: [
                `Nothing written: ${conversion.gaps.length} stored propert${conversion.gaps.length === 1 ? "y" : "ies"} cannot be expressed in the stack config (listed on stderr).`,
                ...summaryLines.notes(notes),
            ].join("\n"),
            problems: conversion.gaps.map(formatGap),
            written: [],
        };
    }
    const subscriptionId = conversion.accounts[0].subscriptionId;
    const { standardTags } = settleTags(conversion.accounts, { environment, project });
    const draft = assembleStack(conversion.accounts, environment, standardTags);
    const scripts = conversion.accounts.flatMap((a) => a.scripts);
    const stackFile = `Pulumi.${options.stack}.yaml`;
    // A setting that holds a key or connection string (a tag, a description) would be committed in
    // plain text with the stack file: adopt never writes one.
    const leaked = secretPaths(draft.raw);
    if (leaked.length > 0) {
        return {
            code: 1,
            report: `Nothing written: ${leaked.length} setting${leaked.length === 1 ? " holds" : "s hold"} what looks like a key or connection string (listed on stderr); adopt never writes a secret into the stack file.`,
            problems: leaked.map(
                (p) =>
                    `${stackFile}: ${p} = ${NOT_SHOWN}: looks like a key or connection string; remove it from the resource in Azure, or set it afterwards with pulumi config set --secret`,
            ),
            written: [],
        };
    }
    const policyConfig = policyConfigOf(options.projectDir, options.stack, options.policyConfig);
    const existing = options.force ? [] : clashes(options.projectDir, stackFile, scripts);
    if (existing.length > 0) {
        throw new AdoptInputError(
            `${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} in ${options.projectDir}; choose another --stack, or pass --force to replace`,
        );
    }

    // Plan it as written (comments do not change the plan), then compare with Azure's documents.
    let plan;
    try {
        plan = await planAdopted(options.projectDir, options.stack, renderStackFile(draft, project, [], subscriptionId), scripts, policyConfig);
    } catch (e) {
        if (!(e instanceof ConfigRuleProblems)) throw e;
        return {
            code: 1,
            report: `Nothing written: the adopted estate breaks ${e.problems.length} rule${e.problems.length === 1 ? "" : "s"} of the stack config that no setting opts out of (listed on stderr).`,
            problems: e.problems.map((p) => `${stackFile}: ${p}`),
            written: [],
        };
    }
    // Shown relative to the project, as the team will find it.
    plan.policy.config = policyConfig ? path.relative(options.projectDir, policyConfig).split(path.sep).join("/") : null;
    const roundTrip = compareWithPlan(
        conversion.accounts.flatMap((a) => a.checks),
        plan.records,
    );
    const differences = [...roundTrip.mismatches.map(formatMismatch), ...roundTrip.missing, ...roundTrip.unexpected];
    if (differences.length > 0) {
        return {
            code: 1,
            report: `Nothing written: the adopted stack's plan differs from Azure's state in ${differences.length} place${differences.length === 1 ? "" : "s"} (listed on stderr); the first \`pulumi up\` would change them.`,
            problems: differences,
            written: [],
            records: plan.records,
        };
    }

    const policy = policyLines(plan.policy, plan.records);
    const text = renderStackFile(draft, project, header(conversion.accounts, options.inputLabels, policy.header), subscriptionId);
    const files = [{ path: stackFile, text }, ...scripts.map((s) => ({ path: s.path, text: s.body }))];
    // All or nothing: no stack file without its scripts, no half-written file.
    writeOutputs(files.map((f) => ({ file: path.join(options.projectDir, ...f.path.split("/")), text: f.text })));
    const report = summaryLines.success({
        stack: options.stack,
        stackFile,
        drafts: conversion.accounts,
        scripts: scripts.map((s) => s.path),
        matched: roundTrip.matched,
        notes,
        policy: policy.summary,
        standardTags,
    });
    return { code: 0, report: report.join("\n"), problems: [], written: files.map((f) => f.path), records: plan.records };
}
