package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in sample catalog shipped inside the application: classic books and films. */
public final class SampleWorkspace {

    /** Classpath location of the sample catalog. */
    public static final String RESOURCE = "/sample/catalog.csv";

    private SampleWorkspace() {
    }

    public static Catalog load() {
        try (InputStream in = SampleWorkspace.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in sample " + RESOURCE + " is missing from the application");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CatalogCsv.read(reader, "sample" + RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in sample", e);
        }
    }
}
