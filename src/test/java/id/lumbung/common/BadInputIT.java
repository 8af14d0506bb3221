package id.lumbung.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BadInputTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
