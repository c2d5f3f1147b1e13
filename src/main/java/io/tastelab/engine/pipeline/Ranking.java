package io.tastelab.engine.pipeline;

import java.util.List;

/**
 * A ranker's answer: the best items in order, at most as many as were asked for.
 *
 * @param order      items, best first
 * @param exhaustive true when no further items exist beyond {@code order} (asking deeper gives nothing new)
 */
public record Ranking(List<ScoredItem> order, boolean exhaustive) {
    public Ranking {
        order = List.copyOf(order);
    }
}
