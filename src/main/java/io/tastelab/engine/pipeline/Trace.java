package io.tastelab.engine.pipeline;

import java.util.List;

/**
 * How a recommendation came about, stage by stage.
 *
 * @param collectorDescription what the collector gathered, in words
 * @param collectedCount       how many candidates it gathered
 * @param ranking              the ranker's order and scores (as deep as the server needed)
 * @param scoreMeaning         what the ranker's scores mean
 * @param removals             what the server removed, and by which rule
 * @param rankingRounds        how many times the server had to ask the ranker (more than one when rules removed many)
 */
public record Trace(String collectorDescription, int collectedCount, List<ScoredItem> ranking, String scoreMeaning,
                    List<ServedList.Removal> removals, int rankingRounds) {
    public Trace {
        ranking = List.copyOf(ranking);
        removals = List.copyOf(removals);
    }
}
