package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file of junk stays cheap to refuse: reading stops after the first hundred problems; over-long lines are not held. */
class NdjsonLinesTest {

    /** {@code lines} lines of junk, generated as they are read (never held as a whole). */
    private static final class JunkLines extends InputStream {
        private final byte[] line = "{\"slug\": broken\n".getBytes(StandardCharsets.UTF_8);
        private final long total;
        long served;

        JunkLines(int lines) {
            this.total = (long) lines * line.length;
        }

        @Override
        public int read() {
            return served >= total ? -1 : line[(int) (served++ % line.length)];
        }
    }

    @Test
    void readingStopsAfterTheFirstHundredProblems() {
        JunkLines junk = new JunkLines(2_000_000);
        NdjsonLines.Reading<Map> reading = NdjsonLines.read(junk, new ObjectMapper(), Map.class, (n, v, e) -> { });
        assertEquals(NdjsonLines.MAX_ERRORS, reading.errors().size());
        assertEquals(NdjsonLines.MAX_ERRORS + 1, reading.stoppedAt());
        assertTrue(junk.served < 100_000, "read " + junk.served + " of " + junk.total + " bytes");
        assertTrue(reading.problem().getDetail().contains("reading stopped at line 101"), reading.problem().getDetail());
    }

    @Test
    void anOverLongLineIsAProblemNotAString() {
        String longLine = "{\"slug\":\"" + "a".repeat(3 << 20) + "\"}\n{\"slug\":\"b\"}\n";
        NdjsonLines.Reading<Map> reading = NdjsonLines.read(new java.io.ByteArrayInputStream(
                longLine.getBytes(StandardCharsets.UTF_8)), new ObjectMapper(), Map.class, (n, v, e) -> { });
        assertEquals(1, reading.errors().size());
        assertTrue(reading.errors().getFirst().message().contains("longer than"));
        assertEquals(1, reading.lines().size());
        assertEquals(2, reading.lines().getFirst().number());
    }

    /** Lines are read a buffer at a time: line breaks across buffer ends, CRLF, blank lines, no final break. */
    @Test
    void linesSpanBuffersAndEndWithOrWithoutABreak() {
        String padded = "x".repeat(8190);
        String file = "{\"a\":\"" + padded + "\"}\r\n\n  \r\n{\"a\":\"b\"}\n{\"a\":\"c\"}";
        NdjsonLines.Reading<Map> reading = NdjsonLines.read(new java.io.ByteArrayInputStream(
                file.getBytes(StandardCharsets.UTF_8)), new ObjectMapper(), Map.class, (n, v, e) -> { });
        assertEquals(List.of(), reading.errors());
        assertEquals(List.of(1, 4, 5), reading.lines().stream().map(NdjsonLines.Line::number).toList());
        assertEquals(List.of(padded, "b", "c"), reading.lines().stream().map(l -> l.value().get("a")).toList());
    }
}
