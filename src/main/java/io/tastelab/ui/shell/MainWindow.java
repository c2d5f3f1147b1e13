package io.tastelab.ui.shell;

import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.catalog.CatalogView;
import io.tastelab.ui.catalog.CatalogViewModel;
import io.tastelab.ui.popularity.PopularityView;
import io.tastelab.ui.popularity.PopularityViewModel;
import io.tastelab.ui.recommend.RecommendView;
import io.tastelab.ui.recommend.RecommendViewModel;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The main window's content: menu, one tab per pane, and the status bar. */
public final class MainWindow extends BorderPane {

    private final ShellViewModel shell;

    public MainWindow(WorkspaceState workspace, BackgroundTasks tasks) {
        setId("mainWindow");
        this.shell = new ShellViewModel(workspace, tasks);
        TabPane tabs = new TabPane(
                tab("Catalog", "catalogTab", new CatalogView(new CatalogViewModel(workspace, tasks))),
                tab("Popularity", "popularityTab", new PopularityView(new PopularityViewModel(workspace, tasks))),
                tab("Recommendations", "recommendTab", new RecommendView(new RecommendViewModel(workspace, tasks))));
        tabs.setId("paneTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(new MainMenu(shell, tabs));
        setCenter(tabs);
        setBottom(new StatusBarView(shell));
    }

    public ShellViewModel shell() {
        return shell;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
