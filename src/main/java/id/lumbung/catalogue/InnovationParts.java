package id.lumbung.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured parts of an innovation record. They are values (no identity of their own), stored as JSON
 * columns and given to the API as they are.
 */
public final class InnovationParts {

    private InnovationParts() {
    }

    /** A measured result: baseline, target and yearly values in one unit. */
    public record OutcomeIndicator(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 60) String unit,
            Double baseline,
            Double target,
            @Size(max = 100) List<@Valid YearValue> values) {
    }

    public record YearValue(@Min(1945) @Max(2100) int year, double value) {
    }

    /** What an adopter needs to copy the innovation ("amati, tiru, modifikasi"). */
    public record ReplicationKit(
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> prerequisites,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> steps,
            @Size(max = 50) List<@Valid KitDocument> documents) {
    }

    public record KitDocument(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String url) {
    }

    /**
     * The institutional contact of the innovating agency, public by design (personal contacts are not): the OPD unit,
     * its office e-mail and phone, its website.
     */
    public record PublicContact(
            @Size(max = 300) String unit,
            @Email @Size(max = 200) String email,
            @Size(max = 40) String phone,
            @Size(max = 2000) @jakarta.validation.constraints.Pattern(regexp = "https?://\\S+",
                    message = "must be a web address starting with http:// or https://") String website) {

        /** Null when no part is given, so an empty object is not stored. */
        static PublicContact orNull(PublicContact contact) {
            return contact == null || (blank(contact.unit) && blank(contact.email) && blank(contact.phone)
                    && blank(contact.website)) ? null : contact;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** A person to ask about the innovation: personal data, shown to signed-in staff only (see FieldVisibility). */
    public record Contact(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String role,
            @Email @Size(max = 200) String email,
            @Size(max = 40) String phone) {
    }

    /** An award as the sources phrase it; year and rank where they are known. */
    public record Award(@NotBlank @Size(max = 500) String name, @Min(1945) @Max(2100) Integer year, @Size(max = 100) String rank) {

        private static final Pattern YEAR = Pattern.compile("\\b(19[4-9]\\d|20\\d\\d)\\b");

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Award {
        }

        /** The import format gives awards as text ("Top 45 KIPP 2019"); the year is read from it. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Award fromText(String text) {
            Matcher year = YEAR.matcher(text == null ? "" : text);
            Integer found = null;
            while (year.find()) {
                found = Integer.valueOf(year.group(1));
            }
            return new Award(text, found, null);
        }
    }

    /**
     * A source backing the record. {@code url} is absent for printed sources, which {@code title} then cites.
     */
    public record EvidenceSource(@Size(max = 2000) String url, @Size(max = 500) String title, boolean verified) {
    }
}
