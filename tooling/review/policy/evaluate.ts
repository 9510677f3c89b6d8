/**
 * Runs the policy pack's rule objects over resource records with the engine's semantics
 * (@pulumi/policy 1.21 server.js): enforcement level from the resolved config (policy config,
 * else the rule's level, else the pack's), `disabled` rules skipped, remediations first for
 * `remediate` rules (a remediate rule that still fails counts as mandatory), the `__pulumiType`
 * fast path and `notApplicable`, and props wrapped in the SDK's unknown-checking proxy so a rule
 * that reads a value known only after apply is reported as "can't run during preview".
 */
import {
    EnforcementLevel,
    Policies,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationPolicy,
} from "@pulumi/policy";
import { unknownCheckingProxy, UnknownValueError } from "../../../policies/lib/sdk";
import { CANNOT_JUDGE } from "../../../policies/lib/values";
import { SECRET, UNKNOWN } from "../../model/plan-record";
import { GivenPolicyConfig, resolvePolicyConfig, ResolvedPolicyConfig } from "./config";
import { PolicyRecord } from "../../model/records";
import { STACK_TYPE } from "../../model/types";

/** The SDK's sentinel for an unknown value (@pulumi/policy proxy.js unknownStringValue; the engine sends every unknown as it). */
export const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export interface Violation {
    policy: string;
    level: "advisory" | "mandatory";
    /** The resource in violation; the stack's URN when a stack rule names none. */
    urn: string;
    message: string;
}

/** A rule that ran but could not decide: a value known only after apply, or a record lacking what it needs. */
export interface NotJudged {
    policy: string;
    urn: string;
    reason: string;
}

export interface NotApplicable {
    policy: string;
    urn?: string;
    reason: string;
}

export interface PolicyResult {
    violations: Violation[];
    notJudged: NotJudged[];
    notApplicable: NotApplicable[];
    /** Names in the policy config that match no rule. */
    unknownConfigNames: string[];
}

export interface EvaluateOptions {
    policies: Policies;
    packName: string;
    packVersion: string;
    packLevel: EnforcementLevel;
    config?: Record<string, GivenPolicyConfig>;
    stackTags?: ReadonlyMap<string, string>;
    /**
     * The file the records were read from, when they come from outside (a stack export, preview or
     * plan given to `npm run policy`). A rule that then fails on a record (a value of a type the
     * provider never returns) is that file's problem, reported as the engine reports it ("Error
     * validating resource with policy ...", which fails the preview): one line, exit 2. Records
     * this tooling synthesized keep such a failure an internal error: it is a bug of the rule.
     */
    recordsFrom?: string;
}

/** A rule failed on a record read from a file (see EvaluateOptions.recordsFrom). */
export class PolicyRecordError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyRecordError";
    }
}

class NotApplicableSignal extends Error {
    constructor(readonly reason: string) {
        super(reason);
    }
}

const throwNotApplicable = (reason?: string): never => {
    throw new NotApplicableSignal(reason ?? "Policy does not apply");
};

/**
 * Record values as the engine would deliver them: UNKNOWN back to the wire sentinel. A SECRET is
 * delivered as unknown too: the engine would hand the rule the decrypted value, which the offline
 * review never has (a stack export holds ciphertext; a --show-secrets export's plaintext is not
 * read), so a rule that reads one cannot judge it, rather than judge the placeholder "[secret]".
 */
export function engineValue(value: unknown): unknown {
    if (value === UNKNOWN || value === SECRET) return UNKNOWN_SENTINEL;
    if (Array.isArray(value)) return value.map(engineValue);
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, engineValue(v)]));
    }
    return value;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK types props as Record<string, any>
type Props = Record<string, any>;

function proxied(inputs: Record<string, unknown>): Props {
    return unknownCheckingProxy(engineValue(inputs) as Props);
}

