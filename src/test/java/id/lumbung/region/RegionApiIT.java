package id.lumbung.region;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RegionApiTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class RegionApiIT extends RegionApiTest {
}
