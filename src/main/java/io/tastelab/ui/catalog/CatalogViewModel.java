package io.tastelab.ui.catalog;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogSearch;
import io.tastelab.engine.catalog.Item;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.LatestRefresh;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The item catalog pane: filter-as-you-type over the catalog, and a form to add, edit and delete items.
 * Invalid input shows an error and changes nothing.
 */
public final class CatalogViewModel {


    private final WorkspaceState workspace;
    private final CatalogRows rows = new CatalogRows();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper editingIndex = new ReadOnlyIntegerWrapper(-1);
    private final LatestRefresh refresher;

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty genres = new SimpleStringProperty("");
    private final StringProperty creator = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty available = new SimpleBooleanProperty(true);
    private final StringProperty popularity = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CatalogViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.refresher = new LatestRefresh(tasks);
        workspace.catalogProperty().addListener((obs, old, now) -> refresh());
        workspace.currentRequestProperty().addListener((obs, old, now) -> refresh());
        filterText.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public CatalogRows rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Catalog index of the item in the form, or -1 while adding a new one. */
    public ReadOnlyIntegerProperty editingIndexProperty() {
        return editingIndex.getReadOnlyProperty();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty genresProperty() {
        return genres;
    }

    public StringProperty creatorProperty() {
        return creator;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty availableProperty() {
        return available;
    }

    public StringProperty popularityProperty() {
        return popularity;
    }

    /** The last validation error, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void refresh() {
        Catalog catalog = workspace.catalog();
        String query = filterText.get();
        var context = workspace.currentRequestProperty().get();
        refresher.run("Filtering " + catalog.size() + " items", catalog.size(),
                progress -> CatalogSearch.matchingIndices(catalog, query, progress),
                indices -> show(catalog, indices, context),
                failure -> error.set("filter failed: " + failure.getMessage()));
    }

    private void show(Catalog catalog, int[] indices, io.tastelab.engine.pipeline.RecommendationRequest context) {
        rows.setContent(catalog, indices, context);
        String shown = String.format("%,d of %,d items", indices.length, catalog.size());
        summary.set(indices.length == catalog.size() ? String.format("%,d items", catalog.size()) : shown);
    }

    /** Loads an item into the form for editing. */
    public void select(int catalogIndex) {
        Catalog catalog = workspace.catalog();
        if (catalogIndex < 0 || catalogIndex >= catalog.size()) {
            return;
        }
        Item item = catalog.item(catalogIndex);
        editingIndex.set(catalogIndex);
        id.set(item.id());
        title.set(item.title());
        category.set(item.category());
        genres.set(String.join(", ", item.genres()));
        creator.set(item.creator());
        year.set(item.year() == null ? "" : item.year().toString());
        language.set(item.language());
        tags.set(String.join(", ", item.tags()));
        available.set(item.available());
        popularity.set(Long.toString(catalog.popularity(catalogIndex)));
        error.set("");
    }

    /** Clears the form for a new item. */
    public void startNewItem() {
        editingIndex.set(-1);
        for (StringProperty field : List.of(id, title, category, genres, creator, year, language, tags)) {
            field.set("");
        }
        popularity.set("0");
        available.set(true);
        error.set("");
    }

    /**
     * Saves the form: adds a new item or replaces the edited one.
     *
     * @return true when saved; false with {@link #errorProperty()} set when the input was refused
     */
    public boolean save() {
        Item item;
        long count;
        try {
            item = new Item(id.get().strip(), title.get().strip(), category.get(), splitList(genres.get()),
                    creator.get(), parseYear(year.get()), language.get(), splitList(tags.get()), available.get());
            count = io.tastelab.engine.catalog.CatalogValidation.parsePopularity(popularity.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        int index = editingIndex.get();
        Optional<String> refused = index < 0
                ? workspace.edit(catalog -> catalog.withAddedItem(item, count))
                : workspace.edit(catalog -> catalog.withItem(index, item).withPopularity(index, count));
        if (refused.isPresent()) {
            error.set(refused.get());
            return false;
        }
        error.set("");
        if (index < 0) {
            editingIndex.set(workspace.catalog().size() - 1);
        }
        return true;
    }

    /** Deletes the item in the form. */
    public void deleteSelected() {
        int index = editingIndex.get();
        if (index < 0) {
            error.set("select an item to delete");
            return;
        }
        workspace.edit(catalog -> catalog.withoutItem(index));
        startNewItem();
    }

    /** Flips an item's availability at once. */
    public void toggleAvailability(int catalogIndex) {
        workspace.edit(catalog -> catalog.withAvailability(catalogIndex, !catalog.item(catalogIndex).available()));
        if (catalogIndex == editingIndex.get()) {
            available.set(workspace.catalog().item(catalogIndex).available());
        }
    }

    private static Integer parseYear(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!trimmed.matches("-?\\d{1,4}")) {
            throw new IllegalArgumentException("year must be a whole number like 1999, got '" + trimmed + "'");
        }
        return Integer.parseInt(trimmed);
    }

    private static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
