package id.lumbung.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PagesTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class PagesIT extends PagesTest {
}
