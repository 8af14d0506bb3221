package id.lumbung.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds innovation request bodies: {@code anInnovation().inRegion("35.03").withAcronym("Gertak").json()}. */
public final class Innovations {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Map<String, Object> fields = new HashMap<>();

    private Innovations() {
    }

    /** A valid innovation with a slug unique to this test run. */
    public static Innovations anInnovation() {
        Innovations builder = new Innovations();
        String slug = "uji-inovasi-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        builder.fields.put("slug", slug);
        builder.fields.put("name", "Inovasi Uji " + slug);
        builder.fields.put("region_code", "33.14");
        builder.fields.put("level", "kabupaten");
        builder.fields.put("themes", List.of("kemiskinan"));
        builder.fields.put("summary", "Program uji untuk penanggulangan kemiskinan berbasis data desa.");
        return builder;
    }

    public Innovations with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Innovations without(String field) {
        fields.remove(field);
        return this;
    }

    public Innovations inRegion(String code) {
        return with("region_code", code);
    }

    public Innovations withAcronym(String acronym) {
        return with("acronym", acronym);
    }

    public Innovations withStatus(String status) {
        return with("status", status);
    }

    public String slug() {
        return (String) fields.get("slug");
    }

    public Map<String, Object> json() {
        return new HashMap<>(fields);
    }
}
