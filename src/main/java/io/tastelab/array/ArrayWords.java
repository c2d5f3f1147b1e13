package io.tastelab.array;

import java.util.function.Function;

/**
 * NumPy's {@code array2string} layout for arrays the array layer does not hold (the playground's string arrays):
 * the words are the formatted elements in C order, laid out in nested brackets, wrapped and summarized exactly as
 * numeric arrays are, under the session's print options.
 */
public final class ArrayWords {
    private ArrayWords() {
    }

    /** {@code prefix} is the text before the first bracket ({@code "array("}), {@code suffix} the text after. */
    public static String layout(int[] shape, Function<Long, String> word, String separator, String prefix,
                                String suffix) {
        return Formatter.layoutWords(shape, word, separator, prefix, suffix);
    }

    /**
     * NumPy's element formatter built over all of {@code a}'s elements (common width, float precision and padding,
     * as {@code array2string} formats one array), applied to the element at a flat C-order position. A structured
     * array prints each field with the formatter of that field's data; when the array prints summarized, the
     * formatter sees only the edge items along its first {@code summarizedAxes} axes (the record axes), as NumPy
     * builds it from the part it shows. 0 means all elements.
     */
    public static Function<Long, String> elementWords(NdArray a, int summarizedAxes) {
        return Formatter.elementWords(a, summarizedAxes);
    }

    /** Whether an array of {@code size} elements prints summarized ({@code ...}) under the current options. */
    public static boolean summarized(long size) {
        return size > PrintOptions.current().threshold();
    }

    /** The current print options' line width. */
    public static int lineWidth() {
        return PrintOptions.current().lineWidth();
    }
}
