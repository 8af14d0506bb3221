package id.lumbung.replication;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ReplicationEditTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class ReplicationEditIT extends ReplicationEditTest {
}
