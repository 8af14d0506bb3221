package id.lumbung.replication;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Stages of a replication, in lifecycle order; constants are the Indonesian API and database values.
 * Moves go forward and may skip stages, except that {@code dilembagakan} follows only {@code diterapkan};
 * {@code dihentikan} is reachable from every active stage, and a stopped replication restarts at {@code minat}.
 */
public enum ReplicationStatus {
    minat, studi_tiru, kesepakatan, uji_coba, diterapkan, dilembagakan, dihentikan;

    public boolean isActive() {
        return this != dihentikan;
    }

    /** Implemented or institutionalised: the adoption is proven to work in practice. */
    public boolean isProven() {
        return this == diterapkan || this == dilembagakan;
    }

    public Set<ReplicationStatus> allowedNext() {
        if (this == dihentikan) {
            return EnumSet.of(minat);
        }
        Set<ReplicationStatus> next = EnumSet.of(dihentikan);
        for (ReplicationStatus later : values()) {
            if (later.ordinal() > ordinal() && later != dihentikan && (later != dilembagakan || this == diterapkan)) {
                next.add(later);
            }
        }
        return next;
    }

    /**
     * The further of two stages a region's replications reached, for "how far did adopters get": a stop never
     * counts, and either may be null (nothing reached yet).
     */
    public static ReplicationStatus furthest(ReplicationStatus a, ReplicationStatus b) {
        if (a == null || !a.isActive()) {
            return b == null || !b.isActive() ? null : b;
        }
        return b != null && b.isActive() && b.ordinal() > a.ordinal() ? b : a;
    }

    /** Whether this stage is at or past {@code other} on the way to institutionalisation (stops never are). */
    public boolean reached(ReplicationStatus other) {
        return isActive() && other.isActive() && ordinal() >= other.ordinal();
    }

    /**
     * Reads a status of the API or of the replications.jsonl source data. The source's 'direncanakan'
     * (a government announcing it will adopt) is a commitment, the closest stage being {@code kesepakatan}.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static ReplicationStatus parse(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return word.equals("direncanakan") ? kesepakatan : valueOf(word);
    }
}
