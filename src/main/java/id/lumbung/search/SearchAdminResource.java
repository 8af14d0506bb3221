package id.lumbung.search;

import id.lumbung.access.Roles;
import id.lumbung.common.QueryParams;
import id.lumbung.search.SynonymService.SynonymView;
import id.lumbung.search.index.IndexRebuilder;
import id.lumbung.search.index.OutboxIndexer;
import id.lumbung.search.index.RebuildReason;
import id.lumbung.search.index.SearchIndex;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.NoCache;

/** The index's state and online rebuild (admins), and the curated synonym rules (curators). */
@Tag(name = "Search")
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @Inject
    SearchIndex index;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    OutboxIndexer indexer;

    @Inject
    SynonymService synonyms;

    @Inject
    SecurityIdentity identity;

    /**
     * @param ready        whether this node is ready (as /q/health/ready says)
     * @param lagMs        how old the database snapshot is that the index reflects
     * @param outboxPosition every change of a transaction below this id is in the index
     */
    public record IndexStatus(String state, boolean ready, int documents, long outboxPosition, long lagMs,
            IndexRebuilder.Progress rebuild) {
    }

    /** This node's live state: not kept by caches (behind a balancer, each request may reach another node). */
    @Operation(summary = "State of the search index",
            description = "Whether this node is ready, how many documents its index holds and how far behind the "
            + "database it is.")
    @GET
    @Path("/index")
    @NoCache
    public IndexStatus status() throws IOException {
        OutboxIndexer.Health health = indexer.health();
        return new IndexStatus(health.state().name(), health.ready(), index.documentCount(), index.position().xmin(),
                health.lag().toMillis(), rebuilder.progress());
    }

    /** Builds a new index from PostgreSQL aside and swaps it in; searches keep answering meanwhile. */
    @Operation(summary = "Rebuild the search index",
            description = "Builds a new index from PostgreSQL aside and swaps it in; searches keep answering "
            + "meanwhile. Admins. 202 when started, 409 when a rebuild runs already.")
    @APIResponseSchema(value = IndexStatus.class, responseCode = "202",
            responseDescription = "Started; the state of the index")
    @POST
    @Path("/index/rebuild")
    @RolesAllowed(Roles.ADMIN)
    public Response rebuild() throws IOException {
        boolean started = indexer.requestRebuild(RebuildReason.requested);
        return Response.status(started ? 202 : 409).entity(status()).build();
    }

    public record SynonymInput(@NotBlank @Size(max = 1000) String rule, SynonymRule.Kind kind) {
    }

    @Operation(summary = "Search synonyms",
            description = "The synonym rules search applies besides the built-in ones (staff).")
    @GET
    @Path("/synonyms")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public List<SynonymView> listSynonyms() {
        return synonyms.list();
    }

    @Operation(summary = "Add a search synonym",
            description = "A rule in the Solr format (a, b, c: equivalent; a, b => c: one-way); padanan rules join "
            + "the synonyms, tesaurus rules the concepts. Reviewers and admins; an existing rule is "
            + "409.")
    @APIResponseSchema(value = SynonymView.class, responseCode = "201",
            responseDescription = "Added")
    @POST
    @Path("/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response addSynonym(@Valid @NotNull SynonymInput input) {
        SynonymView view = synonyms.add(input.rule(), input.kind() == null ? SynonymRule.Kind.padanan : input.kind(),
                identity.getPrincipal().getName());
        return Response.status(201).entity(view).build();
    }

    @Operation(summary = "Delete a search synonym",
            description = "Reviewers and admins.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("/synonyms/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response deleteSynonym(@PathParam("id") String id) {
        synonyms.delete(parseId(id));
        return Response.noContent().build();
    }

    private static long parseId(String raw) {
        return QueryParams.requiredInteger("id", raw, 1, Integer.MAX_VALUE);
    }
}
