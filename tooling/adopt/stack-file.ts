/**
 * The adopted accounts as one stack's config: the single-account form (`account`, today's
 * logical names) for one account, the `accounts` form for several; then `Pulumi.<stack>.yaml`
 * text, with a comment wherever a value differs from the project's defaults or policies.
 */
import { Document, isMap, isSeq, Node } from "yaml";
import type { PathSegment } from "../../components/shared/errors";
import { AccountDraft, Comment } from "./model";
import { sameJson } from "./table";
import { PROVIDER_SUBSCRIPTION } from "../model/types";
import { Json } from "../model/json";

/** Order of the keys in the file: the account first, then its data, then access and the switch. */
const KEY_ORDER = [
    "environment",
    "resourceGroup",
    "account",
    "accounts",
    "network",
    "databases",
    "throughput",
    "restoreInPlace",
    "access",
    "monitoring",
    "security",
    "tags",
    "standardTags",
    "import",
];
const ACCOUNT_ENTRY_KEYS = ["resourceGroup", "network", "databases", "throughput", "restoreInPlace", "access", "monitoring", "security", "tags", "import"];

export interface StackConfigDraft {
    /** Keys without the project namespace, as parseStackConfig takes them. */
    raw: Json;
    comments: Comment[];
}

function ordered(raw: Json): Json {
    const keys = [...KEY_ORDER.filter((k) => k in raw), ...Object.keys(raw).filter((k) => !KEY_ORDER.includes(k))];
    return Object.fromEntries(keys.map((k) => [k, raw[k]]));
}

/** The stack config of the adopted accounts. */
export function assembleStack(drafts: readonly AccountDraft[], environment: string, standardTags: boolean): StackConfigDraft {
    const comments: Comment[] = [];
    const common: Json = { environment, ...(standardTags ? {} : { standardTags: false }) };
    if (!standardTags)
        comments.push({
            path: ["standardTags"],
            text: "project default: true (environment, managed-by and project tags); the adopted resources lack them, so the import changes no tags",
        });
    if (drafts.length === 1) {
        const [d] = drafts;
        comments.push(...d.comments);
        return { raw: ordered({ ...common, ...d.config }), comments };
    }
    const stackGroup = drafts[0].config.resourceGroup as Json;
    const accounts = drafts.map((d, i) => {
        const { account, ...rest } = d.config;
        const entry: Json = { ...(account as Json) };
        for (const key of ACCOUNT_ENTRY_KEYS) {
            if (rest[key] === undefined || (key === "resourceGroup" && sameJson(rest[key], stackGroup))) continue;
            entry[key] = rest[key];
        }
        for (const c of d.comments) {
            const [head, ...tail] = c.path;
            if (head === "resourceGroup" && sameJson(rest.resourceGroup, stackGroup)) {
                if (i === 0) comments.push(c);
            } else {
                comments.push({ path: head === "account" ? ["accounts", i, ...tail] : ["accounts", i, ...c.path], text: c.text });
            }
        }
        return entry;
    });
    return { raw: ordered({ ...common, resourceGroup: stackGroup, accounts }), comments };
}

function nodeAt(doc: Document, path: readonly PathSegment[]): { node?: Node; keyNode?: Node } {
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown }).value === last);
        return { keyNode: pair?.key as Node | undefined };
    }
    if (isSeq(parent) && typeof last === "number") return { node: parent.items[last] as Node | undefined };
    return {};
}

/** `Pulumi.<stack>.yaml`: header lines, then `config:` with each key under the project namespace, and the provider's subscription. */
export function renderStackFile(draft: StackConfigDraft, project: string, header: string[], subscriptionId: string): string {
    const config = { [PROVIDER_SUBSCRIPTION]: subscriptionId, ...Object.fromEntries(Object.entries(draft.raw).map(([k, v]) => [`${project}:${k}`, v])) };
    // No YAML anchors: a value shared in memory is written out at each place.
    const doc = new Document({ config }, { aliasDuplicateObjects: false });
    doc.commentBefore = header.map((l) => (l === "" ? "" : ` ${l}`)).join("\n");
    const byPath = new Map<string, string[]>();
    for (const c of draft.comments) {
        const key = JSON.stringify(c.path);
        byPath.set(key, [...(byPath.get(key) ?? []), c.text]);
    }
    const provider = doc.getIn(["config"], true);
    if (isMap(provider)) {
        const pair = provider.items.find((p) => (p.key as { value?: unknown }).value === PROVIDER_SUBSCRIPTION);
        if (pair) (pair.key as Node).commentBefore = " The subscription of the adopted resources: the provider deploys (and imports) there.";
    }
    for (const [key, texts] of byPath) {
        const [head, ...rest] = JSON.parse(key) as PathSegment[];
        const { node, keyNode } = nodeAt(doc, ["config", `${project}:${String(head)}`, ...rest]);
        const target = keyNode ?? node;
        if (!target) continue;
        target.commentBefore = [...new Set(texts)].map((t) => ` ${t}`).join("\n");
    }
    return doc.toString({ lineWidth: 0 });
}
