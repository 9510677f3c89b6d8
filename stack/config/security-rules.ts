/**
 * Cross-key rules for access, network and protection: names that must be declared, scopes that
 * must exist, and insecure choices that need an explicit, named opt-in.
 */
import { accessArgsProblems } from "../../components/access/component";
import { GUID } from "../../components/shared/arm-ids";
import { isProduction } from "./defaults";
import { describeValue, PathSegment } from "../../components/shared/errors";
import type { Report } from "../../components/shared/errors";
import { prefixed } from "../../components/shared/errors";
import { publicAccessRules } from "../../components/estate/rules";
import { privateNetworkRules } from "../../components/network/component";
import { AccountView } from "./schema";
import { gatewayEndpointName, USER_ASSIGNED_IDENTITY_ID } from "./security-schema";

export type { Report };

function principalRules(cfg: AccountView, principal: string, at: PathSegment[], report: Report): void {
    const access = cfg.access ?? {};
    if (principal.startsWith("group:")) {
        const name = principal.slice("group:".length);
        const declared = (access.groups ?? []).map((g) => g.name);
        if (!declared.includes(name)) report(at, `group '${name}' is not declared in access.groups; declared: ${declared.join(", ") || "none"}`);
    } else if (principal.startsWith("identity:")) {
        const name = principal.slice("identity:".length);
        const declared = (access.identities ?? []).map((i) => i.name);
        if (!declared.includes(name)) report(at, `identity '${name}' is not declared in access.identities; declared: ${declared.join(", ") || "none"}`);
    }
}

function duplicates(names: string[], at: (i: number) => PathSegment[], what: string, report: Report): void {
    const seen = new Set<string>();
    names.forEach((n, i) => {
        if (seen.has(n)) report(at(i), `${what} '${n}' is declared twice`);
        seen.add(n);
    });
}

function accessRules(cfg: AccountView, report: Report): void {
    const access = cfg.access;
    if (!access) return;
    duplicates(
        (access.groups ?? []).map((g) => g.name),
        (i) => ["access", "groups", i, "name"],
        "group",
        report,
    );
    duplicates(
        (access.identities ?? []).map((g) => g.name),
        (i) => ["access", "identities", i, "name"],
        "identity",
        report,
    );
    duplicates(
        (access.customRoles ?? []).map((g) => g.name),
        (i) => ["access", "customRoles", i, "name"],
        "custom role",
        report,
    );

    // Azure's rules and the least-privilege refusals (known roles and actions, no account-wide
    // wildcard, container scopes with their database) are the Access component's.
    for (const p of accessArgsProblems(access)) report(["access", ...p.path], p.message);

    const databases = new Map(cfg.databases.map((db) => [db.name, new Set(db.containers.map((c) => c.name))]));
    /** A data-plane scope names a database of `databases` and, if any, one of its containers. */
    const declaredScope = (scope: { database?: string; container?: string }, at: PathSegment[]) => {
        if (scope.database === undefined) return;
        const containers = databases.get(scope.database);
        if (!containers) {
            report([...at, "database"], `no database named ${describeValue(scope.database)}; declared: ${[...databases.keys()].join(", ") || "none"}`);
        } else if (scope.container !== undefined && !containers.has(scope.container)) {
            report(
                [...at, "container"],
                `no container ${describeValue(scope.container)} in database '${scope.database}'; declared: ${[...containers].join(", ") || "none"}`,
            );
        }
    };
    (access.customRoles ?? []).forEach((role, i) =>
        (role.assignableScopes ?? []).forEach((scope, j) => declaredScope(scope, ["access", "customRoles", i, "assignableScopes", j])),
    );
    (access.dataRoles ?? []).forEach((assignment, i) => {
        principalRules(cfg, assignment.principal, ["access", "dataRoles", i, "principal"], report);
        declaredScope(assignment.scope ?? {}, ["access", "dataRoles", i, "scope"]);
    });

    (access.controlRoles ?? []).forEach((assignment, i) => {
        principalRules(cfg, assignment.principal, ["access", "controlRoles", i, "principal"], report);
        if (assignment.principalType !== undefined && !GUID.test(assignment.principal)) {
            report(
                ["access", "controlRoles", i, "principalType"],
                "principalType applies to object ids only; groups and identities declared here have known types",
            );
        }
    });
}

