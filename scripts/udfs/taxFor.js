// Query helper: SELECT udf.taxFor(c.price, c.taxRate) FROM c
// Rounds to cents so query results match the billing service.
function taxFor(price, taxRate) {
    if (typeof price !== "number" || typeof taxRate !== "number") return undefined;
    return Math.round(price * taxRate * 100) / 100;
}
