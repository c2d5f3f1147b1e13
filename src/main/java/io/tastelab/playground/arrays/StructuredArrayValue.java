package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.ArrayWords;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.ComplexValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A NumPy structured array, or one record of it ({@code np.void}). Each field is held as its own NumPy array of
 * shape {@code shape + field's subarray shape}; indexing applies the index to every field, so a slice is a view
 * as in NumPy, and {@code x['a']} is that field's array itself: writes through it ({@code x['a'][0, 0] = 7}) are
 * seen in {@code x}. A record ({@code x[0]}) holds 0-d views of its fields, so {@code x[0]['a'] = 5} writes into
 * {@code x} as NumPy's void scalar does. Arithmetic raises NumPy's UFuncTypeError.
 */
final class StructuredArrayValue implements AttributeDispatch, SubscriptDispatch, OperatorDispatch, IterableValue {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    private final StructuredDTypeValue dtype;
    private final int[] shape;
    private final NdArray[] fields;
    private final boolean record;

    StructuredArrayValue(StructuredDTypeValue dtype, int[] shape, NdArray[] fields, boolean record) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.fields = fields;
        this.record = record;
    }

    /** A new array of {@code shape} with every field element {@code fill} (0 or 1). */
    static StructuredArrayValue filled(StructuredDTypeValue dtype, int[] shape, long fill) {
        if (dtype.fields().isEmpty()) {
            throw PlaygroundError.typeError("the playground's structured arrays need at least one field");
        }
        NdArray[] fields = new NdArray[dtype.fields().size()];
        for (int k = 0; k < fields.length; k++) {
            StructuredDTypeValue.Field field = dtype.fields().get(k);
            int[] full = fieldShape(shape, field);
            fields[k] = Py.guard(() -> fill == 0 ? NP.zeros(full, field.dtype()) : NP.ones(full, field.dtype()));
        }
        return new StructuredArrayValue(dtype, shape, fields, false);
    }

    static int[] fieldShape(int[] shape, StructuredDTypeValue.Field field) {
        int[] full = Arrays.copyOf(shape, shape.length + field.subshape().length);
        System.arraycopy(field.subshape(), 0, full, shape.length, field.subshape().length);
        return full;
    }

    StructuredDTypeValue dtype() {
        return dtype;
    }

    int[] shape() {
        return shape.clone();
    }

    /** Field {@code k}'s array, of shape {@code shape + subarray shape}. */
    NdArray fieldArray(int k) {
        return fields[k];
    }

    /** The records in C order as a 1-d array (a copy where a view cannot be one). */
    StructuredArrayValue flattened() {
        int count = (int) size();
        NdArray[] flat = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            int[] flatShape = fieldShape(new int[] {count}, dtype.fields().get(k));
            NdArray field = fields[k];
            flat[k] = Py.guard(() -> field.copy().reshape(flatShape));
        }
        return new StructuredArrayValue(dtype, new int[] {count}, flat, false);
    }

    /** A new array of this shape whose record at flat position p is this one's record {@code positions[p]}. */
    StructuredArrayValue take(int[] positions) {
        StructuredArrayValue flat = flattened();
        List<Index> index = StructuredSort.flatIndex(positions);
        NdArray[] taken = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            int[] full = fieldShape(shape, dtype.fields().get(k));
            NdArray field = flat.fields[k];
            taken[k] = Py.guard(() -> field.get(index).reshape(full));
        }
        return new StructuredArrayValue(dtype, shape, taken, false);
    }

    /** Every field, every subarray element, set from {@code values} broadcast over the record axes. */
    void fillFields(NdArray values) {
        for (int k = 0; k < fields.length; k++) {
            NdArray target = fields[k];
            int[] subshape = dtype.fields().get(k).subshape();
            int[] padded = Arrays.copyOf(values.shape(), values.ndim() + subshape.length);
            Arrays.fill(padded, values.ndim(), padded.length, 1);
            NdArray source = Py.guard(() -> values.reshape(padded));
            Py.guard(() -> {
                target.set(List.of(Index.Ellipsis.INSTANCE), source);
                return null;
            });
        }
    }

    /** {@code a.astype(structured)} of a numeric array: each value goes into every field, as NumPy casts. */
    static StructuredArrayValue fromNumeric(NdArray values, StructuredDTypeValue dtype) {
        StructuredArrayValue made = filled(dtype, values.shape(), 0);
        made.fillFields(values);
        return made;
    }

    /** {@code astype}: to a structure of as many fields of the same shapes, field by position; else NumPy's error. */
    private StructuredArrayValue astype(Value target) {
        StructuredDTypeValue to = StructuredDTypeValue.parse(target);
        boolean sameShapes = to != null && to.fields().size() == fields.length;
        for (int k = 0; sameShapes && k < fields.length; k++) {
            sameShapes = Arrays.equals(to.fields().get(k).subshape(), dtype.fields().get(k).subshape());
        }
        if (!sameShapes) {
            String theirs = to != null ? to.repr() : target instanceof StringDTypeValue strings ? strings.repr()
                    : DTypeValue.instance(Py.toDType(NP, target)).repr();
            throw PlaygroundError.typeError("Cannot cast array data from " + dtype.repr() + " to " + theirs
                    + " according to the rule 'unsafe'");
        }
        NdArray[] cast = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            NdArray field = fields[k];
            io.tastelab.array.DType type = to.fields().get(k).dtype();
            cast[k] = Py.guard(() -> field.astype(type));
        }
        return new StructuredArrayValue(to, shape, cast, false);
    }

    /** The same fields with the records in {@code newShape} (NumPy's reshape rules and errors, -1 included). */
    private StructuredArrayValue reshaped(int[] requested, boolean copy) {
        int[] newShape = Py.guard(() -> NP.zeros(shape, io.tastelab.array.DType.BOOL).reshape(requested)).shape();
        NdArray[] moved = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            NdArray field = copy ? fields[k].copy() : fields[k];
            int[] full = fieldShape(newShape, dtype.fields().get(k));
            moved[k] = Py.guard(() -> field.reshape(full));
        }
        return new StructuredArrayValue(dtype, newShape, moved, false);
    }

    /** The record axes reversed (or in {@code order}); subarray axes stay last. */
    private StructuredArrayValue transposed(int[] order) {
        int[] recordAxes = order == null ? reversedAxes() : order;
        // NumPy's checks and errors for the axes, on the record axes alone
        int[] checked = Py.guard(() -> NP.zeros(shape, io.tastelab.array.DType.BOOL).transpose(recordAxes)).shape();
        NdArray[] moved = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            int all = fields[k].ndim();
            int[] permutation = new int[all];
            for (int d = 0; d < all; d++) {
                int axis = d < shape.length ? recordAxes[d] : d;
                permutation[d] = axis < 0 ? axis + shape.length : axis;
            }
            NdArray field = fields[k];
            moved[k] = Py.guard(() -> field.transpose(permutation));
        }
        return new StructuredArrayValue(dtype, checked, moved, false);
    }

    private int[] reversedAxes() {
        int[] axes = new int[shape.length];
        for (int d = 0; d < axes.length; d++) {
            axes[d] = shape.length - 1 - d;
        }
        return axes;
    }

    /** {@code np.concatenate} of structured arrays of one structure, field by field; NumPy's error for a mix. */
    static StructuredArrayValue concatenate(List<Value> arrays, Value axisValue) {
        StructuredArrayValue first = null;
        for (Value value : arrays) {
            if (value instanceof StructuredArrayValue structured) {
                first = first == null ? structured : first;
            }
        }
        StructuredDTypeValue common = first.dtype;
        for (Value value : arrays) {
            if (!(value instanceof StructuredArrayValue structured)) {
                String other = value instanceof StructuredArrayValue ? "VoidDType"
                        : dtypeClass(Py.asArray(NP, value, "concatenate").dtype());
                boolean structuredFirst = arrays.getFirst() instanceof StructuredArrayValue;
                String pair = structuredFirst ? "<class 'numpy.dtypes.VoidDType'>, <class 'numpy.dtypes." + other
                        + "'>" : "<class 'numpy.dtypes." + other + "'>, <class 'numpy.dtypes.VoidDType'>";
                String[] classes = pair.split(", ");
                throw PlaygroundError.of("DTypePromotionError", "The DType " + classes[0] + " could not be promoted "
                        + "by " + classes[1] + ". This means that no common DType exists for the given inputs. For "
                        + "example they cannot be stored in a single array unless the dtype is `object`. The full "
                        + "list of DTypes is: (" + pair + ")");
            }
            if (!structured.dtype.sameLayout(common)) {
                common = common.promote(structured.dtype);
            }
        }
        if (!first.dtype.sameLayout(common)) {
            StructuredDTypeValue target = common;
            return concatenate(arrays.stream().<Value>map(a -> ((StructuredArrayValue) a).astype(target)).toList(),
                    axisValue);
        }
        Integer axis = axisValue == null ? Integer.valueOf(0) : Py.toAxis(axisValue);
        StructuredArrayValue head = first;
        if (axis == null) {
            List<Value> flat = arrays.stream().<Value>map(a -> ((StructuredArrayValue) a).reshaped(new int[] {-1},
                    false)).toList();
            return concatenate(flat, io.tastelab.playground.interp.IntValue.of(0));
        }
        if (head.shape.length == 0) {
            throw PlaygroundError.valueError("zero-dimensional arrays cannot be concatenated");
        }
        int recordAxis = axis < 0 ? axis + head.shape.length : axis;
        if (recordAxis < 0 || recordAxis >= head.shape.length) {
            throw PlaygroundError.of("AxisError", "axis " + axis + " is out of bounds for array of dimension "
                    + head.shape.length);
        }
        NdArray[] joined = new NdArray[head.fields.length];
        for (int k = 0; k < joined.length; k++) {
            List<NdArray> parts = new ArrayList<>();
            for (Value value : arrays) {
                parts.add(((StructuredArrayValue) value).fields[k]);
            }
            joined[k] = Py.guard(() -> NP.concatenate(parts, recordAxis));
        }
        int[] subshape = head.dtype.fields().getFirst().subshape();
        int[] full = joined[0].shape();
        return new StructuredArrayValue(head.dtype, Arrays.copyOf(full, full.length - subshape.length), joined, false);
    }

    /** NumPy's DType class name of a numeric dtype: {@code Int64DType}, {@code UInt8DType}, {@code BoolDType}. */
    private static String dtypeClass(io.tastelab.array.DType dtype) {
        String name = dtype.numpyName();
        String capitalized = name.startsWith("uint") ? "UInt" + name.substring(4)
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return capitalized + "DType";
    }

    private long size() {
        return Shape.size(shape);
    }

    @Override
    public String typeName() {
        return record ? "void" : "ndarray";
    }

    // ------------------------------------------------------------------ printing

    @Override
    public String repr() {
        if (record) {
            return "np.void(" + recordWord() + ", dtype=" + dtype.str() + ")";
        }
        String prefix = "array(";
        Function<Long, String> word = arrayWords();
        String body = shape.length == 0 ? word.apply(0L)
                : size() == 0 ? "[]" : ArrayWords.layout(shape, word, ", ", prefix, ")");
        List<String> extras = new ArrayList<>();
        if (size() == 0 && shape.length != 1 || ArrayWords.summarized(size())) {
            extras.add("shape=" + Shape.pythonTuple(shape));
        }
        extras.add("dtype=" + dtype.str());
        String arrStr = prefix + body + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = lastLineLen + extraStr.length() + 1 > ArrayWords.lineWidth() ? "\n" + " ".repeat(6) : " ";
        return arrStr + spacer + extraStr;
    }

    @Override
    public String str() {
        if (record) {
            return recordWord();
        }
        Function<Long, String> word = arrayWords();
        if (shape.length == 0) {
            return word.apply(0L);
        }
        return size() == 0 ? "[]" : ArrayWords.layout(shape, word, " ", "", "");
    }

    /**
     * Each record as NumPy's StructuredVoidFormat writes it inside an array: every field formatted with the
     * formatter of that field's whole data, a subarray field as a nested list.
     */
    private Function<Long, String> arrayWords() {
        int summarizedAxes = ArrayWords.summarized(size()) ? shape.length : 0;
        List<Function<Long, String>> formats = new ArrayList<>();
        for (NdArray field : fields) {
            formats.add(ArrayWords.elementWords(field, summarizedAxes));
        }
        return position -> recordText(position, formats);
    }

    private String recordText(long position, List<Function<Long, String>> formats) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < fields.length; k++) {
            int[] subshape = dtype.fields().get(k).subshape();
            long perRecord = Shape.size(subshape);
            words.add(nested(subshape, 0, position * perRecord, perRecord, formats.get(k)));
        }
        return words.size() == 1 ? "(" + words.getFirst() + ",)" : "(" + String.join(", ", words) + ")";
    }

    /** NumPy's SubArrayFormat: {@code [[0., 0.], [0., 0.]]}, or the one word of a scalar field. */
    private static String nested(int[] subshape, int axis, long start, long count, Function<Long, String> word) {
        if (axis == subshape.length) {
            return word.apply(start);
        }
        long step = count / Math.max(1, subshape[axis]);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < subshape[axis]; i++) {
            parts.add(nested(subshape, axis + 1, start + i * step, step, word));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** A record as NumPy 2 shows a void scalar: floats as Python's str of the scalar, the rest as in arrays. */
    private String recordWord() {
        List<Function<Long, String>> formats = new ArrayList<>();
        for (NdArray field : fields) {
            if (field.dtype().isFloat()) {
                List<Object> values = field.flatValues();
                formats.add(position -> new ArrayValue(NP.scalar(values.get((int) (long) position), field.dtype()))
                        .str());
            } else {
                formats.add(ArrayWords.elementWords(field, 0));
            }
        }
        return recordText(0, formats);
    }

    // ------------------------------------------------------------------ subscripts

    @Override
    public Value getItem(Value index) {
        if (index instanceof StrValue name) {
            return field(dtype.fieldIndex(name.value()));
        }
        if (record) {
            if (index instanceof ListValue list && !list.items().isEmpty()
                    && list.items().stream().allMatch(StrValue.class::isInstance)) {
                return fieldsView(list.items());
            }
            if (index instanceof IntValue) {
                long position = Py.toLong(index, "index");
                int n = fields.length;
                if (position < -n || position >= n) {
                    throw PlaygroundError.indexError("invalid index (" + position + ")");
                }
                return field((int) (position < 0 ? position + n : position));
            }
            throw PlaygroundError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                    + "and integer or boolean arrays are valid indices");
        }
        if (index instanceof ListValue list && !list.items().isEmpty()
                && list.items().stream().allMatch(StrValue.class::isInstance)) {
            return fieldsView(list.items());
        }
        List<Index> items = recordIndex(index);
        NdArray[] selected = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            NdArray field = fields[k];
            selected[k] = Py.guard(() -> field.get(items));
        }
        int[] subshape = dtype.fields().getFirst().subshape();
        int[] full = selected[0].shape();
        int[] newShape = Arrays.copyOf(full, full.length - subshape.length);
        boolean oneRecord = newShape.length == 0 && items.stream().allMatch(i -> i instanceof Index.Int
                || i instanceof Index.Ellipsis);
        return new StructuredArrayValue(dtype, newShape, selected, oneRecord);
    }

    /** {@code x[['c', 'a']]}: a view of those fields, in that order, at their places in the record. */
    private StructuredArrayValue fieldsView(List<Value> names) {
        List<Integer> positions = new ArrayList<>();
        for (Value name : names) {
            String text = ((StrValue) name).value();
            int k = dtype.fields().stream().map(StructuredDTypeValue.Field::name).toList().indexOf(text);
            if (k < 0) {
                throw PlaygroundError.of("KeyError", name.repr());
            }
            if (positions.contains(k)) {
                throw PlaygroundError.valueError("duplicate field of name " + name.repr());
            }
            positions.add(k);
        }
        NdArray[] selected = positions.stream().map(k -> fields[k]).toArray(NdArray[]::new);
        return new StructuredArrayValue(dtype.select(positions), shape, selected, record);
    }

    /** Field {@code k}: its array (a view of this one's memory); of a record, a NumPy scalar or subarray. */
    private Value field(int k) {
        NdArray field = fields[k];
        if (record && field.ndim() == 0) {
            return new ArrayValue(Py.guard(() -> field.get(List.of())));
        }
        return new ArrayValue(field);
    }

    /**
     * The index as it applies to every field: an Ellipsis stands for the record axes only, and a trailing
     * Ellipsis keeps each field's subarray axes whole.
     */
    private List<Index> recordIndex(Value index) {
        List<Index> items = new ArrayList<>(Py.toIndex(index));
        int consumed = 0;
        int ellipses = 0;
        for (Index item : items) {
            switch (item) {
                case Index.Int ignored -> consumed++;
                case Index.Slice ignored -> consumed++;
                case Index.Array array -> consumed += array.array().dtype().isBool() ? array.array().ndim() : 1;
                case Index.Ellipsis ignored -> ellipses++;
                default -> {
                }
            }
        }
        if (ellipses > 1) {
            throw PlaygroundError.indexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > shape.length) {
            throw PlaygroundError.indexError("too many indices for array: array is " + shape.length
                    + "-dimensional, but " + consumed + " were indexed");
        }
        int at = items.indexOf(Index.Ellipsis.INSTANCE);
        if (at >= 0) {
            items.remove(at);
            for (int i = 0; i < shape.length - consumed; i++) {
                items.add(at, Index.Slice.ALL);
            }
        }
        items.add(Index.Ellipsis.INSTANCE);
        return items;
    }

    @Override
    public void setItem(Value index, Value value) {
        if (index instanceof StrValue name) {
            assignField(dtype.fieldIndex(name.value()), List.of(Index.Ellipsis.INSTANCE), value);
            return;
        }
        if (record) {
            int k = Math.toIntExact(Py.toLong(index, "index"));
            assignField(k < 0 ? k + fields.length : k, List.of(Index.Ellipsis.INSTANCE), value);
            return;
        }
        List<Index> items = recordIndex(index);
        switch (value) {
            case TupleValue tuple -> {
                if (tuple.items().size() != fields.length) {
                    throw PlaygroundError.valueError("could not assign tuple of length " + tuple.items().size()
                            + " to structure with " + fields.length + " fields.");
                }
                for (int k = 0; k < fields.length; k++) {
                    assignField(k, items, tuple.items().get(k));
                }
            }
            case StructuredArrayValue other -> {
                if (other.fields.length != fields.length) {
                    throw PlaygroundError.typeError("Cannot cast array data from " + other.dtype.repr() + " to "
                            + dtype.repr() + " according to the rule 'unsafe'");
                }
                for (int k = 0; k < fields.length; k++) {
                    NdArray source = other.fields[k];
                    NdArray target = fields[k];
                    Py.guard(() -> {
                        target.set(items, source);
                        return null;
                    });
                }
            }
            default -> {
                for (int k = 0; k < fields.length; k++) {
                    assignField(k, items, value);
                }
            }
        }
    }

    private void assignField(int k, List<Index> items, Value value) {
        Object converted = Py.arrayLike(value, "__setitem__");
        NdArray target = fields[k];
        Py.guard(() -> {
            target.set(items, converted);
            return null;
        });
    }

    // ------------------------------------------------------------------ iteration and attributes

    @Override
    public long length() {
        if (record) {
            return fields.length;
        }
        if (shape.length == 0) {
            throw PlaygroundError.typeError("len() of unsized object");
        }
        return shape[0];
    }

    @Override
    public List<Value> items() {
        List<Value> items = new ArrayList<>();
        if (record) {
            for (int k = 0; k < fields.length; k++) {
                items.add(field(k));
            }
            return items;
        }
        if (shape.length == 0) {
            throw PlaygroundError.typeError("iteration over a 0-d array");
        }
        for (int i = 0; i < shape[0]; i++) {
            items.add(getItem(IntValue.of(i)));
        }
        return items;
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "dtype" -> dtype;
            case "shape" -> Py.shapeTuple(shape);
            case "ndim" -> IntValue.of(shape.length);
            case "size" -> IntValue.of(size());
            case "itemsize" -> IntValue.of(dtype.itemSize());
            case "nbytes" -> IntValue.of(size() * dtype.itemSize());
            case "copy" -> Fn.method("copy", "numpy.ndarray object", List.of(), 0, (a, c) -> copy());
            case "tolist", "item" -> Fn.method(name, "numpy.ndarray object", List.of(), 0, (a, c) -> toList());
            case "astype" -> Fn.method(name, "numpy.ndarray object", List.of("dtype", "order", "casting", "subok",
                    "copy"), 1, (a, c) -> astype(a[0]));
            case "reshape" -> new io.tastelab.playground.interp.BuiltinFunction("reshape", (arguments, context) -> {
                List<Value> given = arguments.positional();
                Value target = given.size() == 1 ? given.getFirst() : new TupleValue(given);
                if (given.isEmpty()) {
                    target = arguments.keywords().get("shape");
                }
                if (target == null) {
                    throw PlaygroundError.typeError("reshape() missing required argument 'shape' (pos 1)");
                }
                return reshaped(Py.toShape(target), false);
            }, "numpy.ndarray object");
            case "ravel" -> Fn.method(name, "numpy.ndarray object", List.of("order"), 0,
                    (a, c) -> reshaped(new int[] {-1}, false));
            case "flatten" -> Fn.method(name, "numpy.ndarray object", List.of("order"), 0,
                    (a, c) -> reshaped(new int[] {-1}, true));
            case "T" -> transposed(null);
            case "transpose" -> new io.tastelab.playground.interp.BuiltinFunction("transpose", (arguments, context) -> {
                List<Value> given = arguments.positional();
                if (given.isEmpty() || given.size() == 1 && given.getFirst() == io.tastelab.playground.interp
                        .NoneValue.INSTANCE) {
                    return transposed(null);
                }
                return transposed(Py.toShape(given.size() == 1 ? given.getFirst() : new TupleValue(given)));
            }, "numpy.ndarray object");
            case "sort" -> Fn.method(name, "numpy.ndarray object", List.of("axis", "kind", "order"), 0, (a, c) -> {
                setItem(io.tastelab.playground.interp.EllipsisValue.INSTANCE, StructuredSort.sort(this, a[0], a[2]));
                return io.tastelab.playground.interp.NoneValue.INSTANCE;
            });
            case "argsort" -> Fn.method(name, "numpy.ndarray object", List.of("axis", "kind", "order"), 0,
                    (a, c) -> StructuredSort.argsort(this, a[0], a[2]));
            default -> null;
        };
    }

    private StructuredArrayValue copy() {
        NdArray[] copies = new NdArray[fields.length];
        for (int k = 0; k < fields.length; k++) {
            copies[k] = fields[k].copy();
        }
        return new StructuredArrayValue(dtype, shape, copies, false);
    }

    /** {@code tolist()}: nested lists of records, each a tuple of the fields' Python values. */
    private Value toList() {
        if (record || shape.length == 0) {
            List<Value> values = new ArrayList<>();
            for (NdArray field : fields) {
                values.add(Py.fromObject(field.ndim() == 0 ? field.item() : field.toList()));
            }
            return new TupleValue(values);
        }
        List<Value> rows = new ArrayList<>();
        for (Value row : items()) {
            rows.add(((StructuredArrayValue) row).toList());
        }
        return new ListValue(rows);
    }

    // ------------------------------------------------------------------ operators

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        String theirs = dtypeRepr(other);
        if (theirs == null) {
            return NotImplementedValue.INSTANCE;
        }
        String ufunc = op == BinaryOperator.MATMUL ? "matmul" : ArrayValue.binaryOp(op).ufuncName();
        String types = reflected ? theirs + ", " + dtype.repr() : dtype.repr() + ", " + theirs;
        throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                + "matching types (" + types + ") -> None");
    }

    /** The dtype NumPy names for an operand in its ufunc errors (a Python int is int64), or null for a non-array. */
    private static String dtypeRepr(Value other) {
        return switch (other) {
            case StructuredArrayValue structured -> structured.dtype.repr();
            case ArrayValue array -> array.array().dtype().pythonRepr();
            case BoolValue ignored -> DType.BOOL.pythonRepr();
            case IntValue ignored -> DType.INT64.pythonRepr();
            case FloatValue ignored -> DType.FLOAT64.pythonRepr();
            case ComplexValue ignored -> DType.COMPLEX128.pythonRepr();
            default -> null;
        };
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        String ufunc = switch (op) {
            case NEGATE -> "negative";
            case PLUS -> "positive";
            case INVERT -> "invert";
            default -> null;
        };
        if (ufunc == null) {
            return NotImplementedValue.INSTANCE;
        }
        throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                + "matching types <class 'numpy.dtypes.VoidDType'> -> None");
    }

    /** {@code ==} and {@code !=} between arrays of the same structure: record by record, every field equal. */
    @Override
    public Value compare(CompareOperator op, Value other) {
        if ((op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL)
                || !(other instanceof StructuredArrayValue that)) {
            return NotImplementedValue.INSTANCE;
        }
        if (!dtype.sameLayout(that.dtype)) {
            throw PlaygroundError.typeError("Cannot compare structured arrays unless they have a common dtype.  I.e. "
                    + "`np.result_type(arr1, arr2)` must be defined.");
        }
        boolean equal = op == CompareOperator.EQUAL;
        NdArray result = null;
        for (int k = 0; k < fields.length; k++) {
            NdArray a = fields[k];
            NdArray b = that.fields[k];
            NdArray fieldResult = Py.guard(() -> NP.binary(equal ? BinaryOp.EQUAL : BinaryOp.NOT_EQUAL, a, b));
            // a subarray field is equal when all its elements are (different when any is)
            for (int axis = dtype.fields().get(k).subshape().length; axis > 0; axis--) {
                NdArray reduced = fieldResult;
                fieldResult = Py.guard(() -> equal ? NP.all(reduced, reduced.ndim() - 1, false)
                        : NP.any(reduced, reduced.ndim() - 1, false));
            }
            NdArray sofar = result;
            NdArray current = fieldResult;
            result = sofar == null ? current : Py.guard(() -> NP.binary(equal ? BinaryOp.BITWISE_AND
                    : BinaryOp.BITWISE_OR, sofar, current));
        }
        return new ArrayValue(result);
    }
}
