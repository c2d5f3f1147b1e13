package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sample shipped inside the application: classic books and films, and synthetic ratings of them
 * (see {@link SampleInteractions}; generated for the project, not real ratings).
 */
public final class SampleWorkspace {

    /** Classpath location of the sample catalog. */
    public static final String RESOURCE = "/sample/catalog.csv";
    /** Classpath location of the sample's synthetic ratings ({@code user,item,rating,timestamp}). */
    public static final String INTERACTIONS = "/sample/interactions.csv";

    private SampleWorkspace() {
    }

    public static Catalog load() {
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

    private static Reader open(String resource) {
        InputStream in = SampleWorkspace.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the built-in sample " + resource + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
