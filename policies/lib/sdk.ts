/**
 * Two run-time exports of @pulumi/policy whose declarations the package strips (they are marked
 * @internal, so its index.d.ts re-exports them untyped): typed here, in one place.
 */
import * as policySdk from "@pulumi/policy";

interface UnknownValueErrorClass {
    new (...args: never[]): Error & { props: string[] };
}

const sdk = policySdk as unknown as {
    UnknownValueError: UnknownValueErrorClass;
    unknownCheckingProxy: <T extends object>(props: T) => T;
};

/** Thrown by the proxy when a rule reads a value that is unknown during preview. */
export const UnknownValueError: UnknownValueErrorClass = sdk.UnknownValueError;
/** Wraps props so that reading an unknown value throws UnknownValueError, as in the engine. */
export const unknownCheckingProxy = sdk.unknownCheckingProxy;
