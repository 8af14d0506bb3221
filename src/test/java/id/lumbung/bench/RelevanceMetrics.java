package id.lumbung.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics of shared/eval/README.md: nDCG@10 (gain 2^grade − 1, discount log2(rank + 1), ideal = the
 * judged grades sorted), recall@20 over grade ≥ 1, MRR of the first grade-2 document, success@3.
 */
final class RelevanceMetrics {

    record Judged(String id, String query, String type, Map<String, Integer> grades) {
    }

    record Scores(double ndcg10, double recall20, double mrr, boolean success3) {
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

    /** One line of the report: means over the queries, and nDCG@10 per query type. */
    static String report(String system, List<Judged> queries, List<Scores> scores) {
        double ndcg = scores.stream().mapToDouble(Scores::ndcg10).average().orElse(0);
        double recall = scores.stream().mapToDouble(Scores::recall20).average().orElse(0);
        double mrr = scores.stream().mapToDouble(Scores::mrr).average().orElse(0);
        double s3 = scores.stream().filter(Scores::success3).count() / (double) scores.size();
        Map<String, double[]> byType = new TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            double[] sum = byType.computeIfAbsent(queries.get(i).type(), t -> new double[2]);
            sum[0] += scores.get(i).ndcg10();
            sum[1]++;
        }
        StringBuilder types = new StringBuilder();
        byType.forEach((type, sum) -> types.append(String.format(" %s=%.2f", type, sum[0] / sum[1])));
        return String.format("%-34s nDCG@10=%.3f recall@20=%.3f MRR=%.3f success@3=%.3f |%s", system, ndcg, recall, mrr, s3,
                types);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
