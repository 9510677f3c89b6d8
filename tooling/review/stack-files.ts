/**
 * Reads a Pulumi project and one stack's settings file the way the CLI does, without the CLI:
 * project-level config from `Pulumi.yaml`, overridden key by key by `Pulumi.<stack>.yaml`.
 * `secure:` values cannot be decrypted here; they become opaque secrets.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { SECRET_PLACEHOLDER } from "../../components/shared/secrets";
import { parseStackConfig, rawConfigFromPulumi, ResolvedStack } from "../../stack/config";
import { isObject } from "../model/json";

/** What a secret config value reads as offline. It is passed to the program as a secret. */
export { SECRET_PLACEHOLDER };

export class StackFileError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "StackFileError";
    }
}

export interface StackFiles {
    project: string;
    projectDir: string;
    stack: string;
    /** Absolute path of the program's entry file. */
    entry: string;
    /** `<namespace>:<key>` to the string the engine would pass (structured values as JSON). */
    config: Record<string, string>;
    /** Keys (`<namespace>:<key>`) whose values are secrets. */
    secretKeys: string[];
}

function readYaml(file: string, what: string): unknown {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new StackFileError(`cannot read ${what} ${file}: the file does not exist or is not readable`);
    }
    return parseYamlText(text, file, what);
}

/**
 * Parsed YAML by text: Pulumi.yaml is read by several steps of one command (where the stack
 * files are, the project's config), and by every synthesis of a test run. Callers get their own
 * copy (structuredClone), so none can change what another reads. A few texts at most.
 */
const parsedTexts = new Map<string, unknown>();
const PARSED_TEXTS_KEPT = 16;

