/**
 * ARM template exports (`az group export`, the portal's "Export template"): their Cosmos DB
 * resources become the same documents a GET returns, with ids built from the given subscription
 * and resource group, since a template carries neither.
 *
 * Values must be literals, or the few expressions an export writes for names and references:
 * `parameters('p')` (its defaultValue), `variables('v')`, `concat(...)` and `resourceId(type,
 * names...)`. Anything else is refused, naming the expression, rather than guessed.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/export-template-cli
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource#resourceid
 */
import { ArmDocument, classify } from "./documents";
import { AdoptInputError, AdoptInputErrors } from "./errors";
import { isObject, Json } from "../model/json";

/** Where a template's resources live. */
export interface TemplateScope {
    subscriptionId?: string;
    resourceGroup?: string;
}

export interface TemplateResult {
    docs: ArmDocument[];
    /** Resources of the template that are not Cosmos DB data resources (VNets, endpoints, ...), by type and name. */
    skipped: string[];
}

export function isTemplate(doc: unknown): doc is Json {
    if (!isObject(doc) || !Array.isArray(doc.resources)) return false;
    return (typeof doc.$schema === "string" && /deploymentTemplate\.json/i.test(doc.$schema)) || typeof doc.contentVersion === "string";
}

/**
 * ARM's own limits on a template (https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#template-limits):
 * 24,576 characters in an expression; 4 MB for the whole template and 1 MB for each resource
 * "after it has been expanded with iterative resource definitions, and values for variables and
 * parameters". A template beyond them is one Azure refuses to deploy, so no real export is.
 */
export const TEMPLATE_LIMITS = { expressionChars: 24_576, resourceChars: 1024 * 1024, templateChars: 4 * 1024 * 1024, callDepth: 64 } as const;

/** A problem of the whole template (a circular reference, ARM's limits): reported once, and the template is not read further. */
class TemplateError extends AdoptInputError {}

/**
 * Resolves a template's values. Each variable and parameter is evaluated once (a template whose
 * variables each use the previous one twice stays linear), one that refers to itself, directly or
 * through others, is refused, and the expanded size is counted against ARM's limits as it grows,
 * so a template that doubles a string per variable stops at 1 MB instead of filling memory.
 */
class TemplateResolver {
    private readonly resolved = new Map<string, unknown>();
    private readonly resolving: string[] = [];
    private templateChars = 0;
    private resourceChars = 0;

    constructor(
        private readonly template: Json,
        readonly scope: Required<TemplateScope>,
    ) {}

    /** A resource's whole value, with its own 1 MB budget. */
    resource(value: unknown, where: string): unknown {
        this.resourceChars = 0;
        return this.value(value, where);
    }

    value(value: unknown, where: string): unknown {
        let out: unknown;
        if (typeof value === "string") {
            if (value.startsWith("[[")) out = value.slice(1);
            else if (value.startsWith("[") && value.endsWith("]")) {
                if (value.length - 2 > TEMPLATE_LIMITS.expressionChars) {
                    throw new TemplateError(
                        `${where}: an expression of ${value.length - 2} characters; ARM accepts at most ${TEMPLATE_LIMITS.expressionChars} in a template expression`,
                    );
                }
                out = new Expression(value.slice(1, -1), this, where).evaluate();
            } else out = value;
        } else if (Array.isArray(value)) out = value.map((v) => this.value(v, where));
        else if (isObject(value)) out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value(v, where)]));
        else out = value;
        if (typeof out === "string") this.count(out.length, where);
        return out;
    }

    private count(chars: number, where: string): void {
        this.resourceChars += chars;
        this.templateChars += chars;
        if (this.resourceChars > TEMPLATE_LIMITS.resourceChars || this.templateChars > TEMPLATE_LIMITS.templateChars) {
            throw new TemplateError(
                `${where}: the template expands past ARM's limits (1 MB per resource, 4 MB per template, with variables and parameters resolved); a template Azure would refuse is not read`,
            );
        }
    }

    /** `variables('name')` or `parameters('name')`, evaluated once; a reference back to itself is refused. */
    named(kind: "variables" | "parameters", name: string, where: string, fail: () => never): unknown {
        const key = `${kind}('${name}')`;
        if (this.resolved.has(key)) {
            const value = this.resolved.get(key);
            if (typeof value === "string") this.count(value.length, where);
            return value;
        }
        if (this.resolving.includes(key)) {
            const cycle = [...this.resolving.slice(this.resolving.indexOf(key)), key];
            throw new TemplateError(`${where}: ${key} refers to itself (${cycle.join(" -> ")}); ARM refuses a circular reference`);
        }
        const holder = this.template[kind];
        const entry = isObject(holder) && Object.prototype.hasOwnProperty.call(holder, name) ? holder[name] : undefined;
        let raw: unknown;
        if (kind === "variables") raw = entry;
        else raw = isObject(entry) ? entry.defaultValue : undefined;
        if (raw === undefined) fail();
        this.resolving.push(key);
        try {
            const value = this.value(raw, where);
            this.resolved.set(key, value);
            return value;
        } finally {
            this.resolving.pop();
        }
    }
}

/** A tiny reader for the expressions exports write. */
class Expression {
    private pos = 0;
    private depth = 0;
    constructor(
        private readonly text: string,
        private readonly resolver: TemplateResolver,
        private readonly where: string,
    ) {}

    evaluate(): unknown {
        const value = this.call();
        this.space();
        if (this.pos !== this.text.length) this.fail();
        return value;
    }

