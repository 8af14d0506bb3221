package id.lumbung.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.LineError;
import id.lumbung.common.JsonErrors;
import id.lumbung.common.NdjsonLines;
import id.lumbung.region.RegionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * NDJSON import of innovations (the format of innovations.jsonl). Atomic: every line is parsed and checked
 * before anything is written, and one bad line rejects the file. Idempotent: upsert by slug, and a line that
 * matches the stored record changes nothing.
 */
@ApplicationScoped
public class InnovationImporter {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    RegionService regions;

    @Inject
    TransactionManager transactions;

    @Inject
    Event<CatalogueStatistics.CatalogueImported> imported;

    @Inject
    DuplicateFinder duplicates;

    /**
     * {@code possible_duplicates}: new entries that look like existing ones of their area; a real import with
     * any is refused (409) unless allow_duplicates=true.
     */
    public record ImportReport(boolean dryRun, int lines, int created, int updated, int unchanged,
            List<PossibleDuplicate> possibleDuplicates) {
    }

    public record PossibleDuplicate(int line, String slug, List<DuplicateFinder.Candidate> candidates) {
    }

    record Line(int number, InnovationInput input) {
    }

    /**
     * @param newStatus status of new entries whose line gives none (draft for curators' files; the demo
     *                  catalogue is imported as published)
     */
    @Transactional
    public ImportReport importNdjson(InputStream ndjson, boolean dryRun, boolean allowDuplicates, PublicationStatus newStatus,
            Caller caller) {
        InnovationAssembler assembler = new InnovationAssembler(regions.directory(), Theme.codes());
        List<Line> lines = parseAndCheck(ndjson, assembler);
        checkMayPublish(lines, newStatus, caller);
        List<PossibleDuplicate> possibleDuplicates = allowDuplicates && !dryRun ? List.of() : possibleDuplicates(lines);
        if (!dryRun && !possibleDuplicates.isEmpty()) {
            throw ApiProblem.possibleDuplicate(possibleDuplicates.size() + " new entr"
                    + (possibleDuplicates.size() == 1 ? "y looks" : "ies look") + " like existing ones; nothing was imported. "
                    + "Check them (a dry run lists them too) and import again with allow_duplicates=true if they are "
                    + "different programs", possibleDuplicates);
        }
        ImportReport report = write(lines, dryRun, newStatus, assembler, caller, possibleDuplicates);
        if (dryRun) {
            markRollbackOnly();
        } else {
            imported.fire(new CatalogueStatistics.CatalogueImported(report.created() + report.updated()));
        }
        return report;
    }

    private List<Line> parseAndCheck(InputStream ndjson, InnovationAssembler assembler) {
        Map<String, Integer> firstLineOfSlug = new HashMap<>();
        NdjsonLines.Reading<InnovationInput> reading = NdjsonLines.read(ndjson, mapper, InnovationInput.class,
                (number, input, errors) -> {
                    for (ConstraintViolation<InnovationInput> v : validator.validate(input)) {
                        errors.add(new LineError(number, JsonErrors.snakeCasePath(v.getPropertyPath().toString()), v.getMessage()));
                    }
                    if (!errors.isEmpty() && errors.getLast().line() == number) {
                        return;
                    }
                    for (var violation : assembler.check(input)) {
                        errors.add(new LineError(number, violation.field(), violation.message()));
                    }
                    Integer earlier = firstLineOfSlug.putIfAbsent(input.slug(), number);
                    if (earlier != null) {
                        errors.add(new LineError(number, "slug", "'" + input.slug() + "' already appears on line " + earlier));
                    }
                });
        if (reading.hasErrors()) {
            throw reading.problem();
        }
        if (reading.lines().isEmpty()) {
            throw ApiProblem.badRequest("The file has no lines; send one JSON object per line (application/x-ndjson)");
        }
        return reading.lines().stream().map(l -> new Line(l.number(), l.value())).toList();
    }

