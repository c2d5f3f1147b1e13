package io.tastelab.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Optional;

/** The menu bar; every command goes to the {@link ShellViewModel}. */
final class MainMenu extends MenuBar {

    MainMenu(ShellViewModel shell, TabPane tabs) {
        setId("mainMenu");
        MenuItem open = new MenuItem("Open catalog CSV…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a catalog CSV");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                shell.openCatalog(file.toPath());
            }
        });
        MenuItem sample = new MenuItem("Reload built-in sample");
        sample.setOnAction(e -> shell.reloadSample());
        MenuItem synthetic = new MenuItem("Generate synthetic catalog…");
        synthetic.setId("generateSyntheticMenuItem");
        synthetic.setOnAction(e -> askForSynthetic(shell));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, sample, synthetic, quit);

        Menu view = new Menu("View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            MenuItem item = new MenuItem(tabs.getTabs().get(i).getText());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            item.setOnAction(e -> tabs.getSelectionModel().select(index));
            view.getItems().add(item);
        }
        getMenus().addAll(file, view);

        shell.errorProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.setHeaderText("Something went wrong");
                alert.showAndWait();
                shell.clearError();
            }
        });
    }

    private void askForSynthetic(ShellViewModel shell) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Generate a synthetic catalog");
        dialog.setHeaderText("Replaces the open catalog with N synthetic items (labelled as such) for scale demos.");
        TextField count = new TextField("1000000");
        count.setId("syntheticCount");
        TextField seed = new TextField("7");
        seed.setId("syntheticSeed");
        Label error = new Label();
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Number of items"), count);
        grid.addRow(1, new Label("Seed"), seed);
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Optional<String> refused = shell.generateSynthetic(count.getText(), seed.getText());
            refused.ifPresent(message -> {
                error.setText(message);
                event.consume(); // keep the dialog open
            });
        });
        dialog.showAndWait();
    }
}
