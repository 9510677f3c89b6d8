/**
 * The floor: the same Azure resources as `index.ts` registers (same types, logical names, inputs,
 * options and dependencies) but declared flat, with no ComponentResources and no config
 * validation at run time.
 *
 * The data model, which is what grows with the number of containers, is written out here with
 * the components' own pure input builders and real Output plumbing (account name, group name,
 * database name flow as Outputs, as in a hand-written program). The config is parsed once before
 * timing. The rest of the estate is replayed from the platform's registrations (replay.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as resources from "@pulumi/azure-native/resources";
import { accountTimeouts, databaseAccountArgs } from "../../components/account/component";
import { resolveAccountNetwork } from "../../components/account/defaults";
import { estateArgs, sqlContainerArgs } from "../../stack/args";
import { PlatformConfig } from "../../stack/config";
import { containerResourceName, databaseResourceName, scriptResourceName } from "../../components/shared/naming";
import { dataProtection } from "../../components/shared/protection";
import { CONTAINER_REPLACE_ON_CHANGES, containerResource, RESTORE_IGNORE_CHANGES, throughputOptions } from "../../components/sql/component";
import { TYPES } from "../model/types";
import { RecordedResource, replay, resourceKey, splitAroundDataModel } from "./replay";

function flatAccountArgs(config: PlatformConfig, resourceGroupName: pulumi.Input<string>, keyIdentityId?: pulumi.Input<string>): cosmosdb.DatabaseAccountArgs {
    const a = estateArgs(config, resourceGroupName);
    const cmk =
        a.customerManagedKey && keyIdentityId !== undefined ? { keyVaultKeyUri: a.customerManagedKey.keyVaultKeyUri, identityId: keyIdentityId } : undefined;
    return databaseAccountArgs({
        account: config.account,
        network: resolveAccountNetwork(a.network),
        resourceGroupName,
        customerManagedKey: cmk,
        restore: a.restore,
        tags: a.tags,
    });
}

/** A program for `SynthOptions.program`; it returns index.ts's data-model stack outputs. */
export function bareProgram(config: PlatformConfig, recording: RecordedResource[]): () => Record<string, unknown> {
    const { before, after } = splitAroundDataModel(recording);
    return () => {
        const registry = new Map<string, pulumi.CustomResource>();
        const track = <R extends pulumi.CustomResource>(type: string, name: string, r: R): R => {
            registry.set(resourceKey(type, name), r);
            return r;
        };
        const protection = dataProtection(config.production);
        const rg = config.resourceGroup;
        const resourceGroupName = rg.create
            ? track(
                  TYPES.resourceGroup,
                  rg.name,
                  new resources.ResourceGroup(rg.name, { resourceGroupName: rg.name, location: rg.location, tags: config.tags }, protection),
              ).name
            : pulumi.output(rg.name);

        // What the account itself depends on (a customer-managed key's identity) comes first.
        replay(before, registry);
        const cmk = config.security.customerManagedKey;
        const keyIdentityId = cmk ? registry.get(resourceKey(TYPES.identity, cmk.identity))?.id : undefined;
        const account = track(
            TYPES.account,
            config.account.name,
            new cosmosdb.DatabaseAccount(config.account.name, flatAccountArgs(config, resourceGroupName, keyIdentityId), {
                ...protection,
                customTimeouts: accountTimeouts(config.account.regions.length),
            }),
        );
        const accountName = account.name;

        const databaseIds: Record<string, pulumi.Output<string>> = {};
        const containerIds: Record<string, pulumi.Output<string>> = {};
        for (const db of config.databases) {
            const database = track(
                TYPES.database,
                databaseResourceName(db.name),
                new cosmosdb.SqlResourceSqlDatabase(
                    databaseResourceName(db.name),
                    {
                        accountName,
                        resourceGroupName,
                        databaseName: db.name,
                        resource: { id: db.name },
                        options: throughputOptions(db.throughput),
                        tags: config.tags,
                    },
                    { ...protection, deleteBeforeReplace: true, ignoreChanges: RESTORE_IGNORE_CHANGES },
                ),
            );
            databaseIds[db.name] = database.id;

            for (const c of db.containers) {
                const key = containerResourceName(db.name, c.name);
                const container = track(
                    TYPES.container,
                    key,
                    new cosmosdb.SqlResourceSqlContainer(
                        key,
                        {
                            accountName,
                            resourceGroupName,
                            databaseName: database.name,
                            containerName: c.name,
                            resource: containerResource(db.name, sqlContainerArgs(c)),
                            options: throughputOptions(c.throughput),
                            tags: config.tags,
                        },
                        { ...protection, deleteBeforeReplace: true, replaceOnChanges: CONTAINER_REPLACE_ON_CHANGES, ignoreChanges: RESTORE_IGNORE_CHANGES },
                    ),
                );
                containerIds[key] = container.id;

                const common = { accountName, resourceGroupName, databaseName: db.name, containerName: container.name };
                for (const s of c.storedProcedures) {
                    const name = scriptResourceName(db.name, c.name, s.name);
                    track(
                        TYPES.storedProcedure,
                        name,
                        new cosmosdb.SqlResourceSqlStoredProcedure(name, { ...common, storedProcedureName: s.name, resource: { id: s.name, body: s.body } }),
                    );
                }
                for (const t of c.triggers) {
                    const name = scriptResourceName(db.name, c.name, t.name);
                    const resource = { id: t.name, body: t.body, triggerType: t.type, triggerOperation: t.operation };
                    track(TYPES.trigger, name, new cosmosdb.SqlResourceSqlTrigger(name, { ...common, triggerName: t.name, resource }));
                }
                for (const u of c.userDefinedFunctions) {
                    const name = scriptResourceName(db.name, c.name, u.name);
                    const resource = { id: u.name, body: u.body };
                    track(
                        TYPES.userDefinedFunction,
                        name,
                        new cosmosdb.SqlResourceSqlUserDefinedFunction(name, { ...common, userDefinedFunctionName: u.name, resource }),
                    );
                }
            }
        }

        replay(after, registry);

        // index.ts's data-model outputs, so output registration is part of both measurements.
        return {
            resourceGroupName,
            accountId: account.id,
            accountName,
            endpoint: account.documentEndpoint,
            regions: config.account.regions.map((r) => ({ name: r.name, failoverPriority: r.failoverPriority, zoneRedundant: r.zoneRedundant })),
            databaseIds,
            containerIds,
            production: pulumi.output(config.production),
        };
    };
}
