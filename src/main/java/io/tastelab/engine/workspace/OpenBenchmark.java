package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opening an existing workspace until its interactions are ready, three ways in each round, their order rotating
 * from round to round so that neither a busy moment nor a warm page cache favours one: SQLite only (the
 * baseline), a cold fast-open copy (none there: read SQLite, matrix ready, then the copy stored) and a warm one.
 */
public final class OpenBenchmark {

    private OpenBenchmark() {
    }

    /** Seconds per round; {@code coldStored} includes writing the copy after the matrix was ready. */
    public record Round(double sqlite, double cold, double coldStored, double warm, double warmCatalog, String load) {
    }

    public record Report(Path workspace, Path cache, int users, int items, int nnz, long cacheBytes, List<Round> rounds) {

        public String render() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%s: %,d users x %,d items, %,d interactions; copy %s (%.2f GB)%n",
                    workspace, users, items, nnz, cache, cacheBytes / 1e9));
            text.append("round  sqlite-only  cold-copy(ready/stored)  warm-copy(of which open+catalog)  warm/sqlite  load average\n");
            for (int r = 0; r < rounds.size(); r++) {
                Round round = rounds.get(r);
                text.append(String.format(Locale.ROOT, "%5d  %9.2f s  %8.2f s / %6.2f s  %9.2f s (%.2f s)          %.2fx      %s%n", r + 1,
                        round.sqlite, round.cold, round.coldStored, round.warm, round.warmCatalog, round.warm / round.sqlite, round.load));
            }
            text.append(String.format(Locale.ROOT, "median of the rounds' ratios: warm copy / SQLite only %.2fx, cold copy ready / SQLite only %.2fx%n",
                    median(rounds.stream().mapToDouble(r -> r.warm / r.sqlite).toArray()),
                    median(rounds.stream().mapToDouble(r -> r.cold / r.sqlite).toArray())));
            double sqlite = median(rounds.stream().mapToDouble(Round::sqlite).toArray());
            double cold = median(rounds.stream().mapToDouble(Round::cold).toArray());
            double stored = median(rounds.stream().mapToDouble(Round::coldStored).toArray());
            double warm = median(rounds.stream().mapToDouble(Round::warm).toArray());
            double catalog = median(rounds.stream().mapToDouble(Round::warmCatalog).toArray());
            text.append(String.format(Locale.ROOT, "medians: SQLite only %.2f s; cold copy ready %.2f s (%.2fx), stored %.2f s; "
                    + "warm copy %.2f s (%.2fx, open + catalog %.2f s of it)%n", sqlite, cold, cold / sqlite, stored, warm,
                    warm / sqlite, catalog));
            return text.toString();
        }
    }

    /**
     * @param load describes the machine's load, printed with every round
     */
    public static Report run(Path workspace, int rounds, Supplier<String> load, Consumer<String> log) throws IOException {
        InteractionCache cache = InteractionCache.of(workspace).orElseThrow(
                () -> new IllegalStateException("the fast-open copy is switched off (" + InteractionCache.FOLDER_PROPERTY + "=off)"));
        if (!Files.isWritable(workspace)) {
            throw new IllegalStateException(workspace + " is read-only; the benchmark opens it for writing once to add change tracking");
        }
        // Opening for writing adds change tracking to a workspace written by an older TasteLab.
        Workspace.open(workspace).close();
        List<Round> results = new ArrayList<>();
        InteractionMatrix reference = null;
        int[] shape = null;
        for (int r = 0; r < rounds; r++) {
            double[] times = new double[5];
            String before = load.get();
            for (int k = 0; k < 3; k++) {
                switch ((r + k) % 3) {
                    case 0 -> {
                        Timed t = open(workspace, Optional.empty(), false);
                        times[0] = t.ready;
                        reference = r == 0 ? t.matrix : null;
                    }
                    case 1 -> {
                        Files.deleteIfExists(cache.file());
                        Timed t = open(workspace, Optional.of(cache), true);
                        require(!t.fromCache, "the cold run found a copy");
                        times[1] = t.ready;
                        times[2] = t.stored;
                    }
                    default -> {
                        if (!Files.exists(cache.file())) {
                            open(workspace, Optional.of(cache), true);
                        }
                        Timed t = open(workspace, Optional.of(cache), false);
                        require(t.fromCache, "the warm run did not use the copy");
                        times[3] = t.ready;
                        times[4] = t.catalog;
                        if (r == 0) {
                            requireSame(t.matrix, reference != null ? reference : open(workspace, Optional.empty(), false).matrix);
                        }
                    }
                }
            }
            if (shape == null) {
                shape = new int[] {reference.userCount(), reference.itemCount(), reference.nnz()};
            }
            reference = null; // compared in the first round; the later ones need the memory
            Round round = new Round(times[0], times[1], times[2], times[3], times[4], before);
            results.add(round);
            log.accept(String.format(Locale.ROOT, "round %d: SQLite only %.2f s, cold copy %.2f s (stored %.2f s), warm copy %.2f s; load %s",
                    r + 1, round.sqlite, round.cold, round.coldStored, round.warm, round.load));
        }
        return new Report(workspace, cache.file(), shape[0], shape[1], shape[2], Files.size(cache.file()), results);
    }

    private record Timed(double catalog, double ready, double stored, boolean fromCache, InteractionMatrix matrix) {
    }

    /** Open (read-only, as a second window or a CLI command would), catalog, interactions; optionally store the copy. */
    private static Timed open(Path file, Optional<InteractionCache> cache, boolean store) {
        System.gc();
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(file, true)) {
            Catalog catalog = workspace.loadCatalog();
            double catalogSeconds = (System.nanoTime() - start) / 1e9;
            Workspace.Loaded loaded = workspace.readInteractions(catalog, Progress.NONE, InteractionReader.PARALLEL_FROM, cache);
            double ready = (System.nanoTime() - start) / 1e9;
            if (store) {
                require(loaded.storeCache(Progress.NONE), "the copy could not be stored (see the log)");
            }
            return new Timed(catalogSeconds, ready, (System.nanoTime() - start) / 1e9, loaded.fromCache(), loaded.matrix());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** Row by row, the copy must give what SQLite gives. */
    private static void requireSame(InteractionMatrix copy, InteractionMatrix sqlite) {
        require(copy.userCount() == sqlite.userCount() && copy.itemCount() == sqlite.itemCount() && copy.nnz() == sqlite.nnz(),
                "the copy's shape differs from SQLite's");
        for (int u = 0; u < sqlite.userCount(); u++) {
            require(copy.userId(u).equals(sqlite.userId(u)) && Arrays.equals(copy.rowItems(u), sqlite.rowItems(u))
                    && Arrays.equals(copy.rowValues(u), sqlite.rowValues(u))
                    && Arrays.equals(copy.rowTimestamps(u), sqlite.rowTimestamps(u)), "user " + u + " differs between the copy and SQLite");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
