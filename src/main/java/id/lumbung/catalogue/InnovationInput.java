package id.lumbung.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.lumbung.catalogue.InnovationParts.Award;
import id.lumbung.catalogue.InnovationParts.Contact;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationParts.PublicContact;
import id.lumbung.catalogue.InnovationParts.ReplicationKit;
import id.lumbung.catalogue.Vocabulary.Bentuk;
import id.lumbung.catalogue.Vocabulary.Jenis;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.Slugs;
import id.lumbung.region.RegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation as clients write it: one line of the NDJSON import format (innovations.jsonl) plus the
 * model's further fields. The same shape is used by POST, PUT, PATCH and the export, so an export re-imports.
 * Only the fields listed here are written; the read-only fields of {@link InnovationViews.InnovationView} are accepted
 * and ignored, so that a GET's body can be PUT back; anything else is refused (no mass assignment).
 */
@JsonIgnoreProperties({"region", "province", "owner_name", "stale", "created_at", "updated_at", "version"})
public record InnovationInput(
        @NotBlank @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String acronym,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> aliases,
        /** Owner as people write it; resolved to a region when region_code is absent. */
        @Size(max = 300) String regionName,
        @Size(max = 20) @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String regionCode,
        /** Informational in the import format: the province follows from the region. */
        @Size(max = 200) String provinceName,
        @Size(max = 300) String agency,
        @NotNull Level level,
        @Min(1945) @Max(2100) Integer yearStarted,
        Tahapan tahapan,
        Jenis jenis,
        Bentuk bentuk,
        @Size(max = 100) String urusan,
        @Size(max = 10) List<@NotBlank String> themes,
        @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgGoals,
        @NotBlank @Size(max = 5000) String summary,
        @Size(max = 10000) String problem,
        @Size(max = 10000) String approach,
        @Size(max = 5000) String goals,
        @Size(max = 5000) String benefits,
        @Size(max = 5000) String outcomes,
        @Size(max = 50) List<@Valid OutcomeIndicator> outcomeIndicators,
        @Size(max = 2000) String legalBasis,
        @Size(max = 2000) String costEstimate,
        @Valid ReplicationKit replicationKit,
        @Valid PublicContact publicContact,
        @Size(max = 20) List<@Valid Contact> contacts,
        @Size(max = 50) List<@Valid Award> awards,
        /** The import format's plain list of sources; merged into evidence_sources. */
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> sourceUrls,
        @Size(max = 50) List<@Valid EvidenceSource> evidenceSources,
        RunningStatus runningStatus,
        LocalDate lastConfirmedOn,
        PublicationStatus status,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as id or en") String language,
        /* English versions of the name and the long texts, all optional. */
        @Size(max = 300) String nameEn,
        @Size(max = 5000) String summaryEn,
        @Size(max = 10000) String problemEn,
        @Size(max = 10000) String approachEn,
        @Size(max = 5000) String goalsEn,
        @Size(max = 5000) String benefitsEn,
        @Size(max = 5000) String outcomesEn) {
}
