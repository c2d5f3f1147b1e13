package io.tastelab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.array.NdArray;
import io.tastelab.playground.arrays.ArrayValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.interp.TimeitReport;
import java.math.BigInteger;
import java.util.List;

/**
 * The one-line JSON object {@code tastelab play --json} prints per top-level statement (issue 3's contract):
 * {@code array} (dtype, shape, C-order data; NaN and infinities as strings; each float as the shortest
 * double that is exactly the element), {@code value} (a repr), {@code none}, or {@code error} (Python type, message, line, column); printed
 * text is added as {@code stdout}. Stateless.
 */
final class PlayJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlayJson() {
    }

    static String render(StatementOutput output, List<String> notes) {
        ObjectNode node = MAPPER.createObjectNode();
        PlaygroundError error = output.error();
        if (error != null) {
            node.put("type", "error");
            node.put("error", error.type());
            node.put("message", error.pythonMessage());
            node.put("line", error.line());
            node.put("column", error.column());
        } else if (output.value() instanceof ArrayValue array) {
            node.put("type", "array");
            putArray(node, array.array());
        } else if (output.value() != null) {
            node.put("type", "value");
            node.put("repr", output.value().repr());
        } else {
            node.put("type", "none");
        }
        if (!output.stdout().isEmpty()) {
            node.put("stdout", output.stdout());
        }
        if (!notes.isEmpty()) {
            node.put("note", String.join("\n", notes));
        }
        TimeitReport timing = output.timing();
        if (timing != null) {
            ObjectNode t = node.putObject("timeit");
            t.put("mean_s", timing.meanSeconds());
            t.put("std_s", timing.stdSeconds());
            t.put("runs", timing.repeats());
            t.put("loops", timing.loops());
            t.put("first_call_s", timing.firstCallSeconds());
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void putArray(ObjectNode node, NdArray array) {
        node.put("dtype", array.dtype().numpyName());
        ArrayNode shape = node.putArray("shape");
        for (int d : array.shape()) {
            shape.add(d);
        }
        ArrayNode data = node.putArray("data");
        for (Object value : array.jsonValues()) {
            switch (value) {
                case Boolean b -> data.add(b);
                case Long l -> data.add(l);
                case BigInteger big -> data.add(big);
                case Double d -> data.add(d);
                default -> data.add(String.valueOf(value));
            }
        }
    }
}
