package id.lumbung.replication;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ReplicationEditTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class ReplicationEditIT extends ReplicationEditTest {
}
