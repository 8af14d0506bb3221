package id.lumbung.replication;

import id.lumbung.catalogue.DuplicateFinder;
import id.lumbung.catalogue.Innovation;
import id.lumbung.region.RegionAlias;
import id.lumbung.region.RegionNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds recorded replications a new one may duplicate (decision 131). The natural key (source and adopter) already makes
 * a second record of the same pair an update; these are the pairs it cannot see: the same adopter written once as a
 * region and once as a name ("Kabupaten Blora" as adopter_name beside 33.16), the same adopter name written differently
 * ("Kementerian Sosial", "kementerian sosial."), and the same adopter replicating an innovation that looks like this
 * one (same area, and the same acronym or a similar name: the catalogue may hold the source twice).
 */
@ApplicationScoped
public class ReplicationDuplicates {

    @Inject
    DuplicateFinder innovations;

    /** A recorded replication that looks like the new one, and why ({@code reason}: see the class comment). */
    public record Candidate(long id, String sourceSlug, String sourceName, String adopter, ReplicationStatus status,
            String reason) {
    }

    /** Recorded replications (any review state) that look like a new one of {@code source} by the adopter. */
    public List<Candidate> candidates(Innovation source, String adopterRegionCode, String adopterName) {
        String name = adopterRegionCode == null && adopterName != null ? RegionNames.normalize(adopterName) : null;
        List<Candidate> found = new ArrayList<>();
        for (Replication other : Replication.<Replication>list("sourceInnovationId", source.id)) {
            String reason = sameAdopter(other, adopterRegionCode, name);
            if (reason != null) {
                found.add(candidate(other, source, reason));
            }
        }
        List<Replication> byAdopter = adopterRegionCode != null
                ? Replication.list("adopterRegionCode = ?1 and sourceInnovationId <> ?2", adopterRegionCode, source.id)
                : name == null ? List.of() : Replication.<Replication>list("adopterName is not null and sourceInnovationId <> ?1",
                        source.id).stream().filter(r -> RegionNames.normalize(r.adopterName).equals(name)).toList();
        for (Replication other : byAdopter) {
            Innovation otherSource = Innovation.findById(other.sourceInnovationId);
            if (source.regionCode != null && otherSource.regionCode != null
                    && DuplicateFinder.area(source.regionCode).equals(DuplicateFinder.area(otherSource.regionCode))
                    && !innovations.match(source.slug, source.name, source.acronym, List.of(otherSource)).isEmpty()) {
                found.add(candidate(other, otherSource, "similar_source"));
            }
        }
        return found;
    }

    /** Why {@code other} (of the same source) may be the same adopter, or null. */
    private static String sameAdopter(Replication other, String regionCode, String normalizedName) {
        if (regionCode != null && other.adopterName != null && names(RegionNames.normalize(other.adopterName), regionCode)) {
            return "adopter_named_as_region";
        }
        if (normalizedName != null && other.adopterRegionCode != null && names(normalizedName, other.adopterRegionCode)) {
            return "adopter_named_as_region";
        }
        if (normalizedName != null && other.adopterName != null && !normalizedName.isEmpty()
                && RegionNames.normalize(other.adopterName).equals(normalizedName)) {
            return "same_adopter_name";
        }
        return null;
    }

    /**
     * Whether a name (lookup form) names the region: one of its names or aliases, or, for a name without a tier word
     * ("Blora"), one of them without theirs. "Kota Bandung" does not name Kabupaten Bandung.
     */
    private static boolean names(String normalizedName, String regionCode) {
        Set<String> aliases = RegionAlias.<RegionAlias>list("regionCode", regionCode).stream().map(a -> a.normalized)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return aliases.contains(normalizedName) || RegionNames.withoutTier(normalizedName).equals(normalizedName)
                && aliases.stream().map(RegionNames::withoutTier).anyMatch(normalizedName::equals);
    }

    private static Candidate candidate(Replication r, Innovation source, String reason) {
        return new Candidate(r.id, source.slug, source.name, ReplicationPresenter.adopter(r).name(), r.status, reason);
    }
}
