package id.lumbung.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PagesTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class PagesIT extends PagesTest {
}
