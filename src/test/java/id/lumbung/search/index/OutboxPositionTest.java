package id.lumbung.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which transactions a window applies, from PostgreSQL snapshots; no database needed. */
class OutboxPositionTest {

    private static List<String> ranges(String from, String to) {
        return OutboxPosition.parse(from).newlyFinished(OutboxPosition.parse(to)).stream()
                .map(r -> r[0] + ".." + r[1]).toList();
    }

    @Test
    void readsAndWritesPostgresTextForm() {
        OutboxPosition position = OutboxPosition.parse("100:105:101,103");
        assertEquals(100, position.xmin());
        assertEquals(105, position.xmax());
        assertArrayEquals(new long[] {101, 103}, position.running());
        assertEquals("100:105:101,103", position.toString());
        assertEquals(OutboxPosition.parse("7:7:"), OutboxPosition.below(7));
        assertThrows(IllegalArgumentException.class, () -> OutboxPosition.parse("7:7"));
    }

    @Test
    void aTransactionHasFinishedBelowXminOrBelowXmaxWhenNotRunning() {
        OutboxPosition position = OutboxPosition.parse("100:105:101,103");
        assertTrue(position.finished(99));
        assertTrue(position.finished(100));
        assertFalse(position.finished(101));
        assertTrue(position.finished(102));
        assertFalse(position.finished(103));
        assertTrue(position.finished(104));
        assertFalse(position.finished(105));
    }

    @Test
    void aWindowSkipsALongTransactionAndTakesItWhenItFinishes() {
        // 100 is a long import; 101..104 commit meanwhile and are applied without waiting for it
        assertEquals(List.of("101..105"), ranges("100:101:", "100:105:100"));
        assertEquals(List.of("105..108"), ranges("100:105:100", "100:108:100"));
        // the import commits: only its own transaction is new, the others were applied
        assertEquals(List.of("100..101", "108..110"), ranges("100:108:100", "110:110:"));
    }

    @Test
    void transactionsStillRunningAtTheNextSnapshotWait() {
        assertEquals(List.of("102..103", "106..108"), ranges("100:105:100,102,104", "100:110:100,104,105,108,109"));
        assertEquals(List.of(), ranges("100:105:100", "100:105:100"));
    }

    @Test
    void theWholeOutboxFromTheStart() {
        assertEquals(List.of("0..50", "51..60"), ranges("0:0:", "50:60:50"));
    }

    @Test
    void aDatabaseBehindThePositionLostCommits() {
        OutboxPosition applied = OutboxPosition.parse("200:210:205");
        assertTrue(applied.isAheadOf(OutboxPosition.parse("150:150:")));
        assertFalse(applied.isAheadOf(OutboxPosition.parse("200:210:205")));
        assertFalse(applied.isAheadOf(OutboxPosition.parse("230:231:")));
    }

    @Test
    void prunedRowsAreMissedOnlyIfTheirTransactionHadNotFinishedHere() {
        OutboxPosition applied = OutboxPosition.parse("200:210:205");
        assertFalse(applied.missesPrunedBelow(150));
        assertFalse(applied.missesPrunedBelow(200));
        assertFalse(applied.missesPrunedBelow(205), "rows of 200..204 had finished and are applied");
        assertTrue(applied.missesPrunedBelow(206), "205 was running: its rows may be gone");
        assertTrue(OutboxPosition.parse("200:210:").missesPrunedBelow(211));
        assertFalse(OutboxPosition.parse("200:210:").missesPrunedBelow(210));
    }
}
