package io.tastelab.ui.playground;

import io.tastelab.array.ArrayException;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;

import java.util.ArrayList;
import java.util.List;

/** Lines up the operands of a binary operation the way NumPy's broadcasting does, for the broadcast picture. */
final class BroadcastAnalysis {

    private BroadcastAnalysis() {
    }

    /**
     * @param texts    the operands' source text
     * @param operands the operands (0-d arrays for Python scalars)
     * @param result   the operation's result, or null when it failed
     * @param message  the error the operation raised, or null
     */
    static Picture.BroadcastPicture analyze(String title, String operator, List<String> texts, List<NdArray> operands,
                                            NdArray result, String message) {
        int aligned = 0;
        for (NdArray operand : operands) {
            aligned = Math.max(aligned, operand.ndim());
        }
        int[] target = null;
        int failing = failingAxis(operands.stream().map(NdArray::shape).toList(), aligned);
        if (failing < 0) {
            try {
                target = Shape.broadcast(operands.stream().map(NdArray::shape).toArray(int[][]::new));
            } catch (ArrayException e) {
                failing = 0;
            }
        }
        List<Picture.Operand> drawn = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            NdArray operand = operands.get(i);
            ArrayGrid original = ArrayGrid.of(operand);
            drawn.add(new Picture.Operand(texts.get(i), operand.shape(), original,
                    target == null ? null : original.stretchedTo(target)));
        }
        if (failing >= 0 && message == null) {
            message = "operands could not be broadcast together with shapes "
                    + String.join(" ", operands.stream().map(o -> Shape.compact(o.shape())).toList()) + " ";
        }
        return new Picture.BroadcastPicture(title, operator, drawn, target,
                result == null ? null : ArrayGrid.of(result), aligned, failing, message);
    }

    /**
     * The first position, counting from the right as NumPy compares, whose sizes disagree with neither being 1;
     * given as a column of the right-aligned layout ({@code aligned} columns). -1 when the shapes broadcast.
     */
    static int failingAxis(List<int[]> shapes, int aligned) {
        for (int fromRight = 1; fromRight <= aligned; fromRight++) {
            int size = 1;
            for (int[] shape : shapes) {
                int length = shape.length - fromRight >= 0 ? shape[shape.length - fromRight] : 1;
                if (length != 1) {
                    if (size != 1 && size != length) {
                        return aligned - fromRight;
                    }
                    size = length;
                }
            }
        }
        return -1;
    }

    /** A shape padded on the left with 1s to {@code aligned} dimensions, as broadcasting lines it up. */
    static int[] padded(int[] shape, int aligned) {
        int[] result = new int[aligned];
        java.util.Arrays.fill(result, 1);
        System.arraycopy(shape, 0, result, aligned - shape.length, shape.length);
        return result;
    }
}
