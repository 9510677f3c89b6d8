/**
 * Deletion protection for resources that hold data (account, databases, containers, and the
 * resource group that contains them). In production they are `protect`ed, so the engine refuses
 * any delete or replace until someone unprotects them on purpose, and `retainOnDelete`, so even
 * a deliberate removal from the program leaves the Azure resource in place.
 */
import * as pulumi from "@pulumi/pulumi";

export function dataProtection(production: boolean): Pick<pulumi.CustomResourceOptions, "protect" | "retainOnDelete"> {
    return production ? { protect: true, retainOnDelete: true } : { protect: false, retainOnDelete: false };
}
