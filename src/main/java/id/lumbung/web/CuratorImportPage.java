package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.catalogue.InnovationImporter;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem.LineError;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.ReplicationImporter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * NDJSON import of innovations or replications through the pages, with the importers the API uses. A dry run (or a
 * refused import) lists the lines that may duplicate recorded data; "import anyway" sends the same file again with
 * {@code allow_duplicates} and the SHA-256 of the file that was checked, and is refused for any other file (decision 200).
 */
@Path("/kurator/impor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class CuratorImportPage {

    static final String INNOVATIONS = "innovations";
    static final String REPLICATIONS = "replications";

    @Inject
    Visit visit;

    @Inject
    InnovationImporter innovationImporter;

    @Inject
    ReplicationImporter replicationImporter;

    /** What an import did (or, in a dry run, would do). */
    public record Outcome(boolean dryRun, int lines, int created, int updated, int unchanged) {
    }

    /** A recorded entry or replication an imported line resembles, and why (Duplicate.* vocabulary codes). */
    public record Resemblance(String name, String href, List<String> reasons) {
    }

    public record DuplicateRow(int line, String imported, List<Resemblance> resembles) {
    }

    /**
     * The page: the kind chosen, what the import did, the possible duplicates with the digest of the file checked
     * (for "import anyway"), the line errors, and a message for the whole file ({@code error}, in the page's language).
     */
    public record ImportModel(String kind, Outcome outcome, List<DuplicateRow> duplicates, String checked,
            List<LineError> lineErrors, String error) {

        static ImportModel empty(String kind) {
            return new ImportModel(kind, null, List.of(), null, List.of(), null);
        }

        public boolean innovations() {
            return !REPLICATIONS.equals(kind);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importer(PageContext page, ImportModel model);
    }

    @GET
    public Response importForm(@QueryParam("kind") String kind) {
        return visit.render(Templates.importer(visit.context(), ImportModel.empty(REPLICATIONS.equals(kind) ? REPLICATIONS : INNOVATIONS)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("kind") String kind, @RestForm("file") FileUpload file, @RestForm("dry_run") String dryRun,
            @RestForm("allow_duplicates") String allowDuplicates, @RestForm("checked") String checked) {
        Caller caller = visit.caller();
        String chosenKind = kind == null ? INNOVATIONS : kind.strip();
        if (!INNOVATIONS.equals(chosenKind) && !REPLICATIONS.equals(chosenKind)) {
            return refused(ImportModel.empty(INNOVATIONS), FormText::import_unknown_kind);
        }
        ImportModel blank = ImportModel.empty(chosenKind);
        if (file == null || file.uploadedFile() == null || file.size() == 0 && (file.fileName() == null || file.fileName().isBlank())) {
            return refused(blank, FormText::import_choose_file);
        }
        byte[] content = read(file);
        String digest = sha256(content);
        boolean anyway = "true".equals(allowDuplicates);
        if (anyway && !digest.equals(checked)) {
            return refused(blank, FormText::import_other_file);
        }
        try {
            Run done = run(chosenKind, content, dryRun != null, anyway, caller);
            return visit.render(Templates.importer(visit.context(), new ImportModel(chosenKind, done.outcome(),
                    done.duplicates(), digest, List.of(), null)));
        } catch (ApiProblem problem) {
            return Response.fromResponse(visit.render(Templates.importer(visit.context(), ImportProblems.model(chosenKind,
                    problem, digest, visit.lang())))).status(problem.getStatusCode()).build();
        }
    }

    private record Run(Outcome outcome, List<DuplicateRow> duplicates) {
    }

    private Run run(String kind, byte[] content, boolean dryRun, boolean allowDuplicates, Caller caller) {
        if (REPLICATIONS.equals(kind)) {
            ReplicationImporter.ImportReport r = replicationImporter.importNdjson(new ByteArrayInputStream(content), dryRun,
                    allowDuplicates, caller);
            return new Run(new Outcome(r.dryRun(), r.lines(), r.created(), r.updated(), r.unchanged()),
                    ImportProblems.replicationRows(r.possibleDuplicates()));
        }
        InnovationImporter.ImportReport r = innovationImporter.importNdjson(new ByteArrayInputStream(content), dryRun,
                allowDuplicates, PublicationStatus.draft, caller);
        return new Run(new Outcome(r.dryRun(), r.lines(), r.created(), r.updated(), r.unchanged()),
                ImportProblems.innovationRows(r.possibleDuplicates()));
    }

    private Response refused(ImportModel model, Function<FormText, String> message) {
        String text = message.apply(MessageBundles.get(FormText.class, Localized.Literal.of(visit.lang())));
        ImportModel withError = new ImportModel(model.kind(), null, List.of(), null, List.of(), text);
        return Response.fromResponse(visit.render(Templates.importer(visit.context(), withError))).status(400).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
