package id.lumbung.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded hostile requests: junk query text and cursors, mutated JSON bodies, broken import files, odd paths and headers. */
final class HostileInputs {

    record Request(String method, String target, Map<String, String> headers, String body) {
    }

    private static final List<String> FRAGMENTS = List.of("kemiskinan", "Kalbar", "\"", "'", "\\", "*", "?", "~", "^2",
            "AND", "OR NOT", "(", ")", "[", "]", "{", "}", ":", "status:draft", "*:*", "<script>alert(1)</script>", "%",
            "%zz", "é", "ꦲꦤꦕꦫꦏ", "😀", "\u0000", "\u202e", "\ufeff", "-", "--", "+", "&&", "||", "/", "//", "..", ";",
            "drop table innovation;", "' or 1=1 --", "${jndi:ldap://x}", "{{7*7}}", "null", "true", "-1", "1e309",
            "9999999999999999999", "NaN", "ab".repeat(600), " ", "\t", "ß", "İ", "ı");
    private static final List<String> SEARCH_PARAMS = List.of("q", "theme", "province", "region", "level", "tahapan",
            "urusan", "year_from", "year_to", "award", "replicated", "sort", "limit", "cursor", "lang");
    private static final List<String> WRITE_TARGETS = List.of("POST /api/v1/innovations", "PUT /api/v1/innovations/gertak-trenggalek",
            "POST /api/v1/replications", "POST /api/v1/innovations/gertak-trenggalek/transitions",
            "POST /api/v1/innovations/gertak-trenggalek/confirmation", "POST /api/v1/search/synonyms", "POST /api/v1/api-keys",
            "POST /api/v1/users", "POST /api/v1/learning-events", "PUT /api/v1/regions/33.14/indicators",
            "POST /api/v1/regions/33.14/aliases", "PUT /api/v1/replications/1", "POST /api/v1/replications/1/transitions");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    private static final List<String> PATH_PIECES = List.of("api", "v1", "innovations", "search", "suggest", "regions",
            "replications", "export", "import", "gertak-trenggalek", "35.03", "..", ".", "", "%2e%2e", "%2f", "%00", "%ff",
            "%61pi", "%C3%A9", "%E2%80%AE", "kurator", "inovasi", "cari", "q", "openapi", "health", "static", "widget.js",
            "x".repeat(3000), "1", "-1", "99999999999", "~", "!", "$", "&", "'", "(", "*", "+", ",", ";", "=", ":", "@");
    private static final List<String> HEADER_NAMES = List.of("Content-Type", "Accept", "If-Match", "Authorization",
            "X-API-Key", "Cookie", "Forwarded", "X-Forwarded-For", "X-Forwarded-Proto", "Origin", "Accept-Language",
            "Range", "If-None-Match", "Access-Control-Request-Method", "Transfer-Encoding-Junk", "Accept-Encoding");

    private final Random random;
    /** The staff credentials of the writes: an admin's session cookie (cheaper per request than bcrypt). */
    private final String staffCookie;
    private int sequence;

