package id.lumbung.replication;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ReplicationApiTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class ReplicationApiIT extends ReplicationApiTest {
}
