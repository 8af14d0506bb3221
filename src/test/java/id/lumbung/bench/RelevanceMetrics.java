package id.lumbung.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The metrics of shared/eval/README.md: nDCG@10 (gain 2^grade − 1, discount log2(rank + 1), ideal = the
 * judged grades sorted), recall@20 over grade ≥ 1, MRR of the first grade-2 document, success@3.
 */
final class RelevanceMetrics {

    record Judged(String id, String query, String type, Map<String, Integer> grades) {
    }

    record Scores(double ndcg10, double recall20, double mrr, boolean success3) {
    }

    /** A judged query with the scores one system got for it. */
    record Scored(Judged query, Scores scores) {
    }

    /** Means over a set of queries, and nDCG@10 per query type. */
    record Summary(int queries, double ndcg10, double recall20, double mrr, double success3, Map<String, Double> ndcgByType) {

        static Summary of(List<Scored> scored) {
            double n = Math.max(1, scored.size());
            Map<String, double[]> sums = new TreeMap<>();
            for (Scored s : scored) {
                double[] sum = sums.computeIfAbsent(s.query().type(), t -> new double[2]);
                sum[0] += s.scores().ndcg10();
                sum[1]++;
            }
            Map<String, Double> byType = new TreeMap<>();
            sums.forEach((type, sum) -> byType.put(type, sum[0] / sum[1]));
            return new Summary(scored.size(), scored.stream().mapToDouble(s -> s.scores().ndcg10()).sum() / n,
                    scored.stream().mapToDouble(s -> s.scores().recall20()).sum() / n,
                    scored.stream().mapToDouble(s -> s.scores().mrr()).sum() / n,
                    scored.stream().filter(s -> s.scores().success3()).count() / n, byType);
        }

        static Summary of(List<Scored> scored, Predicate<Judged> which) {
            return of(scored.stream().filter(s -> which.test(s.query())).toList());
        }

        /** One line: the means, then nDCG@10 per type. */
        String line(String system, String set) {
            StringBuilder types = new StringBuilder();
            ndcgByType.forEach((type, ndcg) -> types.append(String.format(" %s=%.2f", type, ndcg)));
            return String.format("%-32s %-22s nDCG@10=%.3f recall@20=%.3f MRR=%.3f success@3=%.3f |%s", system,
                    set + " (" + queries + ")", ndcg10, recall20, mrr, success3, types);
        }
    }

    private RelevanceMetrics() {
    }

    static Scores score(Judged q, List<String> ranked) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += (Math.pow(2, q.grades().getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(q.grades().values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        long relevant = q.grades().values().stream().filter(g -> g >= 1).count();
        long found = ranked.stream().limit(20).filter(s -> q.grades().getOrDefault(s, 0) >= 1).count();
        double mrr = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (q.grades().getOrDefault(ranked.get(i), 0) == 2) {
                mrr = 1.0 / (i + 1);
                break;
            }
        }
        boolean success3 = ranked.stream().limit(3).anyMatch(s -> q.grades().getOrDefault(s, 0) == 2);
        return new Scores(idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : (double) found / relevant, mrr, success3);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
