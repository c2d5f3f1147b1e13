package io.tastelab.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Optional;

/** The menu bar; every command goes to the {@link ShellViewModel}. */
final class MainMenu extends MenuBar {

    MainMenu(ShellViewModel shell, TabPane tabs, Runnable importer, Runnable backendSettings) {
        setId("mainMenu");
        MenuItem open = new MenuItem("Open catalog CSV…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            FileChooser chooser = chooser(shell, "Open a catalog CSV", null);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                shell.fileChosen(file.toPath());
                shell.openCatalog(file.toPath());
            }
        });
        MenuItem newWorkspace = new MenuItem("New workspace…");
        newWorkspace.setId("newWorkspaceMenuItem");
        newWorkspace.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newWorkspace.setOnAction(e -> chooseWorkspace(shell, "New workspace", "new-workspace.tastelab").ifPresent(shell::newWorkspace));
        MenuItem openWorkspace = new MenuItem("Open workspace…");
        openWorkspace.setId("openWorkspaceMenuItem");
        openWorkspace.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openWorkspace.setOnAction(e -> chooseWorkspace(shell, "Open a workspace", null).ifPresent(shell::openWorkspaceFile));
        MenuItem saveAs = new MenuItem("Save As…");
        saveAs.setId("saveAsMenuItem");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(e -> chooseWorkspace(shell, "Save the workspace as", shell.suggestedFileName("")).ifPresent(shell::saveAs));
        Menu recentMenu = new Menu("Open recent");
        recentMenu.setId("recentMenu");
        Runnable fillRecent = () -> {
            recentMenu.getItems().clear();
            for (java.nio.file.Path path : shell.recentFiles()) {
                MenuItem item = new MenuItem(path.toString());
                item.setOnAction(ev -> shell.openWorkspaceFile(path));
                recentMenu.getItems().add(item);
            }
            recentMenu.setDisable(recentMenu.getItems().isEmpty());
        };
        fillRecent.run();
        shell.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) change -> fillRecent.run());
        MenuItem importData = new MenuItem("Import ratings…");
        importData.setId("importMenuItem");
        importData.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importData.setOnAction(e -> importer.run());
        MenuItem exportCatalog = new MenuItem("Export catalog as CSV…");
        exportCatalog.setOnAction(e -> chooseCsv(shell, "Export the catalog", "catalog").ifPresent(shell::exportCatalog));
        MenuItem exportPopularity = new MenuItem("Export popularity as CSV…");
        exportPopularity.setOnAction(e -> chooseCsv(shell, "Export popularity", "popularity").ifPresent(shell::exportPopularity));
        MenuItem sample = new MenuItem("Reload built-in sample");
        sample.setOnAction(e -> shell.reloadSample());
        MenuItem synthetic = new MenuItem("Generate synthetic catalog…");
        synthetic.setId("generateSyntheticMenuItem");
        synthetic.setOnAction(e -> askForSynthetic(shell));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, newWorkspace, openWorkspace, recentMenu, saveAs, new SeparatorMenuItem(),
                importData, exportCatalog, exportPopularity, open, sample, synthetic, new SeparatorMenuItem(), quit);

        MenuItem undo = new MenuItem("Undo");
        undo.setId("undoMenuItem");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(shell.canUndoProperty().not());
        undo.setOnAction(e -> shell.undo());
        MenuItem redo = new MenuItem("Redo");
        redo.setId("redoMenuItem");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.disableProperty().bind(shell.canRedoProperty().not());
        redo.setOnAction(e -> shell.redo());
        Menu edit = new Menu("Edit", null, undo, redo);

        Menu view = new Menu("View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            MenuItem item = new MenuItem(tabs.getTabs().get(i).getText());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            item.setOnAction(e -> tabs.getSelectionModel().select(index));
            view.getItems().add(item);
        }
        MenuItem backend = new MenuItem("Compute backend…");
        backend.setId("backendMenuItem");
        backend.setOnAction(e -> backendSettings.run());
        view.getItems().addAll(new SeparatorMenuItem(), backend);
        getMenus().addAll(file, edit, view);

        shell.errorProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.setHeaderText("Something went wrong");
                alert.showAndWait();
                shell.clearError();
            }
        });
        shell.copyOfferedProperty().addListener((obs, old, offered) -> {
            if (offered) {
                javafx.application.Platform.runLater(() -> offerCopy(shell));
            }
        });
    }

    /** The built-in sample is read-only: offer to save an editable copy. */
    private void offerCopy(ShellViewModel shell) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "The built-in sample is read-only. Save a copy as a workspace file and edit that?",
                new ButtonType("Save a copy…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        ask.setHeaderText("Read-only workspace");
        Optional<ButtonType> answer = ask.showAndWait();
        Optional<java.nio.file.Path> copy = answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? chooseWorkspace(shell, "Save an editable copy", shell.suggestedFileName("")) : Optional.empty();
        copy.ifPresentOrElse(shell::saveCopyWithRefusedEdit, shell::dismissCopyOffer);
    }

    /** A file dialog that starts in the folder of the last file chosen and, to save, suggests a name. */
    private static FileChooser chooser(ShellViewModel shell, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        shell.lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }

    private Optional<java.nio.file.Path> chooseCsv(ShellViewModel shell, String title, String what) {
        FileChooser chooser = chooser(shell, title, shell.suggestedFileName(what));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        Optional<java.nio.file.Path> chosen = Optional.ofNullable(file).map(File::toPath);
        chosen.ifPresent(shell::fileChosen);
        return chosen;
    }

    /** Chooses a workspace file: to save when a name is suggested, else to open. */
    private Optional<java.nio.file.Path> chooseWorkspace(ShellViewModel shell, String title, String suggestedName) {
        boolean save = suggestedName != null;
        FileChooser chooser = chooser(shell, title, suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TasteLab workspaces", "*.tastelab", "*.sqlite", "*.db"));
        File file = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        java.nio.file.Path path = file.toPath();
        if (save && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".tastelab");
        }
        shell.fileChosen(path);
        return Optional.of(path);
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
