package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferencePartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*; q=.2|*/*;q=0.2",
        "*|*/*",
        "text/html;q=2|text/html;q=1",
        "text/html; Q = 0.25 |text/html;q=0.25",
        "text/html;q=0.0001|text/html;q=0.001",
        "text/html;q=0|text/html;q=0",
        "text/html;q=0.8;level=1|text/html;q=0.8;level=1",
        "text/html;q=1.|text/html;q=1",
        "text/html|text/html"})
    void aPartIsRepairedToTheGrammar(String part, String repaired) {
        assertEquals(repaired, PreferenceParts.repaired(part, true));
    }

    @Test
    void aLoneStarIsAMediaRangeOnlyInAccept() {
        assertEquals("*", PreferenceParts.repaired("*", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"text/html;q=abc", "text/html;q=", "text/html;q=-1", "text/html;q=1e-3",
        "text/html;q=0.1234567", "text/html;q=NaN"})
    void aQualityThatCannotBeReadLeavesThePartOut(String part) {
        assertNull(PreferenceParts.repaired(part, true));
    }

    @Test
    void aQualityWithAHugeExponentIsRefusedAtOnce() {
        // An exponent would make the repair compute 10^100000000: it is refused before any number is made.
        assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> assertNull(PreferenceParts.repaired("x/y;q=1e-100000000", true)));
    }

    @Test
    void theReadablePartsAreKeptInTheirOrder() {
        assertEquals("text/html, image/gif, image/jpeg, */*;q=0.2, */*;q=0.2",
                PreferenceParts.readable("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", true, part -> true));
        assertEquals("application/json", PreferenceParts.readable("text/html;q=abc, application/json", true, part -> true));
        assertEquals("", PreferenceParts.readable(" , ;q=x", true, part -> !part.startsWith(";")));
        assertEquals("en", PreferenceParts.readable("en, ;;q=x", false, part -> !part.startsWith(";")));
    }

    @Test
    void aCommaInsideAQuotedParameterDoesNotSplit() {
        assertEquals(List.of("text/html;p=\"a,b\"", " */*;q=.2"), PreferenceParts.split("text/html;p=\"a,b\", */*;q=.2"));
        assertEquals(List.of("a;p=\"x\\\",y\"", "b"), PreferenceParts.split("a;p=\"x\\\",y\",b"));
    }
}
