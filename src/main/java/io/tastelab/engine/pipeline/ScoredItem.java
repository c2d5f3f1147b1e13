package io.tastelab.engine.pipeline;

/** An item (by catalog index) with the score the ranker gave it. */
public record ScoredItem(int index, double score) {
}
