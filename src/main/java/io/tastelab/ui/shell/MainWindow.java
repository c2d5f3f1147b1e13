package io.tastelab.ui.shell;

import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.backend.BackendServices;
import io.tastelab.ui.backend.BackendSettingsDialog;
import io.tastelab.ui.backend.BackendSettingsViewModel;
import io.tastelab.ui.catalog.CatalogView;
import io.tastelab.ui.catalog.CatalogViewModel;
import io.tastelab.ui.importing.ImportDialog;
import io.tastelab.ui.importing.ImportViewModel;
import io.tastelab.ui.matrix.MatrixView;
import io.tastelab.ui.matrix.MatrixViewModel;
import io.tastelab.ui.playground.ArrayBridge;
import io.tastelab.ui.playground.PlaygroundKernel;
import io.tastelab.ui.playground.PlaygroundView;
import io.tastelab.ui.playground.PlaygroundViewModel;
import io.tastelab.ui.popularity.PopularityView;
import io.tastelab.ui.popularity.PopularityViewModel;
import io.tastelab.ui.recommend.RecommendView;
import io.tastelab.ui.recommend.RecommendViewModel;
import io.tastelab.ui.evaluate.EvaluationView;
import io.tastelab.ui.evaluate.EvaluationViewModel;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import java.util.function.Supplier;

/** The main window's content: menu, one tab per pane, and the status bar. */
public final class MainWindow extends BorderPane {

    private final ShellViewModel shell;

    public MainWindow(WorkspaceState workspace, BackgroundTasks tasks) {
        this(workspace, tasks, RecentWorkspaces.inMemory());
    }

    public MainWindow(WorkspaceState workspace, BackgroundTasks tasks, RecentWorkspaces recent) {
        this(workspace, tasks, recent, BackendServices.standard());
    }

    /** A window whose compute backend dialog uses {@code backends} (tests pass a throwaway settings node). */
    public MainWindow(WorkspaceState workspace, BackgroundTasks tasks, RecentWorkspaces recent,
            BackendServices backends) {
        setId("mainWindow");
        var css = MainWindow.class.getResource("/styles/tastelab.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        this.shell = new ShellViewModel(workspace, tasks, recent);
        TabPane tabs = new TabPane(
                tab("Catalog", "catalogTab", () -> new CatalogView(new CatalogViewModel(workspace, tasks))),
                tab("Popularity", "popularityTab", () -> new PopularityView(new PopularityViewModel(workspace, tasks))),
                tab("Recommendations", "recommendTab", () -> new RecommendView(new RecommendViewModel(workspace, tasks))),
                tab("User-item matrix", "matrixTab", () -> new MatrixView(new MatrixViewModel(workspace, tasks))),
                tab("Evaluation", "evaluateTab", () -> new EvaluationView(new EvaluationViewModel(workspace, tasks))),
                tab("Playground", "playgroundTab", () -> new PlaygroundView(
                        new PlaygroundViewModel(tasks, new PlaygroundKernel(ArrayBridge.standard())))));
        tabs.setId("paneTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // One import model for the window: the dialog opens again with the files and columns it had.
        ImportViewModel importModel = new ImportViewModel(shell, tasks);
        setTop(new MainMenu(shell, tabs,
                () -> new ImportDialog(importModel, getScene().getWindow()).show(),
                () -> new BackendSettingsDialog(new BackendSettingsViewModel(backends, tasks,
                        shell.backendStatusProperty()), getScene().getWindow()).show()));
        setCenter(tabs);
        setBottom(new StatusBarView(shell));
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** A tab whose pane is built the first time it is selected, so the window appears sooner. */
    private static Tab tab(String title, String id, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