/** PolicyResourceOptions from a record, plus `retainOnDelete` where the record carries it (the engine never does). */
function optionsOf(r: PolicyRecord): PolicyResourceOptions {
    const seconds = (d?: string): number => {
        const m = d ? /^(\d+(?:\.\d+)?)(h|m|s)$/.exec(d) : null;
        return m ? Number(m[1]) * { h: 3600, m: 60, s: 1 }[m[2] as "h" | "m" | "s"] : 0;
    };
    const opts: PolicyResourceOptions & { retainOnDelete?: boolean } = {
        protect: r.options.protect,
        ignoreChanges: [...r.options.ignoreChanges],
        aliases: [],
        customTimeouts: {
            createSeconds: seconds(r.options.customTimeouts?.create),
            updateSeconds: seconds(r.options.customTimeouts?.update),
            deleteSeconds: seconds(r.options.customTimeouts?.delete),
        },
        additionalSecretOutputs: [],
    };
    if (r.options.deleteBeforeReplace !== undefined) opts.deleteBeforeReplace = r.options.deleteBeforeReplace;
    if (r.parent) opts.parent = r.parent;
    if (r.options.retainOnDelete !== undefined) opts.retainOnDelete = r.options.retainOnDelete;
    return opts;
}

interface PulumiTyped {
    __pulumiType?: unknown;
}
const pulumiTypeOf = (o: unknown): string | undefined => {
    const t = (o as PulumiTyped | undefined)?.__pulumiType;
    return typeof t === "string" && t.length > 0 ? t : undefined;
};
const isTypeOf = (type: string, cls: unknown): boolean => {
    const t = pulumiTypeOf(cls);
    if (t) return type === t;
    const isInstance = (cls as { isInstance?: (o: unknown) => boolean }).isInstance;
    return typeof isInstance === "function" && isInstance({ __pulumiType: type }) === true;
};

const isResourcePolicy = (p: Policies[number]): p is ResourceValidationPolicy =>
    typeof (p as ResourceValidationPolicy).validateResource === "function" ||
    Array.isArray((p as ResourceValidationPolicy).validateResource) ||
    typeof (p as ResourceValidationPolicy).remediateResource === "function";
const isStackPolicy = (p: Policies[number]): p is StackValidationPolicy => typeof (p as StackValidationPolicy).validateStack === "function";

