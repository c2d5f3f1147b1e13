package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.InteractionPopularity;
import io.tastelab.engine.exchange.CsvImporter;
import io.tastelab.engine.exchange.ImportOptions;
import io.tastelab.engine.exchange.ImportReport;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sample shipped inside the application: classic books and films, and synthetic ratings of them
 * (see {@link SampleInteractions}; generated for the project, not real ratings).
 *
 * <p>The catalog file's popularity column is only the prior the synthetic users' choices lean on when the ratings are
 * generated. The sample as the app and the CLI show it ({@link #load()}) counts popularity from those ratings, as an
 * import does (distinct users per item), so that most-popular ranks what the sample's users actually rated most.
 */
public final class SampleWorkspace {

    /** Classpath location of the sample catalog. */
    public static final String RESOURCE = "/sample/catalog.csv";
    /** Classpath location of the sample's synthetic ratings ({@code user,item,rating,timestamp}). */
    public static final String INTERACTIONS = "/sample/interactions.csv";

    private SampleWorkspace() {
    }

    /** The sample catalog, its popularity the number of distinct sample users who rated each item. */
    public static Catalog load() {
        Catalog shipped = shippedCatalog();
        return shipped.withPopularityCounts(InteractionPopularity.distinctUsersPerItem(interactions(shipped)));
    }

    /** The catalog file as shipped, popularity being the generator's prior (see {@link SampleInteractions#generate}). */
    public static Catalog shippedCatalog() {
        try (Reader reader = open(RESOURCE)) {
            return CatalogCsv.read(reader, "sample" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in sample", e);
        }
    }

    /** The sample's synthetic ratings as a matrix over {@code catalog}'s items (the sample catalog as loaded). */
    public static InteractionMatrix interactions(Catalog catalog) {
        List<SampleInteractions.Rating> ratings = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(open(INTERACTIONS))) {
            reader.readLine();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] fields = line.split(",");
                if (fields.length != 4 || !catalog.contains(fields[1])) {
                    throw new IllegalStateException("sample" + INTERACTIONS + ":" + lineNumber + ": expected user,item,rating,timestamp "
                            + "with an item of the sample catalog, got '" + line + "'");
                }
                ratings.add(new SampleInteractions.Rating(fields[0], fields[1], Integer.parseInt(fields[2]), Long.parseLong(fields[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in sample's interactions", e);
        }
        return SampleInteractions.toMatrix(ratings, catalog);
    }

    /** The name under which a saved copy records the sample's ratings among its imports. */
    public static final String INTERACTIONS_FILE_NAME = "built-in-sample-interactions.csv";

    /**
     * Saves the sample as a new workspace file (Save As): {@code catalog} (the sample as shown) and the synthetic
     * ratings, imported the way a user's ratings file is, so the copy records them among its imports like any other.
     * The file must not exist yet; on failure no file is left behind.
     */
    public static Workspace saveCopy(Path file, Catalog catalog, Progress progress) throws IOException {
        Path folder = Files.createTempDirectory("tastelab-sample");
        Path ratings = folder.resolve(INTERACTIONS_FILE_NAME);
        Workspace created = null;
        try {
            try (InputStream in = SampleWorkspace.class.getResourceAsStream(INTERACTIONS)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in sample " + INTERACTIONS + " is missing from the application");
                }
                Files.copy(in, ratings);
            }
            created = Workspace.create(file);
            created.replaceCatalog(catalog);
            // The catalog's popularity is already counted from these ratings (see load()); an edit of it stays.
            ImportReport report = CsvImporter.importFiles(created, ratings,
                    new CsvImporter.InteractionColumns("user", "item", "rating", "timestamp", ','), null, null,
                    ImportOptions.defaults().withPopularity(ImportOptions.Popularity.KEEP), progress);
            if (!report.committed()) {
                throw new IllegalStateException("the built-in sample's ratings could not be copied: " + report.summary());
            }
            return created;
        } catch (IOException | RuntimeException e) {
            if (created != null) {
                created.close();
                Files.deleteIfExists(file);
            }
            throw e;
        } finally {
            Files.deleteIfExists(ratings);
            Files.deleteIfExists(folder);
        }
    }

    private static Reader open(String resource) {
        InputStream in = SampleWorkspace.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the built-in sample " + resource + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
