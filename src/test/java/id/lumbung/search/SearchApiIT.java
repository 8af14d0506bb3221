package id.lumbung.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SearchApiTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class SearchApiIT extends SearchApiTest {
}