    private fail(): never {
        const shown = this.text.length > 200 ? `${this.text.slice(0, 200)}...` : this.text;
        throw new AdoptInputError(
            `${this.where}: expression '[${shown}]' is not a literal value adopt can read; accepted: literals, parameters('p') with a defaultValue, variables('v'), concat(...) and resourceId(type, names...)`,
        );
    }

    private space(): void {
        while (this.text[this.pos] === " ") this.pos++;
    }

    private call(): unknown {
        this.space();
        if (this.text[this.pos] === "'") return this.string();
        const name = /^[A-Za-z]+/.exec(this.text.slice(this.pos, this.pos + 64))?.[0];
        if (!name) this.fail();
        this.pos += name.length;
        this.space();
        if (this.text[this.pos] !== "(") this.fail();
        this.pos++;
        if (++this.depth > TEMPLATE_LIMITS.callDepth) {
            throw new TemplateError(`${this.where}: an expression nests calls more than ${TEMPLATE_LIMITS.callDepth} deep; no export writes that`);
        }
        const args: unknown[] = [];
        this.space();
        while (this.text[this.pos] !== ")") {
            if (this.pos >= this.text.length) this.fail();
            args.push(this.call());
            this.space();
            if (this.text[this.pos] === ",") this.pos++;
            else if (this.text[this.pos] !== ")") this.fail();
        }
        this.pos++;
        this.depth--;
        return this.apply(name.toLowerCase(), args);
    }

    private string(): string {
        let out = "";
        this.pos++;
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos++];
            if (ch !== "'") out += ch;
            else if (this.text[this.pos] === "'") {
                out += "'";
                this.pos++;
            } else return out;
        }
        this.fail();
    }

    private apply(name: string, args: unknown[]): unknown {
        const strings = args.every((a) => typeof a === "string") ? args : this.fail();
        switch (name) {
            case "parameters":
            case "variables":
                if (strings.length !== 1) this.fail();
                return this.resolver.named(name, strings[0], this.where, () => this.fail());
            case "concat":
                return strings.join("");
            case "resourceid": {
                const [type, ...names] = strings;
                const typeSegments = (type ?? "").split("/");
                if (typeSegments.length < 2 || names.length !== typeSegments.length - 1) this.fail();
                return armId(this.resolver.scope, typeSegments, names);
            }
            default:
                this.fail();
        }
    }
}

function armId(scope: Required<TemplateScope>, typeSegments: string[], names: string[]): string {
    const [namespace, ...types] = typeSegments;
    const tail = types.map((t, i) => `/${t}/${names[i]}`).join("");
    return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/${namespace}${tail}`;
}

/** The Cosmos DB documents of a template; other resources are skipped and listed. */
export function templateDocuments(template: Json, file: string, scope: TemplateScope): TemplateResult {
    if (!scope.subscriptionId || !scope.resourceGroup) {
        throw new AdoptInputError(
            `${file}: an ARM template carries no subscription or resource group; pass --subscription <id> and --resource-group <name> with it`,
        );
    }
    const full = { subscriptionId: scope.subscriptionId, resourceGroup: scope.resourceGroup };
    const resolver = new TemplateResolver(template, full);
    const docs: ArmDocument[] = [];
    const skipped: string[] = [];
    const errors: AdoptInputError[] = [];
    const visit = (resources: unknown[], parent: { type: string; name: string } | undefined, path: string) => {
        resources.forEach((raw, i) => {
            const where = `${file}: ${path}[${i}]`;
            try {
                if (!isObject(raw) || typeof raw.type !== "string" || typeof raw.name !== "string") {
                    throw new AdoptInputError(`${where}: a template resource needs "type" and "name"`);
                }
                const resource = resolver.resource(raw, where) as Json;
                for (const field of ["type", "name"] as const) {
                    const v = resource[field];
                    if (typeof v !== "string")
                        throw new AdoptInputError(
                            `${where}: "${field}" resolves to ${v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`}; expected a string`,
                        );
                }
                const type = parent ? `${parent.type}/${resource.type as string}` : (resource.type as string);
                const name = parent ? `${parent.name}/${resource.name as string}` : (resource.name as string);
                const segments = type.split("/");
                const names = name.split("/");
                if (segments.length - 1 !== names.length)
                    throw new AdoptInputError(`${where}: name '${name}' has ${names.length} segments; type '${type}' needs ${segments.length - 1}`);
                if (!/^Microsoft\.DocumentDB$/i.test(segments[0]) || /\/privateEndpointConnections$/i.test(type)) {
                    skipped.push(
                        `${type} '${name}': not a Cosmos DB data resource of the template, skipped${/^Microsoft\.Network\/privateEndpoints$/i.test(type) ? " (adopt an endpoint from az network private-endpoint show)" : ""}`,
                    );
                } else {
                    const { dependsOn: _deps, apiVersion: _api, resources: _children, comments: _c, condition: _cond, ...body } = resource;
                    docs.push(classify({ ...body, id: armId(full, segments, names), type, name: names[names.length - 1] }, where));
                }
                if (Array.isArray(raw.resources)) visit(raw.resources, { type, name }, `${path}[${i}].resources`);
            } catch (e) {
                if (e instanceof TemplateError) throw new AdoptInputErrors([e]);
                if (e instanceof AdoptInputError) errors.push(e);
                else throw e;
            }
        });
    };
    visit(template.resources as unknown[], undefined, "resources");
    if (errors.length > 0) throw new AdoptInputErrors(errors);
    return { docs, skipped };
}
