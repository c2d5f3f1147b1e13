package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever sequence of edits (and jumps back, as undo does) is saved, the file reads back as the catalog in memory. */
class CatalogEditPropertiesTest {

    @Property(tries = 25)
    void everySavedEditReadsBackExactly(@ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 999) Integer> edits)
            throws Exception {
        Path dir = Files.createTempDirectory("tastelab-edits");
        try (Workspace workspace = Workspace.create(dir.resolve("w.tastelab"))) {
            Catalog current = WorkspaceTest.tinyCatalog();
            workspace.replaceCatalog(current);
            List<Catalog> history = new ArrayList<>();
            int fresh = 0;
            for (int code : edits) {
                Catalog next = apply(current, code, fresh++, history);
                workspace.saveCatalogEdit(current, next);
                history.add(current);
                current = next;
                Catalog loaded = workspace.loadCatalog();
                assertThat(loaded.items()).isEqualTo(current.items());
                assertThat(loaded.popularityCounts()).containsExactly(current.popularityCounts());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Catalog apply(Catalog catalog, int code, int fresh, List<Catalog> history) {
        int n = catalog.size();
        int index = n == 0 ? 0 : code % n;
        return switch (code % 6) {
            case 0 -> n == 0 ? add(catalog, fresh) : catalog.withPopularity(index, code);
            case 1 -> n == 0 ? add(catalog, fresh) : catalog.withAvailability(index, !catalog.item(index).available());
            case 2 -> add(catalog, fresh);
            case 3 -> n <= 1 ? add(catalog, fresh) : catalog.withoutItem(index);
            case 4 -> n == 0 ? add(catalog, fresh) : catalog.withItem(index, new Item("renamed-" + fresh, "Renamed " + fresh,
                    "Film", List.of("G" + code), "Maker", 1900 + code % 100, "de", List.of("t"), true));
            default -> history.isEmpty() ? add(catalog, fresh) : history.get(code % history.size()); // undo to any earlier state
        };
    }

    private static Catalog add(Catalog catalog, int fresh) {
        return catalog.withAddedItem(Item.of("new-" + fresh, "New " + fresh, "Book"), fresh);
    }
}
