package id.lumbung.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link InnovationApiTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class InnovationApiIT extends InnovationApiTest {
}
