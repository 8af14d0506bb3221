package id.lumbung.replication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.lumbung.testing.Api;
import id.lumbung.testing.PostgresTestResource;
import id.lumbung.testing.Replications;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Funnel and stalled list on a fixture of its own: the innovations come from one kabupaten (19.04, Kab.
 * Bangka Tengah) that no other test uses, and the figures are read for that source region.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReplicationAnalyticsTest {

    private static final String SOURCE_REGION = "19.04";

    @Test
    void funnelMedianShareAndStalledListOfAFixture() {
        String x = Replications.publishedInnovation(SOURCE_REGION, "kemiskinan-ekstrem");
        String y = Replications.publishedInnovation(SOURCE_REGION, "umkm");
        LocalDate today = LocalDate.now();

        // x: minat -> studi_tiru -> diterapkan (100 days) -> dilembagakan
        int r1 = Replications.createId(x, "33.16", "minat", today.minusDays(400).toString());
        Replications.transition(r1, "studi_tiru", today.minusDays(350).toString(), null).statusCode(200);
        Replications.transition(r1, "diterapkan", today.minusDays(300).toString(), null).statusCode(200);
        Replications.transition(r1, "dilembagakan", today.minusDays(250).toString(), null).statusCode(200);
        // x: minat -> diterapkan (200 days), then nothing for 200 days: stalled
        int r2 = Replications.createId(x, "33.17", "minat", today.minusDays(400).toString());
        Replications.transition(r2, "diterapkan", today.minusDays(200).toString(), null).statusCode(200);
        // x: studi_tiru -> uji_coba -> dihentikan, long ago: stopped, not stalled
        int r3 = Replications.createId(x, "33.18", "studi_tiru", today.minusDays(500).toString());
        Replications.transition(r3, "uji_coba", today.minusDays(450).toString(), null).statusCode(200);
        Replications.transition(r3, "dihentikan", today.minusDays(400).toString(), "Anggaran tidak tersedia").statusCode(200);
        // y: kesepakatan 10 days ago: recent, not stalled
        Replications.createId(y, "33.19", "kesepakatan", today.minusDays(10).toString());
        // y: studi_tiru 181 days ago: stalled
        int r5 = Replications.createId(y, "33.20", "studi_tiru", today.minusDays(181).toString());

        Api.anonymous().queryParam("source_region", SOURCE_REGION).get("/api/v1/replications/analytics").then()
                .statusCode(200)
                .body("funnel.total", equalTo(5))
                .body("funnel.current.minat", equalTo(0))
                .body("funnel.current.studi_tiru", equalTo(1))
                .body("funnel.current.kesepakatan", equalTo(1))
                .body("funnel.current.diterapkan", equalTo(1))
                .body("funnel.current.dilembagakan", equalTo(1))
                .body("funnel.current.dihentikan", equalTo(1))
                .body("funnel.reached.minat", equalTo(5))
                .body("funnel.reached.studi_tiru", equalTo(5))
                .body("funnel.reached.kesepakatan", equalTo(4))
                .body("funnel.reached.uji_coba", equalTo(3))
                .body("funnel.reached.diterapkan", equalTo(2))
                .body("funnel.reached.dilembagakan", equalTo(1))
                .body("by_theme.'kemiskinan-ekstrem'.total", equalTo(3))
                .body("by_theme.umkm.total", equalTo(2))
                .body("by_province.'33'.total", equalTo(5))
                .body("most_replicated[0].slug", equalTo(x))
                .body("most_replicated[0].replications", equalTo(3))
                .body("most_replicated[0].proven", equalTo(2))
                .body("top_source_regions[0].region_code", equalTo(SOURCE_REGION))
                .body("top_source_regions[0].replications", equalTo(5))
                .body("median_days_to_diterapkan.days", equalTo(150.0f))
                .body("median_days_to_diterapkan.sample", equalTo(2))
                .body("share_dilembagakan", equalTo(0.2f))
                .body("stalled", equalTo(2))
                .body("stalled_after_days", equalTo(180));

        Api.curator().queryParam("source_region", SOURCE_REGION).get("/api/v1/replications/stalled").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.replication.id", contains(r2, r5))
                .body("items.days_since_last_step", contains(200, 181));
        Api.anonymous().get("/api/v1/replications/stalled").then().statusCode(401);
        Api.anonymous().queryParam("source_region", "sembilan").get("/api/v1/replications/analytics").then().statusCode(400);
    }
}
