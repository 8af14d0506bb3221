package id.lumbung.search.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How far an index has applied the outbox: the PostgreSQL snapshot ({@code pg_current_snapshot()}) of its last
 * window. Every transaction below {@code xmin} had finished, and so had every one below {@code xmax} that is not
 * in {@code running}; the changes of all those finished transactions are in the index. Outbox rows carry their
 * transaction id, so the next window is the transactions that have finished since: those still running then
 * and those that had not started. A long transaction (a big import) therefore holds back only its own changes,
 * never the commits of others, and its changes are read as soon as it commits.
 *
 * @param running the transactions running when the snapshot was taken, ascending, all in [xmin, xmax)
 */
public record OutboxPosition(long xmin, long xmax, long[] running) {

    /** Before any transaction: the whole outbox is still to apply. */
    public static final OutboxPosition START = new OutboxPosition(0, 0, new long[0]);

    public OutboxPosition {
        running = running.clone();
        Arrays.sort(running);
    }

    /** Parses PostgreSQL's text form of a snapshot, {@code xmin:xmax:xip1,xip2,...}. */
    public static OutboxPosition parse(String snapshot) {
        String[] parts = snapshot.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a snapshot: " + snapshot);
        }
        long[] running = parts[2].isEmpty() ? new long[0]
                : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).toArray();
        return new OutboxPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]), running);
    }

    /** An index written before positions were snapshots recorded one bound: everything below it is applied. */
    public static OutboxPosition below(long bound) {
        return new OutboxPosition(bound, bound, new long[0]);
    }

    /** Whether the transaction had finished when this snapshot was taken (so its changes are applied). */
    public boolean finished(long txId) {
        return txId < xmin || (txId < xmax && Arrays.binarySearch(running, txId) < 0);
    }

    /**
     * The transaction ids whose changes are applied at {@code next} but not at this position, as half-open ranges
     * [from, to): the transactions running here that have finished since, and those started since that have finished.
     */
    public List<long[]> newlyFinished(OutboxPosition next) {
        List<long[]> ranges = new ArrayList<>();
        for (long id : running) {
            if (next.finished(id)) {
                add(ranges, id, id + 1);
            }
        }
        long from = Math.max(xmax, xmin);
        for (long id : next.running) {
            if (id >= next.xmax) {
                break;
            }
            if (id >= from) {
                add(ranges, from, id);
                from = id + 1;
            }
        }
        add(ranges, from, next.xmax);
        return ranges;
    }

    private static void add(List<long[]> ranges, long from, long to) {
        if (from >= to) {
            return;
        }
        if (!ranges.isEmpty() && ranges.getLast()[1] == from) {
            ranges.getLast()[1] = to;
        } else {
            ranges.add(new long[] {from, to});
        }
    }

    /**
     * Whether pruning may have deleted a change this position has not applied: outbox rows below {@code prunedBelow}
     * are gone, and such a row is missing here if its transaction had not finished at this snapshot.
     */
    public boolean missesPrunedBelow(long prunedBelow) {
        if (prunedBelow <= xmin) {
            return false;
        }
        return prunedBelow > xmax || (running.length > 0 && running[0] < prunedBelow);
    }

    /**
     * Whether the database is behind this position: its next transaction id is lower than this snapshot's, so
     * the database lost commits (restored from a backup, failed over to a replica that lagged) or was replaced.
     */
    public boolean isAheadOf(OutboxPosition database) {
        return xmax > database.xmax;
    }

    /** PostgreSQL's text form, which {@link #parse} reads. */
    @Override
    public String toString() {
        return xmin + ":" + xmax + ":" + Arrays.stream(running).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxPosition p && p.xmin == xmin && p.xmax == xmax && Arrays.equals(p.running, running);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(xmin) * 31 + Long.hashCode(xmax) * 17 + Arrays.hashCode(running);
    }
}
