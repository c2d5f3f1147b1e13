package io.tastelab.engine.models;

import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.Recommender;
import io.tastelab.engine.recommenders.AllItemsCollector;
import io.tastelab.engine.task.Progress;

/**
 * A model trained once on a workspace's interactions (the engine), from which pipeline recommenders are
 * made per setting (the seen-items rule on or off). Immutable and thread-safe.
 */
public record TrainedRecommender(RecommenderKind kind, ItemScorer model, InteractionMatrix interactions, ItemOrder order) {

    /** Trains {@code kind} on all of {@code interactions}; item indices are the catalog's. */
    public static TrainedRecommender train(RecommenderKind kind, InteractionMatrix interactions, String[] itemIds, ModelParams params,
                                           long seed, Progress progress, TrainingListener listener) {
        ItemScorer model = kind.train(interactions, itemIds, params, seed, progress, listener);
        return new TrainedRecommender(kind, model, interactions, ItemOrder.of(itemIds));
    }

    /** collector (all items) → this model → server (business rules, and seen items unless {@code filterSeen} is off). */
    public Recommender recommender(boolean filterSeen) {
        return new Recommender(kind.cliName(), new AllItemsCollector(), new ModelRanker(kind.cliName(), model, interactions, order),
                new SeenItemsServer(interactions, filterSeen));
    }
}
