package id.lumbung.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OpenApiDocumentTest} against the packaged service: the document's fragment and examples are in the jar. */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
