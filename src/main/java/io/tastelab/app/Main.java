package io.tastelab.app;

import io.tastelab.cli.TasteLabCommand;

/**
 * Entry point. With no arguments it opens the desktop app ({@code --smoke [--out DIR]} opens it, shows
 * every pane and exits); with other arguments it runs the headless CLI, which needs no display. A plain class (not an {@code Application}) so that JavaFX on the class path
 * starts.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        NativeCache.configure();
        java.util.List<String> remaining = new java.util.ArrayList<>();
        int relaunched = BackendStartup.apply(args, remaining);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        args = remaining.toArray(String[]::new);
        if (args.length == 0 || args[0].equals("--smoke")) {
            DesktopLauncher.launch(args);
            return;
        }
        if (args[0].equals("render")) {
            System.exit(RenderCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(TasteLabCommand.run(args));
    }
}
