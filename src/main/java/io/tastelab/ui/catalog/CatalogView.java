package io.tastelab.ui.catalog;

import atlantafx.base.theme.Styles;
import io.tastelab.ui.Tables;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The item catalog pane: a virtualized, filterable table and an item form. Builds controls and binds. */
public final class CatalogView extends SplitPane {

    public CatalogView(CatalogViewModel viewModel) {
        setId("catalogPane");

        TextField filter = new TextField();
        filter.setId("catalogFilter");
        filter.setPromptText("Filter: words in id, title, creator, genre, year…");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        Label summary = new Label();
        summary.setId("catalogSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filterBar = new HBox(12, filter, summary);
        filterBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ItemRow> table = new TableView<>(viewModel.rows());
        table.setId("catalogTable");
        table.setPlaceholder(io.tastelab.ui.EmptyState.placeholder(viewModel.emptyMessageProperty()));
        table.getColumns().addAll(java.util.List.of(
                // What a user checks first (what it is, whether the context serves it, how popular) is in view at
                // 1024 px without scrolling; Available comes after: "Servable in context" already says "item is
                // unavailable", and the form shows the check box.
                Tables.column("ID", (ItemRow r) -> r.item().id(), 80),
                Tables.column("Title", (ItemRow r) -> r.item().title(), 220),
                Tables.column("Category", (ItemRow r) -> r.item().category(), 75),
                Tables.column("Servable in context", ItemRow::contextStatus, 150),
                Tables.column("Popularity", (ItemRow r) -> io.tastelab.engine.format.Counts.of(r.popularity()), 85),
                Tables.column("Available", (ItemRow r) -> r.item().available() ? "yes" : "no", 75),
                Tables.column("Genres", ItemRow::genresText, 130),
                Tables.column("Creator", (ItemRow r) -> r.item().creator(), 130),
                Tables.column("Year", (ItemRow r) -> r.item().year(), 60),
                Tables.column("Lang", (ItemRow r) -> r.item().language(), 50)));
        table.setFixedCellSize(28);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.select(row.index());
            }
        });
        MenuItem toggle = new MenuItem("Toggle availability");
        toggle.setOnAction(e -> {
            ItemRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.toggleAvailability(row.index());
            }
        });
        table.setContextMenu(new ContextMenu(toggle));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filterBar, table);
        left.setPadding(new Insets(10));

        getItems().addAll(left, buildForm(viewModel));
        setDividerPositions(0.76);
    }

    private static VBox buildForm(CatalogViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = addField(grid, row, "ID", "itemId", viewModel.idProperty());
        row = addField(grid, row, "Title", "itemTitle", viewModel.titleProperty());
        row = addField(grid, row, "Category", "itemCategory", viewModel.categoryProperty());
        row = addField(grid, row, "Genres", "itemGenres", viewModel.genresProperty());
        row = addField(grid, row, "Creator", "itemCreator", viewModel.creatorProperty());
        row = addField(grid, row, "Year", "itemYear", viewModel.yearProperty());
        row = addField(grid, row, "Language", "itemLanguage", viewModel.languageProperty());
        row = addField(grid, row, "Tags", "itemTags", viewModel.tagsProperty());
        row = addField(grid, row, "Popularity", "itemPopularity", viewModel.popularityProperty());
        CheckBox available = new CheckBox("Available");
        available.setId("itemAvailable");
        available.selectedProperty().bindBidirectional(viewModel.availableProperty());
        grid.add(available, 1, row);

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setId("itemFormHeading");
        heading.textProperty().bind(viewModel.headingProperty());

        Label error = new Label();
        error.setId("itemError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button save = new Button("Save");
        save.setId("saveItemButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Button add = new Button("New");
        add.setId("newItemButton");
        add.setOnAction(e -> viewModel.startNewItem());
        Button delete = new Button("Delete");
        delete.setId("deleteItemButton");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(viewModel.editingProperty().not());
        delete.setOnAction(e -> viewModel.deleteSelected());
        HBox buttons = new HBox(8, save, add, delete);

        Label help = new Label("Genres and tags: separate with commas. Right-click a row to toggle its availability.");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);

        VBox form = new VBox(10, heading, grid, error, buttons, help);
        form.setId("itemForm");
        form.setPadding(new Insets(12));
        form.setMinWidth(280);
        return form;
    }

    private static int addField(GridPane grid, int row, String label, String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label name = new Label(label);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the field shrinks, never the label
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }
}
