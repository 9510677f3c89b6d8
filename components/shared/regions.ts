/**
 * Azure public-cloud regions: programmatic name, display name, geography, whether the region has
 * availability zones, and its paired region. Data only, plus pure look-ups; no imports, because the
 * policy pack (policies/) reads it too.
 *
 * Source, as published on 2025-09-23 (the page's ms.date), read 2026-11:
 * - Microsoft, "Azure regions list":
 *   https://learn.microsoft.com/azure/reliability/regions-list
 *   (MicrosoftDocs/reliability-docs, articles/reliability/regions-list.md). One row per region
 *   below, in the page's order; `zones` is the page's "Availability zone support" column, `pair`
 *   its "Paired region" column (undefined where it says N/A), `access` its restricted and
 *   coming-soon marks.
 * - Sweden South is not a row of that list; it appears only as Sweden Central's (restricted)
 *   pair. It is listed here so a stack may name it, without zones: it is not among the regions
 *   with availability zones in https://learn.microsoft.com/azure/reliability/availability-zones-service-support.
 * - Pairs, including the asymmetric ones (Brazil South -> South Central US, West India ->
 *   South India, West US 3 -> East US): https://learn.microsoft.com/azure/reliability/regions-paired
 *
 * Cosmos DB: its reliability guide (https://learn.microsoft.com/azure/reliability/reliability-cosmos-db,
 * "Requirements", 2026-04-09) allows zone redundancy in every region that has availability zones,
 * per the list above, set per region and only when the region is added to the account. It keeps
 * no list of its own. Two caveats the list cannot show: a zone region may be capacity-constrained
 * for zone-redundant Cosmos DB accounts (Azure then answers "high demand ... for the zonal
 * redundant (Availability Zones) accounts" and asks for a region access request,
 * https://aka.ms/cosmosdbquota), and serverless accounts choose zones only at creation.
 *
 * Sovereign clouds (Azure Government, Azure operated by 21Vianet) and early-access (EUAP)
 * regions are not in this catalogue. A region Microsoft adds after the date above is refused
 * until it is added here: add its row from the list and update the date.
 */

/** When the catalogue was published by Microsoft (the regions list's ms.date). */
export const REGION_CATALOGUE_DATE = "2025-09-23";

/** Where the catalogue comes from, for messages and docs. */
export const REGION_CATALOGUE_SOURCE = "https://learn.microsoft.com/azure/reliability/regions-list";

export interface AzureRegion {
    /** Programmatic name, as ARM and the CLI use it: `westeurope`. */
    readonly name: string;
    /** Display name: `West Europe`. */
    readonly displayName: string;
    /** Geography (data residency boundary): `Europe`, `United States`, ... */
    readonly geography: string;
    /** The region has availability zones, so zone-redundant Cosmos DB replicas are possible there. */
    readonly zones: boolean;
    /** Paired region's programmatic name; undefined for regions without a pair. */
    readonly pair?: string;
    /** `restricted`: needs an access request; `coming-soon`: announced, not yet open. */
    readonly access: "open" | "restricted" | "coming-soon";
}

type Row = [name: string, displayName: string, geography: string, zones: boolean, pair: string | undefined, access?: AzureRegion["access"]];

