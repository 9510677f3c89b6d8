/**
 * Finds the item schema `verify` checks for a container: an explicit file, or the container's
 * `itemSchema` in the project's data model (Pulumi.yaml, or a stack file that overrides it).
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { ITEM_SCHEMA_TRIGGER, loadItemSchema } from "../../../stack/item-schema";
import { isObject } from "../../model/json";
import { loadStackFiles } from "../../review/stack-files";
import type { SchemaCheck } from "./steps";

type Databases = { name?: unknown; containers?: { name?: unknown; itemSchema?: unknown }[] }[];

/** The `databases` value of the project (and stack, when given), or undefined when there is none. */
export function declaredDatabases(projectDir: string, stack?: string): Databases | undefined {
    if (stack) {
        const files = loadStackFiles(projectDir, stack);
        const text = files.config[`${files.project}:databases`];
        return text ? (JSON.parse(text) as Databases) : undefined;
    }
    const file = path.join(projectDir, "Pulumi.yaml");
    if (!fs.existsSync(file)) return undefined;
    const project = parseYaml(fs.readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null;
    const entry = project?.config?.databases as { value?: unknown } | unknown[] | undefined;
    const value = Array.isArray(entry) ? entry : entry?.value;
    return Array.isArray(value) ? (value as Databases) : undefined;
}

/** The item schema file declared for `<database>/<container>`, if any. */
export function declaredItemSchema(databases: Databases | undefined, database: string, container: string): string | undefined {
    const c = databases?.find((d) => d.name === database)?.containers?.find((x) => x.name === container);
    return typeof c?.itemSchema === "string" ? c.itemSchema : undefined;
}

/** The schema check for a file; throws with the loader's message when the file is unusable. */
export function schemaCheck(projectDir: string, file: string): SchemaCheck {
    const loaded = loadItemSchema(projectDir, file);
    if (!loaded.ok) throw new Error(loaded.problem);
    const { schema } = loaded.value;
    const examples = Array.isArray(schema.examples) ? schema.examples : [];
    const example = examples[0];
    return {
        file,
        triggerName: ITEM_SCHEMA_TRIGGER,
        ...(isObject(example) ? { example } : {}),
        required: Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [],
    };
}
