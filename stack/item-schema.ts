/**
 * Item schemas: a JSON Schema file per container (in `schemas/`), checked at the config
 * boundary and turned into a pre-trigger that validates creates, replaces and upserts
 * server-side. Pure, so tests run the generated trigger in a sandbox.
 *
 * Lives in components/ (not ops/) because the config boundary and the SQL component need it,
 * and components never import the tooling; `ops/` reuses it for `verify`.
 *
 * The trigger checks a subset of JSON Schema that a server-side script can check cheaply:
 * `type`, `required`, `properties`, `additionalProperties` (boolean), `items`, `enum`, `const`,
 * `minLength`/`maxLength`, `minimum`/`maximum`/`exclusiveMinimum`/`exclusiveMaximum`,
 * `minItems`/`maxItems`. Any other validation keyword is refused, so a schema never promises a
 * check the trigger does not make. Annotations (`title`, `description`, `examples`, `format`, ...)
 * are allowed and not enforced.
 *
 * Convention: every item carries an integer `schemaVersion`; the schema requires it and lists the
 * versions a write may carry (`const: 2`, or `enum: [1, 2]` while writers roll over).
 * https://learn.microsoft.com/azure/cosmos-db/nosql/how-to-write-stored-procedures-triggers-udfs#triggers
 */
import * as fs from "fs";
import * as path from "path";

/** The trigger's name; clients request it with `preTriggerInclude: [ITEM_SCHEMA_TRIGGER]`. */
export const ITEM_SCHEMA_TRIGGER = "validateItemSchema";
/** The property every item carries, naming the schema version it was written with. */
export const SCHEMA_VERSION_FIELD = "schemaVersion";

const JSON_TYPES = ["string", "number", "integer", "boolean", "object", "array", "null"] as const;
const VALIDATION_KEYWORDS = new Set([
    "type",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
]);
const ANNOTATION_KEYWORDS = new Set([
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
    "default",
    "format",
    "deprecated",
    "readOnly",
    "writeOnly",
]);

/** A JSON value as parsed from a schema file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ItemSchema {
    /** Path relative to the project root. */
    file: string;
    /** The schema as written (annotations included). */
    schema: JsonObject;
    /** The versions a write may carry; the highest is the current one. */
    versions: number[];
    /** Body of the generated pre-trigger. */
    triggerBody: string;
}

export type ItemSchemaResult = { ok: true; value: ItemSchema } | { ok: false; problem: string };

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0;

/**
 * How deep `properties`/`items` may nest. The generated trigger walks the schema recursively inside
 * Cosmos DB's JavaScript runtime, and this check walks it here: a limit keeps a hostile or
 * generated file from exhausting the stack (a clear problem instead of a RangeError). Real item
 * schemas nest a handful of levels.
 */
export const MAX_SCHEMA_DEPTH = 64;

/** Every reason a schema is outside the supported subset, each naming its JSON pointer. */
export function checkSchemaSubset(schema: unknown, pointer = "#", depth = 0): string[] {
    if (!isObject(schema)) return [`${pointer}: a schema is a JSON object`];
    if (depth > MAX_SCHEMA_DEPTH) return [`${pointer}: schemas nest at most ${MAX_SCHEMA_DEPTH} levels of properties/items; this one nests deeper`];
    const problems: string[] = [];
    for (const key of Object.keys(schema)) {
        if (!VALIDATION_KEYWORDS.has(key) && !ANNOTATION_KEYWORDS.has(key)) {
            problems.push(
                `${pointer}: keyword '${key}' is not supported by the trigger generator; supported: ${[...VALIDATION_KEYWORDS].join(", ")} (annotations: ${[...ANNOTATION_KEYWORDS].join(", ")})`,
            );
        }
    }
    const type = schema.type;
    if (type !== undefined) {
        const types = Array.isArray(type) ? type : [type];
        if (types.length === 0 || !types.every((t) => typeof t === "string" && (JSON_TYPES as readonly string[]).includes(t))) {
            problems.push(`${pointer}/type: a type is one of ${JSON_TYPES.join(", ")} (or a list of them); got ${JSON.stringify(type)}`);
        }
    }
    if (schema.required !== undefined && !(Array.isArray(schema.required) && schema.required.every((r) => typeof r === "string"))) {
        problems.push(`${pointer}/required: a list of property names`);
    }
    if (schema.properties !== undefined) {
        if (!isObject(schema.properties)) problems.push(`${pointer}/properties: an object of property schemas`);
        else for (const [name, sub] of Object.entries(schema.properties)) problems.push(...checkSchemaSubset(sub, `${pointer}/properties/${name}`, depth + 1));
    }
    if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== "boolean") {
        problems.push(`${pointer}/additionalProperties: only true or false is supported, not a schema`);
    }
    if (schema.items !== undefined) problems.push(...checkSchemaSubset(schema.items, `${pointer}/items`, depth + 1));
    if (schema.enum !== undefined && !(Array.isArray(schema.enum) && schema.enum.length > 0)) {
        problems.push(`${pointer}/enum: a non-empty list of values`);
    }
    for (const key of ["minLength", "maxLength", "minItems", "maxItems"]) {
        if (schema[key] !== undefined && !isCount(schema[key]))
            problems.push(`${pointer}/${key}: a whole number, 0 or more; got ${JSON.stringify(schema[key])}`);
    }
    for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
        if (schema[key] !== undefined && typeof schema[key] !== "number") problems.push(`${pointer}/${key}: a number; got ${JSON.stringify(schema[key])}`);
    }
    return problems;
}

