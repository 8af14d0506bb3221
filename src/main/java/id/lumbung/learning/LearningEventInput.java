package id.lumbung.learning;

import id.lumbung.common.Slugs;
import id.lumbung.region.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A learning event in the format of learning_events.jsonl; the {@code _en} fields are optional English versions. */
public record LearningEventInput(
        @NotBlank @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
        @NotBlank @Size(max = 400) String name,
        @Size(max = 400) String nameEn,
        @NotNull LocalDate date,
        @Size(max = 300) String place,
        /** Informational: the host follows from host_region_code. */
        @Size(max = 300) String hostRegionName,
        @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String hostRegionCode,
        @Size(max = 300) String programme,
        @Size(max = 100) List<@NotBlank String> presentedSlugs,
        @Size(max = 600) List<@NotBlank String> participantRegionCodes,
        @Size(max = 5000) String participantsNote,
        @Size(max = 5000) String participantsNoteEn,
        @Size(max = 10000) String summary,
        @Size(max = 10000) String summaryEn,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> sourceUrls) {
}
