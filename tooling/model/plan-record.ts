/**
 * The plan record: one resource registration as the offline plan writes it (the plan document's
 * `resources`, docs/plan-format.md), and how the SDK's wire values become plan values. Synthesis
 * (review/synth.ts) writes records; records.ts reads them back from a plan, a stack export or a
 * preview; every analysis reads them.
 */

/** The plan document's format version (docs/plan-format.md); readers refuse any other. */
export const PLAN_FORMAT_VERSION = 1;

/** How a value that is only known after deployment appears in a plan. */
export const UNKNOWN = "(known after apply)";
/** How a secret value appears in a plan. Secrets are never written out. */
export const SECRET = "[secret]";

// Wire-format markers of the Pulumi SDK's property serialisation (runtime/rpc.js).
const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const ASSET_SIGS = new Set(["c44067f5952c0a294b673a41bacd8c17", "0def7320c3a5731c473e5ecbe6d01bc7"]);

export interface ResourceOptionsRecord {
    protect: boolean;
    retainOnDelete: boolean;
    deleteBeforeReplace: boolean;
    ignoreChanges: string[];
    replaceOnChanges: string[];
    customTimeouts?: { create?: string; update?: string; delete?: string };
    /** The ARM id passed as the `import` option: the engine adopts that resource instead of creating it. Only when set. */
    import?: string;
    /**
     * URNs this resource had before (its own `aliases` option, collapsed as the engine does); only
     * when set. The engine also gives each child aliases under its parent's (review/aliases.ts).
     */
    aliases?: string[];
}

export interface ResourceRecord {
    urn: string;
    type: string;
    name: string;
    /** Parent URN; absent for the stack itself. */
    parent?: string;
    /** True for provider resources (Azure), false for components and the stack. */
    custom: boolean;
    inputs: Record<string, unknown>;
    options: ResourceOptionsRecord;
    /** URNs this resource depends on, sorted. */
    dependencies: string[];
    /** Per input, the URNs its value came from (as the engine records them in state); only inputs that have any. */
    propertyDependencies?: Record<string, string[]>;
}

/** Turns wire-format values into plan values: unknowns, secrets and resource references made explicit. */
export function planValue(value: unknown): unknown {
    if (value === UNKNOWN_SENTINEL) return UNKNOWN;
    if (Array.isArray(value)) return value.map(planValue);
    if (value !== null && typeof value === "object") {
        const obj = value as Record<string, unknown>;
        const sig = obj[SIG_KEY];
        if (sig === SECRET_SIG) return SECRET;
        if (sig === RESOURCE_SIG) return typeof obj.urn === "string" ? obj.urn : UNKNOWN;
        if (typeof sig === "string" && ASSET_SIGS.has(sig)) return "[asset]";
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(obj).sort()) out[key] = planValue(obj[key]);
        return out;
    }
    return value;
}
