package io.tastelab.engine.pipeline;

import io.tastelab.engine.catalog.Item;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * What the server removed, counted by rule in the rules' order, e.g. "60 already seen by the user, 10 beyond
     * max_num_recs"; empty when it removed nothing.
     */
    public static String removalCounts(List<ServedList.Removal> removals) {
        Map<ServerRule, Integer> counts = new EnumMap<>(ServerRule.class);
        for (ServedList.Removal removal : removals) {
            counts.merge(removal.rule(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%,d %s", entry.getValue(), entry.getKey().reason()))
                .collect(Collectors.joining(", "));
    }
}
