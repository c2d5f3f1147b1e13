package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link CrashSafetyTest}: makes changes forever, printing a line after each commit,
 * until the parent kills it with SIGKILL.
 *
 * <p>{@code edits FILE}: popularity edit number i sets item i % n to i, each in its own transaction.
 * {@code import FILE}: commits one import of 1,000 interactions, then starts a second import that never ends.
 */
public final class CrashChild {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Workspace workspace = Workspace.open(file)) {
            if (args[0].equals("edits")) {
                Catalog catalog = workspace.loadCatalog();
                for (int i = 1; ; i++) {
                    Catalog next = catalog.withPopularity(i % catalog.size(), i);
                    workspace.saveCatalogEdit(catalog, next);
                    catalog = next;
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
            try (ImportWriter first = workspace.beginImport()) {
                long user = first.userKey("first");
                for (int i = 0; i < 1000; i++) {
                    first.addInteraction(user, first.itemKey("a"), i, (long) i, InteractionKind.EXPLICIT);
                }
                first.commit();
            }
            System.out.println("committed first import");
            System.out.flush();
            try (ImportWriter second = workspace.beginImport()) {
                for (long i = 0; ; i++) {
                    second.addInteraction(second.userKey("u" + (i % 5000)), second.itemKey("b"), 1, null, InteractionKind.IMPLICIT);
                    if (i == 300_000) {
                        System.out.println("second import running");
                        System.out.flush();
                    }
                }
            }
        }
    }
}
