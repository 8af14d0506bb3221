package id.lumbung.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads one path over and over in the background, as visitors do, and keeps every answer's status. */
final class ReadStream {

    /** One read: when it was sent (System.nanoTime()) and its status, -1 for no complete answer. */
    record Read(long sentAt, int status) {
    }

    private final List<Read> reads = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final CompletableFuture<Void> loop;

    private ReadStream(Http http, String path) {
        loop = CompletableFuture.runAsync(() -> {
            while (reading.get()) {
                long sentAt = System.nanoTime();
                try {
                    reads.add(new Read(sentAt, http.get(path).status()));
                } catch (Exception e) {
                    reads.add(new Read(sentAt, -1));
                    System.out.println("[cluster] a read failed: " + e);
                }
            }
        });
    }

    static ReadStream start(Http http, String path) {
        return new ReadStream(http, path);
    }

    /** Stops reading; returns every read. */
    List<Read> stop() {
        reading.set(false);
        loop.join();
        return List.copyOf(reads);
    }
}
