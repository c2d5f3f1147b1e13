package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop application: opens the main window on the built-in sample, then loads ND4J in the background. */
public final class TasteLabApp extends Application {

    static final int MIN_WIDTH = 1024;
    static final int MIN_HEIGHT = 700;

    /** Room left for the window's title bar and borders when the default size is fitted to a small screen. */
    private static final int DECORATION_ALLOWANCE = 40;

    /** {@link #sceneSize(java.util.List, double, double)} on a screen large enough for the default size. */
    static int[] sceneSize(java.util.List<String> arguments) {
        return sceneSize(arguments, Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /**
     * The window's size: 1320 × 820 where the screen's free area holds it, else as much of the screen as the
     * window and its title bar can take (never below the 1024 × 700 minimum); or {@code --size WIDTHxHEIGHT} (at
     * least the minimum), so the smoke run's pictures can show the panes at the sizes the app supports.
     */
    static int[] sceneSize(java.util.List<String> arguments, double screenWidth, double screenHeight) {
        int at = arguments.indexOf("--size");
        if (at >= 0 && at + 1 < arguments.size()) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{3,5})x(\\d{3,5})").matcher(arguments.get(at + 1));
            if (matcher.matches()) {
                return new int[] {Math.max(MIN_WIDTH, Integer.parseInt(matcher.group(1))),
                        Math.max(MIN_HEIGHT, Integer.parseInt(matcher.group(2)))};
            }
        }
        return new int[] {(int) Math.max(MIN_WIDTH, Math.min(1320, screenWidth)),
                (int) Math.max(MIN_HEIGHT, Math.min(820, screenHeight - DECORATION_ALLOWANCE))};
    }

    /** When the JVM started, for the smoke run's "window shown after" figure. */
    private static final long STARTED_AT = System.nanoTime()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var sample = SampleWorkspace.load();
        WorkspaceState workspace = new WorkspaceState(sample, "Built-in sample");
        // The panes open on the sample's ratings too (the evaluation pane picks the open workspace's data).
        workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
        boolean smoke = getParameters().getRaw().contains("--smoke");
        // The smoke run must not depend on (or change) the user's recent workspaces.
        RecentWorkspaces recent = smoke ? RecentWorkspaces.inMemory()
                : RecentWorkspaces.inPreferences(java.util.prefs.Preferences.userRoot().node("io/tastelab/workspaces"));
        MainWindow window = new MainWindow(workspace, new FxBackgroundTasks(), recent);
        window.shell().reloadSample(); // the built-in sample is read-only; editing it offers to save a copy
        stage.setOnHidden(event -> window.shell().closeOpen());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        int[] size = sceneSize(getParameters().getRaw(), screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(window, size[0], size[1]);
        stage.titleProperty().bind(window.shell().windowTitle());
        var icon = TasteLabApp.class.getResourceAsStream("/icons/tastelab-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(scene);
        // The smallest size every pane is laid out for (README: 1024 × 700).
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        // Load ND4J once the first frame is up, so the two cores draw the window first.
        javafx.animation.PauseTransition afterFirstFrame = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        afterFirstFrame.setOnFinished(event -> {
            window.shell().reopenLast();
            window.shell().loadBackend();
        });
        afterFirstFrame.play();
        var arguments = getParameters().getRaw();
        if (arguments.contains("--smoke")) {
            int out = arguments.indexOf("--out");
            java.nio.file.Path outDir = out >= 0 && out + 1 < arguments.size() ? java.nio.file.Path.of(arguments.get(out + 1)) : null;
            new SmokeRun(stage, window, outDir, STARTED_AT).start();
        }
    }
}
