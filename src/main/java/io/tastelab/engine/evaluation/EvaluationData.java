package io.tastelab.engine.evaluation;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What an evaluation runs on: the interactions, the id of every item index (for the tie rules), and a catalog
 * whose indices are the matrix's columns (a workspace's own, or one with the ids as titles) so trained models
 * can serve through the pipeline. Immutable by convention.
 */
public record EvaluationData(String name, InteractionMatrix interactions, String[] itemIds, Catalog catalog) {

    /** Data whose catalog is just the ids (as titles). */
    public EvaluationData(String name, InteractionMatrix interactions, String[] itemIds) {
        this(name, interactions, itemIds, catalogOf(itemIds));
    }

    /** A catalog of available items whose titles are their ids and whose popularity is 0. */
    public static Catalog catalogOf(String[] itemIds) {
        java.util.List<io.tastelab.engine.catalog.Item> items = new ArrayList<>(itemIds.length);
        for (String id : itemIds) {
            items.add(io.tastelab.engine.catalog.Item.of(id, id, ""));
        }
        return Catalog.of(items, new long[itemIds.length]);
    }

    /**
     * A workspace's interactions (item ids from its catalog) when {@code file} looks like a workspace, else a
     * {@code user,item,value[,timestamp]} CSV (see {@link #readCsv}).
     */
    public static EvaluationData load(Path file, Progress progress) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no such file: " + file);
        }
        if (!Workspace.looksLikeWorkspace(file)) {
            return readCsv(file);
        }
        try (Workspace workspace = Workspace.open(file, true)) {
            Catalog catalog = workspace.loadCatalog();
            InteractionMatrix interactions = workspace.loadInteractions(catalog, progress);
            String[] ids = new String[catalog.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = catalog.item(i).id();
            }
            return new EvaluationData(file.getFileName().toString(), interactions, ids, catalog);
        }
    }

    /** The synthetic taste data of {@link SyntheticTastes}. */
    public static EvaluationData synthetic(SyntheticTastes.Shape shape, long seed) {
        return new EvaluationData("synthetic tastes " + shape.users() + "×" + shape.items() + " (seed " + seed + ")",
                SyntheticTastes.generate(shape, seed), SyntheticTastes.itemIds(shape.items()));
    }

    /**
     * Reads {@code user,item,value[,timestamp]} lines (a header line is skipped when its value column is not a
     * number), plain or gzip-compressed ({@code .gz}). Users and items are indexed in order of first appearance.
     */
    public static EvaluationData readCsv(Path file) throws IOException {
        Map<String, Integer> users = new HashMap<>();
        Map<String, Integer> items = new HashMap<>();
        List<String> userIds = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        int capacity = 1 << 16;
        int[] u = new int[capacity];
        int[] i = new int[capacity];
        float[] v = new float[capacity];
        long[] t = new long[capacity];
        boolean timestamps = false;
        int n = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length < 3) {
                    throw new IOException(file + " line " + lineNumber + ": expected user,item,value[,timestamp]");
                }
                float value;
                try {
                    value = Float.parseFloat(fields[2].strip());
                } catch (NumberFormatException e) {
                    if (lineNumber == 1) {
                        continue;
                    }
                    throw new IOException(file + " line " + lineNumber + ": the value '" + fields[2] + "' is not a number");
                }
                if (n == u.length) {
                    u = Arrays.copyOf(u, n * 2);
                    i = Arrays.copyOf(i, n * 2);
                    v = Arrays.copyOf(v, n * 2);
                    t = Arrays.copyOf(t, n * 2);
                }
                String user = fields[0].strip();
                String item = fields[1].strip();
                u[n] = users.computeIfAbsent(user, key -> {
                    userIds.add(key);
                    return userIds.size() - 1;
                });
                i[n] = items.computeIfAbsent(item, key -> {
                    itemIds.add(key);
                    return itemIds.size() - 1;
                });
                v[n] = value;
                if (fields.length > 3 && !fields[3].isBlank()) {
                    t[n] = Long.parseLong(fields[3].strip());
                    timestamps = true;
                } else {
                    t[n] = InteractionMatrix.NO_TIMESTAMP;
                }
                n++;
            }
        }
        InteractionMatrix matrix = InteractionMatrix.fromCoordinates(userIds.toArray(String[]::new), itemIds.size(), u, i, v,
                timestamps ? t : null, null, n);
        return new EvaluationData(file.getFileName().toString(), matrix, itemIds.toArray(String[]::new));
    }
}
