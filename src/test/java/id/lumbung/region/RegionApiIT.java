package id.lumbung.region;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RegionApiTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class RegionApiIT extends RegionApiTest {
}
