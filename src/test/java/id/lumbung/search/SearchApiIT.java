package id.lumbung.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SearchApiTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class SearchApiIT extends SearchApiTest {
}
