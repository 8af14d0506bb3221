package id.lumbung.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.access.ApiClient;
import id.lumbung.access.StaffSessions;
import id.lumbung.common.CacheHints;
import id.lumbung.common.ETags;
import id.lumbung.common.Routes;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the API's answers, decided in one place. What an anonymous caller reads is public by construction
 * (published entries, public fields), so a GET answered to one may be kept by shared caches (a CDN, the operator's
 * proxy): {@code Cache-Control: public, max-age} and no cookie. Answers to an API key may be kept by its client only
 * ({@code private}), staff answers are revalidated every time ({@code private, no-cache}). Every JSON answer to a GET
 * carries an ETag, and an If-None-Match naming it gets 304 without a body. Errors and partial answers are stored
 * nowhere. A resource that sets Cache-Control itself keeps it.
 */
@ApplicationScoped
public class ApiCaching {

    /** What an API answer depends on besides its URL: the format asked for, CORS, and who asks. */
    static final String VARY = "Accept, Origin, Authorization, X-API-Key, Cookie";

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    HttpCacheConfig config;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            RoutingContext http) throws IOException {
        boolean api = resource != null && Routes.isApi(resource.getResourceClass());
        if (api) {
            // quarkus-rest-csrf gives every GET its form token's cookie: its create-token-path takes exact paths only,
            // and the pages' forms have variable ones. No API answer carries a form, so none carries the cookie (it is
            // set after the response filters, hence at the end of the headers).
            http.addHeadersEndHandler(ignored -> http.response().removeCookie(csrfCookie, false));
        }
        if (response.getHeaderString(HttpHeaders.CACHE_CONTROL) != null) {
            return;
        }
        if (response.getStatus() >= 400) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        String method = request.getMethod();
        if (!api || response.getStatus() != 200 || !(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof CacheHints hints && hints.partial()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(http));
        vary(http);
        tag(request, response, entity, typeOf(response, resource));
    }

    /** One Vary header: ours, with what was there (CORS's Origin, set before the resource ran). */
    private static void vary(RoutingContext http) {
        Set<String> names = new LinkedHashSet<>(List.of(VARY.split(", ")));
        for (String value : http.response().headers().getAll(HttpHeaders.VARY)) {
            for (String name : value.split(",")) {
                names.add(name.strip());
            }
        }
        http.response().headers().set(HttpHeaders.VARY, String.join(", ", names));
    }

    private String cacheControl(RoutingContext http) {
        long maxAge = config.maxAge().toSeconds();
        if (identity.isAnonymous() && http.request().getCookie(StaffSessions.COOKIE) == null) {
            return "public, max-age=" + maxAge;
        }
        // An anonymous caller with a session cookie presented an ended session: its answer clears the cookie.
        return ApiClient.of(identity) != null ? "private, max-age=" + maxAge : "private, no-cache";
    }

    /** The ETag (after the record's version where the resource gave one), and 304 when the client has this answer. */
    private void tag(ContainerRequestContext request, ContainerResponseContext response, Object entity, MediaType type)
            throws IOException {
        byte[] body = bytes(entity, type);
        if (body == null) {
            return; // a stream (an export): fingerprinting it would mean producing it twice
        }
        Object timeless = entity instanceof CacheHints hints ? hints.timeless() : entity;
        String fingerprint = ETags.fingerprint(timeless == entity ? body : json.writeValueAsBytes(timeless));
        EntityTag version = response.getEntityTag();
        // Weak when the fingerprint leaves out the timing: the same meaning, not the same bytes.
        EntityTag tag = new EntityTag(version == null ? fingerprint : version.getValue() + "-" + fingerprint,
                timeless != entity);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (ETags.listedIn(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            // Written as these bytes, so the answer is serialised once.
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** The answer's type; a Response built without one is written as its method's (or class's) only @Produces. */
    private static MediaType typeOf(ContainerResponseContext response, ResourceInfo resource) {
        if (response.getMediaType() != null) {
            return response.getMediaType();
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length == 1 ? MediaType.valueOf(produces.value()[0]) : null;
    }

    private byte[] bytes(Object entity, MediaType type) throws IOException {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        boolean isJson = type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        return entity == null || !isJson ? null : json.writeValueAsBytes(entity);
    }
}
