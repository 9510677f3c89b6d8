/**
 * Changes as a person reads them: each changed property with its value before and after
 * (`locations[northeurope].isZoneRedundant: false -> true`), identical changes of many
 * resources grouped into one entry with a count, and long lists cut to a few items plus
 * "and N more". Shared by the terminal output of `npm run diff` and the Markdown report.
 * Pure: strings in, strings out.
 */
import { Change, ChangeKind, PropertyChange } from "./diff";
import { isObject } from "../model/json";
import { SECRET, UNKNOWN } from "../model/plan-record";
import { nameOfUrn } from "../model/records";
import { shortType } from "../model/types";

export type Style = "text" | "markdown";

/** "a, b, c and 12 more" (the count says how many are left out). */
export function summariseList(items: readonly string[], max: number): string {
    if (items.length <= max) return items.join(", ");
    return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`);

/** A compact rendering of an input value; long arrays show their first items and a count. */
export function formatValue(value: unknown, max = 60): string {
    const inner = (v: unknown, depth: number): string => {
        if (v === undefined) return "(none)";
        if (v === UNKNOWN || v === SECRET) return v;
        if (typeof v === "string") return JSON.stringify(v);
        if (v === null || typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
        if (typeof v === "symbol" || typeof v === "function") return v.toString();
        if (depth > 2) return Array.isArray(v) ? `[${v.length} items]` : "{…}";
        if (Array.isArray(v)) {
            const shown = v.slice(0, 4).map((x) => inner(x, depth + 1));
            return `[${shown.join(", ")}${v.length > 4 ? `, … ${v.length - 4} more` : ""}]`;
        }
        return `{${Object.entries(v)
            .map(([k, x]) => `${k}: ${inner(x, depth + 1)}`)
            .join(", ")}}`;
    };
    return cut(inner(value, 0), max);
}

const ELEMENT_KEYS = ["locationName", "path", "name", "ipAddressOrRange", "id"];

/** For an added or removed array element (`excludedPaths[/notes/*]`): the array's path and the element's key. */
function elementOf(p: PropertyChange): { array: string; key: string; rest: Record<string, unknown> } | undefined {
    const element = p.before === undefined ? p.after : p.after === undefined ? p.before : undefined;
    if (!isObject(element)) return undefined;
    for (const k of ELEMENT_KEYS) {
        const key = element[k];
        if (typeof key === "string" && p.path.endsWith(`[${key}]`)) {
            return { array: p.path.slice(0, -(key.length + 2)), key, rest: Object.fromEntries(Object.entries(element).filter(([name]) => name !== k)) };
        }
    }
    return undefined;
}

const isPrimitive = (v: unknown) => v === null || typeof v !== "object";

/** One changed property: `path: before -> after`, an element `+ added` / `- removed`, a long list as its additions and removals. */
export function describeProperty(p: PropertyChange, style: Style = "text", max = 60): string {
    const code = (text: string) => (style === "markdown" ? `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|")}\`` : text);
    const arrow = style === "markdown" ? " → " : " -> ";
    const element = elementOf(p);
    if (element) {
        const detail = Object.keys(element.rest).length > 0 ? ` ${formatValue(element.rest, max)}` : "";
        return `${code(element.array)}: ${p.before === undefined ? "+" : "-"} ${code(`${element.key}${detail}`)}`;
    }
    const before = p.before;
    const after = p.after;
    if (Array.isArray(before) && Array.isArray(after) && before.every(isPrimitive) && after.every(isPrimitive) && Math.max(before.length, after.length) > 4) {
        const b = new Set(before.map((x) => JSON.stringify(x)));
        const a = new Set(after.map((x) => JSON.stringify(x)));
        const added = [...a].filter((x) => !b.has(x));
        const removed = [...b].filter((x) => !a.has(x));
        const same = [...a].filter((x) => b.has(x)).length;
        const parts = [...added.map((x) => `+${x}`), ...removed.map((x) => `-${x}`)];
        const text = parts.length > 0 ? `${summariseList(parts, 4)} (${same} unchanged)` : `same ${same} items in another order`;
        return `${code(p.path)}: ${code(cut(text, max * 2))}`;
    }
    return `${code(p.path)}: ${code(formatValue(before, max))}${arrow}${code(formatValue(after, max))}`;
}

/** Changes that are the same apart from the resource: one kind, type, flags and property changes. */
export interface ChangeGroup {
    kind: ChangeKind;
    type: string;
    dataLoss: boolean;
    warnings: string[];
    properties: PropertyChange[];
    urns: string[];
    /** For imports: each resource's ARM id, in the order of `urns`. */
    importIds: string[];
}

/** Groups identical changes (kind, type, data loss, warnings and every before/after value), in first-seen order. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
    const groups = new Map<string, ChangeGroup>();
    for (const c of changes) {
        const key = JSON.stringify([c.kind, c.type, c.dataLoss, c.warnings, c.properties]);
        const group = groups.get(key);
        if (group) {
            group.urns.push(c.urn);
            if (c.importId) group.importIds.push(c.importId);
        } else {
            groups.set(key, {
                kind: c.kind,
                type: c.type,
                dataLoss: c.dataLoss,
                warnings: c.warnings,
                properties: c.properties,
                urns: [c.urn],
                importIds: c.importId ? [c.importId] : [],
            });
        }
    }
    return [...groups.values()];
}

export interface TextLimits {
    /** Groups shown; data-loss groups are always shown. */
    groups: number;
    /** Property changes per group. */
    properties: number;
    /** Resource names per group. */
    names: number;
}

export const TEXT_LIMITS: TextLimits = { groups: 40, properties: 8, names: 5 };

/**
 * The changes worth a reader's attention (everything but plain creates), grouped, as terminal
 * lines. An import says which existing resource it adopts (the id, for a group of one).
 */
export function renderChangesText(changes: readonly Change[], limits: TextLimits = TEXT_LIMITS): string {
    const groups = groupChanges(changes.filter((c) => c.kind !== "create" || c.warnings.length > 0));
    const lines: string[] = [];
    let shown = 0;
    let hidden = 0;
    for (const g of groups) {
        if (!g.dataLoss && shown >= limits.groups) {
            hidden += g.urns.length;
            continue;
        }
        shown += 1;
        const names = g.urns.map(nameOfUrn);
        const who = g.urns.length === 1 ? names[0] : `${g.urns.length} resources: ${summariseList(names, limits.names)}`;
        lines.push(`${g.dataLoss ? "DATA LOSS " : ""}${g.kind} ${shortType(g.type)} ${who}`);
        if (g.kind === "import" && g.importIds.length === 1) lines.push(`    existing ${g.importIds[0]}`);
        for (const p of g.properties.slice(0, limits.properties)) lines.push(`    ${describeProperty(p)}`);
        if (g.properties.length > limits.properties) lines.push(`    … and ${g.properties.length - limits.properties} more changed properties`);
        for (const w of g.warnings) lines.push(`    warning: ${w}`);
    }
    if (hidden > 0) lines.push(`… and ${hidden} more changed resources (--json <file> lists every change)`);
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
