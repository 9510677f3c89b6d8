/**
 * Running the commands in-process on hostile input, and the verdict every hostile input must get:
 * exit 2, one line on stderr naming what is wrong, no stack trace, nothing written.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "../helpers/config";

export { PROJECT_DIR };

import type { Outcome } from "../helpers/run-command";

export { run } from "../helpers/run-command";
export type { Outcome };

/** Asserts the hostile-input verdict: exit 2, one line on stderr with every fragment, no trace, nothing on stdout. */
export function assertRefused(outcome: Outcome, ...fragments: string[]): void {
    assert.strictEqual(outcome.code, 2, `expected exit 2, got ${outcome.code}; stderr:\n${outcome.err}`);
    assert.doesNotMatch(outcome.err, /\n\s+at /, "no stack trace");
    const lines = outcome.err.trimEnd().split("\n");
    assert.strictEqual(lines.length, 1, `one line on stderr, got:\n${outcome.err}`);
    for (const f of fragments) assert.ok(outcome.err.includes(f), `stderr lacks ${JSON.stringify(f)}:\n${outcome.err}`);
}

const FIXTURES = path.join(PROJECT_DIR, "test", "fixtures");
const readFixture = <T>(rel: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, rel), "utf8")) as T;

/** A resource state as the three formats hold it (an export's resource, a plan's record, a preview's state): the fields these tests reach, and any other. */
export interface State {
    urn: string;
    type: string;
    parent?: string;
    delete?: boolean;
    inputs: Record<string, unknown>;
    [field: string]: unknown;
}
/** A step of a preview. */
export interface Step {
    op?: string;
    oldState?: State;
    newState?: State;
    [field: string]: unknown;
}
export interface ExportDocument {
    deployment: { resources: State[]; [field: string]: unknown };
    [field: string]: unknown;
}
export interface PlanDocument {
    resources: State[];
    [field: string]: unknown;
}
export interface PreviewDocument {
    steps: Step[];
    [field: string]: unknown;
}
export interface Documents {
    export: ExportDocument;
    plan: PlanDocument;
    preview: PreviewDocument;
}
type AnyDocument = Documents[keyof Documents];

/** Fresh copies of one stack (prod) in the three formats the review tools read. */
export const documents = {
    export: () => readFixture<ExportDocument>("policy/stack-export.json"),
    plan: () => readFixture<PlanDocument>("baseline/prod.plan.json"),
    preview: () => readFixture<PreviewDocument>("policy/preview.json"),
};
export type Format = keyof typeof documents;
export const FORMATS = Object.keys(documents) as Format[];

/** The resource states of a document (the export's resources, the plan's records, the preview's new states). */
export function statesOf(doc: AnyDocument, format: Format): State[] {
    if (format === "export") return (doc as ExportDocument).deployment.resources;
    if (format === "plan") return (doc as PlanDocument).resources;
    return (doc as PreviewDocument).steps.flatMap((s) => (s.newState ? [s.newState] : []));
}

/** The first state of a type. */
export function stateOf(doc: AnyDocument, format: Format, type: string): State {
    const found = statesOf(doc, format).find((r) => r.type === type);
    assert.ok(found, `the ${format} fixture has a ${type}`);
    return found;
}

/** Sets a resource's parent; in a preview in both the state before and after the step. */
export function setParent(doc: AnyDocument, format: Format, urn: string, parent: string): void {
    if (format !== "preview") {
        statesOf(doc, format)
            .filter((r) => r.urn === urn)
            .forEach((r) => (r.parent = parent));
        return;
    }
    for (const step of (doc as PreviewDocument).steps) for (const state of [step.oldState, step.newState]) if (state?.urn === urn) state.parent = parent;
}

export const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
export const CONTAINER = "azure-native:cosmosdb:SqlResourceSqlContainer";

/** A scratch directory, removed by the returned function. */
export function scratch(prefix = "cosmos-hostile-"): { dir: string; file(name: string, content?: unknown): string; remove(): void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    return {
        dir,
        file(name, content) {
            const full = path.join(dir, name);
            if (content !== undefined) fs.writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
            return full;
        },
        remove: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
}

/** Names of the files below a directory (sorted, relative): to prove a refused command wrote nothing. */
export function filesIn(dir: string): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
        for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            const child = path.join(rel, e.name);
            if (e.isDirectory()) walk(child);
            else out.push(child);
        }
    };
    walk("");
    return out.sort();
}
