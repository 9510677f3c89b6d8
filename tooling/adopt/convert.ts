/**
 * The estate into stack config, per account: the account's rows (adopt/rows/account.ts), its
 * data model (convert-data.ts), its custom roles and data-plane assignments (rows/access.ts), its
 * private endpoints, diagnostic setting, lock and control-plane assignments (convert-extensions.ts),
 * then what the stack adds around them: the import switch, the existing resource group, and
 * protection that would create resources switched off until the import is done.
 */
import { isProduction } from "../../stack/config/defaults";
import { AccountEstate } from "./estate";
import { Gap } from "./errors";
import { AccountDraft, Comment, Conversion } from "./model";
import { TYPES } from "../model/types";
import { ACCOUNT_ROWS, AccountRowContext } from "./rows/account";
import { trimNeededCapabilities } from "./rows/account-features";
import { AccessRowContext, ROLE_ASSIGNMENT_ROWS, ROLE_DEFINITION_ROWS } from "./rows/access";
import { convertDatabases, duplicateAssignmentGap, Sink } from "./convert-data";
import { convertExtensions } from "./convert-extensions";
import { applyRows, plainContext, sameJson } from "./table";
import { Json } from "../model/json";

export interface ConvertOptions {
    /** The stack's environment name (`cosmos-platform:environment`); decides production defaults. */
    environment: string;
    /** Pulumi project name, for the standard `project` tag. */
    project: string;
}

function convertAccess(draft: AccountDraft, estate: AccountEstate, sink: Sink): void {
    const customRoleNames = new Map<string, string>();
    const customRoles: Json[] = [];
    for (const doc of estate.roleDefinitions) {
        if (doc.properties.type === "BuiltInRole") continue;
        const config: Json = {};
        const inputs: Json = { accountName: doc.account, resourceGroupName: doc.resourceGroup };
        const ctx: AccessRowContext = { ...plainContext(doc, config, inputs, sink, ["access", "customRoles", customRoles.length]), customRoleNames };
        applyRows(ROLE_DEFINITION_ROWS, ctx, ["properties"]);
        if (typeof config.name !== "string") continue;
        customRoleNames.set(doc.name.toLowerCase(), config.name);
        customRoles.push({
            name: config.name,
            dataActions: config.dataActions,
            id: config.id,
            ...(config.assignableScopes ? { assignableScopes: config.assignableScopes } : {}),
        });
        draft.checks.push({ id: doc.id, type: TYPES.roleDefinition, sources: [doc.source], expected: inputs });
    }
    const dataRoles: Json[] = [];
    for (const doc of estate.roleAssignments) {
        const config: Json = {};
        const inputs: Json = { accountName: doc.account, resourceGroupName: doc.resourceGroup };
        const ctx: AccessRowContext = { ...plainContext(doc, config, inputs, sink, ["access", "dataRoles", dataRoles.length]), customRoleNames };
        applyRows(ROLE_ASSIGNMENT_ROWS, ctx, ["properties"]);
        if (typeof config.principal !== "string" || typeof config.role !== "string") continue;
        // The stack names an assignment by principal, role and scope: two alike would share a URN.
        const same = dataRoles.find(
            (r) => r.principal === config.principal && r.role === config.role && JSON.stringify(r.scope ?? {}) === JSON.stringify(config.scope ?? {}),
        );
        if (same) {
            duplicateAssignmentGap(sink, doc, config.role, config.principal, same.id);
            continue;
        }
        dataRoles.push({ principal: config.principal, role: config.role, ...(config.scope ? { scope: config.scope } : {}), id: config.id });
        draft.checks.push({ id: doc.id, type: TYPES.roleAssignment, sources: [doc.source], expected: inputs });
    }
    draft.counts.customRoles = customRoles.length;
    draft.counts.dataRoles = dataRoles.length;
    if (customRoles.length || dataRoles.length) {
        draft.config.access = { ...(customRoles.length ? { customRoles } : {}), ...(dataRoles.length ? { dataRoles } : {}) };
    }
}

