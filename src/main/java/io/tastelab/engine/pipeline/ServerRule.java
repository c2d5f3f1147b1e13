package io.tastelab.engine.pipeline;

/** The business rules a server applies, in the order it applies them. */
public enum ServerRule {
    DUPLICATE("already in the list"),
    UNAVAILABLE("item is unavailable"),
    EXCLUDED("excluded by the request"),
    CATEGORY("outside the requested category"),
    SEEN("already seen by the user"),
    CAP("beyond max_num_recs");

    private final String reason;

    ServerRule(String reason) {
        this.reason = reason;
    }

    /** Why an item removed by this rule is not in the output, in plain words. */
    public String reason() {
        return reason;
    }
}
