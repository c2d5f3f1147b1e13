package io.tastelab.ui.catalog;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.catalog.CatalogSearch;
import io.tastelab.engine.catalog.Item;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.LatestRefresh;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 *
 * <p>The form names its item by id inside the workspace opening it was loaded from ({@link EditTarget}), never by a
 * row index: Save after a workspace switch is refused, and when the catalog changes under the form (undo, redo, an
 * edit in another pane) the form reloads from the workspace. A workspace switch clears the filter, the form and
 * the error.
 */
public final class CatalogViewModel {

    /** The item the form edits: its id inside the workspace opening it was loaded from. */
    record EditTarget(WorkspaceState.Opened workspace, String itemId) {
    }

    private final WorkspaceState workspace;
    private final CatalogRows rows = new CatalogRows();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EditTarget> editing = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding editingExisting = editing.isNotNull();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("New item");
    private boolean saving;
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
        workspace.openedProperty().addListener((obs, old, now) -> workspaceSwitched());
        workspace.catalogProperty().addListener((obs, old, now) -> {
            refresh();
            reloadForm();
        });
        workspace.currentRequestProperty().addListener((obs, old, now) -> refresh());
        filterText.addListener((obs, old, now) -> refresh());
        emptyMessage = javafx.beans.binding.Bindings.createStringBinding(
                () -> io.tastelab.ui.EmptyMessages.forItems(workspace.catalog(), filterText.get()), workspace.catalogProperty(), filterText);
        refresh();
    }

    private final javafx.beans.binding.StringBinding emptyMessage;

    public CatalogRows rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** What the table shows without rows: what to do in an empty workspace, or that the filter matches nothing. */
    public javafx.beans.binding.StringBinding emptyMessageProperty() {
        return emptyMessage;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the form edits an existing item, false while it adds a new one. */
    public BooleanBinding editingProperty() {
        return editingExisting;
    }

    /** "New item", or "Edit item" and the item's id. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The id of the item in the form, or empty while adding a new one. */
    public Optional<String> editedItemId() {
        return Optional.ofNullable(editing.get()).map(EditTarget::itemId);
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
        refresher.run("Filtering " + io.tastelab.engine.format.Counts.of(catalog.size(), "item"), catalog.size(),
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
        load(catalog, catalogIndex);
        error.set("");
    }

    private void load(Catalog catalog, int catalogIndex) {
        Item item = catalog.item(catalogIndex);
        setEditing(new EditTarget(workspace.opened(), item.id()));
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
    }

    private void setEditing(EditTarget target) {
        editing.set(target);
        heading.set(target == null ? "New item" : "Edit item " + target.itemId());
    }

    /** A switch of workspace: nothing of the previous one stays in the filter, the form or the error. */
    private void workspaceSwitched() {
        filterText.set("");
        startNewItem();
    }

    /**
     * The catalog changed under the form (undo, redo, another pane's edit): show the item as it is now, or an
     * empty form when it is gone, so Save never writes back values from before the change.
     */
    private void reloadForm() {
        EditTarget target = editing.get();
        if (saving || target == null || target.workspace() != workspace.opened()) {
            return;
        }
        Catalog catalog = workspace.catalog();
        Optional<Integer> index = catalog.indexOf(target.itemId());
        if (index.isPresent()) {
            load(catalog, index.get());
            error.set("");
        } else {
            startNewItem();
        }
    }

    /** Clears the form for a new item. */
    public void startNewItem() {
        setEditing(null);
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
        EditTarget target = editing.get();
        WorkspaceState.Opened madeIn = target == null ? workspace.opened() : target.workspace();
        Optional<String> refused;
        saving = true;
        try {
            refused = target == null
                    ? workspace.edit(madeIn, catalog -> catalog.withAddedItem(item, count))
                    : workspace.edit(madeIn, catalog -> {
                        int index = indexOfEdited(catalog, target.itemId());
                        return catalog.withItem(index, item).withPopularity(index, count);
                    });
        } finally {
            saving = false;
        }
        if (refused.isPresent()) {
            error.set(refused.get());
            return false;
        }
        error.set("");
        setEditing(new EditTarget(madeIn, item.id()));
        return true;
    }

    private static int indexOfEdited(Catalog catalog, String itemId) {
        return catalog.indexOf(itemId).orElseThrow(() -> new CatalogException(
                "item '" + itemId + "' is no longer in the catalog (deleted or undone); nothing was saved"));
    }

    /** Deletes the item in the form. */
    public void deleteSelected() {
        EditTarget target = editing.get();
        if (target == null) {
            error.set("select an item to delete");
            return;
        }
        Optional<String> refused = workspace.edit(target.workspace(),
                catalog -> catalog.withoutItem(indexOfEdited(catalog, target.itemId())));
        if (refused.isPresent()) {
            error.set(refused.get());
            return;
        }
        startNewItem();
    }

    /** Flips an item's availability at once. */
    public void toggleAvailability(int catalogIndex) {
        String itemId = workspace.catalog().item(catalogIndex).id();
        workspace.edit(catalog -> {
            int index = indexOfEdited(catalog, itemId);
            return catalog.withAvailability(index, !catalog.item(index).available());
        }).ifPresent(error::set);
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