    private static void checkMayPublish(List<Line> lines, PublicationStatus newStatus, Caller caller) {
        if (caller.canPublish()) {
            return;
        }
        String editorial = lines.stream()
                .filter(l -> Objects.requireNonNullElse(l.input().status(), newStatus) == PublicationStatus.published
                        || l.input().status() == PublicationStatus.archived)
                .map(l -> String.valueOf(l.number())).limit(20).collect(Collectors.joining(", "));
        if (!editorial.isEmpty()) {
            throw ApiProblem.forbidden("Only a reviewer or an admin may import entries as published or archived (lines "
                    + editorial + ")");
        }
    }

    /** New lines that look like entries already stored in their area (lines of the same file are not compared). */
    private List<PossibleDuplicate> possibleDuplicates(List<Line> lines) {
        Set<String> known = new HashSet<>();
        List<String> slugs = lines.stream().map(l -> l.input().slug()).toList();
        for (int from = 0; from < slugs.size(); from += 1000) {
            known.addAll(Innovation.<Innovation>list("slug in ?1", slugs.subList(from, Math.min(slugs.size(), from + 1000)))
                    .stream().map(i -> i.slug).toList());
        }
        Map<String, List<Innovation>> byArea = new HashMap<>();
        List<PossibleDuplicate> found = new ArrayList<>();
        for (Line line : lines) {
            InnovationInput input = line.input();
            if (known.contains(input.slug()) || input.regionCode() == null) {
                continue;
            }
            List<Innovation> nearby = byArea.computeIfAbsent(DuplicateFinder.area(input.regionCode()), duplicates::nearby);
            List<DuplicateFinder.Candidate> candidates = duplicates.match(input.slug(), input.name(), input.acronym(), nearby);
            if (!candidates.isEmpty()) {
                found.add(new PossibleDuplicate(line.number(), input.slug(), candidates));
            }
        }
        return found;
    }

    private ImportReport write(List<Line> lines, boolean dryRun, PublicationStatus newStatus, InnovationAssembler assembler,
            Caller caller, List<PossibleDuplicate> possibleDuplicates) {
        Map<String, Innovation> existing = new HashMap<>();
        List<String> slugs = lines.stream().map(l -> l.input().slug()).toList();
        for (int from = 0; from < slugs.size(); from += 1000) {
            Innovation.<Innovation>list("slug in ?1", slugs.subList(from, Math.min(slugs.size(), from + 1000)))
                    .forEach(i -> existing.put(i.slug, i));
        }
        List<Innovation> created = new ArrayList<>();
        int updated = 0;
        for (Line line : lines) {
            InnovationInput input = line.input();
            Innovation innovation = existing.get(input.slug());
            if (innovation == null) {
                innovation = new Innovation();
                assembler.apply(input, innovation);
                innovation.status = Objects.requireNonNullElse(input.status(), newStatus);
                created.add(innovation);
            } else {
                InnovationInput before = InnovationViews.asInput(innovation, Map.of());
                PublicationStatus status = innovation.status;
                var storedContacts = innovation.contacts;
                assembler.apply(input, innovation);
                if (input.contacts() == null) {
                    // The public export leaves personal contacts out: importing it back must not erase them. A line
                    // clears them with "contacts": [].
                    innovation.contacts = storedContacts;
                }
                if (input.status() != null && input.status() != status) {
                    EditorialWorkflow.checkMove(status, input.status(), caller);
                    innovation.status = input.status();
                }
                if (!before.equals(InnovationViews.asInput(innovation, Map.of()))) {
                    EditorialWorkflow.checkMayEdit(status, caller);
                    updated++;
                }
            }
        }
        Innovation.flush();
        new InnovationBulkInsert(Innovation.getEntityManager().unwrap(Session.class)).insert(created);
        return new ImportReport(dryRun, lines.size(), created.size(), updated, lines.size() - created.size() - updated,
                possibleDuplicates);
    }

    private void markRollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException("cannot roll back the dry run", e);
        }
    }
}