/** The versions the root schema accepts for `schemaVersion`, or the reason the convention is not met. */
export function schemaVersions(schema: JsonObject): { versions: number[] } | { problem: string } {
    const field = SCHEMA_VERSION_FIELD;
    const hint = `declare "${field}": { "type": "integer", "const": 1 } under properties and list it in required`;
    if (schema.type !== "object") return { problem: `#/type: an item schema describes an object ("type": "object")` };
    const required = Array.isArray(schema.required) ? schema.required : [];
    const prop = isObject(schema.properties) ? schema.properties[field] : undefined;
    if (!isObject(prop) || !required.includes(field)) return { problem: `#: every item carries an integer '${field}'; ${hint}` };
    if (prop.type !== "integer") return { problem: `#/properties/${field}/type: '${field}' is an integer; ${hint}` };
    const listed = prop.const !== undefined ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : [];
    if (listed.length === 0 || !listed.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1)) {
        return { problem: `#/properties/${field}: list the accepted versions with const or enum (whole numbers from 1); ${hint}` };
    }
    return { versions: [...new Set(listed as number[])].sort((a, b) => a - b) };
}

/** Only the validation keywords, so the trigger carries no annotations (descriptions, examples). */
export function validationSubset(schema: JsonObject): JsonObject {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
        if (!VALIDATION_KEYWORDS.has(key)) continue;
        if (key === "properties" && isObject(value)) {
            out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isObject(v) ? validationSubset(v) : v]));
        } else if (key === "items" && isObject(value)) {
            out.items = validationSubset(value);
        } else {
            out[key] = value;
        }
    }
    return out;
}

/**
 * The checker the trigger runs, in ES5 (the server-side JavaScript runtime). Kept as source text
 * so the same code runs in tests' sandbox and in Cosmos DB.
 */
