/**
 * Pulumi logical names and Azure paths, derived in one place.
 *
 * Logical names are derived from the Azure names and never from list positions, so reordering
 * config never renames a resource. Changing a derivation here renames every resource of that
 * kind: for data-bearing resources that is a delete and a create. Don't, without aliases.
 */

/** Database: `<database>`. */
export function databaseResourceName(database: string): string {
    return database;
}

/** Container: `<database>/<container>`. */
export function containerResourceName(database: string, container: string): string {
    return `${database}/${container}`;
}

/** Stored procedure, trigger or UDF: `<database>/<container>/<script>` (the type keeps kinds apart). */
export function scriptResourceName(database: string, container: string, script: string): string {
    return `${database}/${container}/${script}`;
}

/** The path Cosmos DB expects for a custom conflict-resolution procedure. */
export function conflictProcedurePath(database: string, container: string, procedure: string): string {
    return `dbs/${database}/colls/${container}/sprocs/${procedure}`;
}
