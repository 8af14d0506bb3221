package id.lumbung.catalogue;

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
import id.lumbung.region.Region;
import id.lumbung.region.RegionType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The JSON shapes in which innovations leave the service. */
public final class InnovationViews {

    private InnovationViews() {
    }

    public record RegionRef(String code, String name, RegionType type) {
        static RegionRef of(Region region) {
            return region == null ? null : new RegionRef(region.code, region.displayName(), region.type);
        }
    }

    /** A list entry. */
    public record InnovationSummary(String slug, String name, String acronym, RegionRef region, RegionRef province,
            String ownerName, Level level, Integer yearStarted, List<String> themes, Tahapan tahapan,
            RunningStatus runningStatus, LocalDate lastConfirmedOn, boolean stale, PublicationStatus status,
            OffsetDateTime updatedAt, String nameEn) {
    }

    /**
     * The whole record, with the fields {@link FieldVisibility} lets its audience see (contacts: staff only). It holds
     * every field of {@link InnovationInput} that has a value, {@code region_code} and {@code region_name} as the import
     * writes them, so that the body can be PUT back; the other fields are read-only and a PUT ignores them.
     */
    public record InnovationView(String slug, String name, String acronym, List<String> aliases, String regionCode,
            String regionName, RegionRef region, RegionRef province, String ownerName, String agency, Level level,
            Integer yearStarted, Tahapan tahapan, Jenis jenis, Bentuk bentuk, String urusan, List<String> themes,
            List<Integer> sdgGoals, String summary, String problem, String approach, String goals, String benefits,
            String outcomes,
            List<OutcomeIndicator> outcomeIndicators, String legalBasis, String costEstimate,
            ReplicationKit replicationKit, PublicContact publicContact, List<Contact> contacts, List<Award> awards,
            List<EvidenceSource> evidenceSources, RunningStatus runningStatus, LocalDate lastConfirmedOn,
            boolean stale, PublicationStatus status, String language, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            long version, String nameEn, String summaryEn, String problemEn, String approachEn, String goalsEn,
            String benefitsEn, String outcomesEn) {
    }

    static InnovationSummary summary(Innovation i, Map<String, Region> regions, LocalDate staleBefore) {
        return new InnovationSummary(i.slug, i.name, i.acronym, RegionRef.of(region(i, regions)),
                RegionRef.of(province(i, regions)), i.ownerName, i.level, i.yearStarted, sorted(i.themes),
                i.tahapan, i.runningStatus, i.lastConfirmedOn, i.isStale(staleBefore), i.status, i.updatedAt, i.nameEn);
    }

    static InnovationView view(Innovation i, Map<String, Region> regions, FieldVisibility.Audience audience,
            LocalDate staleBefore) {
        Region region = region(i, regions);
        return new InnovationView(i.slug, i.name, i.acronym, List.copyOf(i.aliases), i.regionCode, regionName(i, region),
                RegionRef.of(region), RegionRef.of(province(i, regions)), i.ownerName, i.agency, i.level, i.yearStarted,
                i.tahapan, i.jenis, i.bentuk, i.urusan, sorted(i.themes), List.copyOf(i.sdgGoals), i.summary, i.problem,
                i.approach, i.goals, i.benefits, i.outcomes, List.copyOf(i.outcomeIndicators), i.legalBasis,
                i.costEstimate, i.replicationKit, i.publicContact, FieldVisibility.contacts(i.contacts, audience),
                List.copyOf(i.awards), List.copyOf(i.evidenceSources), i.runningStatus, i.lastConfirmedOn,
                i.isStale(staleBefore), i.status, i.language, i.createdAt, i.updatedAt, i.version, i.nameEn, i.summaryEn,
                i.problemEn, i.approachEn, i.goalsEn, i.benefitsEn, i.outcomesEn);
    }

    /** The record in import format as the audience may see it (exports and histories). */
    static InnovationInput record(Innovation i, Map<String, Region> regions, FieldVisibility.Audience audience) {
        return FieldVisibility.record(asInput(i, regions), audience);
    }

    /**
     * The whole record in import format, so that an export file imports again unchanged. Internal: what leaves the
     * service goes through {@link #record}.
     */
    static InnovationInput asInput(Innovation i, Map<String, Region> regions) {
        Region region = region(i, regions);
        Region province = province(i, regions);
        return new InnovationInput(i.slug, i.name, i.acronym, List.copyOf(i.aliases), regionName(i, region), i.regionCode,
                province == null ? null : province.name, i.agency, i.level, i.yearStarted, i.tahapan, i.jenis, i.bentuk,
                i.urusan, sorted(i.themes), List.copyOf(i.sdgGoals), i.summary, i.problem, i.approach, i.goals,
                i.benefits, i.outcomes, List.copyOf(i.outcomeIndicators), i.legalBasis, i.costEstimate,
                i.replicationKit, i.publicContact, List.copyOf(i.contacts), List.copyOf(i.awards), null,
                List.copyOf(i.evidenceSources), i.runningStatus, i.lastConfirmedOn, i.status, i.language, i.nameEn,
                i.summaryEn, i.problemEn, i.approachEn, i.goalsEn, i.benefitsEn, i.outcomesEn);
    }

    /** The owner as the import names it: the region's name, or the body that runs a national programme. */
    private static String regionName(Innovation i, Region region) {
        return region == null ? i.ownerName : region.displayName();
    }

    private static Region region(Innovation i, Map<String, Region> regions) {
        return i.regionCode == null ? null : regions.get(i.regionCode);
    }

    private static List<String> sorted(Set<String> themes) {
        return List.copyOf(new TreeSet<>(themes));
    }

    private static Region province(Innovation i, Map<String, Region> regions) {
        return i.regionCode == null ? null : regions.get(i.regionCode.substring(0, 2));
    }
}
