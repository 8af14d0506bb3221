package id.lumbung.access;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DraftLeakTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class DraftLeakIT extends DraftLeakTest {
}
