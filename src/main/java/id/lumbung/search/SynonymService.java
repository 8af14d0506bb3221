package id.lumbung.search;

import id.lumbung.common.ApiProblem;
import id.lumbung.search.analysis.SearchVocabulary;
import id.lumbung.search.analysis.SynonymRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;

/** Synonym rules curators add at run time; the search vocabulary picks them up at once. */
@ApplicationScoped
public class SynonymService {

    public record SynonymView(long id, String rule, SynonymRule.Kind kind, String createdBy, OffsetDateTime createdAt) {
        static SynonymView of(SynonymRule r) {
            return new SynonymView(r.id, r.rule, r.kind, r.createdBy, r.createdAt);
        }
    }

    @Inject
    SearchVocabulary vocabulary;

    public List<SynonymView> list() {
        return SynonymRule.<SynonymRule>listAll(io.quarkus.panache.common.Sort.by("id")).stream().map(SynonymView::of).toList();
    }

    public SynonymView add(String rule, SynonymRule.Kind kind, String user) {
        SynonymView view = QuarkusTransaction.requiringNew().call(() -> persist(rule, kind, user));
        vocabulary.rebuild();
        return view;
    }

    private SynonymView persist(String rule, SynonymRule.Kind kind, String user) {
        String normalized = rule.strip().replaceAll("\\s+", " ");
        String problem = SynonymRules.problemWith(normalized);
        if (problem != null || !normalized.contains(",") && !normalized.contains("=>")) {
            throw ApiProblem.invalidField("rule", "must be a synonym rule such as 'umkm, usaha mikro kecil menengah' "
                    + "or 'jompo => lansia'" + (problem == null ? "" : " (" + problem + ")"));
        }
        if (SynonymRule.count("rule", normalized) > 0) {
            throw ApiProblem.conflict("The rule already exists");
        }
        SynonymRule entity = new SynonymRule();
        entity.rule = normalized;
        entity.kind = kind;
        entity.createdBy = user;
        entity.createdAt = OffsetDateTime.now();
        entity.persist();
        return SynonymView.of(entity);
    }

    public void delete(long id) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> SynonymRule.deleteById(id));
        if (!deleted) {
            throw ApiProblem.notFound("Synonym rule", Long.toString(id));
        }
        vocabulary.rebuild();
    }
}
