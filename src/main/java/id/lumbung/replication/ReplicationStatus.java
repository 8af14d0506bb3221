package id.lumbung.replication;

/**
 * Stages of a replication, in order (the full lifecycle rules come with replication tracking). Constants are
 * the Indonesian API and database values.
 */
public enum ReplicationStatus {
    minat, studi_tiru, kesepakatan, uji_coba, diterapkan, dilembagakan, dihentikan;

    /**
     * Maps the status words of the replications.jsonl source data: its 'direncanakan' (a government announcing
     * it will adopt) is a commitment, the closest stage being {@code kesepakatan}.
     */
    public static ReplicationStatus fromSourceData(String value) {
        return switch (value) {
            case "studi-tiru" -> studi_tiru;
            case "direncanakan" -> kesepakatan;
            default -> valueOf(value.replace('-', '_'));
        };
    }
}
