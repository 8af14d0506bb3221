package id.lumbung.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link InnovationApiTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class InnovationApiIT extends InnovationApiTest {
}
