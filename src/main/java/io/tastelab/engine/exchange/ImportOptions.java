package io.tastelab.engine.exchange;

import java.util.Objects;

/**
 * How an import treats bad rows, popularity and files imported before.
 *
 * @param skipBad    import the good rows and skip the bad ones; otherwise any bad row means nothing is imported
 * @param popularity what happens to item popularity, in the import's own transaction
 * @param replace    a file imported before replaces that earlier import's interactions, instead of being refused
 */
public record ImportOptions(boolean skipBad, Popularity popularity, boolean replace) {

    /** Popularity after an import. */
    public enum Popularity {
        /** Every item's popularity becomes its number of distinct users, committed with the interactions. */
        DISTINCT_USERS,
        /** Popularity stays as it is (or as the items file gave it). */
        KEEP
    }

    public ImportOptions {
        Objects.requireNonNull(popularity, "popularity");
    }

    /** What the app and the command line do by default: refuse bad rows and re-imports, popularity from users. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, Popularity.DISTINCT_USERS, false);
    }

    public ImportOptions withSkipBad(boolean skip) {
        return new ImportOptions(skip, popularity, replace);
    }

    public ImportOptions withPopularity(Popularity rule) {
        return new ImportOptions(skipBad, rule, replace);
    }

    public ImportOptions withReplace(boolean replaceEarlier) {
        return new ImportOptions(skipBad, popularity, replaceEarlier);
    }
}
