package id.lumbung.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hop of a forwarding chain is the client, given the trusted proxies. */
class ClientAddressTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", "192.168.10.0/24", "fd00::/8"));

    @Test
    void rangesAndSingleAddressesAreTrustedAndNothingElse() {
        assertTrue(proxies.trusts("10.0.0.5"));
        assertTrue(proxies.trusts("192.168.10.77"));
        assertTrue(proxies.trusts("[fd12::1]:443"));
        assertFalse(proxies.trusts("10.0.0.6"));
        assertFalse(proxies.trusts("192.168.11.1"));
        assertFalse(proxies.trusts("localhost"), "names in headers are never looked up");
        assertFalse(TrustedProxies.none().trusts("127.0.0.1"));
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        // An appending proxy sends what the client claimed, then what it saw: "forged, real".
        assertEquals("203.0.113.7", ClientAddress.client("10.0.0.5", List.of("198.51.100.99", "203.0.113.7"), proxies));
        // Two proxies in a row: skip both.
        assertEquals("203.0.113.7", ClientAddress.client("10.0.0.5",
                List.of("1.2.3.4", "203.0.113.7", "192.168.10.3"), proxies));
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.client("10.0.0.5", List.of("[2001:db8::1]:5000"), proxies));
        assertEquals("203.0.113.8", ClientAddress.client("10.0.0.5", List.of("203.0.113.8:41000"), proxies));
    }

    @Test
    void junkOrMissingHopsFallBackToTheNearestProxy() {
        assertEquals("10.0.0.5", ClientAddress.client("10.0.0.5", List.of(), proxies));
        assertEquals("10.0.0.5", ClientAddress.client("10.0.0.5", List.of("1.2.3.4", "unknown"), proxies));
        assertEquals("192.168.10.3", ClientAddress.client("10.0.0.5", List.of("_hidden", "192.168.10.3"), proxies));
    }

    @Test
    void aMalformedTrustedProxyEntryStopsTheStart() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.of(List.of("10.0.0.0/abc")));
    }
}
