package io.tastelab.cli;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.sample.CatalogCsv;
import io.tastelab.engine.sample.SampleWorkspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the catalog a command works on: a catalog CSV file, or the built-in sample when none is given. */
final class WorkspaceOption {

    private WorkspaceOption() {
    }

    static Catalog open(Path workspace) throws IOException {
        if (workspace == null) {
            return SampleWorkspace.load();
        }
        try (Reader reader = Files.newBufferedReader(workspace, StandardCharsets.UTF_8)) {
            return CatalogCsv.read(reader, workspace.toString());
        } catch (NoSuchFileException e) {
            throw new IOException("no such workspace file: " + workspace, e);
        }
    }
}
