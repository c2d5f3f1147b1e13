package io.tastelab.playground.interp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of Python's {@code sys} module that tutorials read: {@code float_info}, {@code maxsize},
 * {@code version_info} and {@code version} (those of the CPython the playground's semantics follow, 3.11).
 */
final class SysModule {

    private SysModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("float_info", new NamedTupleValue("sys.float_info",
                List.of("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                        "epsilon", "radix", "rounds"),
                List.of(new FloatValue(Double.MAX_VALUE), IntValue.of(1024), IntValue.of(308),
                        new FloatValue(Double.MIN_NORMAL), IntValue.of(-1021), IntValue.of(-307), IntValue.of(15),
                        IntValue.of(53), new FloatValue(Math.ulp(1.0)), IntValue.of(2), IntValue.of(1))));
        attributes.put("maxsize", IntValue.of(Long.MAX_VALUE));
        attributes.put("version_info", new NamedTupleValue("sys.version_info",
                List.of("major", "minor", "micro", "releaselevel", "serial"),
                List.of(IntValue.of(3), IntValue.of(11), IntValue.of(7), new StrValue("final"), IntValue.of(0))));
        attributes.put("version", new StrValue("3.11.7 (TasteLab playground)"));
        return new ModuleValue("sys", attributes);
    }
}
