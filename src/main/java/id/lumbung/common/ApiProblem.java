package id.lumbung.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The domain exceptions of Lumbung. Each is an RFC 7807 problem (rendered as application/problem+json by
 * quarkus-resteasy-problem), so services state what went wrong and never build HTTP responses.
 */
public class ApiProblem extends HttpProblem {

    private static final String TYPE_BASE = "https://lumbung.id/problems/";

    protected ApiProblem(Builder builder) {
        super(builder);
    }

    /** The URI of one of Lumbung's problem types, {@code https://lumbung.id/problems/<name>}. */
    static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    private static Builder problem(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(type(type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }

    public static ApiProblem notFound(String what, String key) {
        return new ApiProblem(problem(404, "not-found", "Not Found", what + " '" + key + "' does not exist"));
    }

    /** 404 for a path no resource serves (the framework's own "not found", before any resource ran). */
    public static ApiProblem noResource() {
        return new ApiProblem(problem(404, "not-found", "Not Found", "No resource at this path"));
    }

    /** 405: the path exists, the method does not; with the Allow header when the allowed methods are known. */
    public static ApiProblem methodNotAllowed(String method, String allowed) {
        Builder builder = problem(405, "method-not-allowed", "Method Not Allowed",
                "Method " + method + " is not allowed here" + (allowed.isEmpty() ? "" : "; allowed: " + allowed));
        if (!allowed.isEmpty()) {
            builder.withHeader("Allow", allowed);
        }
        return new ApiProblem(builder);
    }

    /** 406: the resource cannot answer in any media type the Accept header names. */
    public static ApiProblem notAcceptable(String accept) {
        return new ApiProblem(problem(406, "not-acceptable", "Not Acceptable", "This resource cannot answer in the "
                + "media type the Accept header asks for ('" + accept + "'); ask for e.g. application/json or */*"));
    }

    /** 415: the request body's media type is not one this resource reads. */
    public static ApiProblem unsupportedMediaType(String contentType) {
        return new ApiProblem(problem(415, "unsupported-media-type", "Unsupported Media Type",
                "This resource does not read a body of type '" + contentType + "'"));
    }

    /** 413: a form with more fields than the server reads; nothing was done. */
    public static ApiProblem tooManyFields(int limit) {
        return new ApiProblem(problem(413, "too-many-fields", "Content Too Large",
                "The form has too many fields; the limit is " + limit + " fields. Nothing was saved"));
    }

    /** 400: a form body that cannot be read (a malformed percent escape, a broken multipart body); nothing was done. */
    public static ApiProblem invalidForm(String reason) {
        return new ApiProblem(problem(400, "invalid-form", "Bad Request", "The form's body cannot be read (" + reason
                + "); nothing was saved. Send it with the form on its page, or encode '%' as %25"));
    }

    /** 400: a form field whose bytes are not UTF-8 text; stored, they would be "�" for good. Nothing was done. */
    public static ApiProblem formNotUtf8(String field) {
        return new ApiProblem(problem(400, "form-not-utf8", "Bad Request", "The form's field '" + field + "' is not "
                + "valid UTF-8 text (or holds U+FFFD, the mark such bytes leave); nothing was saved. Send the form as "
                + "UTF-8, as its page does"));
    }

    /** 400: a page form without its valid CSRF token (expired, or never given); nothing was done. */
    public static ApiProblem formExpired() {
        return new ApiProblem(problem(400, "form-expired", "Bad Request", "The form has expired or lacks its CSRF "
                + "token; nothing was saved. Reload the form's page (or sign in again) and send it once more"));
    }

    /** 400: the URL's percent-encoding or characters are invalid, so it cannot be read at all. */
    public static ApiProblem invalidUrl(String reason) {
        return new ApiProblem(problem(400, "invalid-url", "Bad Request",
                "The URL's encoding is invalid (" + reason + "); escape '%' as %25 and other special characters as "
                        + "%XX with two hexadecimal digits"));
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(problem(400, "bad-request", "Bad Request", detail));
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(problem(400, "invalid-field", "Bad Request", field + ": " + message)
                .with("violations", List.of(new FieldViolation(field, message))));
    }

    public static ApiProblem invalidFields(List<FieldViolation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return new ApiProblem(problem(400, "invalid-field", "Bad Request", detail).with("violations", violations));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(problem(403, "forbidden", "Forbidden", detail));
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(problem(409, "conflict", "Conflict", detail));
    }

    public static ApiProblem conflict(String detail, Map<String, Object> extra) {
        Builder builder = problem(409, "conflict", "Conflict", detail);
        extra.forEach(builder::with);
        return new ApiProblem(builder);
    }

    /** 409 listing existing entries a new one may duplicate; the client confirms by sending it again with a flag. */
    public static ApiProblem possibleDuplicate(String detail, Object candidates) {
        return new ApiProblem(problem(409, "possible-duplicate", "Conflict", detail).with("candidates", candidates));
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(problem(412, "stale-version", "Precondition Failed", detail));
    }

    /** 428: the operation changes a record only against the version the client read (If-Match). */
    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(problem(428, "precondition-required", "Precondition Required", detail));
    }

    public static ApiProblem unprocessable(String detail, List<LineError> errors) {
        return new ApiProblem(problem(422, "invalid-import", "Unprocessable Content", detail).with("errors", errors));
    }

    /** 401 with the Basic challenge: credentials that are missing where needed, or were sent and not accepted. */
    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(problem(401, "unauthorized", "Unauthorized", detail)
                .withHeader("WWW-Authenticate", "Basic realm=\"Lumbung\", charset=\"UTF-8\""));
    }

    /** 429: too many failed sign-ins for one user name. */
    public static ApiProblem loginLocked(long retryAfterSeconds) {
        return new ApiProblem(problem(429, "login-locked", "Too Many Requests", "Too many failed sign-ins for this "
                + "user name; try again in " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds"))
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 429 with Retry-After: the client's request budget is spent for now. */
    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(problem(429, "rate-limited", "Too Many Requests", detail)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 500: something failed that the client could not have caused; the details are in the log only. */
    public static ApiProblem internalError() {
        return new ApiProblem(problem(500, "internal-error", "Internal Server Error",
                "Something went wrong on our side; it has been logged"));
    }

    /** 503 with Retry-After: PostgreSQL cannot be reached; nothing was read or written. */
    public static ApiProblem databaseUnavailable(long retryAfterSeconds) {
        return new ApiProblem(problem(503, "database-unavailable", "Service Unavailable", "The database cannot be "
                + "reached at the moment; nothing was written. Searching still works; try this again in a moment")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /**
     * 503 with Retry-After: this node's search index cannot answer yet (it is being built, or behind); a moment later,
     * or another node, can.
     */
    public static ApiProblem searchUnavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(problem(503, "search-unavailable", "Service Unavailable", detail)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** The invalid fields this problem names (empty for problems about the request as a whole). */
    @SuppressWarnings("unchecked")
    public List<FieldViolation> violations() {
        return getParameters().get("violations") instanceof List<?> list ? (List<FieldViolation>) list : List.of();
    }

    /** One invalid field of a request body. */
    public record FieldViolation(String field, String message) {
    }

    /** One invalid field of one line of an import file; {@code line} counts from 1. */
    public record LineError(int line, String field, String message) {
    }
}