export async function evaluatePolicies(records: readonly PolicyRecord[], options: EvaluateOptions): Promise<PolicyResult> {
    const { resolved, unknownNames } = resolvePolicyConfig(options.policies, options.packLevel, options.config);
    const stackTags = options.stackTags ?? new Map<string, string>();
    const stackUrn = records.find((r) => r.type === STACK_TYPE)?.urn ?? "";
    const result: PolicyResult = { violations: [], notJudged: [], notApplicable: [], unknownConfigNames: unknownNames };
    const cfg = (name: string) => resolved.get(name) as ResolvedPolicyConfig;
    const reporter = (name: string, level: EnforcementLevel, defaultUrn: string) => (message: string, urn?: string) => {
        result.violations.push({ policy: name, level: level === "advisory" ? "advisory" : "mandatory", urn: urn || defaultUrn, message });
    };
    const caught = (name: string, urn: string, e: unknown, read: readonly PolicyRecord[] = []): void => {
        if (e instanceof UnknownValueError) {
            // Which of the read records holds a secret where the rule looked (a resource rule reads one).
            const path = (e.props as unknown[]).map(String);
            const secret = read.some(
                (r) =>
                    path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), r.inputs) === SECRET,
            );
            const reason = secret
                ? `can't judge with policy '${name}' from policy pack '${options.packName}@v${options.packVersion}': the value at .${path.join(".")} is a secret, which the offline review does not read`
                : `can't run policy '${name}' from policy pack '${options.packName}@v${options.packVersion}' during preview: ${e.message}`;
            result.notJudged.push({ policy: name, urn, reason });
        } else if (e instanceof NotApplicableSignal) {
            if (e.reason.startsWith(CANNOT_JUDGE)) result.notJudged.push({ policy: name, urn, reason: e.reason.slice(CANNOT_JUDGE.length) });
            else result.notApplicable.push({ policy: name, urn: urn || undefined, reason: e.reason });
        } else {
            const message = `policy '${name}' failed on ${urn || "the stack"}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
            if (options.recordsFrom !== undefined) {
                throw new PolicyRecordError(
                    `${options.recordsFrom}: ${message}; a value of the record is not of the type the provider returns (Pulumi fails the preview the same way: "Error validating resource with policy")`,
                );
            }
            throw new Error(message, { cause: e });
        }
    };

    // Resource rules: remediations first (engine: Remediate RPC before Analyze), then validations.
    for (const r of records) {
        let inputs: Props = engineValue(r.inputs) as Props;
        const baseArgs = (name: string, props: Props): ResourceValidationArgs => ({
            type: r.type,
            props,
            urn: r.urn,
            name: r.name,
            opts: optionsOf(r),
            stackTags,
            isType: (cls) => isTypeOf(r.type, cls),
            // The SDK's asType is generic over the resource class; this one returns the untyped props.
            asType: ((cls: unknown) => (isTypeOf(r.type, cls) ? props : undefined)) as ResourceValidationArgs["asType"],
            getConfig: <T extends object>() => ({ ...cfg(name).properties }) as T,
            notApplicable: throwNotApplicable,
        });
        for (const p of options.policies) {
            if (!isResourcePolicy(p) || cfg(p.name).enforcementLevel !== "remediate" || !p.remediateResource) continue;
            const t = pulumiTypeOf(p.remediateResource);
            if (t && t !== r.type) continue;
            try {
                const out = await Promise.resolve(p.remediateResource(baseArgs(p.name, unknownCheckingProxy(inputs))));
                if (out) inputs = JSON.parse(JSON.stringify(out)) as Props;
            } catch (e) {
                caught(p.name, r.urn, e, [r]);
            }
        }
        for (const p of options.policies) {
            const level = cfg(p.name).enforcementLevel;
            if (level === "disabled" || !isResourcePolicy(p) || !p.validateResource) continue;
            const validations = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
            const t = validations.length === 1 ? pulumiTypeOf(validations[0]) : undefined;
            if (t && t !== r.type) {
                result.notApplicable.push({ policy: p.name, urn: r.urn, reason: `Policy only applies to resources of type '${t}'` });
                continue;
            }
            for (const validate of validations) {
                try {
                    await Promise.resolve(
                        validate(baseArgs(p.name, unknownCheckingProxy(JSON.parse(JSON.stringify(inputs)) as Props)), reporter(p.name, level, r.urn)),
                    );
                } catch (e) {
                    caught(p.name, r.urn, e, [r]);
                }
            }
        }
    }

    // Stack rules: every record as a PolicyResource, parents and dependencies linked.
    const stackPolicies = options.policies.filter(isStackPolicy).filter((p) => cfg(p.name).enforcementLevel !== "disabled");
    for (const p of stackPolicies) {
        const level = cfg(p.name).enforcementLevel;
        const t = pulumiTypeOf(p.validateStack);
        if (t && !records.some((r) => r.type === t)) {
            result.notApplicable.push({ policy: p.name, reason: `Policy only applies to resources of type '${t}'` });
            continue;
        }
        const byUrn = new Map<string, PolicyResource>();
        const resources: PolicyResource[] = records.map((r) => {
            const props = proxied(r.inputs);
            const resource: PolicyResource = {
                type: r.type,
                props,
                urn: r.urn,
                name: r.name,
                opts: optionsOf(r),
                dependencies: [],
                propertyDependencies: {},
                isType: (cls) => isTypeOf(r.type, cls),
                // The SDK's asType is generic over the resource class; this one returns the untyped props.
                asType: ((cls: unknown) => (isTypeOf(r.type, cls) ? props : undefined)) as PolicyResource["asType"],
            };
            byUrn.set(r.urn, resource);
            return resource;
        });
        const lookup = (urns: readonly string[]) => urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
        records.forEach((r, i) => {
            const resource = resources[i];
            if (r.parent && byUrn.has(r.parent)) resource.parent = byUrn.get(r.parent);
            resource.dependencies = lookup(r.dependencies);
            for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) resource.propertyDependencies[k] = lookup(urns);
        });
        try {
            await Promise.resolve(
                p.validateStack(
                    { resources, stackTags, getConfig: <T extends object>() => ({ ...cfg(p.name).properties }) as T, notApplicable: throwNotApplicable },
                    reporter(p.name, level, stackUrn),
                ),
            );
        } catch (e) {
            caught(p.name, stackUrn, e, records);
        }
    }
    return result;
}
