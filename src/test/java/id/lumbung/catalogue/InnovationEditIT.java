package id.lumbung.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link InnovationEditTest} against the packaged service (target/quarkus-app), so that what only packaging can break shows. */
@QuarkusIntegrationTest
class InnovationEditIT extends InnovationEditTest {
}
