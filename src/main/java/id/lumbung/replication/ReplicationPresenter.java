package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.FieldVisibility;
import id.lumbung.catalogue.Innovation;
import id.lumbung.learning.LearningEvent;
import id.lumbung.region.Region;
import id.lumbung.replication.ReplicationViews.Adopter;
import id.lumbung.replication.ReplicationViews.InnovationRef;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.replication.ReplicationViews.StatusChangeView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns replication entities into API views for one caller: who recorded a step is shown to staff only, and
 * a derived innovation that is not published is left out for everyone else.
 */
@ApplicationScoped
public class ReplicationPresenter {

    public ReplicationView view(Replication r, Caller caller) {
        Innovation source = Innovation.findById(r.sourceInnovationId);
        Innovation derived = r.derivedInnovationId == null ? null : Innovation.findById(r.derivedInnovationId);
        LearningEvent event = r.learningEventId == null ? null : LearningEvent.findById(r.learningEventId);
        List<StatusChangeView> history = r.history.stream().map(c -> new StatusChangeView(c.status, c.occurredOn,
                c.note, FieldVisibility.recordedBy(c.recordedBy, FieldVisibility.audience(caller)), c.recordedAt)).toList();
        InnovationRef derivedRef = visible(derived, caller) ? ref(derived) : null;
        return new ReplicationView(r.id, ref(source), adopter(r), derivedRef,
                derivedRef == null ? null : derivedRef.slug(), event == null ? null : event.slug, r.status,
                r.statusSince, r.status.allowedNext(), r.publication, r.year, r.notes, r.adaptation,
                List.copyOf(r.outcomes), List.copyOf(r.evidence), r.legalBasis, history, r.createdAt,
                r.updatedAt, r.version);
    }

    public static InnovationRef ref(Innovation innovation) {
        return new InnovationRef(innovation.slug, innovation.name, innovation.regionCode, innovation.nameEn);
    }

    public static boolean visible(Innovation innovation, Caller caller) {
        return innovation != null && (innovation.isPublished() || caller.staff());
    }

    public static Adopter adopter(Replication r) {
        if (r.adopterName != null) {
            return new Adopter(null, r.adopterName, r.adopterCountry);
        }
        Region region = Region.findById(r.adopterRegionCode);
        return new Adopter(r.adopterRegionCode, region == null ? null : region.displayName(), r.adopterCountry);
    }
}
