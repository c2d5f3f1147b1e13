package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.TopN;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.pipeline.Ranker;
import io.tastelab.engine.pipeline.Ranking;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a trained model into the collector → ranker → server pipeline: ranks the collected candidates by
 * the model's scores for the request's user (ties to the smaller id). A request without a user, or for a
 * user the model does not know, is ranked by training popularity, and the trace says so. Thread-safe.
 */
public final class ModelRanker implements Ranker {

    private final String name;
    private final ItemScorer model;
    private final PopularityScorer fallback;
    private final InteractionMatrix train;
    private final ItemOrder order;

    public ModelRanker(String name, ItemScorer model, InteractionMatrix train, ItemOrder order) {
        this.name = name;
        this.model = model;
        this.fallback = PopularityScorer.fit(train);
        this.train = train;
        this.order = order;
    }

    /** The model's user index for the request, when the model knows that user. */
    Optional<Integer> knownUser(RecommendationRequest request) {
        return request.user().flatMap(train::userIndex).filter(model::knows);
    }

    @Override
    public Ranking rank(Catalog catalog, CandidateSet candidates, RecommendationRequest request, int depth) {
        Optional<Integer> user = knownUser(request);
        ItemScorer scorer = user.isPresent() ? model : fallback;
        float[] scores = new float[model.itemCount()];
        scorer.score(user.orElse(0), scores);
        boolean[] allowed = new boolean[scores.length];
        for (int position = 0; position < candidates.size(); position++) {
            int index = candidates.indexAt(position);
            if (index < allowed.length) {
                allowed[index] = true;
            }
        }
        int[] top = TopN.select(scores, item -> allowed[item], order, depth);
        List<ScoredItem> ranked = new ArrayList<>(top.length);
        for (int item : top) {
            ranked.add(new ScoredItem(item, scores[item]));
        }
        return new Ranking(ranked, depth >= candidates.size());
    }

    @Override
    public String scoreMeaning() {
        return name + ": " + model.scoreMeaning();
    }

    @Override
    public String scoreMeaning(RecommendationRequest request) {
        if (knownUser(request).isPresent()) {
            return scoreMeaning();
        }
        String who = request.user().map(id -> "user '" + id + "' has no training interactions")
                .orElse("no user given");
        return "cold start (" + who + "): popularity fallback, " + fallback.scoreMeaning();
    }
}
