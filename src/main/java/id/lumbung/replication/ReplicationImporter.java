package id.lumbung.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.LineError;
import id.lumbung.common.JsonErrors;
import id.lumbung.common.NdjsonLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Optional;

/**
 * NDJSON import of replications (the format of replications.jsonl, see {@link ReplicationRecord}). Atomic: one
 * bad line rejects the file and nothing is written. Idempotent: a line matches an existing replication by
 * source and adopter; its details are updated, and its status is applied as a transition only when it is a
 * legal move forward. A status the replication has already passed leaves it as it is, so re-importing an
 * older file never moves a replication back.
 */
@ApplicationScoped
public class ReplicationImporter {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    ReplicationService replications;

    @Inject
    TransactionManager transactions;

    @Inject
    ReplicationDuplicates duplicates;

    /**
     * {@code possible_duplicates}: new replications that look like recorded ones (or like an earlier line of the file);
     * a real import with any is refused (409) unless allow_duplicates=true.
     */
    @Schema(name = "ReplicationImportReport")
    public record ImportReport(boolean dryRun, int lines, int created, int updated, int unchanged,
            List<PossibleDuplicate> possibleDuplicates) {
    }

    public record PossibleDuplicate(int line, String sourceSlug, String adopter, List<ReplicationDuplicates.Candidate> candidates) {
    }

    private record Line(int number, ReplicationRecord record) {
    }

    private record Snapshot(ReplicationStatus status, Integer year, String notes, Long derived, Long event, Object adaptation,
            Object outcomes, Object evidence, Object legalBasis) {

        static Snapshot of(Replication r) {
            return new Snapshot(r.status, r.year, r.notes, r.derivedInnovationId, r.learningEventId, r.adaptation,
                    List.copyOf(r.outcomes), List.copyOf(r.evidence), r.legalBasis);
        }
    }

    /** An import that refuses possible duplicates (the demo loader's: its data has none). */
    @Transactional
    public ImportReport importNdjson(InputStream ndjson, boolean dryRun, Caller caller) {
        return importNdjson(ndjson, dryRun, false, caller);
    }

