package id.lumbung.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads one path over and over in the background, as visitors do, and keeps every answer's status. */
final class ReadStream {

    private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final CompletableFuture<Void> loop;

    private ReadStream(Http http, String path) {
        loop = CompletableFuture.runAsync(() -> {
            while (reading.get()) {
                try {
                    statuses.add(http.get(path).status());
                } catch (Exception e) {
                    statuses.add(-1);
                    System.out.println("[cluster] a read failed: " + e);
                }
            }
        });
    }

    static ReadStream start(Http http, String path) {
        return new ReadStream(http, path);
    }

    /** Stops reading; returns every status, -1 for a request that got no answer. */
    List<Integer> stop() {
        reading.set(false);
        loop.join();
        return List.copyOf(statuses);
    }
}
