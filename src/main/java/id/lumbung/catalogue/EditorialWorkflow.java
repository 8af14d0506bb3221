package id.lumbung.catalogue;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The editorial workflow: {@code draft → in_review → published → archived}, and back to {@code draft} for
 * rework. Curators create, edit and submit drafts; reviewers and admins publish (also straight from a draft),
 * archive and send entries back. Published and archived entries are edited by reviewers and admins only, so
 * nothing reaches the public unreviewed.
 */
public final class EditorialWorkflow {

    private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT = Map.of(
            PublicationStatus.draft, EnumSet.of(PublicationStatus.in_review, PublicationStatus.published),
            PublicationStatus.in_review, EnumSet.of(PublicationStatus.draft, PublicationStatus.published),
            PublicationStatus.published, EnumSet.of(PublicationStatus.archived, PublicationStatus.draft),
            PublicationStatus.archived, EnumSet.of(PublicationStatus.draft));

    private EditorialWorkflow() {
    }

    public static Set<PublicationStatus> allowedNext(PublicationStatus from) {
        return NEXT.get(from);
    }

    /** Moves that are editorial decisions: publishing, archiving, and sending published work back. */
    static boolean isEditorial(PublicationStatus from, PublicationStatus to) {
        return to == PublicationStatus.published || to == PublicationStatus.archived || from == PublicationStatus.published
                || from == PublicationStatus.archived;
    }

    /** 409 for a move the workflow does not have; 403 for one the caller may not make. */
    static void checkMove(PublicationStatus from, PublicationStatus to, Caller caller) {
        if (!allowedNext(from).contains(to)) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("current_status", from);
            extra.put("requested_status", to);
            extra.put("allowed_next", allowedNext(from));
            throw ApiProblem.conflict("An entry in '" + from + "' cannot move to '" + to + "'; allowed: " + allowedNext(from), extra);
        }
        if (isEditorial(from, to) && !caller.canPublish()) {
            throw ApiProblem.forbidden("Only a reviewer or an admin may move an entry from '" + from + "' to '" + to + "'");
        }
    }

    /** The status a new entry may start in: draft or in_review for curators, any for reviewers and admins. */
    static void checkInitial(PublicationStatus status, Caller caller) {
        if ((status == PublicationStatus.published || status == PublicationStatus.archived) && !caller.canPublish()) {
            throw ApiProblem.forbidden("Only a reviewer or an admin may set status '" + status + "'");
        }
    }

    /** Curators edit work in progress; what the public sees is edited by reviewers and admins. */
    static void checkMayEdit(PublicationStatus status, Caller caller) {
        if ((status == PublicationStatus.published || status == PublicationStatus.archived) && !caller.canPublish()) {
            throw ApiProblem.forbidden("A " + status + " entry is edited by reviewers and admins; ask one to move it back "
                    + "to draft for rework");
        }
    }
}
