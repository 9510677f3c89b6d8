/**
 * Which earlier URNs a resource answers to, as the engine works it out: its own aliases (recorded
 * by the plan, collapsed from the alias specs) and, multiplied out, its parent's: a resource whose
 * parent moved moves with it (pulumi/pulumi pkg/resource/deploy/step_generator.go,
 * `generateAliases`: "multiply out any aliases our parent had"). So renaming a component, or giving
 * it a new parent, keeps the state of everything below it when the component carries an alias.
 * https://www.pulumi.com/docs/iac/concepts/options/aliases/
 */
import { engineUrn } from "./synth";

interface AliasRecord {
    urn: string;
    type: string;
    name: string;
    parent?: string;
    options: { aliases?: string[] };
}

/** The parts of `urn:pulumi:<stack>::<project>::<qualified type>::<name>`. */
function urnParts(urn: string): { stack: string; project: string } | undefined {
    const m = /^urn:pulumi:([^:]*)::([^:]*)::/.exec(urn);
    return m ? { stack: m[1], project: m[2] } : undefined;
}

/**
 * Every alias URN of every record, keyed by URN: its own, then for each alias of its parent the URN
 * it would have had under that parent. Records may come in any order; a parent cycle or a missing
 * parent only stops the multiplication.
 */
export function aliasIndex(records: readonly AliasRecord[]): Map<string, Set<string>> {
    const byUrn = new Map(records.map((r) => [r.urn, r]));
    const index = new Map<string, Set<string>>();
    // Iterative, ancestors first: a parent chain thousands deep (in any record order) costs no stack.
    const resolve = (start: AliasRecord): void => {
        const chain: AliasRecord[] = [];
        const onChain = new Set<string>();
        for (
            let r: AliasRecord | undefined = start;
            r !== undefined && !index.has(r.urn) && !onChain.has(r.urn);
            r = r.parent ? byUrn.get(r.parent) : undefined
        ) {
            chain.push(r);
            onChain.add(r.urn);
        }
        for (let i = chain.length - 1; i >= 0; i--) {
            const r = chain[i];
            const out = new Set(r.options.aliases ?? []);
            // A parent not resolved yet is on a cycle: the multiplication stops there.
            const parentAliases = r.parent ? index.get(r.parent) : undefined;
            const parts = urnParts(r.urn);
            if (parentAliases && parts) for (const parentAlias of parentAliases) out.add(engineUrn(parts.stack, parts.project, parentAlias, r.type, r.name));
            index.set(r.urn, out);
        }
    };
    for (const r of records) resolve(r);
    return index;
}
