package dev.zohodelink.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One element of a multi-record answer's {@code data[]}: {@code code}, {@code details}, {@code message}, {@code status},
 * and the element as Zoho sent it.
 */
public record ItemResult(String code, JsonNode details, String message, String status, JsonNode node) {

    /** {@code details.id}, or null when absent. */
    public String detailsId() {
        JsonNode id = details == null ? null : details.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }
}
