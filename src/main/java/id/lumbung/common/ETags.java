package id.lumbung.common;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags are the optimistic-lock version of a record. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header asks for; null when the header is absent or '*'.
     *
     * @throws ApiProblem 400 when the header is not an entity tag this API issued
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }
}
