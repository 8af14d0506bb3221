package id.lumbung.access;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DraftLeakTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class DraftLeakIT extends DraftLeakTest {
}
