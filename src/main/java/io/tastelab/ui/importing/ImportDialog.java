package io.tastelab.ui.importing;

import io.tastelab.engine.exchange.BadRow;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** The import dialog: builds controls and binds them to the {@link ImportViewModel}. */
public final class ImportDialog extends Dialog<Void> {

    public ImportDialog(ImportViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Import ratings");
        setHeaderText("Import MovieLens, Goodbooks-10k or any CSV into the open workspace. Bad rows are listed; "
                + "nothing is imported until you choose to skip them.");
        setResizable(true);

        ChoiceBox<ImportViewModel.Format> format = new ChoiceBox<>();
        format.setId("importFormat");
        format.getItems().setAll(ImportViewModel.Format.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        model.clearOutcome();
        TextField ratings = fileField("importRatingsFile", model.ratingsFileProperty());
        TextField items = fileField("importItemsFile", model.itemsFileProperty());
        TextField implicit = fileField("importImplicitFile", model.implicitFileProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixedLabel("Format"), format);
        grid.addRow(1, fixedLabel("Ratings / events"), ratings, browse(model, ratings));
        grid.addRow(2, fixedLabel("Items (optional)"), items, browse(model, items));
        Label implicitLabel = fixedLabel("to_read.csv (optional)");
        Button implicitBrowse = browse(model, implicit);
        grid.addRow(3, implicitLabel, implicit, implicitBrowse);
        var goodbooks = Bindings.equal(model.formatProperty(), ImportViewModel.Format.GOODBOOKS);
        for (var node : new javafx.scene.Node[] {implicitLabel, implicit, implicitBrowse}) {
            node.visibleProperty().bind(goodbooks);
            node.managedProperty().bind(goodbooks);
        }
        GridPane columns = new GridPane();
        columns.setHgap(8);
        columns.setVgap(6);
        columns.addRow(0, fixedLabel("User column"), column(model.userColumnProperty()), fixedLabel("Item column"),
                column(model.itemColumnProperty()));
        columns.addRow(1, fixedLabel("Rating column (empty: implicit)"), column(model.valueColumnProperty()),
                fixedLabel("Timestamp column"), column(model.timestampColumnProperty()));
        columns.addRow(2, fixedLabel("Items: id column"), column(model.itemIdColumnProperty()), fixedLabel("title column"),
                column(model.itemTitleColumnProperty()));
        var csv = Bindings.equal(model.formatProperty(), ImportViewModel.Format.CSV);
        columns.visibleProperty().bind(csv);
        columns.managedProperty().bind(csv);
        GridPane.setHgrow(ratings, Priority.ALWAYS);

        CheckBox skip = new CheckBox("Skip bad rows");
        skip.setId("importSkipBad");
        skip.selectedProperty().bindBidirectional(model.skipBadProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(model.runningProperty());
        model.taskProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
            }
        });
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("importError");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        // Always laid out, so the dialog is sized with room for the list: bad rows found later show without resizing.
        ListView<BadRow> bad = new ListView<>(model.badRows());
        bad.setId("importBadRows");
        bad.setPrefHeight(150);
        bad.setMinHeight(90);
        bad.setPlaceholder(new Label("Bad rows, if any, are listed here with file, line and reason."));
        VBox.setVgrow(bad, Priority.ALWAYS);

        Button start = new Button("Import");
        start.setId("importStartButton");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button skipAndImport = new Button("Skip bad rows and import the rest");
        skipAndImport.setId("importSkipAndRetryButton");
        skipAndImport.visibleProperty().bind(Bindings.isNotEmpty(model.badRows())
                .and(Bindings.createBooleanBinding(() -> model.reportProperty().get() != null && !model.reportProperty().get().committed(),
                        model.reportProperty())));
        skipAndImport.setOnAction(e -> model.skipBadRowsAndImport());
        Button replaceEarlier = new Button("Replace the earlier import");
        replaceEarlier.setId("importReplaceButton");
        replaceEarlier.visibleProperty().bind(model.replaceOfferedProperty());
        replaceEarlier.managedProperty().bind(replaceEarlier.visibleProperty());
        replaceEarlier.setOnAction(e -> model.replaceEarlierAndImport());
        Button cancel = new Button("Cancel import");
        cancel.setId("importCancelButton");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());

        VBox content = new VBox(10, grid, columns, skip, new HBox(8, start, cancel, skipAndImport, replaceEarlier), progress, status, error, bad);
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** A label that keeps its whole text: the grid shrinks the text fields, never the labels. */
    private static Label fixedLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField fileField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(40);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextField column(javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Button browse(ImportViewModel model, TextField target) {
        Button button = new Button("Browse…");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            model.browseFolder(target.getText()).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Data files", "*.csv", "*.dat", "*.data", "*.item"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                model.fileChosen(file.toPath());
                target.setText(file.getAbsolutePath());
            }
        });
        return button;
    }
}
