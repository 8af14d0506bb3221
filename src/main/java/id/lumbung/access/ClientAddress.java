package id.lumbung.access;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a request comes from, for rate limits, and whether it came over HTTPS, for the session cookie. Forwarding
 * headers ({@code Forwarded}, else {@code X-Forwarded-For} and {@code X-Forwarded-Proto}) are believed only when the
 * connection comes from a trusted proxy ({@code quarkus.http.proxy.trusted-proxies}); the client is then the right-most
 * hop that is not itself a trusted proxy, because a proxy appends the address it saw to whatever the client sent
 * ("forged, real"). The connection's own peer is read, never an address Quarkus may already have replaced.
 */
@ApplicationScoped
public class ClientAddress {

    private final TrustedProxies trusted;

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trusted = trustedProxies.map(TrustedProxies::of).orElse(TrustedProxies.none());
    }

    /** The client's IP address as text. */
    public String of(HttpServerRequest request) {
        String peer = peer(request);
        if (!trusted.trusts(peer)) {
            return peer;
        }
        return client(peer, hops(request), trusted);
    }

    /** Whether the client reached us over TLS: this connection, or the trusted proxy's connection from the client. */
    public boolean isHttps(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        if (!trusted.trusts(peer(request))) {
            return false;
        }
        String forwarded = request.getHeader("Forwarded");
        String proto = forwarded != null ? lastParameter(forwarded, "proto") : last(request.getHeader("X-Forwarded-Proto"));
        return "https".equalsIgnoreCase(proto);
    }

    /**
     * The client among the hops (left to right, as the headers list them) of a request whose peer is trusted: the
     * right-most hop that is not a trusted proxy. A hop that is not an IP address ("unknown", junk) ends the walk at
     * the last trusted proxy, since only a proxy that failed to append could have let it through.
     */
    static String client(String peer, List<String> hops, TrustedProxies trusted) {
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = TrustedProxies.canonical(hops.get(i));
            if (hop == null) {
                return nearest;
            }
            if (!trusted.trusts(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    /** The forwarded-for hops of the request, left to right: from {@code Forwarded} when present, else X-Forwarded-For. */
    static List<String> hops(HttpServerRequest request) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = request.headers().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    String value = parameter(element, "for");
                    hops.add(value == null ? "" : value);
                }
            }
            return hops;
        }
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String value : header.split(",")) {
                hops.add(value.strip());
            }
        }
        return hops;
    }

    private static String peer(HttpServerRequest request) {
        SocketAddress address = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        String host = address == null ? null : address.hostAddress();
        String canonical = TrustedProxies.canonical(host);
        return canonical != null ? canonical : String.valueOf(host);
    }

    private static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return pair.substring(equals + 1).strip().replace("\"", "");
            }
        }
        return null;
    }

    private static String lastParameter(String header, String name) {
        String[] elements = header.split(",");
        return parameter(elements[elements.length - 1], name);
    }

    private static String last(String header) {
        if (header == null) {
            return null;
        }
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }
}
