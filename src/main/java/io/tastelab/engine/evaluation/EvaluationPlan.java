package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;

import java.util.Arrays;
import java.util.List;

/**
 * What to evaluate: a split, recommenders, the k values, the seed (split and models) and hyper-parameters.
 *
 * @param holdout the test fraction of the holdout and temporal splits (unused by leave-last-out)
 */
public record EvaluationPlan(SplitKind split, double holdout, List<RecommenderKind> recommenders, int[] ks, long seed,
                             ModelParams params) {

    public EvaluationPlan {
        recommenders = List.copyOf(recommenders);
        ks = Arrays.stream(ks).sorted().distinct().toArray();
        if (recommenders.isEmpty()) {
            throw new IllegalArgumentException("choose at least one recommender");
        }
        if (ks.length == 0 || ks[0] < 1) {
            throw new IllegalArgumentException("k must be 1 or more");
        }
        params.requireKnown(RecommenderKind.knownParameters());
    }
}
