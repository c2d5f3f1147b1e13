package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.task.Progress;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link InteractionCacheCrashTest} until it is killed: changes the workspace (so its
 * fast-open copy is stale), loads the interactions through the copy (reading SQLite, as the copy is stale) and
 * stores a new copy; again and again. The cache folder comes in the system property, as in the app.
 */
public final class CacheCrashChild {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        for (int round = 0; ; round++) {
            try (Workspace workspace = Workspace.open(file)) {
                InteractionCacheTest.addInteractions(workspace, 40, "child" + round + "-");
                Catalog catalog = workspace.loadCatalog();
                Workspace.Loaded loaded = workspace.readInteractions(catalog, Progress.NONE);
                System.out.println("writing " + round);
                System.out.flush();
                loaded.storeCache(Progress.NONE);
                System.out.println("stored " + round);
                System.out.flush();
            }
        }
    }
}
