package io.tastelab.app;

import io.tastelab.engine.backend.Backend;
import io.tastelab.engine.backend.BackendLauncher;
import io.tastelab.engine.backend.BackendSelection;
import io.tastelab.engine.backend.BackendSettings;
import io.tastelab.engine.backend.DeviceProbe;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies the backend before ND4J loads: {@code --backend cpu|gpu} on the command line (this run only), else the
 * saved setting. If this JVM's environment doesn't select it, TasteLab relaunches itself with the right
 * environment; a GPU that isn't there is explained and the run stays on the CPU.
 */
final class BackendStartup {

    /**
     * What {@link #prepare} decided.
     *
     * @param arguments the arguments without {@code --backend}
     * @param selection the backend this run will use
     * @param relaunch  true if this process must relaunch to apply it
     */
    record Plan(List<String> arguments, BackendSelection selection, boolean relaunch) {
    }

    private BackendStartup() {
    }

    /**
     * Decides the backend for {@code args}.
     *
     * @throws IllegalArgumentException for a bad {@code --backend} value
     */
    static Plan prepare(String[] args, Map<String, String> environment, Supplier<Backend> saved, DeviceProbe probe,
            PrintStream messages) {
        List<String> rest = new ArrayList<>();
        Backend requested = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--backend")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--backend needs a value: cpu or gpu");
                }
                requested = Backend.parse(args[++i]);
            } else if (arg.startsWith("--backend=")) {
                requested = Backend.parse(arg.substring("--backend=".length()));
            } else {
                rest.add(arg);
            }
        }
        if (BackendLauncher.isRelaunched(environment)) {
            Backend applied = Backend.parse(environment.get(BackendLauncher.RELAUNCHED_VARIABLE));
            return new Plan(rest, new BackendSelection(applied, applied, "", ""), false);
        }
        Backend choice = requested != null ? requested : saved.get();
        BackendSelection selection = BackendSelection.resolve(choice, probe);
        if (!selection.explanation().isEmpty()) {
            messages.println("tastelab: " + selection.explanation());
        }
        return new Plan(rest, selection, !selection.isAppliedIn(environment, probe));
    }

    /** Applies the backend; returns the exit code of a relaunched run, or -1 to go on in this process. */
    static int apply(String[] args, List<String> remaining) {
        Plan plan;
        try {
            plan = prepare(args, System.getenv(), () -> new BackendSettings().load(), DeviceProbe.system(),
                    System.err);
        } catch (IllegalArgumentException badValue) {
            System.err.println("tastelab: " + badValue.getMessage());
            return 2;
        }
        remaining.addAll(plan.arguments());
        if (!plan.relaunch()) {
            return -1;
        }
        try {
            return BackendLauncher.relaunch(plan.selection(), Main.class.getName(), plan.arguments());
        } catch (java.io.IOException | InterruptedException failed) {
            System.err.println("tastelab: could not relaunch on the " + plan.selection().effective().id()
                    + " backend (" + failed.getMessage() + "); running on the default backend.");
            return -1;
        }
    }
}
