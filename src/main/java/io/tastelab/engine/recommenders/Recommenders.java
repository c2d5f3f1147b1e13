package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.Recommender;

import java.util.List;
import java.util.Locale;

/** The recommenders TasteLab offers, by their CLI and UI names. */
public enum Recommenders {
    TRIVIAL("trivial", "Trivial (one random item)"),
    MOST_POPULAR("most-popular", "Most popular");

    private final String cliName;
    private final String label;

    Recommenders(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    public Recommender create() {
        return switch (this) {
            case TRIVIAL -> new Recommender(cliName, new AllItemsCollector(), new RandomPickRanker(), new BusinessRulesServer());
            case MOST_POPULAR -> new Recommender(cliName, new AllItemsCollector(), new MostPopularRanker(), new BusinessRulesServer());
        };
    }

    /** Looks a recommender up by its CLI name, e.g. "most-popular". */
    public static Recommenders byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Recommenders recommender : values()) {
            if (recommender.cliName.equals(wanted)) {
                return recommender;
            }
        }
        throw new IllegalArgumentException("unknown recommender '" + name + "'; choose one of " + names());
    }

    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(Recommenders::cliName).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
