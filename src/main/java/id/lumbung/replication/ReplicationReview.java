package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Review of replications (decision 130): what a curator records or changes waits {@code in_review} until a reviewer or
 * an admin publishes it; what reviewers and admins record is published at once, and their changes keep the record's
 * state. A reviewer sends work back to {@code draft}; a curator's next change submits it again. There is no archive:
 * a replication that ended is {@code dihentikan}, which is public history.
 */
public final class ReplicationReview {

    private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT = Map.of(
            PublicationStatus.draft, EnumSet.of(PublicationStatus.in_review, PublicationStatus.published),
            PublicationStatus.in_review, EnumSet.of(PublicationStatus.draft, PublicationStatus.published),
            PublicationStatus.published, EnumSet.of(PublicationStatus.draft),
            PublicationStatus.archived, EnumSet.noneOf(PublicationStatus.class));

    private ReplicationReview() {
    }

    public static Set<PublicationStatus> allowedNext(PublicationStatus from, Caller caller) {
        Set<PublicationStatus> next = EnumSet.noneOf(PublicationStatus.class);
        for (PublicationStatus to : NEXT.get(from)) {
            if (caller.canPublish() || !isEditorial(from, to)) {
                next.add(to);
            }
        }
        return next;
    }

    /** The state of a new replication. */
    static PublicationStatus initial(Caller caller) {
        return caller.canPublish() ? PublicationStatus.published : PublicationStatus.in_review;
    }

    /** The state after a change of the record or a new step: a curator's change goes (back) to review. */
    static PublicationStatus afterChange(PublicationStatus current, Caller caller) {
        return caller.canPublish() ? current : PublicationStatus.in_review;
    }

    /** 409 for a move the review does not have; 403 for one the caller may not make. */
    static void checkMove(PublicationStatus from, PublicationStatus to, Caller caller) {
        if (!NEXT.get(from).contains(to)) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("current_publication", from);
            extra.put("requested_publication", to);
            extra.put("allowed_next", NEXT.get(from));
            throw ApiProblem.conflict("A replication in '" + from + "' cannot move to '" + to + "'; allowed: " + NEXT.get(from),
                    extra);
        }
        if (isEditorial(from, to) && !caller.canPublish()) {
            throw ApiProblem.forbidden("Only a reviewer or an admin may move a replication from '" + from + "' to '" + to + "'");
        }
    }

    private static boolean isEditorial(PublicationStatus from, PublicationStatus to) {
        return to == PublicationStatus.published || from == PublicationStatus.published;
    }
}
