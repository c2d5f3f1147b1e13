package io.tastelab.array;

/**
 * Makes the incubating Vector API ({@code jdk.incubator.vector}) available to the SIMD kernels without naming it at
 * launch.
 *
 * <p>Why: an incubator module named with {@code --add-modules} keeps the JVM from archiving its boot layer, which
 * turns off the ahead-of-time cache's full module graph and with it every class linked ahead of time; the first
 * frame came about a fifth later (resources/decisions/startup-aot-cache.md). So the launchers leave the module out
 * and the first array kernel loads it here, into a child layer of the boot layer, defined to the boot loader: the
 * JDK's own way of loading a system module late ({@code jdk.internal.module.Modules.loadModule}, which loads
 * java.instrument when an agent attaches to a running JVM). Classes of the boot loader keep the JIT's intrinsics
 * and forced inlining, so the kernels run as fast as with the module named at launch.
 *
 * <p>That method is internal to java.base: the jar's manifest ({@code Add-Exports}, for {@code java -jar}) and the
 * installed launcher ({@code --add-exports}) open its package to the class path. Without that, or in a runtime
 * without the module, {@link #load} says no and the kernels take their other forms (the same bits, slower).
 */
final class VectorModule {
    static final String NAME = "jdk.incubator.vector";

    private VectorModule() {
    }

    /** True when the module is in the boot layer or could be loaded now, defined to the boot loader. */
    static boolean load() {
        if (ModuleLayer.boot().findModule(NAME).isPresent()) {
            return true;
        }
        try {
            Module module = (Module) Class.forName("jdk.internal.module.Modules")
                    .getMethod("loadModule", String.class).invoke(null, NAME);
            // a module of another loader would run the Vector API without its intrinsics: slower than no SIMD
            return module.getClassLoader() == null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            // the package not opened to us (IllegalAccessException), a runtime without the module (FindException
            // inside an InvocationTargetException), or a JDK without that method
            return false;
        }
    }
}
