/**
 * Azure ids and deterministic names that several components share: GUID and subnet id forms, and
 * the UUIDv5 names of role assignments, definitions and workbooks.
 */
import { createHash } from "crypto";

/** Namespace of cosmos-platform's UUIDv5 names (itself a random v4 UUID, fixed forever). */
export const NAME_NAMESPACE = "7c4a3b2e-5d1f-4e8a-9b6c-2f0e1d3a4b5c";

/** RFC 4122 version-5 UUID (SHA-1, namespaced). Same input, same GUID; any change, another GUID. */
export function uuidv5(name: string, namespace: string = NAME_NAMESPACE): string {
    const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
    if (ns.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
    const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
    const bytes = Buffer.from(hash.subarray(0, 16));
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** An Azure subnet resource id. */
export const SUBNET_ID = /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i;

/** The virtual network id that contains a subnet id. */
export function vnetIdOfSubnet(subnetId: string): string {
    return subnetId.replace(/\/subnets\/[^/]+$/i, "");
}
