package io.tastelab.playground.arrays;

import io.tastelab.array.Flavor;
import io.tastelab.array.PrintOptions;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.ModuleProvider;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TypeValue;
import io.tastelab.playground.interp.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playground's array modules for one session: {@code numpy}, {@code jax}, {@code jax.numpy} and
 * {@code jax.random}, built once and shared by every import, with the session's JAX configuration (the PRNG
 * mode) and its {@link KeyTree}. Confined to the session's interpreter thread.
 */
public final class ArrayModules implements ModuleProvider {

    /** JAX's config flag that selects the PRNG mode. */
    public static final String PARTITIONABLE_FLAG = "jax_threefry_partitionable";

    private final KeyTree keyTree = new KeyTree();
    private final JitStatistics jitStatistics = new JitStatistics();
    private final JitFunction.Traces jitTraces = new JitFunction.Traces();
    private PrngMode mode = PrngMode.PARTITIONABLE;
    /** This session's np.set_printoptions (they print every array while its cells run and show output). */
    private PrintOptions printOptions = PrintOptions.DEFAULT;
    private ModuleValue numpy;
    private ModuleValue jaxNumpy;
    private ModuleValue jaxRandom;
    private ModuleValue jax;

    @Override
    public Optional<Value> module(String qualifiedName) {
        return Optional.ofNullable(switch (qualifiedName) {
            case "numpy" -> numpy();
            case "numpy.testing" -> numpy().getAttribute("testing");
            case "numpy.random" -> numpy().getAttribute("random");
            case "jax.numpy" -> jaxNumpy();
            case "jax.random" -> jaxRandom();
            case "jax" -> jax();
            case "jax.lax" -> jax().getAttribute("lax");
            case "jax.tree" -> jax().getAttribute("tree");
            case "jax.tree_util" -> jax().getAttribute("tree_util");
            case "jax.test_util" -> jax().getAttribute("test_util");
            case "jax.debug" -> jax().getAttribute("debug");
            case "jax.nn" -> jax().getAttribute("nn");
            default -> null;
        });
    }

    @Override
    public void activate() {
        PrintOptions.setCurrent(printOptions);
    }

    /** The session's print options. */
    public PrintOptions printOptions() {
        return printOptions;
    }

    /** Sets the session's print options and puts them in force. */
    void setPrintOptions(PrintOptions options) {
        printOptions = options;
        PrintOptions.setCurrent(options);
    }

    /** Where this session's PRNG keys came from and what used them. */
    public KeyTree keyTree() {
        return keyTree;
    }

    /** How often jitted functions traced and ran. */
    public JitStatistics jitStatistics() {
        return jitStatistics;
    }

    /** The PRNG mode {@code jax.config.update("jax_threefry_partitionable", ...)} selected. */
    public PrngMode prngMode() {
        return mode;
    }

    private ModuleValue numpy() {
        if (numpy == null) {
            numpy = NamespaceModule.create(Flavor.NUMPY);
            ClipFunction.install(numpy, Flavor.NUMPY);
            numpy.setAttribute("ndarray", new TypeValue("ndarray", null));
            PrintOptionsFunctions.register(numpy, this);
        }
        return numpy;
    }

    private ModuleValue jaxNumpy() {
        if (jaxNumpy == null) {
            jaxNumpy = NamespaceModule.create(Flavor.JAX);
            ClipFunction.install(jaxNumpy, Flavor.JAX);
            jaxNumpy.setAttribute("ndarray", new TypeValue("Array", null)); // jnp.ndarray is jax.Array
        }
        return jaxNumpy;
    }

    private ModuleValue jaxRandom() {
        if (jaxRandom == null) {
            jaxRandom = RandomModule.create(() -> mode, keyTree);
        }
        return jaxRandom;
    }

