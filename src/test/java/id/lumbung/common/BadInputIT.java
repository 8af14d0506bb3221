package id.lumbung.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BadInputTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
