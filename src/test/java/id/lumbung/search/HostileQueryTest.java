package id.lumbung.search;

import static id.lumbung.testing.Innovations.anInnovation;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.lumbung.testing.Api;
import id.lumbung.testing.Innovations;
import id.lumbung.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the query says, drafts and archived entries never come out of search, suggest or similar. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class HostileQueryTest {

    private static final String SECRET = "zzrahasiadraf";
    private static Innovations draft;
    private static Innovations archived;

    @BeforeEach
    void createHiddenEntries() {
        if (draft != null) {
            return;
        }
        draft = anInnovation().with("name", "Draf " + SECRET).with("acronym", SECRET.toUpperCase())
                .with("summary", "Belum terbit " + SECRET + " status:draft.");
        Api.curator().body(draft.json()).post("/api/v1/innovations").then().statusCode(201);
        archived = anInnovation().withStatus("archived").with("name", "Arsip " + SECRET)
                .with("summary", "Sudah diarsipkan " + SECRET + ".");
        Api.admin().queryParam("wait_for", "indexed").body(archived.json()).post("/api/v1/innovations")
                .then().statusCode(201);
    }

    static Stream<String> hostileQueries() {
        return Stream.of(SECRET, "status:draft", "status:draft " + SECRET, "*:*", "*", "?", "\"" + SECRET,
                SECRET + "\"", "\"\"\"", "-", "- -" + SECRET, "OR", SECRET + " OR status:published", "((" + SECRET,
                "slug:uji-inovasi", "id:1", "name:" + SECRET + "~2", SECRET + "*", "\\" + SECRET,
                "\u0000\u0007" + SECRET + "\u001b[31m", "كمال فقر " + SECRET, "贫困 " + SECRET, "🙂 " + SECRET,
                IntStream.range(0, 330).mapToObj(i -> "k" + (i % 10)).collect(Collectors.joining(" ")) + " " + SECRET,
                "a".repeat(999), "%", "&&", "!" + SECRET, "{!lucene}" + SECRET, "<script>" + SECRET + "</script>");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void searchNeverShowsHiddenEntries(String q) {
        Api.anonymous().queryParam("q", q).get("/api/v1/search").then()
                .statusCode(anyOf(equalTo(200), equalTo(400)))
                .body(not(containsString(SECRET)))
                .body(not(containsString(draft.slug())))
                .body(not(containsString(archived.slug())));
        Api.anonymous().queryParam("q", q.length() > 200 ? q.substring(0, 200) : q).get("/api/v1/search/suggest")
                .then().statusCode(anyOf(equalTo(200), equalTo(400)))
                .body(not(containsString(draft.slug())))
                .body(not(containsString(archived.slug())));
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void staffSearchIsJustAsPublic(String q) {
        // The search index holds published entries only, so even signed-in staff cannot find drafts there.
        Api.curator().queryParam("q", q).get("/api/v1/search").then()
                .statusCode(anyOf(equalTo(200), equalTo(400)))
                .body(not(containsString(draft.slug())));
    }

    @Test
    void hiddenEntriesHaveNoSimilarPage() {
        Api.anonymous().get("/api/v1/innovations/" + draft.slug() + "/similar").then().statusCode(404);
        Api.anonymous().get("/api/v1/innovations/" + archived.slug() + "/similar").then().statusCode(404);
    }
}
