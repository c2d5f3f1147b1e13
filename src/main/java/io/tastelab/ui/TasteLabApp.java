package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop application: opens the main window on the built-in sample, then loads ND4J in the background. */
public final class TasteLabApp extends Application {

    /** When the JVM started, for the smoke run's "window shown after" figure. */
    private static final long STARTED_AT = System.nanoTime()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WorkspaceState workspace = new WorkspaceState(SampleWorkspace.load(), "Built-in sample");
        MainWindow window = new MainWindow(workspace, new FxBackgroundTasks());
        Scene scene = new Scene(window, 1320, 820);
        stage.titleProperty().bind(window.shell().windowTitle());
        var icon = TasteLabApp.class.getResourceAsStream("/icons/tastelab-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(scene);
        stage.show();
        // Load ND4J once the first frame is up, so the two cores draw the window first.
        javafx.animation.PauseTransition afterFirstFrame = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        afterFirstFrame.setOnFinished(event -> window.shell().loadBackend());
        afterFirstFrame.play();
        var arguments = getParameters().getRaw();
        if (arguments.contains("--smoke")) {
            int out = arguments.indexOf("--out");
            java.nio.file.Path outDir = out >= 0 && out + 1 < arguments.size() ? java.nio.file.Path.of(arguments.get(out + 1)) : null;
            new SmokeRun(stage, window, outDir, STARTED_AT).start();
        }
    }
}