/** One account: its config, comments, script files and checks. */
export function convertAccount(estate: AccountEstate, options: ConvertOptions, sink: Sink): AccountDraft {
    const doc = estate.doc;
    const production = isProduction({ environment: options.environment });
    const draft: AccountDraft = {
        name: doc.account,
        subscriptionId: doc.subscriptionId,
        resourceGroup: doc.resourceGroup,
        config: { account: { name: doc.account } },
        comments: [],
        scripts: [],
        checks: [],
        tagSets: [],
        counts: { databases: 0, containers: 0, scripts: 0, customRoles: 0, dataRoles: 0, controlRoles: 0, privateEndpoints: 0 },
    };
    const inputs: Json = { accountName: doc.account, resourceGroupName: doc.resourceGroup };
    const accountSink: Sink = { gaps: sink.gaps, notes: sink.notes, comments: draft.comments };
    const ctx: AccountRowContext = { ...plainContext(doc, draft.config, inputs, accountSink, []), production };
    applyRows(ACCOUNT_ROWS, ctx, ["properties"]);
    draft.checks.push({ id: doc.id, type: TYPES.account, sources: [doc.source], expected: inputs });
    draft.tagSets.push((draft.config.tags as Record<string, string> | undefined) ?? {});

    const account = draft.config.account as Json;
    convertDatabases(draft, estate.databases, account.serverless === true, accountSink);
    if (Array.isArray(account.capabilities)) {
        const { capabilities, keptForOrder } = trimNeededCapabilities(account.capabilities as string[], draft.config.databases as Json[]);
        if (capabilities.length > 0) account.capabilities = capabilities;
        else delete account.capabilities;
        if (keptForOrder.length > 0) {
            draft.comments.push({
                path: ["account", "capabilities"],
                text: `in Azure's order: ${keptForOrder.join(" and ")} would be added for the containers anyway, but last`,
            });
        }
    }
    convertAccess(draft, estate, accountSink);
    // What the account's protection creates is off until the import is done; an adopted lock replaces `false`.
    if (production) {
        draft.config.security = { defender: false, deleteLock: false, ...(draft.config.security ?? {}) };
        draft.comments.push({
            path: ["security"],
            text: "project default in production: defender and deleteLock true; turn on what is false after the import (each creates a resource)",
        });
    }
    convertExtensions(draft, estate, accountSink, production);

    draft.config.resourceGroup = { name: doc.resourceGroup, create: false };
    draft.comments.push({ path: ["resourceGroup", "create"], text: "project default: true; the existing group stays unmanaged" });
    draft.config.import = { subscriptionId: doc.subscriptionId };
    draft.comments.push({
        path: ["import"],
        text: "imports the existing resources on the next `pulumi up`; remove it once that has succeeded (docs/runbooks/adopt.md)",
    });
    return draft;
}

const STANDARD_TAG_KEYS = ["environment", "managed-by", "project"] as const;

/**
 * Tags, stack-wide: the standard tags stay on only when every adopted resource already carries
 * them with the values the stack would set; otherwise `standardTags: false`, so the import changes
 * no tags. A database's or container's tags are its own only where they differ from its account's.
 */
export function settleTags(drafts: AccountDraft[], options: ConvertOptions): { standardTags: boolean } {
    const standard: Record<string, string> = { environment: options.environment, "managed-by": "pulumi", project: options.project };
    const standardTags = drafts.every((d) => d.tagSets.every((tags) => STANDARD_TAG_KEYS.every((k) => tags[k] === standard[k])));
    const strip = (tags: Json | undefined) =>
        tags && standardTags ? Object.fromEntries(Object.entries(tags).filter(([k]) => !(STANDARD_TAG_KEYS as readonly string[]).includes(k))) : tags;
    for (const d of drafts) {
        const accountTags = (d.config.tags as Json | undefined) ?? {};
        for (const db of d.config.databases as Json[]) {
            for (const c of db.containers as Json[]) {
                if (sameJson(c.tags ?? {}, accountTags)) delete c.tags;
                else c.tags = strip((c.tags as Json | undefined) ?? {});
            }
            if (sameJson(db.tags ?? {}, accountTags)) delete db.tags;
            else db.tags = strip((db.tags as Json | undefined) ?? {});
        }
        const ownTags = (d.config.databases as Json[]).some((db) => db.tags !== undefined || (db.containers as Json[]).some((c) => c.tags !== undefined));
        if (ownTags)
            d.comments.push({
                path: ["databases"],
                text: "a database or container with `tags` keeps its own (Azure's differ from the account's; {} = none); the others get the account's",
            });
        const own = strip(accountTags) ?? {};
        if (Object.keys(own).length > 0) d.config.tags = own;
        else delete d.config.tags;
    }
    return { standardTags };
}

export function convertEstate(estates: readonly AccountEstate[], options: ConvertOptions): Conversion {
    const gaps: Gap[] = [];
    const notes: string[] = [];
    const accounts = estates.map((e) => convertAccount(e, options, { gaps, notes, comments: [] as Comment[] }));
    // One stack deploys through one provider, so to one subscription.
    for (const e of estates.filter((x) => x.doc.subscriptionId.toLowerCase() !== estates[0].doc.subscriptionId.toLowerCase())) {
        gaps.push({
            source: e.doc.source,
            id: e.doc.id,
            property: "subscription",
            value: e.doc.subscriptionId,
            reason: `a stack deploys to one subscription (${estates[0].doc.subscriptionId}, of account '${estates[0].doc.account}'); adopt this account into a stack of its own`,
        });
    }
    return { accounts, gaps, notes };
}
