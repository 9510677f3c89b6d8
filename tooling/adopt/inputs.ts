/**
 * Reads the input files: a single resource (a GET), a list (`{ "value": [...] }`, as the REST API
 * and `az rest` return it), a plain array (as `az ... list` prints it), or an ARM template export
 * (`az group export`, the portal's "Export template"). Every problem is an AdoptInputError naming
 * the file and, inside it, the item.
 */
import { parseJsonInput, readJsonInput } from "../model/input-json";
import { ArmDocument, classifyOrSkip } from "./documents";
import { isObject } from "../model/json";
import { AdoptInputError, AdoptInputErrors } from "./errors";
import { isTemplate, templateDocuments, TemplateScope } from "./template";

/** Parses JSON text; a truncated, malformed or absurdly nested file is one clear error (input-json.ts). */
export function parseJson(text: string, file: string): unknown {
    return parseJsonInput(text, file, (m) => new AdoptInputError(m));
}

/** The resource objects of one parsed input, with where each one is. */
export function itemsOf(doc: unknown, file: string): { item: unknown; where: string }[] {
    if (Array.isArray(doc)) return doc.map((item: unknown, i) => ({ item, where: `${file}[${i}]` }));
    if (isObject(doc) && Array.isArray(doc.value) && doc.id === undefined) {
        if (typeof doc.nextLink === "string" && doc.nextLink !== "") {
            throw new AdoptInputError(`${file}: the list has a nextLink, so it is only its first page; save every page (az does this) or use --account`);
        }
        return doc.value.map((item: unknown, i) => ({ item, where: `${file}: value[${i}]` }));
    }
    return [{ item: doc, where: file }];
}

/** What the inputs hold: Cosmos DB documents, and what a template had besides them. */
export interface Inputs {
    docs: ArmDocument[];
    /** What the input holds that adopt leaves as it is, one sentence each (a template's other resources, inherited locks). */
    skipped: string[];
    /** Input errors found while reading; reported together with those found later (exit 2). */
    errors?: AdoptInputError[];
}

/** The documents of one input, already parsed. */
export function documentsOf(doc: unknown, file: string, scope: TemplateScope): Inputs {
    if (isTemplate(doc)) return templateDocuments(doc, file, scope);
    const errors: AdoptInputError[] = [];
    const docs: ArmDocument[] = [];
    const skipped: string[] = [];
    for (const { item, where } of itemsOf(doc, file)) {
        try {
            const read = classifyOrSkip(item, where);
            if ("skipped" in read) skipped.push(`${where}: ${read.skipped}`);
            else docs.push(read);
        } catch (e) {
            if (e instanceof AdoptInputError) errors.push(e);
            else throw e;
        }
    }
    if (errors.length > 0) throw new AdoptInputErrors(errors);
    return { docs, skipped };
}

/** Reads every file; the input errors of all files are returned with what could be read. */
export function readInputs(files: readonly string[], scope: TemplateScope = {}): Inputs {
    const errors: AdoptInputError[] = [];
    const docs: ArmDocument[] = [];
    const skipped: string[] = [];
    for (const file of files) {
        try {
            const read = documentsOf(
                readJsonInput(file, (m) => new AdoptInputError(m)),
                file,
                scope,
            );
            docs.push(...read.docs);
            skipped.push(...read.skipped);
        } catch (e) {
            if (e instanceof AdoptInputErrors) errors.push(...e.errors);
            else if (e instanceof AdoptInputError) errors.push(e);
            else throw e;
        }
    }
    return { docs, skipped, errors };
}
