package id.lumbung.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses whose forwarding headers are believed ({@code quarkus.http.proxy.trusted-proxies}): IP addresses,
 * CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) or host names, resolved once at start. A port after an address is
 * ignored. Pure: parses and matches, nothing else.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefixBits;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    public static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String host = withoutPort(slash < 0 ? entry : entry.substring(0, slash));
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    byte[] bytes = address.getAddress();
                    int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(entry.substring(slash + 1));
                    ranges.add(new Range(bytes, Math.max(0, Math.min(bits, bytes.length * 8))));
                }
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: cannot read '" + raw + "'", e);
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this text is an IP address (never a name to look up) of a trusted proxy. */
    public boolean trusts(String address) {
        byte[] bytes = parseAddress(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The bytes of an IP address literal (IPv4, IPv6 in brackets or not, a port after it ignored); null for anything
     * else, without a DNS look-up.
     */
    static byte[] parseAddress(String text) {
        if (text == null) {
            return null;
        }
        String value = withoutPort(text.strip().replace("\"", ""));
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.indexOf(':') >= 0 && value.matches("[0-9a-fA-F:.%]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address as a canonical text (IPv6 in its long form), or null when it is not an IP address. */
    static String canonical(String text) {
        byte[] bytes = parseAddress(text);
        try {
            return bytes == null ? null : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String withoutPort(String value) {
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? value : value.substring(1, close);
        }
        int colon = value.indexOf(':');
        // One colon: host:port. More: an IPv6 address without brackets, which has no port.
        return colon >= 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
    }
}