function parseYamlText(text: string, file: string, what: string): unknown {
    try {
        if (!parsedTexts.has(text)) {
            if (parsedTexts.size >= PARSED_TEXTS_KEPT) parsedTexts.clear();
            parsedTexts.set(text, parseYaml(text));
        }
        return structuredClone(parsedTexts.get(text));
    } catch (e) {
        throw new StackFileError(`${what} ${file} is not valid YAML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
}

const PROJECT_CONFIG_ATTRIBUTES = new Set(["type", "description", "secret", "default", "value", "items"]);

/** A project-level entry is either a plain value or `{ type?, description?, default?, value? }`. */
function projectConfigValue(entry: unknown): unknown {
    if (isObject(entry) && Object.keys(entry).length > 0 && Object.keys(entry).every((k) => PROJECT_CONFIG_ATTRIBUTES.has(k))) {
        return "value" in entry ? entry.value : entry.default;
    }
    return entry;
}

function qualify(key: string, project: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/** Replaces `{ secure: ... }` anywhere in a value with the placeholder; reports whether it did. */
function stripSecure(value: unknown): { value: unknown; secret: boolean } {
    if (isObject(value)) {
        if (Object.keys(value).length === 1 && typeof value.secure === "string") return { value: SECRET_PLACEHOLDER, secret: true };
        let secret = false;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
            const r = stripSecure(v);
            out[k] = r.value;
            secret ||= r.secret;
        }
        return { value: out, secret };
    }
    if (Array.isArray(value)) {
        const items = value.map(stripSecure);
        return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
    }
    return { value, secret: false };
}

/** Top-level strings pass as they are; everything else as JSON, as the engine does. */
function engineString(value: unknown): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}

/** A stack name as a file name may carry it (no path separators, no `..`): letters, digits, '-', '_' and '.'. */
export function checkStackName(stack: string, flag = "stack name"): void {
    if (!/^[A-Za-z0-9_.-]+$/.test(stack) || /^\.+$/.test(stack)) {
        throw new StackFileError(`${flag} '${stack}' is not valid: use letters, digits, '-', '_' and '.'`);
    }
}

/** Where the project keeps its stack settings files: the project directory, or its `stackConfigDir`. */
export function stackConfigDir(projectDir: string): string {
    const dir = path.resolve(projectDir);
    const project = readYaml(path.join(dir, "Pulumi.yaml"), "project file");
    return isObject(project) && typeof project.stackConfigDir === "string" ? path.join(dir, project.stackConfigDir) : dir;
}

/** The stack settings file of `stack` (it may not exist). */
export function stackSettingsFile(projectDir: string, stack: string): string {
    checkStackName(stack);
    return path.join(stackConfigDir(projectDir), `Pulumi.${stack}.yaml`);
}

/** The stacks that have a settings file in the project, sorted. */
export function projectStacks(projectDir: string): string[] {
    let entries: string[];
    try {
        entries = fs.readdirSync(stackConfigDir(projectDir));
    } catch (e) {
        if (e instanceof StackFileError) throw e;
        return [];
    }
    return entries.flatMap((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1] ?? []).sort();
}

/**
 * Refuses a stack the project has no settings file for: a mistyped `--stack prdo` is an error,
 * never an empty stack (which would plan nothing and diff as "0 changes").
 */
export function requireStack(projectDir: string, stack: string, flag = "--stack"): string {
    checkStackName(stack, `${flag}`);
    const file = stackSettingsFile(projectDir, stack);
    if (!fs.existsSync(file)) {
        const stacks = projectStacks(projectDir);
        throw new StackFileError(
            `${flag} '${stack}' has no stack settings file (${file} does not exist); stacks of this project: ${stacks.join(", ") || "none"}`,
        );
    }
    return file;
}

export interface LoadOptions {
    /** The stack settings file's text, read in place of the file (to check a file before writing it). */
    settingsText?: string;
}

export function loadStackFiles(projectDir: string, stack: string, options: LoadOptions = {}): StackFiles {
    const dir = path.resolve(projectDir);
    checkStackName(stack);
    const projectFile = path.join(dir, "Pulumi.yaml");
    const project = readYaml(projectFile, "project file");
    if (!isObject(project) || typeof project.name !== "string") {
        throw new StackFileError(`project file ${projectFile} has no 'name'`);
    }
    const runtime = isObject(project.runtime) ? project.runtime.name : project.runtime;
    if (runtime !== "nodejs") {
        throw new StackFileError(`project file ${projectFile} uses runtime '${String(runtime)}'; the offline plan runs nodejs programs`);
    }
    const projectName = project.name;
    const config: Record<string, string> = {};
    const secretKeys = new Set<string>();

    for (const [key, entry] of Object.entries(isObject(project.config) ? project.config : {})) {
        const value = projectConfigValue(entry);
        if (value !== undefined) config[qualify(key, projectName)] = engineString(value);
    }

    const configDir = typeof project.stackConfigDir === "string" ? path.join(dir, project.stackConfigDir) : dir;
    const stackFile = path.join(configDir, `Pulumi.${stack}.yaml`);
    const settings =
        (options.settingsText !== undefined
            ? parseYamlText(options.settingsText, stackFile, "stack settings file")
            : readYaml(stackFile, "stack settings file")) ?? {};
    if (!isObject(settings)) throw new StackFileError(`stack settings file ${stackFile} is not a YAML mapping`);
    if (settings.config !== undefined && !isObject(settings.config)) {
        throw new StackFileError(`stack settings file ${stackFile}: 'config' is not a mapping of keys to values`);
    }
    for (const [key, raw] of Object.entries(isObject(settings.config) ? settings.config : {})) {
        const { value, secret } = stripSecure(raw);
        const full = qualify(key, projectName);
        config[full] = engineString(value);
        if (secret) secretKeys.add(full);
        else secretKeys.delete(full);
    }

    const main = typeof project.main === "string" ? path.join(dir, project.main) : dir;
    const entry = fs.existsSync(main) && fs.statSync(main).isFile() ? main : path.join(main, "index.ts");
    return { project: projectName, projectDir: dir, stack, entry, config, secretKeys: [...secretKeys].sort() };
}

/** The stack layer's validated config of the files, as `pulumi up` reads it (index.ts): secrets are the project's secret keys. */
export function stackConfigOf(files: StackFiles): ResolvedStack {
    const prefix = `${files.project}:`;
    const secretKeys = new Set(files.secretKeys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
    return parseStackConfig(rawConfigFromPulumi(files.config, files.project), { project: files.project, baseDir: files.projectDir, secretKeys });
}