    @Transactional
    public ImportReport importNdjson(InputStream ndjson, boolean dryRun, boolean allowDuplicates, Caller caller) {
        ReplicationService.checkMayChange(caller);
        NdjsonLines.Reading<ReplicationRecord> reading = parseAndCheck(ndjson);
        if (reading.stoppedAt() > 0) {
            throw reading.problem();
        }
        List<LineError> errors = new ArrayList<>(reading.errors());
        List<Line> lines = reading.lines().stream().map(l -> new Line(l.number(), l.value())).toList();
        int created = 0;
        int updated = 0;
        List<PossibleDuplicate> possibleDuplicates = new ArrayList<>();
        for (Line line : lines) {
            if (errors.size() >= NdjsonLines.MAX_ERRORS) {
                break;
            }
            try {
                if (!allowDuplicates || dryRun) {
                    possibleDuplicate(line).ifPresent(possibleDuplicates::add);
                }
                switch (write(line.record(), caller)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> { }
                }
            } catch (ApiProblem problem) {
                errors.addAll(lineErrors(line.number(), problem));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line));
            throw ApiProblem.unprocessable(errors.size() + " problem(s) in the file; nothing was imported",
                    errors.subList(0, Math.min(errors.size(), NdjsonLines.MAX_ERRORS)));
        }
        if (!dryRun && !possibleDuplicates.isEmpty()) {
            throw ApiProblem.possibleDuplicate(possibleDuplicates.size() + " new replication"
                    + (possibleDuplicates.size() == 1 ? " looks" : "s look") + " like recorded ones; nothing was imported. "
                    + "Check them (a dry run lists them too) and import again with allow_duplicates=true if they are "
                    + "different replications", possibleDuplicates);
        }
        if (dryRun) {
            markRollbackOnly();
        }
        return new ImportReport(dryRun, lines.size(), created, updated, lines.size() - created - updated, possibleDuplicates);
    }

    /** The line, if it records a new replication that looks like a recorded one (an earlier line's included). */
    private Optional<PossibleDuplicate> possibleDuplicate(Line line) {
        ReplicationRecord record = line.record();
        Innovation source = Innovation.findBySlug(record.sourceSlug());
        if (source == null || existing(source, record) != null) {
            return Optional.empty();
        }
        String adopterName = record.adopterRegionCode() == null ? record.adopterName() : null;
        List<ReplicationDuplicates.Candidate> candidates = duplicates.candidates(source, record.adopterRegionCode(), adopterName);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(new PossibleDuplicate(line.number(), source.slug,
                Objects.requireNonNullElse(record.adopterRegionCode(), adopterName), candidates));
    }

    private static Replication existing(Innovation source, ReplicationRecord record) {
        return ReplicationService.findExisting(source.id, record.adopterRegionCode(), record.adopterRegionCode() == null
                ? Objects.requireNonNullElse(record.adopterName(), "").strip() : null);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private Outcome write(ReplicationRecord record, Caller caller) {
        Innovation source = Innovation.findBySlug(record.sourceSlug());
        Replication existing = source == null ? null : existing(source, record);
        if (existing == null) {
            long id = replications.create(record.toInput(), record.firstStepNote(), caller).id();
            Replication replication = Replication.findById(id);
            for (TransitionInput step : record.laterSteps()) {
                replications.moveTo(replication, step, caller);
            }
            checkFinalStatus(record, replication);
            Replication.flush();
            return Outcome.CREATED;
        }
        Snapshot before = Snapshot.of(existing);
        ReplicationInput input = record.toInput();
        replications.applyDetails(existing, input.details(), input.sourceUrls());
        ReplicationStatus wanted = ReplicationStatus.parse(record.status());
        if (wanted != existing.status && !existing.status.reached(wanted)) {
            replications.moveTo(existing, new TransitionInput(wanted, record.date(), null), caller);
        }
        if (before.equals(Snapshot.of(existing))) {
            return Outcome.UNCHANGED;
        }
        existing.publication = ReplicationReview.afterChange(existing.publication, caller);
        Replication.flush();
        return Outcome.UPDATED;
    }

    private static void checkFinalStatus(ReplicationRecord record, Replication replication) {
        if (replication.status != ReplicationStatus.parse(record.status())) {
            throw ApiProblem.invalidField("status", "is '" + record.status() + "' but the history ends at '"
                    + replication.status + "'");
        }
    }

    /**
     * Reads and checks every line; the lines with errors are left out, so the writes that follow check the valid lines
     * too and one answer reports the problems of the file.
     */
    private NdjsonLines.Reading<ReplicationRecord> parseAndCheck(InputStream ndjson) {
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        NdjsonLines.Reading<ReplicationRecord> reading = NdjsonLines.read(ndjson, mapper, ReplicationRecord.class,
                (number, record, errors) -> {
                    int before = errors.size();
                    for (ConstraintViolation<ReplicationRecord> v : validator.validate(record)) {
                        errors.add(new LineError(number, JsonErrors.snakeCasePath(v.getPropertyPath().toString()), v.getMessage()));
                    }
                    checkStatuses(number, record, errors);
                    if (errors.size() == before) {
                        String key = record.sourceSlug() + "|" + Objects.requireNonNullElse(record.adopterRegionCode(), "")
                                + "|" + Objects.requireNonNullElse(record.adopterName(), "");
                        Integer earlier = firstLineOfKey.putIfAbsent(key, number);
                        if (earlier != null) {
                            errors.add(new LineError(number, "adopter_region_code",
                                    "the same source and adopter already appear on line " + earlier));
                        }
                    }
                });
        if (reading.lines().isEmpty() && reading.errors().isEmpty()) {
            throw ApiProblem.badRequest("The file has no lines; send one JSON object per line (application/x-ndjson)");
        }
        return reading;
    }

    private static void checkStatuses(int number, ReplicationRecord record, List<LineError> errors) {
        List<String> words = new ArrayList<>();
        words.add(record.status());
        if (record.history() != null) {
            record.history().stream().filter(Objects::nonNull).map(ReplicationRecord.Step::status).forEach(words::add);
        }
        for (String word : words) {
            try {
                if (word != null) {
                    ReplicationStatus.parse(word);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(number, "status", "'" + word + "' is not a replication status ("
                        + List.of(ReplicationStatus.values()) + ", or studi-tiru / direncanakan)"));
            }
        }
    }

    private static List<LineError> lineErrors(int number, ApiProblem problem) {
        if (!problem.violations().isEmpty()) {
            return problem.violations().stream().map(v -> new LineError(number, v.field(), v.message())).toList();
        }
        return List.of(new LineError(number, null, problem.getDetail()));
    }

    private void markRollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot roll back the dry run", e);
        }
    }
}
