package io.tastelab.app;

import io.tastelab.ui.TasteLabApp;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the CLI never loads JavaFX classes. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(TasteLabApp.class, args);
    }
}
