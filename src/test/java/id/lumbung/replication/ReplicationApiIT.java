package id.lumbung.replication;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ReplicationApiTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class ReplicationApiIT extends ReplicationApiTest {
}
