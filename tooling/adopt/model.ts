/**
 * What conversion produces per account: the stack config of the account (in the single-account
 * form's keys), YAML comments, script files to write, and for every adopted resource the
 * azure-native inputs Azure's state corresponds to (the round trip compares the plan with them).
 */
import type { PathSegment } from "../../components/shared/errors";
import type { Gap } from "./errors";

/** An adopted resource and the inputs that correspond to what Azure stores for it. */
export interface Check {
    /** The ARM id (REST path form): the plan's `options.import` must be exactly this. */
    id: string;
    type: string;
    /** Documents it was read from. */
    sources: string[];
    expected: Record<string, unknown>;
    /**
     * Inputs the offline plan cannot know (the account's `id` output, which an endpoint's connection
     * and the diagnostic setting's `resourceUri` take): input path to the value they take at
     * deployment, the account's import id. The rows check that Azure holds exactly that.
     */
    atDeploy?: Record<string, string>;
}

export interface ScriptFile {
    /** Relative to the project directory, `/`-separated. */
    path: string;
    body: string;
}

export interface Comment {
    /** Path below the account's config keys (`["account", "backup"]`, `["databases", 0, "containers", 1]`). */
    path: PathSegment[];
    text: string;
}

export interface AccountDraft {
    name: string;
    subscriptionId: string;
    resourceGroup: string;
    /** The account's config in the single-account form's keys (`account`, `network`, `databases`, `throughput`, `access`, `tags`, ...). */
    config: Record<string, unknown>;
    comments: Comment[];
    scripts: ScriptFile[];
    checks: Check[];
    /** Tags of the account and of each database and container, for the stack-wide tag decision. */
    tagSets: Record<string, string>[];
    counts: { databases: number; containers: number; scripts: number; customRoles: number; dataRoles: number; controlRoles: number; privateEndpoints: number };
    /** The account's existing diagnostic setting and delete lock, by name, when adopted. */
    adopted?: { diagnosticSetting?: string; lock?: string; customerManagedKey?: boolean };
}

export interface Conversion {
    accounts: AccountDraft[];
    gaps: Gap[];
    /** Not modelled or ignored: listed in the summary. */
    notes: string[];
}
