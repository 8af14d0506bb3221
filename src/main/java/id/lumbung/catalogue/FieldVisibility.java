package id.lumbung.catalogue;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationParts.Contact;
import java.util.List;

/**
 * The one place that decides which fields a caller may see. Personal data — the contacts of an innovation (names,
 * e-mail, phone) and who recorded a replication step (a staff member's user name) — reaches signed-in staff only;
 * everything else of a published record is public, the institutional {@code public_contact} included. Every view,
 * exporter, history and page takes its fields through here, so a new output cannot forget the rule.
 */
public final class FieldVisibility {

    /** Who a piece of output is for. */
    public enum Audience {
        /** Anonymous callers and API keys. */
        PUBLIC,
        /** Signed-in curators, reviewers and admins. */
        STAFF;

        public boolean seesPersonalData() {
            return this == STAFF;
        }
    }

    private FieldVisibility() {
    }

    public static Audience audience(Caller caller) {
        return caller != null && caller.staff() ? Audience.STAFF : Audience.PUBLIC;
    }

    /** The contacts of an innovation as the audience may see them: null (absent from JSON) for the public. */
    public static List<Contact> contacts(List<Contact> contacts, Audience audience) {
        return audience.seesPersonalData() ? List.copyOf(contacts) : null;
    }

    /** Who recorded a replication step: the user name for staff, null for the public. */
    public static String recordedBy(String username, Audience audience) {
        return audience.seesPersonalData() ? username : null;
    }

    /** A record in import format (exports, histories) with the fields the audience may not see left out. */
    public static InnovationInput record(InnovationInput full, Audience audience) {
        if (audience.seesPersonalData()) {
            return full;
        }
        return new InnovationInput(full.slug(), full.name(), full.acronym(), full.aliases(), full.regionName(),
                full.regionCode(), full.provinceName(), full.agency(), full.level(), full.yearStarted(), full.tahapan(),
                full.jenis(), full.bentuk(), full.urusan(), full.themes(), full.sdgGoals(), full.summary(), full.problem(),
                full.approach(), full.goals(), full.benefits(), full.outcomes(), full.outcomeIndicators(), full.legalBasis(),
                full.costEstimate(), full.replicationKit(), full.publicContact(), null, full.awards(), full.sourceUrls(),
                full.evidenceSources(), full.runningStatus(), full.lastConfirmedOn(), full.status(), full.language());
    }
}
