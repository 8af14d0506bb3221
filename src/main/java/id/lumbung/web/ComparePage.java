package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.search.SearchParams;
import id.lumbung.search.query.InvalidSearchException;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * /bandingkan?slug=a&slug=b: up to three innovations side by side (region, cost, legal basis, tahapan, kit,
 * outcomes, replications). A search on the same page adds the next one, so it works without JavaScript.
 */
@Path("/bandingkan")
@Produces(MediaType.TEXT_HTML)
public class ComparePage {

    static final int MAX = 3;

    @Inject
    Visit visit;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    SearchService search;

    /** One compared innovation with its replications and the link that compares the others without it. */
    public record Column(InnovationView innovation, List<ReplicationView> replications, String withoutHref) {
    }

    /** A search hit that can be added, with the link that adds it. */
    public record Candidate(Hit hit, String addHref) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(PageContext page, List<Column> columns, List<String> errors, String q,
                List<String> slugs, List<Candidate> candidates);
    }

    @GET
    @Transactional
    public Response compare(@QueryParam("slug") List<String> slugs, @QueryParam("q") String q) {
        Caller caller = visit.caller();
        RecordText text = InnovationBrief.text(visit.lang());
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(slugs == null ? List.<String>of()
                : slugs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        List<String> errors = new ArrayList<>();
        int status = 200;
        if (wanted.size() > MAX) {
            errors.add(text.compare_limit());
            wanted = wanted.subList(0, MAX);
            status = 400;
        }
        List<Column> columns = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String slug : wanted) {
            try {
                InnovationView innovation = innovations.get(slug, caller);
                columns.add(new Column(innovation, replications.ofInnovation(slug, caller, null, 100).items(), null));
                found.add(slug);
            } catch (ApiProblem problem) {
                errors.add(text.compare_unknown(slug.length() > 120 ? slug.substring(0, 120) : slug));
                status = status == 200 ? 404 : status;
            }
        }
        List<Column> linked = columns.stream().map(c -> new Column(c.innovation(), c.replications(),
                href(found.stream().filter(s -> !s.equals(c.innovation().slug())).toList(), null))).toList();
        String query = q == null ? "" : q.strip();
        List<Candidate> candidates = found.size() < MAX && !query.isEmpty() ? candidates(query, found) : List.of();
        Response page = visit.render(Templates.compare(visit.context(), linked, errors, query, found, candidates));
        return status == 200 ? page : Response.fromResponse(page).status(status).build();
    }

    private List<Candidate> candidates(String q, List<String> chosen) {
        try {
            List<Hit> hits = search.search(SearchParams.words(q.length() > 200 ? q.substring(0, 200) : q, 8).toRequest()).hits();
            return hits.stream().filter(h -> !chosen.contains(h.slug())).limit(5)
                    .map(h -> new Candidate(h, href(chosen, h.slug()))).toList();
        } catch (ApiProblem | InvalidSearchException refused) {
            return List.of();
        }
    }

    static String href(List<String> slugs, String added) {
        List<String> all = new ArrayList<>(slugs);
        if (added != null) {
            all.add(added);
        }
        return "/bandingkan" + (all.isEmpty() ? "" : "?" + all.stream().map(s -> "slug=" + TemplateExtensions.url(s))
                .collect(Collectors.joining("&")));
    }
}
