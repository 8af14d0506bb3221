package id.lumbung.replication;

import static id.lumbung.replication.ReplicationStatus.dihentikan;
import static id.lumbung.replication.ReplicationStatus.dilembagakan;
import static id.lumbung.replication.ReplicationStatus.diterapkan;
import static id.lumbung.replication.ReplicationStatus.kesepakatan;
import static id.lumbung.replication.ReplicationStatus.minat;
import static id.lumbung.replication.ReplicationStatus.studi_tiru;
import static id.lumbung.replication.ReplicationStatus.uji_coba;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replication lifecycle as a pure state machine, without Quarkus: every move allowed or refused, by hand. */
class ReplicationStatusTest {

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "minat;        studi_tiru kesepakatan uji_coba diterapkan dihentikan",
        "studi_tiru;   kesepakatan uji_coba diterapkan dihentikan",
        "kesepakatan;  uji_coba diterapkan dihentikan",
        "uji_coba;     diterapkan dihentikan",
        "diterapkan;   dilembagakan dihentikan",
        "dilembagakan; dihentikan",
        "dihentikan;   minat"})
    void eachStageAllowsExactlyTheseMoves(ReplicationStatus from, String allowed) {
        Set<ReplicationStatus> expected = Arrays.stream(allowed.split(" ")).map(ReplicationStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplicationStatus.class)));
        assertEquals(expected, from.allowedNext());
        for (ReplicationStatus to : ReplicationStatus.values()) {
            assertEquals(expected.contains(to), from.allowedNext().contains(to), from + " -> " + to);
        }
    }

    @Test
    void noStageMovesToItselfOrBackExceptARestartAfterAStop() {
        for (ReplicationStatus from : ReplicationStatus.values()) {
            for (ReplicationStatus to : from.allowedNext()) {
                assertTrue(to.ordinal() > from.ordinal() || from == dihentikan && to == minat, from + " -> " + to);
            }
        }
    }

    @Test
    void onlyImplementationMayBeInstitutionalised() {
        for (ReplicationStatus from : ReplicationStatus.values()) {
            assertEquals(from == diterapkan, from.allowedNext().contains(dilembagakan), from.name());
        }
    }

    @Test
    void provenAndReachedFollowTheOrderOfTheStages() {
        assertEquals(EnumSet.of(diterapkan, dilembagakan),
                EnumSet.copyOf(Arrays.stream(ReplicationStatus.values()).filter(ReplicationStatus::isProven).toList()));
        assertTrue(dilembagakan.reached(uji_coba));
        assertTrue(uji_coba.reached(uji_coba));
        assertFalse(studi_tiru.reached(kesepakatan));
        assertFalse(dihentikan.reached(minat), "a stopped replication has reached nothing");
        assertFalse(diterapkan.reached(dihentikan));
    }

    @Test
    void theSourceDatasWordsAreRead() {
        assertEquals(studi_tiru, ReplicationStatus.parse(" Studi-Tiru "));
        assertEquals(kesepakatan, ReplicationStatus.parse("direncanakan"));
        assertEquals(dilembagakan, ReplicationStatus.parse("DILEMBAGAKAN"));
        assertThrows(IllegalArgumentException.class, () -> ReplicationStatus.parse("selesai"));
    }

    @Test
    void aRecordedStepMovesTheReplicationAndAppendsToItsHistory() {
        Replication replication = new Replication();
        OffsetDateTime now = OffsetDateTime.parse("2024-02-01T09:00:00Z");
        replication.record(studi_tiru, LocalDate.of(2023, 6, 13), "Kunjungan belajar", "rini", now);
        replication.record(kesepakatan, null, "MoU", "rini", now);
        assertEquals(kesepakatan, replication.status);
        assertNull(replication.statusSince, "a step without a date says nothing about when");
        assertEquals(List.of(studi_tiru, kesepakatan), replication.history.stream().map(s -> s.status).toList());
        assertEquals(LocalDate.of(2023, 6, 13), replication.latestStepDate());
        replication.year = 2023;
        assertEquals(LocalDate.of(2023, 12, 31), replication.knownSince());
    }
}