const ROWS: readonly Row[] = [
    ["australiacentral", "Australia Central", "Australia", false, "australiacentral2"],
    ["australiacentral2", "Australia Central 2", "Australia", false, "australiacentral", "restricted"],
    ["australiaeast", "Australia East", "Australia", true, "australiasoutheast"],
    ["australiasoutheast", "Australia Southeast", "Australia", false, "australiaeast"],
    ["austriaeast", "Austria East", "Austria", true, undefined],
    ["belgiumcentral", "Belgium Central", "Belgium", true, undefined],
    ["brazilsouth", "Brazil South", "Brazil", true, "southcentralus"],
    ["brazilsoutheast", "Brazil Southeast", "Brazil", false, "brazilsouth", "restricted"],
    ["canadacentral", "Canada Central", "Canada", true, "canadaeast"],
    ["canadaeast", "Canada East", "Canada", false, "canadacentral"],
    ["centralindia", "Central India", "India", true, "southindia"],
    ["centralus", "Central US", "United States", true, "eastus2"],
    ["chilecentral", "Chile Central", "Chile", true, undefined],
    ["denmarkeast", "Denmark East", "Denmark", true, undefined, "coming-soon"],
    ["eastasia", "East Asia", "Asia Pacific", true, "southeastasia"],
    ["eastus", "East US", "United States", true, "westus"],
    ["eastus2", "East US 2", "United States", true, "centralus"],
    ["francecentral", "France Central", "France", true, "francesouth"],
    ["francesouth", "France South", "France", false, "francecentral", "restricted"],
    ["germanynorth", "Germany North", "Germany", false, "germanywestcentral", "restricted"],
    ["germanywestcentral", "Germany West Central", "Germany", true, "germanynorth"],
    ["indonesiacentral", "Indonesia Central", "Indonesia", true, undefined],
    ["israelcentral", "Israel Central", "Israel", true, undefined],
    ["italynorth", "Italy North", "Italy", true, undefined],
    ["japaneast", "Japan East", "Japan", true, "japanwest"],
    ["japanwest", "Japan West", "Japan", true, "japaneast"],
    ["koreacentral", "Korea Central", "Korea", true, "koreasouth"],
    ["koreasouth", "Korea South", "Korea", false, "koreacentral"],
    ["malaysiawest", "Malaysia West", "Malaysia", true, undefined],
    ["mexicocentral", "Mexico Central", "Mexico", true, undefined],
    ["newzealandnorth", "New Zealand North", "New Zealand", true, undefined],
    ["northcentralus", "North Central US", "United States", false, "southcentralus"],
    ["northeurope", "North Europe", "Europe", true, "westeurope"],
    ["norwayeast", "Norway East", "Norway", true, "norwaywest"],
    ["norwaywest", "Norway West", "Norway", false, "norwayeast", "restricted"],
    ["polandcentral", "Poland Central", "Poland", true, undefined],
    ["qatarcentral", "Qatar Central", "Qatar", true, undefined],
    ["southafricanorth", "South Africa North", "South Africa", true, "southafricawest"],
    ["southafricawest", "South Africa West", "South Africa", false, "southafricanorth", "restricted"],
    ["southcentralus", "South Central US", "United States", true, "northcentralus"],
    ["southindia", "South India", "India", false, "centralindia"],
    ["southeastasia", "Southeast Asia", "Asia Pacific", true, "eastasia"],
    ["spaincentral", "Spain Central", "Spain", true, undefined],
    ["swedencentral", "Sweden Central", "Sweden", true, "swedensouth"],
    ["swedensouth", "Sweden South", "Sweden", false, "swedencentral", "restricted"],
    ["switzerlandnorth", "Switzerland North", "Switzerland", true, "switzerlandwest"],
    ["switzerlandwest", "Switzerland West", "Switzerland", false, "switzerlandnorth", "restricted"],
    ["uaecentral", "UAE Central", "UAE", false, "uaenorth", "restricted"],
    ["uaenorth", "UAE North", "UAE", true, "uaecentral"],
    ["uksouth", "UK South", "United Kingdom", true, "ukwest"],
    ["ukwest", "UK West", "United Kingdom", false, "uksouth"],
    ["westcentralus", "West Central US", "United States", false, "westus2"],
    ["westeurope", "West Europe", "Europe", true, "northeurope"],
    ["westindia", "West India", "India", false, "southindia"],
    ["westus", "West US", "United States", false, "eastus"],
    ["westus2", "West US 2", "United States", true, "westcentralus"],
    ["westus3", "West US 3", "United States", true, "eastus"],
];

/** Every catalogued region, in the source's order. */
export const REGIONS: readonly AzureRegion[] = ROWS.map(([name, displayName, geography, zones, pair, access]) => ({
    name,
    displayName,
    geography,
    zones,
    ...(pair ? { pair } : {}),
    access: access ?? "open",
}));

const BY_NAME = new Map(REGIONS.map((r) => [r.name, r]));

/** ARM treats `West Europe`, `westeurope` and `WestEurope` as one location. */
export function normaliseRegionName(name: string): string {
    return name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}

/** The catalogued region a name (programmatic or display) refers to, or undefined. */
export function findRegion(name: string): AzureRegion | undefined {
    return BY_NAME.get(normaliseRegionName(name));
}

/** True/false from the catalogue; undefined when the region is not catalogued. */
export function regionHasZones(name: string): boolean | undefined {
    return findRegion(name)?.zones;
}

/** Edit distance counting an adjacent transposition as one edit (`euorpe` -> `europe`). */
export function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

/**
 * Catalogued names closest to a name that is not one (at most `max`, closest first, ties in
 * catalogue order). A name that only differs in case, spaces or punctuation (`West Europe`) gets
 * exactly its region. Nothing further than a third of the name's length is suggested.
 */
export function suggestRegions(name: string, max = 3): string[] {
    const wanted = normaliseRegionName(name);
    if (wanted === "") return [];
    const exact = BY_NAME.get(wanted);
    if (exact) return [exact.name];
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return REGIONS.map((r) => ({ name: r.name, distance: editDistance(wanted, r.name) }))
        .filter((c) => c.distance <= limit)
        .sort((x, y) => x.distance - y.distance)
        .slice(0, max)
        .map((c) => c.name);
}

/** Catalogued regions with availability zones in a geography, for "try one of these" messages. */
export function zoneRegionsIn(geography: string): string[] {
    return REGIONS.filter((r) => r.geography === geography && r.zones && r.access === "open").map((r) => r.name);
}
