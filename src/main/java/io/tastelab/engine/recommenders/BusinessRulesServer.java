package io.tastelab.engine.recommenders;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.Ranking;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.pipeline.ServedList;
import io.tastelab.engine.pipeline.ServedList.Removal;
import io.tastelab.engine.pipeline.Server;
import io.tastelab.engine.pipeline.ServerRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the output schema (no duplicates, at most max_num_recs) and the business rules: drop
 * unavailable items, drop excluded items, keep only the requested category. Stateless.
 */
public final class BusinessRulesServer implements Server {

    @Override
    public ServedList serve(Catalog catalog, Ranking ranking, RecommendationRequest request) {
        List<ScoredItem> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ScoredItem scored : ranking.order()) {
            Optional<ServerRule> broken = firstBrokenRule(catalog.item(scored.index()), request);
            if (!seen.add(scored.index())) {
                broken = Optional.of(ServerRule.DUPLICATE);
            } else if (broken.isEmpty() && kept.size() >= request.maxNumRecs()) {
                broken = Optional.of(ServerRule.CAP);
            }
            broken.ifPresentOrElse(rule -> removals.add(new Removal(scored, rule)), () -> kept.add(scored));
        }
        return new ServedList(kept, removals);
    }

    /**
     * The first business rule the item breaks for this request, if any. The catalog pane uses the same
     * test to show which items a context can serve.
     */
    public static Optional<ServerRule> firstBrokenRule(Item item, RecommendationRequest request) {
        if (!item.available()) {
            return Optional.of(ServerRule.UNAVAILABLE);
        }
        if (request.excluded().contains(item.id())) {
            return Optional.of(ServerRule.EXCLUDED);
        }
        if (request.category().isPresent() && !item.inCategory(request.category().get())) {
            return Optional.of(ServerRule.CATEGORY);
        }
        return Optional.empty();
    }
}
