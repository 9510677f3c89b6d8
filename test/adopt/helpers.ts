import * as fs from "fs";
import * as path from "path";
import { scratchProject } from "../../tooling/adopt/check";
import { Inputs, readInputs } from "../../tooling/adopt/inputs";
import { TemplateScope } from "../../tooling/adopt/template";
import { PROJECT_DIR } from "../helpers/config";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "adopt");

/** Every JSON file of a fixture folder. */
export function fixtureFiles(dir: string): string[] {
    const full = path.join(FIXTURES, dir);
    return fs
        .readdirSync(full)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(full, f));
}

export function fixtureInputs(dir: string, scope: TemplateScope = {}): Inputs {
    return readInputs(fixtureFiles(dir), scope);
}

/** A throwaway checkout of the project (the program linked, no stack files, no scripts), for adopt to write into. */
export function tempProject(): { dir: string; remove(): void } {
    const dir = scratchProject(PROJECT_DIR, "unused", "", []);
    fs.rmSync(path.join(dir, "Pulumi.unused.yaml"));
    return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Files below a directory, relative, sorted (links not followed): to prove nothing was written. */
export function listFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
        for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            const child = path.join(rel, entry.name);
            if (entry.isDirectory()) walk(child);
            else out.push(child);
        }
    };
    walk("");
    return out.sort();
}
