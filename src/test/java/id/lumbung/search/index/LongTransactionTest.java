package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transaction that stays open (as a big import does) holds back nothing but its own changes: other writes are
 * searchable at once, and its changes as soon as it commits.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LongTransactionTest {

    @Inject
    AgroalDataSource dataSource;

    private static List<String> hits(String q) {
        return Api.anonymous().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().path("hits.slug");
    }

    @Test
    void writesAreSearchableWhileALongTransactionRunsAndItsChangesWhenItCommits() throws Exception {
        Innovations slow = anInnovation().withStatus("published").with("summary", "Program zzlambat sebelum diubah.");
        Api.admin().queryParam("wait_for", "indexed").body(slow.json()).post("/api/v1/innovations").then().statusCode(201);

        try (Connection longTransaction = dataSource.getConnection()) {
            longTransaction.setAutoCommit(false);
            try (PreparedStatement update = longTransaction.prepareStatement(
                    "update innovation set summary = 'Program zzkelar setelah transaksi panjang.' where slug = ?")) {
                update.setString(1, slow.slug());
                assertEquals(1, update.executeUpdate());
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Innovations quick = anInnovation().withStatus("published").with("summary", "Program zzcepat nomor " + i + ".");
                long start = System.nanoTime();
                Api.admin().queryParam("wait_for", "indexed").body(quick.json()).post("/api/v1/innovations")
                        .then().statusCode(201).header("Lumbung-Indexed", "true");
                long millis = (System.nanoTime() - start) / 1_000_000;
                latencies.add(millis);
                // Held back by the open transaction, the wait would run into its 5 s timeout and answer "false".
                assertTrue(millis < 2500, "searchable after " + millis + " ms while a transaction is open");
                assertTrue(hits("zzcepat").contains(quick.slug()));
            }
            System.out.println("[long transaction] write → searchable (POST with wait_for=indexed) while a transaction"
                    + " is open: " + latencies + " ms");
            assertEquals(List.of(), hits("zzkelar"), "the open transaction's change is not visible yet");
            longTransaction.commit();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!hits("zzkelar").contains(slow.slug())) {
            assertTrue(System.nanoTime() < deadline, "the long transaction's change was never applied");
            Thread.sleep(20);
        }
        assertEquals(List.of(), hits("zzlambat"));
    }
}
