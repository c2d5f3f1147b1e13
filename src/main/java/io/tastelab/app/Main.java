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
        try {
            if (args[0].equals("render")) {
                System.exit(RenderCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            }
            System.exit(TasteLabCommand.run(args));
        } catch (LinkageError failed) {
            if (!nativeLoadFailure(failed)) {
                throw failed;
            }
            System.err.println("tastelab: ND4J's native library failed to load, so no array can be computed: "
                    + rootCause(failed));
            System.err.flush();
            // halt, not exit: ND4J's half-initialised threads can keep a normal shutdown from ever finishing.
            Runtime.getRuntime().halt(NATIVE_LOAD_FAILED);
        }
    }

    /** Exit code when ND4J's native library cannot be loaded (1 is a failed command, 2 a usage error). */
    static final int NATIVE_LOAD_FAILED = 3;

    /** Whether {@code error} comes from loading ND4J's (or JavaCPP's) native code. */
    static boolean nativeLoadFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsatisfiedLinkError) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName();
                if (name.startsWith("org.nd4j.") || name.startsWith("org.bytedeco.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause, as its class and the first line of its message. */
    static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return root.getClass().getSimpleName() + ": " + message;
    }
}
