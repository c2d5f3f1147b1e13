package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A collector, a ranker and a server composed into one recommender. Stateless and thread-safe as long as
 * its stages are; each call works on the catalog snapshot it is given.
 */
public final class Recommender {

    /** The trace's score meaning when max_num_recs is 0 and nothing is ranked. */
    public static final String NOTHING_REQUESTED = "nothing (max_num_recs is 0, so no item was ranked)";

    private final String name;
    private final Collector collector;
    private final Ranker ranker;
    private final Server server;

    public Recommender(String name, Collector collector, Ranker ranker, Server server) {
        this.name = name;
        this.collector = collector;
        this.ranker = ranker;
        this.server = server;
    }

    public String name() {
        return name;
    }

    /**
     * Runs collector → ranker → server.
     *
     * @throws InvalidRequestException when the request names an item the catalog does not have
     */
    public Recommendation recommend(Catalog catalog, RecommendationRequest request) {
        for (String id : request.excluded()) {
            if (!catalog.contains(id)) {
                throw new InvalidRequestException("cannot exclude unknown item id '" + id + "'");
            }
        }
        CandidateSet candidates = collector.collect(catalog, request);
        int k = request.maxNumRecs();
        if (k == 0) {
            // Nothing was asked for: no ranking to trace, and no server rule to blame for an empty list.
            Trace nothing = new Trace(collector.describe(candidates), candidates.size(), List.of(), NOTHING_REQUESTED, List.of(), 0);
            return new Recommendation(name, Optional.of(List.of()), nothing, catalog);
        }
        int depth = Math.max(k, 1);
        int rounds = 0;
        Ranking ranking;
        ServedList served;
        while (true) {
            rounds++;
            ranking = ranker.rank(catalog, candidates, request, depth);
            served = server.serve(catalog, ranking, request);
            boolean enough = served.kept().size() >= k;
            if (enough || ranking.exhaustive() || ranking.order().size() < depth) {
                break;
            }
            // The rules removed too many: ask the ranker for a deeper list.
            int deeper = (int) Math.min((long) depth * 2, Math.max(candidates.size(), 1));
            if (deeper == depth) {
                break;
            }
            depth = deeper;
        }
        Trace trace = new Trace(collector.describe(candidates), candidates.size(), ranking.order(),
                ranker.scoreMeaning(request), served.removals(), rounds);
        Optional<List<ScoredItem>> items = served.kept().isEmpty() && k > 0
                ? Optional.empty()
                : Optional.of(new ArrayList<>(served.kept()));
        return new Recommendation(name, items.map(List::copyOf), trace, catalog);
    }
}
