/**
 * Cross-key rules for access, network and protection: names that must be declared, scopes that
 * must exist, and insecure choices that need an explicit, named opt-in.
 */
import { ACCOUNT_WILDCARD, BUILT_IN_DATA_ROLES, CONTROL_PLANE_ROLES, DATA_ACTIONS, GUID, SUBNET_ID } from "../roles";
import { isProduction } from "./defaults";
import { describeValue, PathSegment } from "./errors";
import { checkIpRule, cidrContains, parseCidr } from "./network-rules";
import { StackConfig } from "./schema";

export type Report = (path: PathSegment[], message: string) => void;

/** The /16 limit: broader ranges admit more than 65,536 addresses and need an opt-in. */
export const BROAD_PREFIX = 16;

function principalRules(cfg: StackConfig, principal: string, at: PathSegment[], report: Report): void {
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

function accessRules(cfg: StackConfig, report: Report): void {
    const access = cfg.access;
    if (!access) return;
    duplicates((access.groups ?? []).map((g) => g.name), (i) => ["access", "groups", i, "name"], "group", report);
    duplicates((access.identities ?? []).map((g) => g.name), (i) => ["access", "identities", i, "name"], "identity", report);
    duplicates((access.customRoles ?? []).map((g) => g.name), (i) => ["access", "customRoles", i, "name"], "custom role", report);

    const accepted = new Set<string>(DATA_ACTIONS);
    (access.customRoles ?? []).forEach((role, i) => {
        if (BUILT_IN_DATA_ROLES[role.name]) report(["access", "customRoles", i, "name"], `'${role.name}' is a built-in role name; choose another`);
        role.dataActions.forEach((action, j) => {
            if (action === ACCOUNT_WILDCARD) {
                report(["access", "customRoles", i, "dataActions", j], `'${ACCOUNT_WILDCARD}' grants every data action including metadata writes; list the actions the role needs (least privilege)`);
            } else if (!accepted.has(action)) {
                report(["access", "customRoles", i, "dataActions", j], `unknown data action ${describeValue(action)}; accepted: ${[...accepted].join(", ")}`);
            }
        });
    });

    const dataRoleNames = [...Object.keys(BUILT_IN_DATA_ROLES), ...(access.customRoles ?? []).map((r) => r.name)];
    const databases = new Map(cfg.databases.map((db) => [db.name, new Set(db.containers.map((c) => c.name))]));
    (access.dataRoles ?? []).forEach((assignment, i) => {
        principalRules(cfg, assignment.principal, ["access", "dataRoles", i, "principal"], report);
        if (!dataRoleNames.includes(assignment.role)) {
            report(["access", "dataRoles", i, "role"], `unknown data-plane role ${describeValue(assignment.role)}; accepted: ${dataRoleNames.join(", ")}`);
        }
        const scope = assignment.scope ?? {};
        if (scope.container !== undefined && scope.database === undefined) {
            report(["access", "dataRoles", i, "scope"], "a container scope needs its database: { database: <db>, container: <container> }");
        } else if (scope.database !== undefined) {
            const containers = databases.get(scope.database);
            if (!containers) {
                report(["access", "dataRoles", i, "scope", "database"], `no database named ${describeValue(scope.database)}; declared: ${[...databases.keys()].join(", ") || "none"}`);
            } else if (scope.container !== undefined && !containers.has(scope.container)) {
                report(["access", "dataRoles", i, "scope", "container"], `no container ${describeValue(scope.container)} in database '${scope.database}'; declared: ${[...containers].join(", ") || "none"}`);
            }
        }
    });

    (access.controlRoles ?? []).forEach((assignment, i) => {
        principalRules(cfg, assignment.principal, ["access", "controlRoles", i, "principal"], report);
        if (!CONTROL_PLANE_ROLES[assignment.role]) {
            report(["access", "controlRoles", i, "role"], `unknown control-plane role ${describeValue(assignment.role)}; accepted: ${Object.keys(CONTROL_PLANE_ROLES).join(", ")}`);
        }
        if (assignment.principalType !== undefined && !GUID.test(assignment.principal)) {
            report(["access", "controlRoles", i, "principalType"], "principalType applies to object ids only; groups and identities declared here have known types");
        }
    });
}

function networkRules(cfg: StackConfig, report: Report): void {
    const network = cfg.network;
    if (!network) return;
    const publicAccess = network.publicNetworkAccess ?? "Disabled";
    (network.ipRules ?? []).forEach((rule, i) => {
        const reason = checkIpRule(rule);
        if (reason) {
            report(["network", "ipRules", i], `${reason}; got ${describeValue(rule)}`);
            return;
        }
        const { address, prefix } = parseCidr(rule);
        if (address === 0 && prefix === 32 && !network.allowAzureDatacenters) {
            report(["network", "ipRules", i], "'0.0.0.0' admits every Azure datacenter, including other tenants' workloads; set network.allowAzureDatacenters: true to accept that, or use private endpoints");
        } else if (prefix < BROAD_PREFIX && !network.allowBroadIpRanges) {
            report(["network", "ipRules", i], `${describeValue(rule)} admits ${2 ** (32 - prefix)} addresses (broader than /${BROAD_PREFIX}); list narrower ranges or set network.allowBroadIpRanges: true`);
        }
    });
    if (publicAccess === "Disabled") {
        if ((network.ipRules ?? []).length > 0) {
            report(["network", "ipRules"], "IP rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled");
        }
        if ((network.virtualNetworkRules ?? []).length > 0) {
            report(["network", "virtualNetworkRules"], "virtual network rules have no effect while publicNetworkAccess is Disabled; remove them or set publicNetworkAccess to Enabled");
        }
    } else if (!network.publicAccessReason) {
        if ((network.privateEndpoints ?? []).length > 0) {
            report(["network", "publicNetworkAccess"], "public access is Enabled next to private endpoints; set it to Disabled, or give network.publicAccessReason");
        } else if (isProduction(cfg)) {
            report(["network", "publicNetworkAccess"], "a production account keeps public network access Disabled; use private endpoints, or give network.publicAccessReason");
        }
    }
    (network.virtualNetworkRules ?? []).forEach((rule, i) => {
        if (!SUBNET_ID.test(rule.subnetId)) report(["network", "virtualNetworkRules", i, "subnetId"], `expected a subnet resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>); got ${describeValue(rule.subnetId)}`);
    });

    const vnet = network.virtualNetwork;
    const subnetNames = new Set((vnet?.subnets ?? []).map((s) => s.name));
    if (vnet) {
        const spaceProblem = checkIpRule(vnet.addressSpace);
        if (spaceProblem || !vnet.addressSpace.includes("/")) {
            report(["network", "virtualNetwork", "addressSpace"], `expected a CIDR range such as 10.20.0.0/16; got ${describeValue(vnet.addressSpace)}`);
        }
        vnet.subnets.forEach((s, i) => {
            if (checkIpRule(s.prefix) || !s.prefix.includes("/")) {
                report(["network", "virtualNetwork", "subnets", i, "prefix"], `expected a CIDR range such as 10.20.1.0/24; got ${describeValue(s.prefix)}`);
            } else if (!spaceProblem && !cidrContains(vnet.addressSpace, s.prefix)) {
                report(["network", "virtualNetwork", "subnets", i, "prefix"], `${s.prefix} is outside the address space ${vnet.addressSpace}`);
            }
        });
        duplicates(vnet.subnets.map((s) => s.name), (i) => ["network", "virtualNetwork", "subnets", i, "name"], "subnet", report);
    }
    duplicates((network.privateEndpoints ?? []).map((p) => p.name), (i) => ["network", "privateEndpoints", i, "name"], "private endpoint", report);
    (network.privateEndpoints ?? []).forEach((pe, i) => {
        if (!subnetNames.has(pe.subnet) && !SUBNET_ID.test(pe.subnet)) {
            report(
                ["network", "privateEndpoints", i, "subnet"],
                `expected a subnet of network.virtualNetwork (${[...subnetNames].join(", ") || "none declared"}) or a subnet resource id (/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>); got ${describeValue(pe.subnet)}`,
            );
        }
    });
}

function protectionRules(cfg: StackConfig, report: Report): void {
    const cmk = cfg.security?.customerManagedKey;
    if (cmk) {
        const declared = (cfg.access?.identities ?? []).map((i) => i.name);
        if (!declared.includes(cmk.identity)) {
            report(["security", "customerManagedKey", "identity"], `identity '${cmk.identity}' is not declared in access.identities; declared: ${declared.join(", ") || "none"}`);
        }
    }
}

export function securityRules(cfg: StackConfig, report: Report): void {
    accessRules(cfg, report);
    networkRules(cfg, report);
    protectionRules(cfg, report);
}
