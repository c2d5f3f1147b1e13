package io.tastelab.engine.pipeline;

import java.util.List;

/**
 * What the server kept, and what it removed and why.
 *
 * @param kept     items to return, best first, never more than max_num_recs and never a duplicate
 * @param removals every ranked item the server dropped, with the rule that dropped it
 */
public record ServedList(List<ScoredItem> kept, List<Removal> removals) {

    public ServedList {
        kept = List.copyOf(kept);
        removals = List.copyOf(removals);
    }

    /** One dropped item. */
    public record Removal(ScoredItem item, ServerRule rule) {
    }
}
