/**
 * Renders the config reference (docs/config.md) from the zod schema itself, so the contract and
 * its documentation cannot drift: a test fails when the committed file differs from this output.
 * Regenerate with `npm run docs:config`.
 */
import { z } from "zod";
import { stackConfigSchema } from "../../stack/config";
import { DEFAULTS } from "../../stack/config";
import { formatPattern, secretFieldPatterns } from "../../components/shared/secrets";

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

interface Row {
    key: string;
    type: string;
    required: boolean;
    description: string;
}

const defOf = (s: AnySchema): Def => s._zod.def as unknown as Def;
const descriptionOf = (s: AnySchema): string => (s as unknown as { description?: string }).description ?? "";

/** Unwraps optional/default wrappers, noting whether the value may be omitted. */
function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; description: string } {
    let inner = schema;
    let optional = false;
    let description = descriptionOf(schema);
    for (;;) {
        const def = defOf(inner);
        if (def.type === "optional" || def.type === "default" || def.type === "prefault") {
            optional = true;
            inner = def.innerType as AnySchema;
            description ||= descriptionOf(inner);
            continue;
        }
        if (def.type === "pipe") {
            inner = def.in as AnySchema;
            continue;
        }
        return { inner, optional, description };
    }
}

function typeName(schema: AnySchema): string {
    const def = defOf(unwrap(schema).inner);
    switch (def.type) {
        case "string":
        case "number":
        case "boolean":
            return def.type;
        case "literal":
            return (def.values as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(" | ");
        case "enum":
            return Object.values(def.entries as Record<string, string>)
                .map((v) => `\`${v}\``)
                .join(" | ");
        case "array":
            return `list of ${typeName(def.element as AnySchema)}`;
        case "record":
            return `map of ${typeName(def.valueType as AnySchema)}`;
        case "object":
            return "object";
        case "union":
            return (def.options as AnySchema[]).map((o) => variantName(o)).join(" | ");
        default:
            return def.type;
    }
}

/** A union variant by its discriminator, e.g. `{mode: autoscale}`. */
function variantName(option: AnySchema): string {
    const def = defOf(unwrap(option).inner);
    if (def.type !== "object") return typeName(option);
    const shape = def.shape as Record<string, AnySchema>;
    const [key, literal] = Object.entries(shape).find(([, s]) => defOf(s).type === "literal") ?? [];
    return key && literal ? `{${key}: ${String((defOf(literal).values as unknown[])[0])}}` : "object";
}

function collect(schema: AnySchema, prefix: string, rows: Row[]): void {
    const def = defOf(unwrap(schema).inner);
    if (def.type === "object") {
        for (const [key, field] of Object.entries(def.shape as Record<string, AnySchema>)) {
            const { optional, description } = unwrap(field);
            const path = prefix ? `${prefix}.${key}` : key;
            rows.push({ key: path, type: typeName(field), required: !optional, description });
            collect(field, path, rows);
        }
    } else if (def.type === "array") {
        collect(def.element as AnySchema, `${prefix}[]`, rows);
    } else if (def.type === "record") {
        collect(def.valueType as AnySchema, `${prefix}.<key>`, rows);
    } else if (def.type === "union") {
        for (const option of def.options as AnySchema[]) {
            const before = rows.length;
            collect(option, prefix, rows);
            // Fields of a variant are shown once per variant, tagged with it.
            for (const row of rows.slice(before)) row.key = `${row.key} (${variantName(option)})`;
        }
    }
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderConfigReference(project = "cosmos-platform"): string {
    const top = defOf(stackConfigSchema).shape as Record<string, AnySchema>;
    const out: string[] = [
        "# Stack config reference",
        "",
        "<!-- Generated from stack/config/schema.ts by `npm run docs:config`; a test fails when this file is stale. -->",
        "",
        `Every key lives in the \`${project}:\` namespace. Shared values (the data model in \`databases\`) are set`,
        "once in `Pulumi.yaml` under `config:`; per-stack values go in `Pulumi.<stack>.yaml`, and a key set there",
        "replaces the project-level value of that key. Unknown keys are errors, so a typo never passes silently.",
        "",
        "Validation runs in two passes: the shape of each key (types, ranges, path forms), then the rules that",
        "join keys (regions, serverless, throughput, scripts). Each problem names its key path, the value and",
        "what is accepted; the program registers nothing until the config is valid.",
        "",
        "## Secrets",
        "",
        "Encrypt a value with `pulumi config set --secret --path '<key path>' <value>` (it is stored as `secure:`",
        "in the stack file). Pulumi then marks the whole top-level key secret; these fields, and only these, are",
        "sent to Azure as Pulumi secrets (encrypted in state, masked in previews, `[secret]` in the offline plan):",
        "",
        ...secretFieldPatterns(stackConfigSchema).map((p) => `- \`${formatPattern(p)}\``),
        "",
        "A `secure:` value anywhere else would reach state as plain text: the offline plan (which sees where each",
        "`secure:` sits; run it on every pull request) refuses it with a config error. Under `pulumi up` the engine",
        "only says which top-level key is secret, so there the plan's check is what protects you. Offline, where",
        "a secret cannot be decrypted, these fields accept it unseen; under `pulumi up` the decrypted value is",
        "checked like any other, and no error message, plan, review or log ever prints it.",
        "",
        "## Defaults",
        "",
        "| setting | default |",
        "|---|---|",
        ...Object.entries(DEFAULTS).map(([k, v]) => `| ${k} | \`${JSON.stringify(v)}\` |`),
        "| zoneRedundant | `true` where the region has availability zones, `false` where it has none (components/shared/regions.ts) |",
        "",
    ];
    for (const [key, schema] of Object.entries(top)) {
        const { optional, description } = unwrap(schema);
        out.push(`## \`${project}:${key}\``, "", `${description || "(no description)"} ${optional ? "Optional." : "Required."} Type: ${typeName(schema)}.`, "");
        const rows: Row[] = [];
        collect(schema, key, rows);
        if (rows.length > 0) {
            out.push("| key | type | required | description |", "|---|---|---|---|");
            for (const r of rows) out.push(`| \`${cell(r.key)}\` | ${cell(r.type)} | ${r.required ? "yes" : "no"} | ${cell(r.description)} |`);
            out.push("");
        }
    }
    return `${out.join("\n")}\n`;
}
