package id.lumbung.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code curl} example of README.md, run against the demo catalogue: each answers 200 and finds something
 * (a search or list with results, a record, figures), so a new user's first tries are not empty. (In package
 * search, after catalogue: InnovationImportTest needs to import the demo before anything publishes it.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("curl\\s+'?http://localhost:8080(/api/[^'\\s]+)'?");

    @Test
    void everyExampleQueryOfTheReadmeFindsSomething() throws IOException {
        DemoCatalogue.ensurePublished();
        Api.admin().contentType("application/x-ndjson").body(DemoCatalogue.resource("/demo/replications.jsonl"))
                .post("/api/v1/replications/import").then().statusCode(200);
        List<String> paths = new ArrayList<>();
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        while (example.find()) {
            paths.add(example.group(1));
        }
        assertEquals(8, paths.size(), "the README's examples: " + paths);
        for (String path : paths) {
            JsonPath answer = RestAssured.get(path).then().statusCode(200).extract().jsonPath();
            assertTrue(foundSomething(answer), path + " finds nothing: " + answer.prettify());
        }
    }

    /** A search or list must have hits or items; suggestions must not be empty; other answers must have fields. */
    private static boolean foundSomething(JsonPath answer) {
        if (answer.get("total") != null) {
            return answer.getInt("total") > 0;
        }
        if (answer.get("suggestions") != null) {
            return !answer.getList("suggestions").isEmpty();
        }
        if (answer.get("items") != null) {
            return !answer.getList("items").isEmpty();
        }
        assertFalse(answer.getMap("$").isEmpty());
        return true;
    }
}
