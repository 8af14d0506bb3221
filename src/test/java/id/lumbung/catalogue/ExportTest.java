package id.lumbung.catalogue;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.replication.ReplicationExporter;
import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public contact in and out of the API, and exports that write without holding a transaction open. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExportTest {

    @Inject
    InnovationExporter innovations;

    @Inject
    ReplicationExporter replications;

    @Inject
    TransactionManager transactions;

    /** Counts lines and records whether any byte was written while a transaction (and its connection) was held. */
    private final class CheckingStream extends OutputStream {
        int lines;
        int writesInTransaction;

        @Override
        public void write(int b) throws IOException {
            check();
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            check();
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
        }

        private void check() {
            try {
                if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    writesInTransaction++;
                }
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void exportsWriteOutsideAnyTransaction() throws IOException {
        String published = Replications.publishedInnovation("33.14");
        Replications.createId(published, "33.16", "minat", null);
        CheckingStream ndjson = new CheckingStream();
        innovations.ndjson(Caller.ANONYMOUS, null, ndjson);
        CheckingStream csv = new CheckingStream();
        innovations.csv(Caller.ANONYMOUS, PublicationStatus.published, csv);
        CheckingStream replicated = new CheckingStream();
        replications.ndjson(Caller.ANONYMOUS, replicated);
        assertTrue(ndjson.lines >= 1 && csv.lines >= 2 && replicated.lines >= 1, "each export wrote its rows");
        assertEquals(0, ndjson.writesInTransaction + csv.writesInTransaction + replicated.writesInTransaction,
                "bytes written while a transaction held a connection");
    }

    @Test
    void thePublicContactIsWrittenReadAndExported() {
        Innovations entry = anInnovation().withStatus("published").with("public_contact", Map.of("unit",
                "Dinas Sosial Kabupaten Uji", "email", "dinsos@kabuji.example.go.id", "phone", "(0291) 555-0000",
                "website", "https://dinsos.kabuji.example.go.id"));
        Api.reviewer().queryParam("confirm_duplicate", true).body(entry.json()).post("/api/v1/innovations")
                .then().statusCode(201).body("public_contact.unit", equalTo("Dinas Sosial Kabupaten Uji"));
        Api.anonymous().get("/api/v1/innovations/" + entry.slug()).then().statusCode(200)
                .body("public_contact.website", equalTo("https://dinsos.kabuji.example.go.id"));
        String line = Api.anonymous().get("/api/v1/innovations/export").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.contains(entry.slug())).findFirst().orElseThrow();
        // The exported line imports back unchanged.
        Api.reviewer().contentType("application/x-ndjson").body(line + "\n").post("/api/v1/innovations/import")
                .then().statusCode(200).body("unchanged", equalTo(1));
        Api.anonymous().queryParam("format", "csv").get("/api/v1/innovations/export").then().statusCode(200)
                .body(containsString("public_contact_unit,public_contact_email,public_contact_phone,public_contact_website"))
                .body(containsString("Dinas Sosial Kabupaten Uji,dinsos@kabuji.example.go.id,(0291) 555-0000,"
                        + "https://dinsos.kabuji.example.go.id"));
        Api.reviewer().body(anInnovation().with("public_contact", Map.of("email", "bukan surel", "website", "ftp://x"))
                .json()).post("/api/v1/innovations").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("public_contact.email", "public_contact.website"));
    }
}
