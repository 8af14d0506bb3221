package id.lumbung.replication;

import static id.lumbung.replication.ReplicationStatus.dihentikan;
import static id.lumbung.replication.ReplicationStatus.diterapkan;
import static id.lumbung.replication.ReplicationStatus.minat;
import static id.lumbung.replication.ReplicationStatus.uji_coba;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FurthestStageTest {

    @Test
    void theLaterActiveStageWinsWhicheverComesFirst() {
        assertEquals(diterapkan, ReplicationStatus.furthest(uji_coba, diterapkan));
        assertEquals(diterapkan, ReplicationStatus.furthest(diterapkan, uji_coba));
        assertEquals(minat, ReplicationStatus.furthest(null, minat));
        assertEquals(minat, ReplicationStatus.furthest(minat, null));
    }

    @Test
    void aStopNeverCountsAsProgress() {
        assertEquals(uji_coba, ReplicationStatus.furthest(uji_coba, dihentikan));
        assertEquals(uji_coba, ReplicationStatus.furthest(dihentikan, uji_coba));
        assertNull(ReplicationStatus.furthest(null, dihentikan));
        assertNull(ReplicationStatus.furthest(dihentikan, dihentikan));
    }
}
