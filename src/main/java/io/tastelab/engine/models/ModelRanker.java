package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.TopN;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.pipeline.InvalidRequestException;
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
 * known user without training interactions (cold start), is ranked by training popularity, and the trace says
 * so; a user id the interactions do not have at all is refused, so that a typo is not served as a cold start.
 * Thread-safe.
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
        requireKnownUser(train, request.user());
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

    /**
     * Refuses a user id that {@code train} does not have (no user is fine: the popularity fallback serves it).
     *
     * @throws InvalidRequestException "unknown user 'x': …", naming how many users there are and one of them
     */
    public static void requireKnownUser(InteractionMatrix train, Optional<String> id) {
        if (id.isPresent() && train.userIndex(id.get()).isEmpty()) {
            String example = train.userCount() == 0 ? "there are none" : "e.g. '" + train.userId(0) + "'";
            throw new InvalidRequestException("unknown user '" + id.get() + "': the interactions have no such user ("
                    + String.format(java.util.Locale.ROOT, "%,d", train.userCount()) + " users, " + example + ")");
        }
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
