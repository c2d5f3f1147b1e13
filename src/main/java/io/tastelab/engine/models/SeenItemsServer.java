package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.Ranking;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.pipeline.ServedList;
import io.tastelab.engine.pipeline.Server;
import io.tastelab.engine.pipeline.ServerRule;
import io.tastelab.engine.recommenders.BusinessRulesServer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The business-rules server plus one rule: drop items the request's user has already interacted with
 * ({@link ServerRule#SEEN}), unless the rule is switched off. Stateless beyond the immutable interactions.
 */
public final class SeenItemsServer implements Server {

    private final InteractionMatrix interactions;
    private final boolean filterSeen;
    private final Server rules = new BusinessRulesServer();

    public SeenItemsServer(InteractionMatrix interactions, boolean filterSeen) {
        this.interactions = interactions;
        this.filterSeen = filterSeen;
    }

    public boolean filtersSeen() {
        return filterSeen;
    }

    @Override
    public ServedList serve(Catalog catalog, Ranking ranking, RecommendationRequest request) {
        if (!filterSeen || request.user().isEmpty()) {
            return rules.serve(catalog, ranking, request);
        }
        Set<Integer> seen = new HashSet<>();
        interactions.userIndex(request.user().get()).ifPresent(u -> {
            for (int item : interactions.rowItems(u)) {
                seen.add(item);
            }
        });
        List<ScoredItem> unseen = new ArrayList<>();
        List<ServedList.Removal> removals = new ArrayList<>();
        for (ScoredItem scored : ranking.order()) {
            if (seen.contains(scored.index())) {
                removals.add(new ServedList.Removal(scored, ServerRule.SEEN));
            } else {
                unseen.add(scored);
            }
        }
        ServedList served = rules.serve(catalog, new Ranking(unseen, ranking.exhaustive()), request);
        removals.addAll(served.removals());
        return new ServedList(served.kept(), removals);
    }
}
