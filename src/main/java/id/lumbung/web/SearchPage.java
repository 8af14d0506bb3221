package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.search.SearchParams;
import id.lumbung.search.SearchProblems;
import id.lumbung.search.query.InvalidSearchException;
import id.lumbung.search.query.SearchResult;
import id.lumbung.search.query.SearchResult.FacetValue;
import id.lumbung.search.query.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /cari: results with highlights, facet checkboxes, sort and pages. Every filter lives in the URL, so a
 * result page can be shared; the parameters are those of the search API and read by the same code.
 */
@Path("/cari")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @Inject
    Visit visit;

    @Inject
    SearchService search;

    /** One facet checkbox: checked when its value is a current filter. */
    public record Option(String value, String label, long count, boolean checked) {
    }

    public record FacetGroup(String param, String title, List<Option> options) {
    }

    /** The current filters, to render hidden fields and links that keep them. */
    public record Filters(String q, Map<String, List<String>> values, String sort, String query) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(PageContext page, Filters filters, SearchResult result,
                List<FacetGroup> facets, String nextHref, String error);
    }

    @GET
    public Response search(@BeanParam SearchParams params) {
        Map<String, List<String>> values = params.filters();
        String q = params.q();
        String sort = params.sortName();
        Filters filters = new Filters(q == null ? "" : q, values, sort == null ? "relevance" : sort, query(q, values, sort));
        SearchResult result = null;
        ApiProblem refused = null;
        try {
            result = search.search(params.toRequest());
        } catch (ApiProblem problem) {
            refused = problem;
        } catch (InvalidSearchException invalid) {
            refused = SearchProblems.problem(invalid);
        }
        String error = refused == null ? null : error(refused);
        List<FacetGroup> facets = result == null ? List.of() : facets(result, values);
        String next = result == null || result.nextCursor() == null ? null
                : "/cari?" + filters.query() + "&cursor=" + URLEncoder.encode(result.nextCursor(), StandardCharsets.UTF_8);
        Response page = visit.render(Templates.results(visit.context(), filters, result, facets, next, error));
        return refused == null ? page : Response.fromResponse(page).status(refused.getStatusCode()).build();
    }

    /** The API's English detail would break the page's language: say which parameter, in its words. */
    private String error(ApiProblem problem) {
        BrowseText text = ProvinceMap.text(visit.lang());
        return problem.getStatusCode() != 400 ? text.search_unavailable()
                : text.bad_search(problem.violations().isEmpty() ? "q" : problem.violations().getFirst().field());
    }

    private List<FacetGroup> facets(SearchResult result, Map<String, List<String>> values) {
        Messages text = MessageBundles.get(Messages.class, Localized.Literal.of(visit.lang()));
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("theme", text.facet_theme());
        titles.put("province", text.facet_province());
        titles.put("tahapan", text.facet_tahapan());
        titles.put("level", text.facet_level());
        titles.put("year", text.facet_year());
        titles.put("urusan", text.facet_urusan());
        List<FacetGroup> groups = new ArrayList<>();
        titles.forEach((param, title) -> {
            List<FacetValue> counted = result.facets().getOrDefault(param, List.of());
            List<Option> options = counted.stream().map(v -> new Option(v.value(), Objects.requireNonNullElse(v.label(), v.value()),
                    v.count(), values.get(param).contains(v.value()))).toList();
            if (!options.isEmpty()) {
                groups.add(new FacetGroup(param, title, options));
            }
        });
        return groups;
    }

    private static String query(String q, Map<String, List<String>> values, String sort) {
        StringBuilder query = new StringBuilder("q=").append(encode(q == null ? "" : q));
        values.forEach((name, list) -> list.forEach(v -> query.append('&').append(name).append('=').append(encode(v))));
        if (sort != null && !sort.isBlank()) {
            query.append("&sort=").append(encode(sort));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
