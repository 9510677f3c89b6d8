/**
 * Does a Pulumi YAML program use a package as its schema allows? A pure function over the program
 * (Pulumi.yaml, parsed) and the schema the package's plugin serves: every resource of the package
 * names a resource the schema has, sets only inputs the schema has, sets every required one, and
 * gives each literal value the schema's shape (enum members, object types, arrays, maps, scalars).
 * Expressions (`${...}` interpolations, `fn::` calls) are the program's business at run time and
 * are not judged. Resources of other packages are skipped.
 *
 * The YAML program format: https://www.pulumi.com/docs/iac/languages-sdks/yaml/yaml-language-reference/
 */
import { isObject } from "../model/json";
import type { PackageSchema, PropertySchema } from "./plugin-host";

type Json = unknown;

/** An interpolation or a built-in function call: its value is only known when the program runs. */
function isExpression(v: Json): boolean {
    if (typeof v === "string") return /\$\{[^}]*\}/.test(v);
    return isObject(v) && Object.keys(v).length === 1 && Object.keys(v)[0].startsWith("fn::");
}

function describeValue(v: Json): string {
    return JSON.stringify(v)?.slice(0, 60) ?? String(v);
}

export function yamlProgramProblems(program: Json, schema: PackageSchema): string[] {
    const problems: string[] = [];
    if (!isObject(program)) return ["the program is not a YAML mapping"];
    const resources = program.resources ?? {};
    if (!isObject(resources)) return ["`resources` is not a mapping"];
    const prefix = `${schema.name}:`;

    const checkObject = (where: string, value: Json, properties: Record<string, PropertySchema>, required: string[]) => {
        if (isExpression(value)) return;
        if (!isObject(value)) {
            problems.push(`${where}: expected an object, got ${describeValue(value)}`);
            return;
        }
        for (const [key, v] of Object.entries(value)) {
            const prop = properties[key];
            if (!prop) problems.push(`${where}.${key}: no such input; the schema has ${Object.keys(properties).sort().join(", ") || "none"}`);
            else checkValue(`${where}.${key}`, v, prop);
        }
        for (const key of required) if (!(key in value)) problems.push(`${where}: required input ${key} is not set`);
    };

    const checkValue = (where: string, value: Json, prop: PropertySchema): void => {
        if (isExpression(value) || value === null) return;
        if (prop.$ref !== undefined) {
            const local = /^#\/types\/(.+)$/.exec(prop.$ref);
            if (!local) {
                // Another package's resource (or a pulumi.json type): only an expression can give a resource.
                if (prop.$ref.includes("/resources/"))
                    problems.push(
                        `${where}: expects a resource reference (${prop.$ref.split("/resources/")[1]}), an expression such as \${name}; got ${describeValue(value)}`,
                    );
                return;
            }
            const type = schema.types[decodeURIComponent(local[1])];
            if (!type) {
                problems.push(`${where}: the schema refers to ${local[1]}, which it does not define`);
                return;
            }
            if (type.enum) {
                const values = type.enum.map((e) => e.value);
                if (!values.includes(value as string | number))
                    problems.push(`${where}: ${describeValue(value)} is not one of ${values.map((x) => JSON.stringify(x)).join(", ")}`);
                return;
            }
            checkObject(where, value, type.properties ?? {}, type.required ?? []);
            return;
        }
        switch (prop.type) {
            case "array":
                if (!Array.isArray(value)) problems.push(`${where}: expected a list, got ${describeValue(value)}`);
                else if (prop.items) value.forEach((item, i) => checkValue(`${where}[${i}]`, item, prop.items as PropertySchema));
                return;
            case "object":
                if (!isObject(value)) problems.push(`${where}: expected a map, got ${describeValue(value)}`);
                else if (prop.additionalProperties) for (const [k, v] of Object.entries(value)) checkValue(`${where}.${k}`, v, prop.additionalProperties);
                return;
            case "string":
            case "boolean":
                if (typeof value !== prop.type) problems.push(`${where}: expected a ${prop.type}, got ${describeValue(value)}`);
                return;
            case "number":
            case "integer":
                if (typeof value !== "number" || (prop.type === "integer" && !Number.isInteger(value)))
                    problems.push(`${where}: expected a ${prop.type}, got ${describeValue(value)}`);
                return;
            default:
                return;
        }
    };

    for (const [name, resource] of Object.entries(resources)) {
        if (!isObject(resource) || typeof resource.type !== "string" || !resource.type.startsWith(prefix)) continue;
        const where = `resources.${name}`;
        const spec = schema.resources[resource.type];
        if (!spec) {
            problems.push(`${where}: ${resource.type} is not a resource of ${schema.name}; it has ${Object.keys(schema.resources).sort().join(", ")}`);
            continue;
        }
        checkObject(`${where}.properties`, resource.properties ?? {}, spec.inputProperties ?? {}, spec.requiredInputs ?? []);
    }
    return problems;
}