/** Opinions on the firewall and the network shape; Azure's own rules on both are in the components (accountRules, privateNetworkRules). */
function networkRules(cfg: AccountView, report: Report): void {
    const network = cfg.network;
    if (!network) return;
    // The firewall's own rules run with the account's (components/account/rules.ts).
    publicAccessRules(network, isProduction(cfg), prefixed(["network"], report));
    privateEndpointRules(cfg, report);
}

/**
 * Azure's rules on the endpoints (privateNetworkRules), run over the endpoints the stack creates:
 * the declared ones and, with a dedicated gateway, their `SqlDedicated` twins, so a twin's name or
 * static IP that collides is reported at the twin's own key.
 */
function privateEndpointRules(cfg: AccountView, report: Report): void {
    const network = cfg.network ?? {};
    const declared = network.privateEndpoints ?? [];
    const gateway = cfg.gateway !== undefined;
    const endpoints: {
        name: string;
        subnet: string;
        groupId: string;
        ipConfigurations?: { memberName: string; privateIPAddress: string; name?: string }[];
        manualApproval?: { requestMessage: string };
    }[] = [];
    const at: { path: PathSegment[]; twin: boolean; defaultName: boolean }[] = [];
    declared.forEach((pe, i) => {
        endpoints.push({ ...pe, groupId: "Sql" });
        at.push({ path: ["network", "privateEndpoints", i], twin: false, defaultName: false });
        const twin = pe.dedicatedGateway;
        if (twin !== undefined && twin !== false && !gateway) {
            report(
                ["network", "privateEndpoints", i, "dedicatedGateway"],
                "an endpoint for the dedicated gateway needs cosmos-platform:gateway: Azure offers the SqlDedicated sub-resource only on an account with a dedicated gateway; set gateway or remove dedicatedGateway",
            );
        }
        if (!gateway || twin === false) return;
        endpoints.push({
            name: twin?.name ?? gatewayEndpointName(pe.name),
            subnet: pe.subnet,
            groupId: "SqlDedicated",
            ...(twin?.ipConfigurations ? { ipConfigurations: twin.ipConfigurations } : {}),
        });
        at.push({ path: ["network", "privateEndpoints", i, "dedicatedGateway"], twin: true, defaultName: twin?.name === undefined });
    });
    privateNetworkRules({ ...(network.virtualNetwork ? { virtualNetwork: network.virtualNetwork } : {}), privateEndpoints: endpoints }, (path, message) => {
        if (path[0] !== "privateEndpoints" || typeof path[1] !== "number") return report(["network", ...path], message);
        const target = at[path[1]];
        const rest = path.slice(2);
        // A twin shares its endpoint's subnet and approval: those are reported once, at the endpoint.
        if (target.twin && (rest[0] === "subnet" || rest[0] === "manualApproval")) return;
        if (target.twin && target.defaultName && rest[0] === "name")
            return report(target.path, `${message}: the gateway's endpoint is named '${endpoints[path[1]].name}' by default; give dedicatedGateway a name`);
        report([...target.path, ...rest], message);
    });
    if (network.gatewayPrivateDnsZoneId !== undefined && !endpoints.some((pe) => pe.groupId === "SqlDedicated")) {
        report(
            ["network", "gatewayPrivateDnsZoneId"],
            "no endpoint of the dedicated gateway uses this zone (they exist only with cosmos-platform:gateway and private endpoints); remove it",
        );
    }
}

function protectionRules(cfg: AccountView, report: Report): void {
    const cmk = cfg.security?.customerManagedKey;
    if (cmk) {
        const declared = (cfg.access?.identities ?? []).map((i) => i.name);
        if (cmk.identity.startsWith("/")) {
            if (!USER_ASSIGNED_IDENTITY_ID.test(cmk.identity)) {
                report(
                    ["security", "customerManagedKey", "identity"],
                    `${describeValue(cmk.identity)} is not a user-assigned identity's resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>)`,
                );
            }
        } else if (!declared.includes(cmk.identity)) {
            report(
                ["security", "customerManagedKey", "identity"],
                `identity '${cmk.identity}' is not declared in access.identities (declared: ${declared.join(", ") || "none"}), nor an existing identity's resource id`,
            );
        }
    }
}

export function securityRules(cfg: AccountView, report: Report): void {
    accessRules(cfg, report);
    networkRules(cfg, report);
    protectionRules(cfg, report);
}