    private ModuleValue jax() {
        if (jax == null) {
            Map<String, Value> attributes = new LinkedHashMap<>();
            attributes.put("numpy", jaxNumpy());
            attributes.put("random", jaxRandom());
            // jax.jit(f, ...) compiles f; jax.jit(static_argnames=...) alone is a decorator, as in JAX 0.4.36+.
            attributes.put("jit", Fn.function("jit", List.of("fun", "static_argnums", "static_argnames"), 0,
                    (a, c) -> a[0] == null || a[0] == NoneValue.INSTANCE
                            ? Fn.function("jit", List.of("fun"), 1,
                                    (f, c2) -> new JitFunction(f[0], a[1], a[2], jitStatistics, jitTraces))
                            : new JitFunction(a[0], a[1], a[2], jitStatistics, jitTraces)));
            List<String> gradParameters = List.of("fun", "argnums", "has_aux", "holomorphic", "allow_int");
            attributes.put("grad", Fn.function("grad", gradParameters, 1, (a, c) -> new GradFunction(a, false)));
            attributes.put("value_and_grad", Fn.function("value_and_grad", gradParameters, 1,
                    (a, c) -> new GradFunction(a, true)));
            List<String> jacobianParameters = List.of("fun", "argnums", "has_aux", "holomorphic", "allow_int");
            for (String name : List.of("jacrev", "jacfwd", "jacobian")) {
                attributes.put(name, Fn.function(name, jacobianParameters, 1,
                        (a, c) -> new JacobianFunction(name, a)));
            }
            attributes.put("make_jaxpr", Fn.function("make_jaxpr", List.of("fun", "static_argnums"), 1,
                    (a, c) -> new MakeJaxpr(a)));
            attributes.put("hessian", Fn.function("hessian", List.of("fun", "argnums", "has_aux", "holomorphic"), 1,
                    (a, c) -> JacobianFunction.hessian(a)));
            attributes.put("vmap", Fn.function("vmap", List.of("fun", "in_axes", "out_axes"), 1,
                    (a, c) -> new VmapFunction(a)));
            attributes.put("custom_jvp", Fn.function("custom_jvp", List.of("fun", "nondiff_argnums"), 1,
                    (a, c) -> new CustomDerivative(CustomDerivative.Kind.JVP, a)));
            attributes.put("custom_vjp", Fn.function("custom_vjp", List.of("fun", "nondiff_argnums"), 1,
                    (a, c) -> new CustomDerivative(CustomDerivative.Kind.VJP, a)));
            // isinstance(x, jax.Array) holds for JAX arrays (the interpreter relates Array to ArrayImpl).
            attributes.put("Array", new io.tastelab.playground.interp.TypeValue("Array", null));
            attributes.put("config", config());
            attributes.put("lax", LaxModule.create(jaxNumpy(), jitStatistics, jitTraces));
            attributes.put("nn", NnModule.create(jaxNumpy(), (ModuleValue) attributes.get("lax")));
            attributes.put("tree", TreeModule.tree());
            attributes.put("debug", DebugPrint.module());
            attributes.put("test_util", CheckGrads.module());
            attributes.put("jvp", Fn.function("jvp", List.of("fun", "primals", "tangents"), 3,
                    (a, c) -> Linearization.jvp(a[0], a[1], a[2], c)));
            attributes.put("linearize", new io.tastelab.playground.interp.BuiltinFunction("linearize",
                    (arguments, context) -> {
                        if (arguments.size() < 1) {
                            throw PlaygroundError.typeError("linearize() missing 1 required positional argument: "
                                    + "'fun'");
                        }
                        return Linearization.linearize(arguments.get(0), arguments.positional().subList(1,
                                arguments.size()), context);
                    }));
            attributes.put("vjp", new io.tastelab.playground.interp.BuiltinFunction("vjp", (arguments, context) -> {
                if (arguments.size() < 1) {
                    throw PlaygroundError.typeError("vjp() missing 1 required positional argument: 'fun'");
                }
                return Linearization.vjp(arguments.get(0), arguments.positional().subList(1, arguments.size()),
                        context);
            }));
            ModuleValue treeUtil = TreeModule.treeUtil();
            attributes.put("tree_util", treeUtil);
            // JAX 0.4's top-level tree functions (deprecated in 0.4.26, removed in 0.6.0): the "JAX 101" pages and
            // much code written from them call jax.tree_map, so they stay here as jax.tree_util's functions.
            for (String name : List.of("tree_map", "tree_leaves", "tree_structure", "tree_flatten", "tree_unflatten",
                    "tree_transpose")) {
                attributes.put(name, treeUtil.getAttribute(name));
            }
            attributes.put("block_until_ready", Fn.function("block_until_ready", List.of("x"), 1, (a, c) -> a[0]));
            attributes.put("devices", Fn.function("devices", List.of("backend"), 0,
                    (a, c) -> new ListValue(List.of(new StrValue("CpuDevice(id=0)")))));
            attributes.put("default_backend", Fn.function("default_backend", List.of(), 0,
                    (a, c) -> new StrValue("cpu")));
            attributes.put("__name__", new StrValue("jax"));
            jax = new ModuleValue("jax", attributes);
        }
        return jax;
    }

    private ModuleValue config() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("update", Fn.function("update", List.of("name", "val"), 2, (a, c) -> {
            if (!(a[0] instanceof StrValue name)) {
                throw PlaygroundError.typeError("config.update() name must be a str");
            }
            switch (name.value()) {
                case PARTITIONABLE_FLAG -> mode = a[1].isTruthy() ? PrngMode.PARTITIONABLE : PrngMode.LEGACY;
                case "jax_enable_x64" -> {
                    if (a[1].isTruthy()) {
                        throw PlaygroundError.valueError("the playground runs JAX with 64-bit types off "
                                + "(jax_enable_x64 cannot be switched on)");
                    }
                }
                case "jax_platform_name", "jax_platforms" -> {
                    // The backend is chosen per process (Settings or --backend); accepted and ignored here.
                }
                default -> throw PlaygroundError.attributeError("Unrecognized config option: " + name.value());
            }
            return NoneValue.INSTANCE;
        }));
        return new ModuleValue("jax.config", attributes);
    }
}
