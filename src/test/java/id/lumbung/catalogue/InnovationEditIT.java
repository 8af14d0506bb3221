package id.lumbung.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link InnovationEditTest} against the packaged service (target/quarkus-app): what only packaging can break. */
@QuarkusIntegrationTest
class InnovationEditIT extends InnovationEditTest {
}
