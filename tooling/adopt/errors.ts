/**
 * The two ways adoption stops. Bad input (not JSON, not a Cosmos DB NoSQL resource, another API
 * kind, a child without its account) is an `AdoptInputError`: exit 2, one line each, nothing
 * written. A property Azure stores that the stack config cannot express is a `Gap`: the command
 * lists every one and exits 1, nothing written, so nothing is ever dropped silently.
 */
import { holdsSecret, isSecretProperty, NOT_SHOWN } from "./secrets";

export class AdoptInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "AdoptInputError";
    }
}

/** Several input errors at once (one line each). */
export class AdoptInputErrors extends Error {
    constructor(readonly errors: AdoptInputError[]) {
        super(errors.map((e) => e.message).join("\n"));
        this.name = "AdoptInputErrors";
    }
}

/** A stored property the config cannot express. */
export interface Gap {
    /** The document it was found in (`<file>: value[1]`), and the resource's ARM id. */
    source: string;
    id: string;
    /** The ARM property path, e.g. `properties.enablePartitionMerge`. */
    property: string;
    value: unknown;
    /** Why the config cannot say it, and what would. */
    reason: string;
}

export function formatGap(g: Gap): string {
    if (isSecretProperty(g.property) || holdsSecret(g.value)) return `${g.id}: ${g.property} = ${NOT_SHOWN}: ${g.reason}`;
    const shown = JSON.stringify(g.value);
    // ARM ids run to 200 characters and their tail is what tells them apart: shown whole up to 240.
    const value = shown === undefined ? "" : ` = ${shown.length > 240 ? `${shown.slice(0, 237)}...` : shown}`;
    return `${g.id}: ${g.property}${value}: ${g.reason}`;
}
