package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Item;

/** Plain-words explanations of a recommendation, shared by the CLI and the UI. */
public final class Explanations {

    private Explanations() {
    }

    /** Why the result is None, e.g. "the picked item bk-012 (Dune) is unavailable". */
    public static String whyNone(Recommendation result) {
        Trace trace = result.trace();
        if (trace.collectedCount() == 0) {
            return "the collector found no items";
        }
        if (trace.ranking().isEmpty()) {
            return "the ranker returned no items";
        }
        if (trace.ranking().size() == 1 && trace.removals().size() == 1) {
            ServedList.Removal removal = trace.removals().getFirst();
            Item item = result.catalog().item(removal.item().index());
            String what = "the picked item " + item.id() + " (" + item.title() + ")";
            return switch (removal.rule()) {
                case UNAVAILABLE -> what + " is unavailable";
                case EXCLUDED -> what + " is excluded";
                case CATEGORY -> what + " is outside the requested category";
                default -> what + " was removed: " + removal.rule().reason();
            };
        }
        return "the server removed all " + trace.removals().size() + " ranked items";
    }

    /** Why the server removed an item, e.g. "removed: item is unavailable". */
    public static String removalReason(ServedList.Removal removal) {
        return "removed: " + removal.rule().reason();
    }
}
