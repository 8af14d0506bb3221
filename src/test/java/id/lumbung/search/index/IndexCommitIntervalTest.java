package id.lumbung.search.index;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The indexer makes every window searchable at once but commits at most every {@code lumbung.search.commit-interval}
 * (here an hour, so nothing is committed during the test but on closing): a crash then loses only what was applied
 * since the last commit, and the indexer applies it again from the outbox, which the node keeps by recording its
 * committed position; a stop commits first.
 */
@QuarkusTest
@TestProfile(IndexCommitIntervalTest.RareCommits.class)
@WithTestResource(PostgresTestResource.class)
class IndexCommitIntervalTest {

    private static final Logger LOG = Logger.getLogger(IndexCommitIntervalTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENTRIES = 300;

    public static class RareCommits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.commit-interval", "1h");
        }
    }

    @Inject
    SearchIndex index;

    @Inject
    NodeRegistry nodes;

    @Inject
    OutboxIndexer indexer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBulkLoadIsSearchableBeforeItIsCommittedAndACrashReplaysItFromTheOutbox() throws Exception {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            file.append(JSON.writeValueAsString(anInnovation().withStatus("published")
                    .with("summary", "Program zzgelombang nomor " + i + " untuk uji komit indeks.").json())).append('\n');
        }
        int before = index.documentCount();
        long start = System.nanoTime();
        Api.admin().contentType("application/x-ndjson").queryParam("allow_duplicates", true).body(file.toString())
                .post("/api/v1/innovations/import").then().statusCode(200);
        awaitFound(ENTRIES);
        LOG.infof("%d imported entries searchable %d ms after the import was sent", ENTRIES,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertEquals(before + ENTRIES, index.documentCount());

        OutboxPosition onDisk = lastCommitted();
        assertNotEquals(onDisk, index.position(), "what was applied is searchable, not committed yet");
        assertEquals(onDisk, index.committedPosition());
        nodes.heartbeat();
        assertEquals(onDisk.toString(), recordedPosition(), "the node keeps the outbox rows since its last commit");

        index.reopenFromLastCommit(); // a crash: what was not committed is gone
        assertEquals(onDisk, index.position());
        assertEquals(before, index.documentCount());
        awaitFound(ENTRIES); // the indexer applies the outbox again from the last commit
        assertEquals(before + ENTRIES, index.documentCount());

        // A stop, unlike a crash, commits what was applied: the next start has nothing to apply again.
        indexer.stop();
        index.closeCurrent();
        assertEquals(index.position(), lastCommitted());
        indexer.start();
        assertEquals(ENTRIES, found());
    }

    private static int found() {
        return Api.anonymous().queryParam("q", "zzgelombang").queryParam("limit", 1).get("/api/v1/search")
                .then().statusCode(200).extract().path("total");
    }

    private static void awaitFound(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (found() != expected) {
            assertTrue(System.nanoTime() < deadline, "the imported entries did not become searchable");
            Thread.sleep(50);
        }
    }

    private OutboxPosition lastCommitted() throws IOException {
        Path generation = index.root().resolve(Files.readString(index.root().resolve("CURRENT"), StandardCharsets.UTF_8).strip());
        try (FSDirectory directory = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexCommit.read(reader.getIndexCommit().getUserData()).position();
        }
    }

    private String recordedPosition() throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select applied_snapshot from search_node where node_id = ?")) {
            select.setString(1, nodes.nodeId());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
