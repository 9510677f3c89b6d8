/**
 * Values Azure treats as secrets: an account's keys and connection strings (POST listKeys,
 * listReadOnlyKeys, listConnectionStrings:
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/list-keys,
 * https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/list-connection-strings).
 * A GET never returns them, but an input file may carry them (merged by hand, or a script's
 * output). Adopt never prints such a value, not even in part: not in a gap, a note, an error or
 * a mismatch.
 */

/** Property names (any segment of a dotted path) whose values are secrets. */
const SECRET_NAME =
    /^(?:(?:primary|secondary)(?:readonly)?masterkey|keys?|connectionstrings?|connectionstring|(?:client)?secret|password|accountkey|sharedaccesskey|sastoken)$/i;

/**
 * Secret-looking text inside a value: a connection string's key part, or a Cosmos DB key (64 bytes,
 * 88 characters of base64 ending "==").
 */
const SECRET_TEXT = /(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=[^;"'\s]*|(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==/gi;

export const NOT_SHOWN = "(a secret: not shown)";

/** Whether a dotted property path (`properties.primaryMasterKey`, `properties.connectionStrings`) names a secret. */
export function isSecretProperty(path: string): boolean {
    return path.split(".").some((segment) => SECRET_NAME.test(segment));
}

/** Whether a value holds a secret: a string leaf that looks like one, or a key named like one. */
export function holdsSecret(value: unknown, depth = 0): boolean {
    if (typeof value === "string") return new RegExp(SECRET_TEXT.source, "i").test(value);
    if (value === null || typeof value !== "object" || depth > 32) return false;
    return Object.entries(value as Record<string, unknown>).some(
        ([k, v]) => (!Array.isArray(value) && SECRET_NAME.test(k) && v !== null && v !== "") || holdsSecret(v, depth + 1),
    );
}

/** Text with every secret-looking part replaced: the last guard before a line reaches the terminal. */
export function withoutSecrets(text: string): string {
    return text.replace(SECRET_TEXT, NOT_SHOWN);
}

/** The dotted paths of a value's string leaves that look like secrets (for a stack file about to be written). */
export function secretPaths(value: unknown, path = "", depth = 0): string[] {
    if (typeof value === "string") return new RegExp(SECRET_TEXT.source, "i").test(value) ? [path || "(value)"] : [];
    if (value === null || typeof value !== "object" || depth > 32) return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        secretPaths(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k, depth + 1),
    );
}