    HostileInputs(Random random, String staffCookie) {
        this.random = random;
        this.staffCookie = staffCookie;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String junk() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(pick(FRAGMENTS)).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    /** Text a header can carry: printable ISO-8859-1, no line breaks. */
    private String headerJunk() {
        String text = junk().replaceAll("[\\r\\n\\u0000]", "");
        StringBuilder safe = new StringBuilder();
        for (char c : text.toCharArray()) {
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return safe.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String cursor() {
        String[] kinds = {"s1", "r1", "w1", "v1:", "x"};
        StringBuilder raw = new StringBuilder(kinds[random.nextInt(kinds.length)]);
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            raw.append('|').append(pick(List.of("newest", "relevance", "most_replicated", "l1", "f0", "sx", "n", "l",
                    "f2143289344", "s", "-5", junk())));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    Request searchRequest() {
        String base = pick(List.of("/api/v1/search", "/api/v1/search", "/api/v1/search/suggest", "/cari",
                "/api/v1/innovations", "/api/v1/replications", "/api/v1/regions"));
        StringBuilder target = new StringBuilder(base).append('?');
        int params = 1 + random.nextInt(4);
        for (int i = 0; i < params; i++) {
            String name = pick(SEARCH_PARAMS);
            String value = name.equals("cursor") ? cursor() : junk();
            target.append(name).append('=').append(random.nextInt(8) == 0 ? value.replace(' ', '+') : encode(value))
                    .append('&');
        }
        if (random.nextInt(10) == 0) {
            target.append("q=%zz%").append('&');
        }
        return new Request("GET", target.toString().replace(" ", "%20"), Map.of(), null);
    }

    private Object junkValue() {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextDouble() * 1e12;
            case 2 -> List.of(junk(), random.nextInt());
            case 3 -> Map.of(junk(), junk());
            case 4 -> null;
            case 5 -> random.nextBoolean();
            case 6 -> "é".repeat(random.nextInt(12000));
            default -> junk();
        };
    }

    private Map<String, Object> validInnovation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", "hostil-" + (++sequence) + "-" + random.nextInt(1_000_000));
        body.put("name", "Program Hostil " + sequence + " " + random.nextInt(1000));
        body.put("region_code", pick(List.of("33.14", "35.03", "61.04", "52.07")));
        body.put("level", "kabupaten");
        body.put("summary", "Ringkasan uji masukan bermusuhan nomor " + sequence + ".");
        return body;
    }

    Request jsonWrite() {
        String[] target = pick(WRITE_TARGETS).split(" ");
        Map<String, Object> body = target[1].equals("/api/v1/innovations") || target[0].equals("PUT")
                && target[1].contains("innovations") ? validInnovation() : new LinkedHashMap<>(Map.of("status", "minat",
                "source_slug", "gertak-trenggalek", "adopter_region_code", "61.04", "rule", "a, b", "name", "x"));
        int mutations = random.nextInt(4);
        List<String> fields = List.copyOf(body.keySet());
        for (int i = 0; i < mutations; i++) {
            switch (random.nextInt(4)) {
                case 0 -> body.remove(pick(fields));
                case 1 -> body.put(pick(fields), junkValue());
                case 2 -> body.put(junk().strip().replace(' ', '_'), junkValue());
                default -> body.put(pick(List.of("status", "themes", "contacts", "public_contact", "year_started",
                        "outcome_indicators", "replication_kit", "date", "derived_slug", "allowed_origins")), junkValue());
            }
        }
        String json = toJson(body);
        json = switch (random.nextInt(12)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> "[".repeat(2000) + "]".repeat(2000);
            case 2 -> junk();
            case 3 -> "";
            default -> json;
        };
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", staffCookie);
        headers.put("Content-Type", random.nextInt(10) == 0 ? pick(List.of("", "x", "text/plain", "application/json; charset=latin1",
                "application/xml", "multipart/form-data")) : "application/json");
        if (random.nextInt(6) == 0) {
            headers.put("If-Match", headerJunk());
        }
        return new Request(target[0], target[1] + (random.nextInt(8) == 0 ? "?wait_for=" + encode(junk()) : ""), headers, json);
    }

    Request ndjsonImport() {
        StringBuilder file = new StringBuilder();
        int lines = 2 + random.nextInt(15);
        boolean replications = random.nextInt(4) == 0;
        int broken = random.nextInt(10) < 8 ? random.nextInt(lines) : -1;
        for (int i = 0; i < lines; i++) {
            Map<String, Object> line = replications ? new LinkedHashMap<>(Map.of("source_slug", "gertak-trenggalek",
                    "adopter_name", "Lembaga Hostil " + (++sequence) + "-" + random.nextInt(1_000_000), "adopter_country", "ID",
                    "status", "minat")) : validInnovation();
            String text = toJson(line);
            if (i == broken) {
                text = switch (random.nextInt(6)) {
                    case 0 -> junk();
                    case 1 -> text.substring(0, text.length() / 2);
                    case 2 -> text.replace("\"kabupaten\"", "\"galaksi\"").replace("\"minat\"", "\"selesai\"");
                    case 3 -> text.replace("}", ",\"tak_dikenal\":1}");
                    case 4 -> text.replaceAll("\"(region_code|source_slug)\":\"[^\"]*\"", "\"$1\":\"99.99\"");
                    default -> "null";
                };
            }
            file.append(text).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", staffCookie);
        headers.put("Content-Type", "application/x-ndjson");
        String path = replications ? "/api/v1/replications/import" : "/api/v1/innovations/import?allow_duplicates=true";
        return new Request("POST", path + (random.nextInt(6) == 0 ? (path.contains("?") ? "&" : "?") + "dryRun=" + encode(junk()) : ""),
                headers, file.toString());
    }

    Request pathRequest() {
        StringBuilder path = new StringBuilder();
        int segments = 1 + random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            path.append('/').append(pick(PATH_PIECES));
        }
        if (random.nextInt(4) == 0) {
            path.append('?').append(pick(List.of("a=%", "q=%zz", "=&=&", "limit=-1", "x=" + "y".repeat(4000), "%00=1")));
        }
        String method = pick(METHODS);
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return new Request(method, path.toString(), body ? Map.of("Content-Type", "application/json") : Map.of(),
                body ? "{}" : null);
    }

    Request headerRequest(String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = pick(HEADER_NAMES);
            String value = switch (name) {
                case "Authorization" -> pick(List.of("Basic " + Base64.getEncoder().encodeToString(
                        (junk() + ":" + junk()).getBytes(StandardCharsets.UTF_8)), "Basic", "Basic !!!", "Bearer " + headerJunk(),
                        "Basic " + Base64.getEncoder().encodeToString(("hostil" + random.nextInt(100) + ":x").getBytes(StandardCharsets.UTF_8))));
                case "X-API-Key" -> random.nextBoolean() ? key : "lmb_" + headerJunk();
                case "Cookie" -> "lumbung-sesi=" + headerJunk().replace(";", "") + "; lumbung-csrf=" + headerJunk().replace(";", "");
                case "Forwarded" -> "for=" + headerJunk() + ";proto=" + headerJunk();
                default -> headerJunk();
            };
            headers.put(name, value);
        }
        String[] target = pick(List.of("GET /api/v1/search?q=kemiskinan", "GET /api/v1/innovations/gertak-trenggalek",
                "GET /", "GET /cari?q=air", "GET /inovasi/gertak-trenggalek", "POST /api/v1/innovations", "GET /kurator",
                "POST /j_security_check", "POST /keluar", "GET /api/v1/innovations/export", "OPTIONS /api/v1/search"))
                .split(" ");
        boolean post = target[0].equals("POST");
        return new Request(target[0], target[1], headers, post ? "{}" : null);
    }

    /** JSON of maps, lists, strings, numbers, booleans and null (enough for these bodies). */
    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(toJson(String.valueOf(k))).append(':')
                    .append(toJson(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
            return out.append(']').toString();
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "0";
        }
        return String.valueOf(value);
    }
}
