package id.lumbung.web;

import id.lumbung.catalogue.InnovationImporter;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.LineError;
import id.lumbung.replication.ReplicationImporter;
import id.lumbung.web.CuratorImportPage.DuplicateRow;
import id.lumbung.web.CuratorImportPage.ImportModel;
import id.lumbung.web.CuratorImportPage.Resemblance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;

/**
 * The importers' answers as the import page shows them: possible duplicates as rows (line, what is imported, what
 * it resembles and why), and a refused file as its line errors or one message, in the page's language.
 */
final class ImportProblems {

    private ImportProblems() {
    }

    static List<DuplicateRow> innovationRows(List<InnovationImporter.PossibleDuplicate> duplicates) {
        return duplicates.stream().map(d -> new DuplicateRow(d.line(), d.slug(), d.candidates().stream()
                .map(c -> new Resemblance(c.name(), "/kurator/inovasi/" + c.slug(), c.reasons())).toList())).toList();
    }

    static List<DuplicateRow> replicationRows(List<ReplicationImporter.PossibleDuplicate> duplicates) {
        return duplicates.stream().map(d -> new DuplicateRow(d.line(), d.sourceSlug() + " → " + d.adopter(), d.candidates().stream()
                .map(c -> new Resemblance(c.sourceName() + " → " + c.adopter(), "/kurator/replikasi/" + c.id(), List.of(c.reason())))
                .toList())).toList();
    }

    /** A refused import: 409 lists the possible duplicates (import anyway is offered), 422 the lines, others a message. */
    @SuppressWarnings("unchecked")
    static ImportModel model(String kind, ApiProblem problem, String digest, String lang) {
        FormText text = MessageBundles.get(FormText.class, Localized.Literal.of(lang));
        Object candidates = problem.getParameters().get("candidates");
        if (problem.getStatusCode() == 409 && candidates instanceof List<?> list) {
            List<DuplicateRow> rows = CuratorImportPage.REPLICATIONS.equals(kind)
                    ? replicationRows((List<ReplicationImporter.PossibleDuplicate>) list)
                    : innovationRows((List<InnovationImporter.PossibleDuplicate>) list);
            return new ImportModel(kind, null, rows, digest, List.of(), text.import_duplicates_refused());
        }
        if (problem.getParameters().get("errors") instanceof List<?> list && !list.isEmpty()) {
            List<LineError> lines = ((List<LineError>) list).stream()
                    .map(e -> new LineError(e.line(), e.field(), ValidationText.of(e.message(), lang))).toList();
            return new ImportModel(kind, null, List.of(), null, lines, text.import_line_errors());
        }
        String detail = ValidationText.of(problem.getDetail(), lang);
        String message = "en".equals(lang) || !ValidationText.UNKNOWN_ID.equals(detail) ? detail : text.import_refused();
        return new ImportModel(kind, null, List.of(), null, List.of(), message);
    }
}
