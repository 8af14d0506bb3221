package id.lumbung.bench;

import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** The same relevance evaluation with the dictionary-based stemmer (JSastrawi), for the comparison. */
@QuarkusTest
@TestProfile(SastrawiRelevanceEvaluation.Sastrawi.class)
@WithTestResource(PostgresTestResource.class)
class SastrawiRelevanceEvaluation extends RelevanceEvaluation {

    public static class Sastrawi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lumbung.search.stemmer", "sastrawi");
        }
    }
}
