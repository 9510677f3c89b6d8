/**
 * The full plan of a stack: synthesis, then every analysis that reads its records (policy pack,
 * access patterns, cost). `npm run plan`, `npm run diff` and `npm run review` all build it here,
 * so the three always agree.
 */
import { ConfigError, stackConfigSchema } from "../../stack/config";
import { AccessPatternAnalysis, analyzeAccessPatterns } from "../queries/analysis";
import { declarationSection } from "../../stack/queries/declarations";
import { UsageError } from "./cli/common";
import { estimateCost } from "./cost";
import { buildPlanDocument, PlanDocument } from "./plan";
import { PolicyConfigError } from "./policy/config";
import { policySection } from "./policy/render";
import { policyConfigFor, runPack } from "./policy/run";
import { loadStackFiles, StackFiles, stackConfigOf } from "./stack-files";
import { synthesizeFiles } from "./synth";

export interface FullPlan {
    doc: PlanDocument;
    analysis: AccessPatternAnalysis;
    /** Said when the stack has no policy config and the pack ran with its rules' defaults. */
    policyNote?: string;
}

/** The stack's validated config, read from the same files synthesis used. */
export function stackConfig(projectDir: string, stack: string) {
    return stackConfigOf(loadStackFiles(projectDir, stack));
}

export interface FullPlanOptions {
    /**
     * For the base side of a review: its declarations are read with this checkout's schema, which
     * may be newer than the base's stack files. When they do not parse, the base has none (its
     * storage is then not priced) instead of failing the review.
     */
    lenientDeclarations?: boolean;
    /** The policy config file (`--policy-config`); else the project's own `policies/config/<stack>.json`, else none. */
    policyConfig?: string;
}

/**
 * Whether the project's stack config is this project's stack layer's (it sets any of the stack
 * schema's keys in its namespace). A program that builds the components itself (examples/) has no
 * stack config to read declarations from.
 */
export function usesStackLayer(files: StackFiles): boolean {
    return Object.keys(stackConfigSchema.shape).some((k) => `${files.project}:${k}` in files.config);
}

function declarations(files: StackFiles, options: FullPlanOptions) {
    if (!usesStackLayer(files)) return [];
    try {
        const config = stackConfigOf(files);
        // In the `accounts` form each declaration names its account, so it is checked against that account's container.
        return config.accounts.flatMap((a) => declarationSection(a.databases, config.multiAccount ? a.account.name : undefined));
    } catch (e) {
        if (options.lenientDeclarations && ConfigError.isInstance(e)) return [];
        throw e;
    }
}

export async function buildFullPlan(projectDir: string, stack: string, options: FullPlanOptions = {}): Promise<FullPlan> {
    // Read once: synthesis and the declarations see the same files.
    const files = loadStackFiles(projectDir, stack);
    const doc = buildPlanDocument(await synthesizeFiles(files));
    // The policy pack runs over the same records, with the project's policy config for the stack when it has one.
    let policyNote: string | undefined;
    try {
        const choice = policyConfigFor(projectDir, stack, options.policyConfig);
        policyNote = choice.note;
        doc.policy = policySection(await runPack(doc.resources, choice.file, projectDir));
    } catch (e) {
        if (e instanceof PolicyConfigError) throw new UsageError(e.message);
        throw e;
    }
    // Access patterns are config only (never sent to Azure); what they are checked against comes from the records.
    doc.accessPatterns = declarations(files, options);
    const analysis = analyzeAccessPatterns(doc.resources, doc.accessPatterns);
    Object.assign(doc, { queries: analysis.queries, capacity: analysis.capacity, indexAdvice: analysis.indexAdvice });
    // One account: one `caching` section, as before; several: one section per account.
    if (analysis.caching.length === 1 && analysis.caching[0].account === undefined) doc.caching = analysis.caching[0];
    else doc.cachingByAccount = analysis.caching;
    doc.cost = estimateCost(doc.resources, doc.accessPatterns);
    return { doc, analysis, ...(policyNote !== undefined ? { policyNote } : {}) };
}