const CHECKER = String.raw`
    function typeOf(v) {
        if (v === null) return "null";
        if (Array.isArray(v)) return "array";
        return typeof v;
    }
    function matchesType(v, t) {
        var actual = typeOf(v);
        if (t === "integer") return actual === "number" && isFinite(v) && Math.floor(v) === v;
        if (t === "number") return actual === "number" && isFinite(v);
        return actual === t;
    }
    function show(v) {
        var text = JSON.stringify(v);
        return text === undefined ? String(v) : text.length > 60 ? text.substring(0, 57) + "..." : text;
    }
    function equal(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
    function check(value, schema, at, errors) {
        var where = at === "" ? "/" : at;
        if (schema.type !== undefined) {
            var types = Array.isArray(schema.type) ? schema.type : [schema.type];
            var ok = false;
            for (var i = 0; i < types.length; i++) if (matchesType(value, types[i])) ok = true;
            if (!ok) { errors.push(where + ": expected " + types.join(" or ") + ", got " + show(value)); return; }
        }
        if (schema["const"] !== undefined && !equal(value, schema["const"])) errors.push(where + ": must be " + show(schema["const"]) + ", got " + show(value));
        if (schema["enum"] !== undefined) {
            var found = false;
            for (var e = 0; e < schema["enum"].length; e++) if (equal(value, schema["enum"][e])) found = true;
            if (!found) errors.push(where + ": must be one of " + schema["enum"].map(show).join(", ") + ", got " + show(value));
        }
        if (typeof value === "string") {
            if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(where + ": at least " + schema.minLength + " characters, got " + value.length);
            if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(where + ": at most " + schema.maxLength + " characters, got " + value.length);
        }
        if (typeof value === "number") {
            if (schema.minimum !== undefined && value < schema.minimum) errors.push(where + ": at least " + schema.minimum + ", got " + value);
            if (schema.maximum !== undefined && value > schema.maximum) errors.push(where + ": at most " + schema.maximum + ", got " + value);
            if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) errors.push(where + ": more than " + schema.exclusiveMinimum + ", got " + value);
            if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) errors.push(where + ": less than " + schema.exclusiveMaximum + ", got " + value);
        }
        if (Array.isArray(value)) {
            if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(where + ": at least " + schema.minItems + " items, got " + value.length);
            if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(where + ": at most " + schema.maxItems + " items, got " + value.length);
            if (schema.items !== undefined) for (var k = 0; k < value.length; k++) check(value[k], schema.items, at + "/" + k, errors);
        }
        if (typeOf(value) === "object") {
            var required = schema.required || [];
            for (var r = 0; r < required.length; r++) {
                if (!Object.prototype.hasOwnProperty.call(value, required[r])) errors.push(at + "/" + required[r] + ": is required");
            }
            var props = schema.properties || {};
            for (var key in value) {
                if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
                if (Object.prototype.hasOwnProperty.call(props, key)) check(value[key], props[key], at + "/" + key, errors);
                else if (schema.additionalProperties === false && key.charAt(0) !== "_" && key !== "id" && key !== "ttl") errors.push(at + "/" + key + ": is not allowed (additionalProperties is false)");
            }
        }
    }`;

/**
 * The pre-trigger body for a schema that passed `checkSchemaSubset` and `schemaVersions`. It
 * throws on a violation, which makes Cosmos DB reject the write with 400 and the message.
 * System properties (`id`, `ttl`, `_rid`, `_etag`, ...) are always allowed.
 */
export function generateValidationTrigger(schema: JsonObject, file: string, versions: number[]): string {
    const rules = JSON.stringify(validationSubset(schema));
    const current = versions[versions.length - 1];
    return [
        // The body starts with the function itself, as Cosmos DB expects; the note goes inside.
        `function ${ITEM_SCHEMA_TRIGGER}() {`,
        `    // Generated by cosmos-platform from ${file} (schemaVersion ${versions.join(", ")}). Do not edit: change`,
        `    // the schema file and deploy. Runs only when a client requests it: preTriggerInclude: ["${ITEM_SCHEMA_TRIGGER}"].`,
        `    var SCHEMA = ${rules};`,
        `    var SOURCE = ${JSON.stringify(`${file}, current schemaVersion ${current}`)};`,
        `    var request = getContext().getRequest();`,
        `    if (request.getOperationType() === "Delete") return;`,
        `    var errors = [];`,
        `    check(request.getBody(), SCHEMA, "", errors);`,
        `    if (errors.length > 0) {`,
        `        throw new Error("ItemSchemaViolation (" + SOURCE + "): " + errors.join("; "));`,
        `    }`,
        CHECKER,
        `}`,
        ``,
    ].join("\n");
}

/** Reads, checks and compiles an item schema file; the problem names the file and the JSON pointer. */
export function loadItemSchema(baseDir: string, file: string): ItemSchemaResult {
    const full = path.resolve(baseDir, file);
    const relative = path.relative(baseDir, full);
    if (relative.startsWith("..") || path.isAbsolute(relative))
        return { ok: false, problem: `item schema '${file}' is outside the project; keep schemas in the repo (schemas/)` };
    let text: string;
    try {
        text = fs.readFileSync(full, "utf8");
    } catch {
        return { ok: false, problem: `item schema '${file}' does not exist (paths are relative to the project root, where Pulumi.yaml is)` };
    }
    let schema: unknown;
    try {
        schema = JSON.parse(text);
    } catch (e) {
        return { ok: false, problem: `item schema '${file}' is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    const subset = checkSchemaSubset(schema);
    if (subset.length > 0) return { ok: false, problem: `item schema '${file}': ${subset.join("; ")}` };
    const root = schema as JsonObject;
    const versions = schemaVersions(root);
    if ("problem" in versions) return { ok: false, problem: `item schema '${file}': ${versions.problem}` };
    return { ok: true, value: { file, schema: root, versions: versions.versions, triggerBody: generateValidationTrigger(root, file, versions.versions) } };
}
