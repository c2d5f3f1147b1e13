package io.tastelab.engine.models;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hyper-parameters as {@code model.name=value} pairs (the CLI's {@code --param als.factors=64}). Each model
 * reads its own with a default; {@link #requireKnown} rejects names no model reads, so a typo is an error
 * rather than a silently ignored setting. Immutable.
 */
public final class ModelParams {

    private final Map<String, String> values;

    private ModelParams(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static final ModelParams DEFAULTS = new ModelParams(Map.of());

    /** Parses {@code model.name=value} strings. */
    public static ModelParams parse(Iterable<String> assignments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0 || assignment.indexOf('.') <= 0 || assignment.indexOf('.') > equals) {
                throw new IllegalArgumentException("a parameter is written model.name=value (e.g. als.factors=64), got '" + assignment + "'");
            }
            values.put(assignment.substring(0, equals).strip().toLowerCase(Locale.ROOT), assignment.substring(equals + 1).strip());
        }
        return new ModelParams(values);
    }

    /**
     * Parses parameters as the Evaluation and Recommendations panes take them: {@code model.name=value} separated
     * by spaces or commas; each must be a known parameter of a recommender of the registry.
     */
    public static ModelParams parseText(String text) {
        ModelParams parsed = parse(java.util.Arrays.stream((text == null ? "" : text).split("[,\\s]+"))
                .filter(assignment -> !assignment.isBlank()).toList());
        parsed.requireKnown(RecommenderKind.knownParameters());
        return parsed;
    }

    /** The parameters of one recommender ({@code cliName}.*): what a model trained for it depends on. */
    public Map<String, String> forModel(String cliName) {
        Map<String, String> mine = new java.util.TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(cliName + ".")) {
                mine.put(key, value);
            }
        });
        return mine;
    }

    public ModelParams with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new ModelParams(copy);
    }

    public int intValue(String model, String name, int fallback) {
        String text = values.get(model + "." + name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(model + "." + name + " must be a whole number, got '" + text + "'");
        }
    }

    public double doubleValue(String model, String name, double fallback) {
        String text = values.get(model + "." + name);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(model + "." + name + " must be a number, got '" + text + "'");
        }
    }

    public String stringValue(String model, String name, String fallback) {
        return values.getOrDefault(model + "." + name, fallback);
    }

    /** Throws when a parameter is not one of {@code known} ("model.name" keys). */
    public void requireKnown(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'; known: " + new TreeSet<>(known));
            }
        }
    }

    public Map<String, String> asMap() {
        return values;
    }
}
