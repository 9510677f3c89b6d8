/**
 * Monitoring config (`cosmos-platform:monitoring`): the Monitoring component's own shape
 * (components/monitoring/rules.ts), with a webhook URI that may be a secret config value.
 */
import { diagnosticsSchema, monitoringSettingsShape, webhookUri, workspaceId, workspaceSchema } from "../../components/monitoring/rules";
import { secretCapable } from "../../components/shared/secrets";

export const monitoringSchema = monitoringSettingsShape(
    secretCapable(webhookUri).describe(
        "May hold a secret: the URL often carries a token. Set it with `pulumi config set --secret --path 'cosmos-platform:monitoring.actionGroups[0].webhooks[0].uri' <url>`; it then reaches Azure, state and previews only as a secret.",
    ),
    workspaceSchema(workspaceId),
    diagnosticsSchema,
);
