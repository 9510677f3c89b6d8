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

/** A tiny reader for the expressions exports write. */
class Expression {
    private pos = 0;
    constructor(
        private readonly text: string,
        private readonly template: Json,
        private readonly scope: Required<TemplateScope>,
        private readonly where: string,
    ) {}

    evaluate(): unknown {
        const value = this.call();
        this.space();
        if (this.pos !== this.text.length) this.fail();
        return value;
    }

    private fail(): never {
        throw new AdoptInputError(
            `${this.where}: expression '[${this.text}]' is not a literal value adopt can read; accepted: literals, parameters('p') with a defaultValue, variables('v'), concat(...) and resourceId(type, names...)`,
        );
    }

    private space(): void {
        while (this.text[this.pos] === " ") this.pos++;
    }

    private call(): unknown {
        this.space();
        if (this.text[this.pos] === "'") return this.string();
        const name = /^[A-Za-z]+/.exec(this.text.slice(this.pos))?.[0];
        if (!name) this.fail();
        this.pos += name.length;
        this.space();
        if (this.text[this.pos] !== "(") this.fail();
        this.pos++;
        const args: unknown[] = [];
        this.space();
        while (this.text[this.pos] !== ")") {
            args.push(this.call());
            this.space();
            if (this.text[this.pos] === ",") this.pos++;
            else if (this.text[this.pos] !== ")") this.fail();
        }
        this.pos++;
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
        const strings = args.every((a) => typeof a === "string") ? (args as string[]) : this.fail();
        switch (name) {
            case "parameters": {
                const p = isObject(this.template.parameters) ? this.template.parameters[strings[0]] : undefined;
                if (!isObject(p) || p.defaultValue === undefined) this.fail();
                return resolveValue(p.defaultValue, this.template, this.scope, this.where);
            }
            case "variables": {
                const v = isObject(this.template.variables) ? this.template.variables[strings[0]] : undefined;
                if (v === undefined) this.fail();
                return resolveValue(v, this.template, this.scope, this.where);
            }
            case "concat":
                return strings.join("");
            case "resourceid": {
                const [type, ...names] = strings;
                const typeSegments = (type ?? "").split("/");
                if (typeSegments.length < 2 || names.length !== typeSegments.length - 1) this.fail();
                return armId(this.scope, typeSegments, names);
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

/** Evaluates every `[...]` string in a value. */
function resolveValue(value: unknown, template: Json, scope: Required<TemplateScope>, where: string): unknown {
    if (typeof value === "string") {
        if (value.startsWith("[[")) return value.slice(1);
        if (value.startsWith("[") && value.endsWith("]")) return new Expression(value.slice(1, -1), template, scope, where).evaluate();
        return value;
    }
    if (Array.isArray(value)) return value.map((v) => resolveValue(v, template, scope, where));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, template, scope, where)]));
    return value;
}

/** The Cosmos DB documents of a template; other resources are skipped and listed. */
export function templateDocuments(template: Json, file: string, scope: TemplateScope): TemplateResult {
    if (!scope.subscriptionId || !scope.resourceGroup) {
        throw new AdoptInputError(`${file}: an ARM template carries no subscription or resource group; pass --subscription <id> and --resource-group <name> with it`);
    }
    const full = { subscriptionId: scope.subscriptionId, resourceGroup: scope.resourceGroup };
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
                const resource = resolveValue(raw, template, full, where) as Json;
                const type = parent ? `${parent.type}/${resource.type as string}` : (resource.type as string);
                const name = parent ? `${parent.name}/${resource.name as string}` : (resource.name as string);
                const segments = type.split("/");
                const names = name.split("/");
                if (segments.length - 1 !== names.length) throw new AdoptInputError(`${where}: name '${name}' has ${names.length} segments; type '${type}' needs ${segments.length - 1}`);
                if (!/^Microsoft\.DocumentDB$/i.test(segments[0]) || /\/privateEndpointConnections$/i.test(type)) {
                    skipped.push(`${type} '${name}': not a Cosmos DB data resource of the template, skipped${/^Microsoft\.Network\/privateEndpoints$/i.test(type) ? " (adopt an endpoint from az network private-endpoint show)" : ""}`);
                } else {
                    const { dependsOn: _deps, apiVersion: _api, resources: _children, comments: _c, condition: _cond, ...body } = resource;
                    docs.push(classify({ ...body, id: armId(full, segments, names), type, name: names[names.length - 1] }, where));
                }
                if (Array.isArray(raw.resources)) visit(raw.resources, { type, name }, `${path}[${i}].resources`);
            } catch (e) {
                if (e instanceof AdoptInputError) errors.push(e);
                else throw e;
            }
        });
    };
    visit(template.resources as unknown[], undefined, "resources");
    if (errors.length > 0) throw new AdoptInputErrors(errors);
    return { docs, skipped };
}
