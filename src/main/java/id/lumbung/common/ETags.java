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
        return version(ifMatch);
    }

    /**
     * The version an If-Match header that must be present asks for; null for '*', which says "whatever the
     * current version is" on purpose.
     *
     * @throws ApiProblem 428 when the header is absent, 400 when it is not an entity tag this API issued
     */
    public static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("Send If-Match with the ETag of the record you read (e.g. If-Match: "
                    + "\"3\"), so that a patch never undoes a change you have not seen; If-Match: * patches any version");
        }
        return ifMatch.strip().equals("*") ? null : version(ifMatch);
    }

    private static long version(String ifMatch) {
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
