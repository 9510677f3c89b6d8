// Pre-trigger: stamps `updatedAt` (ISO 8601, UTC) on every create and replace.
// Clients must request it (request option `preTriggerInclude: ["stampUpdatedAt"]`).
function stampUpdatedAt() {
    var request = getContext().getRequest();
    var item = request.getBody();
    item.updatedAt = new Date().toISOString();
    request.setBody(item);
}
