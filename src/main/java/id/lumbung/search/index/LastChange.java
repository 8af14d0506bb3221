package id.lumbung.search.index;

/**
 * The newest outbox row an index has applied: evidence that the database still holds what the index reflects.
 * Transaction ids alone cannot show a restore once the restored database has used as many ids again; this row
 * can, because a restored database either lacks it or holds another row under its sequence number.
 *
 * @param seq             the row's {@code search_outbox.seq}
 * @param txId            its transaction id
 * @param createdAtMicros its {@code created_at} in microseconds since the epoch
 */
public record LastChange(long seq, long txId, long createdAtMicros) {

    /** No change applied yet (an empty outbox, or an index written before last changes were recorded). */
    public static final LastChange NONE = new LastChange(0, 0, 0);

    public boolean isNone() {
        return seq == 0;
    }

    /** Parses {@link #toString()}'s form; absent or empty text is {@link #NONE}. */
    public static LastChange parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a last change: " + text);
        }
        return new LastChange(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    @Override
    public String toString() {
        return seq + ":" + txId + ":" + createdAtMicros;
    }
}
