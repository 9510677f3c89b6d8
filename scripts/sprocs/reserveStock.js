// Reserves `quantity` units of one SKU atomically: reads the stock item, checks availability,
// and replaces it with an ETag condition so a concurrent reservation cannot oversell.
// Runs inside one logical partition (the SKU), so the read and the write are one transaction.
function reserveStock(sku, quantity, orderId) {
    var context = getContext();
    var container = context.getCollection();
    var response = context.getResponse();

    if (!sku || typeof quantity !== "number" || quantity <= 0) {
        throw new Error("reserveStock(sku, quantity > 0, orderId) was called with bad arguments");
    }

    var accepted = container.queryDocuments(
        container.getSelfLink(),
        { query: "SELECT * FROM c WHERE c.sku = @sku", parameters: [{ name: "@sku", value: sku }] },
        function (err, items) {
            if (err) throw err;
            if (!items || items.length === 0) throw new Error("unknown SKU " + sku);
            var item = items[0];
            if (item.available < quantity) {
                response.setBody({ reserved: false, available: item.available });
                return;
            }
            item.available -= quantity;
            item.reservations = (item.reservations || []).concat([{ orderId: orderId, quantity: quantity }]);
            var ok = container.replaceDocument(item._self, item, { etag: item._etag }, function (replaceErr) {
                if (replaceErr) throw replaceErr;
                response.setBody({ reserved: true, available: item.available });
            });
            if (!ok) throw new Error("reserveStock ran out of time; retry");
        }
    );
    if (!accepted) throw new Error("reserveStock ran out of time; retry");
}
