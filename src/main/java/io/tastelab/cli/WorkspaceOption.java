package io.tastelab.cli;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.exchange.TextFile;
import io.tastelab.engine.sample.CatalogCsv;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.workspace.Workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the catalog a command works on: a workspace (an SQLite file, {@code .tastelab} or {@code .sqlite}, opened
 * read-only), a catalog CSV file, or the built-in sample when none is given.
 */
final class WorkspaceOption {

    private WorkspaceOption() {
    }

    static Catalog open(Path workspace) throws IOException {
        if (workspace == null) {
            return SampleWorkspace.load();
        }
        if (Workspace.looksLikeWorkspace(workspace)) {
            try (Workspace opened = Workspace.open(workspace, true)) {
                return opened.loadCatalog();
            }
        }
        if (!Files.exists(workspace)) {
            throw new NoSuchFileException(workspace.toString(), null, "no such workspace file");
        }
        // Strict decoding: a non-UTF-8 or binary file is refused at its line and column, a folder or an unreadable
        // file by name.
        TextFile.requireReadableFile(workspace);
        try (Reader reader = TextFile.reader(Files.newInputStream(workspace), workspace.toString(), StandardCharsets.UTF_8)) {
            return CatalogCsv.read(reader, workspace.toString());
        }
    }
}
