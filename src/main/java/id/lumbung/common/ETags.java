package id.lumbung.common;

import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags. A record's tag is its optimistic-lock version ({@code "3"}); a GET answer's tag adds a fingerprint of
 * the answer's bytes ({@code "3-…"}, or the fingerprint alone where there is no version), because what a GET answers
 * also changes without a new version (the region's name, the entry becoming stale).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 96 bits of the SHA-256 of an answer's bytes, URL-safe: as unlikely to collide as a validator needs. */
    public static String fingerprint(byte[] answer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(answer);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether an If-None-Match header names this tag (weak comparison, RFC 9110 13.1.2; {@code *} names any). */
    public static boolean listedIn(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String listed : ifNoneMatch.split(",")) {
            String candidate = listed.strip();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
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
        int fingerprint = tag.indexOf('-');
        try {
            return Long.parseLong(fingerprint < 0 ? tag : tag.substring(0, fingerprint));
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }
}
