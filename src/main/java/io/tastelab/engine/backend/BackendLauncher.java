package io.tastelab.engine.backend;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a backend by relaunching TasteLab: ND4J fixes its backend once per JVM from the environment, so
 * switching means starting a new JVM with {@link BackendSelection#environment()} and the same class path and
 * arguments. The relaunched process is marked so that it never relaunches again.
 */
public final class BackendLauncher {

    /** The SIMD kernels' module: passed on when this JVM has it, or the relaunched one would run without them. */
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    /**
     * What lets the SIMD kernels load that module late (io.tastelab.array.VectorModule): passed on when this JVM has
     * it, since a relaunch by class path does not read the jar's manifest, where {@code java -jar} finds it.
     */
    static final String LATE_MODULE_LOADING = "--add-exports=java.base/jdk.internal.module=ALL-UNNAMED";

    /** Set in a relaunched process; its value is the backend it was started for. */
    public static final String RELAUNCHED_VARIABLE = "TASTELAB_BACKEND_APPLIED";

    private BackendLauncher() {
    }

    /** True if this process was started by a relaunch (and must not relaunch again). */
    public static boolean isRelaunched(Map<String, String> environment) {
        return environment.containsKey(RELAUNCHED_VARIABLE);
    }

    /**
     * The command that starts this program again: the running JVM's executable, its class path (and the incubating
     * vector module, or the export that loads it late, where this JVM runs with it), {@code mainClass} and
     * {@code arguments}.
     */
    public static List<String> command(String javaExecutable, String classPath, String mainClass,
            List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.add("--enable-native-access=ALL-UNNAMED");
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
            command.add("--add-modules=" + VECTOR_MODULE);
        }
        if (Object.class.getModule().isExported("jdk.internal.module", BackendLauncher.class.getModule())) {
            command.add(LATE_MODULE_LOADING);
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /**
     * Starts {@code mainClass} again in a JVM running {@code selection}, with this process's console, and returns
     * its exit code once it ends.
     */
    public static int relaunch(BackendSelection selection, String mainClass, List<String> arguments)
            throws IOException, InterruptedException {
        return start(selection, mainClass, arguments).waitFor();
    }

    /**
     * Starts {@code mainClass} in a new JVM running {@code selection}, with this process's console, and returns at
     * once: the desktop app's "Restart now" starts its successor this way and then closes.
     */
    public static Process start(BackendSelection selection, String mainClass, List<String> arguments)
            throws IOException {
        String java = ProcessHandle.current().info().command()
                .or(() -> Optional.of(System.getProperty("java.home") + "/bin/java")).orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(command(java, System.getProperty("java.class.path"), mainClass,
                arguments)).inheritIO();
        builder.environment().putAll(selection.environment());
        builder.environment().put(RELAUNCHED_VARIABLE, selection.effective().id());
        return builder.start();
    }
}
