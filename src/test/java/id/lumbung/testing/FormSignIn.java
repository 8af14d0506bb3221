package id.lumbung.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the pages as a browser does: reads the sign-in page for its CSRF cookie and token, posts the form,
 * keeps the session cookie. {@link #request()} sends both cookies; {@link #token()} is the form token to post with.
 */
public record FormSignIn(Response answer, String session, String csrfCookie, String token) {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public static FormSignIn as(String username, String password) {
        return as(username, password, Map.of());
    }

    /** Signs in with extra request headers (e.g. X-Forwarded-Proto from a trusted proxy). */
    public static FormSignIn as(String username, String password, Map<String, String> headers) {
        Response page = RestAssured.get("/masuk");
        String csrf = page.getCookie("lumbung-csrf");
        String token = token(page.asString());
        Response answer = given().redirects().follow(false).headers(headers).cookie("lumbung-csrf", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
        return new FormSignIn(answer, answer.getCookie("lumbung-sesi"), csrf, token);
    }

    /** A request with this session's cookies, not following redirects. */
    public RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).cookie("lumbung-csrf", csrfCookie);
        return session == null ? request : request.cookie("lumbung-sesi", session);
    }

    /** Posts a page form with the CSRF token. */
    public Response postForm(String path, Map<String, String> fields) {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParams(fields).post(path);
    }

    public static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("the page has no CSRF token");
        }
        return matcher.group(1);
    }
}
