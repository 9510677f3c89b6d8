import * as pulumi from "@pulumi/pulumi";

/**
 * Config errors: one line per problem, naming the key path (as written in the stack file), the
 * value found and what is accepted. Secret values are never echoed.
 */

export type PathSegment = string | number;

export interface ConfigProblem {
    /** Path from the config key, e.g. ["databases", 0, "containers", 2, "partitionKey", "paths", 0]. */
    path: PathSegment[];
    /** What is wrong and what is accepted. */
    message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `databases[0].containers[2].partitionKey.paths[0]`, `throughput.containers["app/orders"]`. */
export function formatPath(path: readonly PathSegment[]): string {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number") out += `[${segment}]`;
        else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
        else out += `[${JSON.stringify(segment)}]`;
    }
    return out === "" ? "(config)" : out;
}

/** Reads the value at a path of a parsed config object; undefined when absent. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
    let node: unknown = root;
    for (const segment of path) {
        if (node === null || typeof node !== "object") return undefined;
        node = (node as Record<PathSegment, unknown>)[segment];
    }
    return node;
}

/** A short rendering of a value for a message: JSON, cut at 200 characters (resource ids are long). */
export function describeValue(value: unknown): string {
    if (value === undefined) return "nothing";
    let text: string;
    try {
        // JSON gives nothing for a function, a symbol, or an object whose toJSON returns nothing.
        text = JSON.stringify(value) ?? (typeof value === "function" || typeof value === "symbol" ? value.toString() : "nothing");
    } catch {
        // JSON throws on a bigint, or on an object that is cyclic or holds a bigint.
        text = typeof value === "bigint" ? value.toString() : "a value JSON cannot hold (cyclic, or with a bigint)";
    }
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/**
 * Thrown at the config boundary; the program registers nothing after it. A `RunError`, so
 * `pulumi up` prints the message without a stack trace: a config mistake is not a crash.
 */
export class ConfigError extends pulumi.RunError {
    readonly problems: ConfigProblem[];

    constructor(problems: ConfigProblem[], header = "Invalid stack config") {
        super(
            `${header} (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${formatPath(p.path)}: ${p.message}`).join("\n")}`,
        );
        this.name = "ConfigError";
        this.problems = problems;
    }

    static isInstance(e: unknown): e is ConfigError {
        return e instanceof Error && e.name === "ConfigError" && Array.isArray((e as ConfigError).problems);
    }
}

/**
 * Adds "got <value>" to a message unless the message already shows the value, or the value
 * sits under a secret config key (then it shows `[secret]`).
 */
export function withValue(message: string, value: unknown, secret: boolean): string {
    if (/\bgot\b/.test(message)) return message;
    return `${message}; got ${secret ? "[secret]" : describeValue(value)}`;
}

/** Where a rule reports a problem: a key path relative to what it checks, and the message. */
export type Report = (path: PathSegment[], message: string) => void;

/** A report that prefixes every path, so a rule written for one object reports where that object sits. */
export function prefixed(prefix: readonly PathSegment[], report: Report): Report {
    return (path, message) => report([...prefix, ...path], message);
}

/** Runs rules and returns what they reported. */
export function collectProblems(run: (report: Report) => void): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    run((path, message) => problems.push({ path, message }));
    return problems;
}

/**
 * Thrown by a component whose arguments break one of Azure's rules, before it registers any child:
 * the same rules and messages a stack file gets, with paths into the component's arguments.
 */
export class ComponentArgsError extends ConfigError {
    constructor(component: string, name: string, problems: ConfigProblem[]) {
        super(problems, `Invalid arguments for ${component} '${name}'`);
        this.name = "ConfigError";
    }
}

/** Throws a ComponentArgsError when there are problems. */
export function assertValidArgs(component: string, name: string, problems: ConfigProblem[]): void {
    if (problems.length > 0) throw new ComponentArgsError(component, name, problems);
}

/**
 * A component's options once its arguments passed Azure's rules; throws a ComponentArgsError
 * otherwise. Called inside `super(...)`, so a refused component registers nothing, not even itself.
 */
export function checkedOptions<O>(component: string, name: string, problems: ConfigProblem[], opts: O): O {
    assertValidArgs(component, name, problems);
    return opts;
}
