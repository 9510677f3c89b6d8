/**
 * Turns what the SDK, the network or Entra ID throws into a sentence that says what is missing:
 * which data role, which network path, which login. Pure, so every case is tested directly.
 * https://learn.microsoft.com/azure/cosmos-db/nosql/troubleshoot-forbidden
 */

export interface FailureContext {
    /** Account host, e.g. contoso-cosmos-dev.documents.azure.com. */
    host: string;
    database: string;
    container: string;
    auth: "entra" | "key";
}

/** Built-in data role that covers everything `verify` does. */
export const DATA_CONTRIBUTOR = "Cosmos DB Built-in Data Contributor (00000000-0000-0000-0000-000000000002)";

interface ErrorFacts {
    status?: number;
    substatus?: number;
    code?: string;
    name?: string;
    message: string;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
const TLS_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "CERT_HAS_EXPIRED",
    "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Status, substatus, error code and message, looked for along the `cause` chain. */
export function errorFacts(e: unknown): ErrorFacts {
    const facts: ErrorFacts = { message: "" };
    let node: unknown = e;
    for (let depth = 0; node && depth < 5; depth += 1) {
        if (typeof node !== "object") {
            // A thrown primitive (a string, mostly) or function: its text is the message.
            facts.message ||= typeof node === "string" ? node : (node as number | bigint | boolean | symbol | (() => unknown)).toString();
            break;
        }
        const err = node as {
            code?: unknown;
            statusCode?: unknown;
            substatus?: unknown;
            name?: unknown;
            message?: unknown;
            body?: { message?: unknown };
            cause?: unknown;
        };
        if (typeof err.code === "number" && facts.status === undefined) facts.status = err.code;
        if (typeof err.statusCode === "number" && facts.status === undefined) facts.status = err.statusCode;
        if (typeof err.code === "string" && facts.code === undefined) facts.code = err.code;
        if (typeof err.substatus === "number" && facts.substatus === undefined) facts.substatus = err.substatus;
        if (typeof err.name === "string" && facts.name === undefined && err.name !== "Error") facts.name = err.name;
        const message = typeof err.body?.message === "string" ? err.body.message : typeof err.message === "string" ? err.message : "";
        if (message && !facts.message) facts.message = message;
        node = err.cause;
    }
    if (facts.status === undefined && facts.code && /^\d{3}$/.test(facts.code)) facts.status = Number(facts.code);
    return facts;
}

const firstLine = (text: string): string => text.split(/\r?\n/)[0].slice(0, 300);

/**
 * A clear explanation of a failure, or undefined when it is not an access, network or login
 * problem (then the step's own message says what went wrong).
 */
export function explainAccessFailure(e: unknown, ctx: FailureContext): string | undefined {
    const f = errorFacts(e);
    const where = `database '${ctx.database}', container '${ctx.container}'`;

    if (f.name === "CredentialUnavailableError" || f.name === "AggregateAuthenticationError") {
        return "no Entra ID credential: DefaultAzureCredential found none. Sign in (`az login`, `azd auth login`), or set AZURE_CLIENT_ID and AZURE_TENANT_ID with a secret or federated token, or run where a managed identity is assigned";
    }
    if (f.name === "AuthenticationError" || f.name === "AuthenticationRequiredError") {
        return `Entra ID refused to issue a token: ${firstLine(f.message)}. Sign in again, in the account's tenant (az login --tenant <tenant id>)`;
    }
    if (f.code === "ENOTFOUND") {
        return `cannot resolve ${ctx.host} (ENOTFOUND): check the account name; with a private endpoint the name resolves only where the privatelink.documents.azure.com zone is linked to your network (docs/runbooks/troubleshooting.md, private endpoint DNS)`;
    }
    if (f.code && NETWORK_CODES.has(f.code)) {
        return `cannot reach ${ctx.host} (${f.code}): no network path to the account. With publicNetworkAccess Disabled run verify inside a VNet that reaches the private endpoint; with it Enabled your address must be in network.ipRules; a proxy or firewall may also block port 443`;
    }
    if (f.code && TLS_CODES.has(f.code)) {
        return `the TLS certificate of ${ctx.host} is not trusted (${f.code}); for a local emulator pass --allow-self-signed (loopback endpoints only)`;
    }

    const status = f.status;
    if (status === 401) {
        return ctx.auth === "key"
            ? `the account key was refused (401): local auth is likely disabled on the account (disableLocalAuth, this project's default). Keys are for a local emulator only; drop --key-from-env to use Entra ID`
            : `the Entra ID token was refused (401): ${firstLine(f.message)}. The token must come from the account's tenant (az login --tenant <tenant id>)`;
    }
    if (status === 403) {
        const ip = /Request originated from (?:client )?IP ([0-9a-fA-F.:]+) through public internet/i.exec(f.message);
        if (ip) {
            return `the account's firewall blocked ${ip[1]} coming through the public internet (403): add it to network.ipRules (publicNetworkAccess Enabled), or run verify from the VNet so the private endpoint is used`;
        }
        if (/through (private|service) endpoint/i.test(f.message)) {
            const via = /through (private|service) endpoint/i.exec(f.message)?.[1].toLowerCase();
            return `the request came through a ${via} endpoint that the account does not accept (403): check the account's ${via === "private" ? "private endpoint connections (the endpoint may belong to another account)" : "virtualNetworkRules"}`;
        }
        const action = /\[(Microsoft\.DocumentDB\/[^\]]+)\]/i.exec(f.message)?.[1];
        if (f.substatus === 5301 || /required RBAC permissions/i.test(f.message)) {
            return `the signed-in principal lacks the data action ${action ?? "needed"} on ${where} (403/5301): assign a data role that grants it, e.g. ${DATA_CONTRIBUTOR}, at the account, database or container scope (access.dataRoles; docs/security.md). Azure RBAC roles such as Owner or Contributor do not grant data actions`;
        }
        if (f.substatus === 5300 || /cannot be authorized by AAD token/i.test(f.message)) {
            return `Entra ID tokens cannot do this operation in the data plane (403/5300): databases and containers are created by Pulumi, not by clients; deploy ${where} with pulumi up`;
        }
        return `access denied (403): ${firstLine(f.message)}`;
    }
    if (status === 404 && /Owner resource does not exist/i.test(f.message)) return missingContainer(ctx);
    if (status === 429) {
        return `throttled (429) after the SDK's retries: the container or account is at its RU/s; verify needs only a few RUs, retry later or check the throughput (docs/runbooks/troubleshooting.md, 429s)`;
    }
    return undefined;
}

/** The container (or its database) is not there: a 404 on the container or its owner. */
export function missingContainer(ctx: FailureContext): string {
    return `database '${ctx.database}', container '${ctx.container}' does not exist at ${ctx.host} (404): check the names, and that the stack deployed them`;
}

/** One line for a step's failure: the access explanation when there is one, otherwise status and message. */
export function describeFailure(e: unknown, ctx: FailureContext): string {
    const explained = explainAccessFailure(e, ctx);
    if (explained) return explained;
    const f = errorFacts(e);
    const status = f.status !== undefined ? `${f.status}${f.substatus ? `/${f.substatus}` : ""}: ` : f.code ? `${f.code}: ` : "";
    return `${status}${firstLine(f.message) || "unknown error"}`;
}

/** Whether an error means access or the network path is missing, so later steps cannot work either. */
export function isAccessFailure(e: unknown, ctx: FailureContext): boolean {
    const f = errorFacts(e);
    if (f.status === 404 || f.status === 429) return false;
    return explainAccessFailure(e, ctx) !== undefined;
}
