package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.CompareOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NumPy's structured dtype ({@code dtype([('a', '<i4'), ('b', '<f8', (3, 3))])}): named fields, each a numeric or
 * bool type with an optional subarray shape, packed one after another as NumPy lays them out. Made from a list of
 * {@code (name, type[, shape])} tuples or a comma string ({@code 'i4, f8, (2,)i2'}, fields {@code f0, f1, ...}).
 * String fields and nested structures are not in the playground. Immutable.
 */
final class StructuredDTypeValue implements AttributeDispatch, OperatorDispatch, SubscriptDispatch {

    /** One field: its name, element type, subarray shape (empty for none) and byte offset. */
    record Field(String name, DType dtype, int[] subshape, int offset) {
        int itemSize() {
            return dtype.itemSize() * (int) Shape.size(subshape);
        }

        /** The type code NumPy shows in the dtype's repr: {@code '<i4'}, and {@code 'i1'} or {@code '?'} for a byte. */
        String code() {
            if (dtype == DType.BOOL) {
                return "?";
            }
            return (dtype.itemSize() == 1 ? "" : "<") + dtype.kind() + dtype.itemSize();
        }

        /** {@code ('b', '<f8', (3, 3))}. */
        String describe(String code) {
            String shape = subshape.length == 0 ? "" : ", " + Shape.pythonTuple(subshape);
            return "(" + new StrValue(name).repr() + ", '" + code + "'" + shape + ")";
        }
    }

    private final List<Field> fields;
    private final int itemSize;

    private StructuredDTypeValue(List<Field> fields) {
        this(fields, fields.stream().mapToInt(Field::itemSize).sum());
    }

    private StructuredDTypeValue(List<Field> fields, int itemSize) {
        this.fields = List.copyOf(fields);
        this.itemSize = itemSize;
    }

    /**
     * The dtype of a multi-field view ({@code x[['c', 'a']]}): those fields in that order at their offsets, the
     * record still this dtype's size, as NumPy 2 makes it.
     */
    StructuredDTypeValue select(List<Integer> positions) {
        return new StructuredDTypeValue(positions.stream().map(fields::get).toList(), itemSize);
    }

    /**
     * NumPy's promotion of two structures ({@code np.concatenate}, {@code np.result_type}): the same names in the
     * same order, each field's type promoted, subarray shapes equal; packed anew.
     *
     * @throws PlaygroundError NumPy's DTypePromotionError when names or subarray shapes differ
     */
    StructuredDTypeValue promote(StructuredDTypeValue other) {
        List<String> mine = fields.stream().map(Field::name).toList();
        List<String> theirs = other.fields.stream().map(Field::name).toList();
        if (!mine.equals(theirs)) {
            throw PlaygroundError.of("DTypePromotionError", "field names `" + namesTuple(mine) + "` and `"
                    + namesTuple(theirs) + "` mismatch.");
        }
        List<Field> promoted = new ArrayList<>();
        int offset = 0;
        for (int k = 0; k < fields.size(); k++) {
            Field a = fields.get(k);
            Field b = other.fields.get(k);
            if (!Arrays.equals(a.subshape(), b.subshape())) {
                throw PlaygroundError.of("DTypePromotionError", "invalid type promotion with subarray datatypes "
                        + "(shape mismatch).");
            }
            Field field = new Field(a.name(), io.tastelab.array.Promotion.numpyPromoteTypes(a.dtype(), b.dtype()),
                    a.subshape(), offset);
            promoted.add(field);
            offset += field.itemSize();
        }
        return new StructuredDTypeValue(promoted);
    }

    private static String namesTuple(List<String> names) {
        return new TupleValue(names.stream().<Value>map(StrValue::new).toList()).repr();
    }

    /** Fields in order, each right after the previous, filling the record: NumPy shows these as a list. */
    private boolean isPacked() {
        int offset = 0;
        for (Field field : fields) {
            if (field.offset() != offset) {
                return false;
            }
            offset += field.itemSize();
        }
        return offset == itemSize;
    }

    List<Field> fields() {
        return fields;
    }

    int itemSize() {
        return itemSize;
    }

    /** The position of field {@code name}, or NumPy's ValueError. */
    int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw PlaygroundError.valueError("no field of name " + name);
    }

    /**
     * The structured dtype a dtype argument names, or null when it names none (a plain dtype, None): a list of
     * field tuples, a comma string, or a structured dtype itself.
     */
    static StructuredDTypeValue parse(Value value) {
        return switch (value) {
            case StructuredDTypeValue structured -> structured;
            case ListValue list -> fromTuples(list.items());
            case StrValue text when text.value().contains(",") -> fromCommaString(text.value());
            case null, default -> null;
        };
    }

    private static StructuredDTypeValue fromTuples(List<Value> items) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int offset = 0;
        for (Value item : items) {
            List<Value> parts = item instanceof TupleValue tuple ? tuple.items()
                    : item instanceof ListValue list ? list.items() : null;
            if (parts == null || parts.size() < 2 || parts.size() > 3) {
                throw PlaygroundError.typeError("Field elements must be 2- or 3-tuples, got '" + item.str() + "'");
            }
            if (!(parts.get(0) instanceof StrValue name)) {
                throw PlaygroundError.typeError("First element of field tuple is neither a tuple nor str");
            }
            if (!names.add(name.value())) {
                throw PlaygroundError.valueError("field " + name.repr() + " occurs more than once");
            }
            int[] subshape = parts.size() == 3 ? subshape(parts.get(2)) : new int[0];
            Field field = new Field(name.value(), fieldType(parts.get(1)), subshape, offset);
            fields.add(field);
            offset += field.itemSize();
        }
        return new StructuredDTypeValue(fields);
    }

    /** {@code 'i4, f8, (2,)i2'}: fields f0, f1, ... each with an optional subarray shape before its type. */
    private static StructuredDTypeValue fromCommaString(String text) {
        List<Field> fields = new ArrayList<>();
        int offset = 0;
        for (String part : splitOutsideParentheses(text)) {
            String spec = part.strip();
            int[] subshape = new int[0];
            if (spec.startsWith("(")) {
                int close = spec.indexOf(')');
                if (close < 0) {
                    throw PlaygroundError.typeError("data type '" + text + "' not understood");
                }
                subshape = commaShape(spec.substring(1, close), text);
                spec = spec.substring(close + 1).strip();
            }
            Field field = new Field("f" + fields.size(), fieldType(new StrValue(spec)), subshape, offset);
            fields.add(field);
            offset += field.itemSize();
        }
        return new StructuredDTypeValue(fields);
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        String last = text.substring(start);
        if (!last.isBlank()) {
            parts.add(last); // 'i4,' is one field, as NumPy reads it
        }
        return parts;
    }

    private static int[] commaShape(String inside, String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : inside.split(",")) {
            if (size.isBlank()) {
                continue;
            }
            try {
                sizes.add(Integer.parseInt(size.strip()));
            } catch (NumberFormatException notANumber) {
                throw PlaygroundError.typeError("data type '" + text + "' not understood");
            }
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A field's type: numeric or bool only (the playground's structured arrays hold numeric fields). */
    private static DType fieldType(Value type) {
        StringDTypeValue strings = StringDTypeValue.parse(type);
        if (strings != null) {
            throw PlaygroundError.typeError("structured fields of string type (" + strings.repr() + ") are not in "
                    + "the playground; its structured arrays hold numeric and bool fields");
        }
        if (parse(type) != null) {
            throw PlaygroundError.typeError("nested structured dtypes are not in the playground; give each field "
                    + "a numeric or bool type");
        }
        return Py.toDType(ArrayNamespace.NUMPY, type);
    }

    /** A field's shape: an int or a tuple of ints; {@code ()} means none. */
    private static int[] subshape(Value shape) {
        int[] sizes = shape instanceof IntValue ? new int[] {Py.toInt(shape, "shape")} : Py.toShape(shape);
        for (int size : sizes) {
            if (size < 0) {
                throw PlaygroundError.valueError("negative dimensions are not allowed");
            }
        }
        return sizes;
    }

    /** {@code [('a', '<i4'), ('b', '<f8', (3, 3))]}, as {@code str(dtype)} and the arrays' reprs show it. */
    @Override
    public String str() {
        List<String> parts = new ArrayList<>();
        if (isPacked()) {
            for (Field field : fields) {
                parts.add(field.describe(field.code()));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        // NumPy's _struct_dict_str, for fields out of order or with gaps
        List<String> names = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> offsets = new ArrayList<>();
        for (Field field : fields) {
            names.add(new StrValue(field.name()).repr());
            formats.add(field.subshape().length == 0 ? "'" + field.code() + "'"
                    : "('" + field.code() + "', " + Shape.pythonTuple(field.subshape()) + ")");
            offsets.add(String.valueOf(field.offset()));
        }
        return "{'names': [" + String.join(", ", names) + "], 'formats': [" + String.join(", ", formats)
                + "], 'offsets': [" + String.join(", ", offsets) + "], 'itemsize': " + itemSize + "}";
    }

    @Override
    public String repr() {
        return "dtype(" + str() + ")";
    }

    @Override
    public String typeName() {
        return "dtype[void]";
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "names" -> new TupleValue(fields.stream().<Value>map(f -> new StrValue(f.name())).toList());
            case "itemsize" -> IntValue.of(itemSize);
            case "kind", "char" -> new StrValue("V");
            case "str" -> new StrValue("|V" + itemSize);
            case "name" -> new StrValue("void" + 8L * itemSize);
            case "byteorder" -> new StrValue("|");
            case "ndim" -> IntValue.of(0);
            case "shape" -> new TupleValue(List.of());
            case "descr" -> descr();
            case "fields" -> fieldsProxy();
            default -> null;
        };
    }

    /** {@code dtype.fields}: name to (type, offset), read-only as NumPy's mappingproxy. */
    private Value fieldsProxy() {
        FieldsProxy proxy = new FieldsProxy();
        for (int k = 0; k < fields.size(); k++) {
            Field field = fields.get(k);
            proxy.fill(new StrValue(field.name()), new TupleValue(List.of(getItem(IntValue.of(k)),
                    IntValue.of(field.offset()))));
        }
        return proxy;
    }

    /** NumPy's {@code mappingproxy} of a dtype's fields: a dict that shows itself wrapped and refuses changes. */
    static final class FieldsProxy extends io.tastelab.playground.interp.DictValue {
        void fill(Value key, Value value) {
            super.setItem(key, value);
        }

        @Override
        public String typeName() {
            return "mappingproxy";
        }

        @Override
        public String repr() {
            return "mappingproxy(" + super.repr() + ")";
        }

        @Override
        public void setItem(Value index, Value value) {
            throw PlaygroundError.typeError("'mappingproxy' object does not support item assignment");
        }

        @Override
        public void deleteItem(Value index) {
            throw PlaygroundError.typeError("'mappingproxy' object does not support item deletion");
        }
    }

    /** {@code dtype.descr}: the fields in order, gaps as unnamed void padding, as NumPy's {@code _array_descr}. */
    private Value descr() {
        List<Value> parts = new ArrayList<>();
        int offset = 0;
        for (Field field : fields) {
            if (field.offset() < offset) {
                throw PlaygroundError.valueError("dtype.descr is not defined for types with overlapping or "
                        + "out-of-order fields");
            }
            if (field.offset() > offset) {
                parts.add(padding(field.offset() - offset));
            }
            parts.add(descrTuple(field));
            offset = field.offset() + field.itemSize();
        }
        if (itemSize > offset) {
            parts.add(padding(itemSize - offset));
        }
        return new ListValue(parts);
    }

    private static Value padding(int bytes) {
        return new TupleValue(List.of(new StrValue(""), new StrValue("|V" + bytes)));
    }

    /** {@code dtype.descr}'s tuple: the array-interface code, where a byte type is {@code '|i1'}. */
    private static Value descrTuple(Field field) {
        String code = (field.dtype().itemSize() == 1 ? "|" : "<") + field.dtype().kind() + field.dtype().itemSize();
        List<Value> parts = new ArrayList<>(List.of(new StrValue(field.name()), new StrValue(code)));
        if (field.subshape().length > 0) {
            parts.add(Py.shapeTuple(field.subshape()));
        }
        return new TupleValue(parts);
    }

    /** {@code dtype['b']} (or by position): the field's type, a subarray type shown as NumPy shows it. */
    @Override
    public Value getItem(Value index) {
        Field field;
        if (index instanceof StrValue name) {
            field = fields.stream().filter(f -> f.name().equals(name.value())).findFirst().orElseThrow(() ->
                    PlaygroundError.of("KeyError", "\"Field named " + name.repr() + " not found.\""));
        } else {
            long position = Py.toLong(index, "index");
            if (position < -fields.size() || position >= fields.size()) {
                throw PlaygroundError.indexError("Field index " + position + " out of range.");
            }
            field = fields.get((int) (position < 0 ? position + fields.size() : position));
        }
        if (field.subshape().length == 0) {
            return DTypeValue.instance(field.dtype());
        }
        return new SubarrayDTypeValue(field);
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL) {
            return NotImplementedValue.INSTANCE;
        }
        StructuredDTypeValue that;
        try {
            that = other instanceof StructuredDTypeValue s ? s : other instanceof ListValue ? parse(other) : null;
        } catch (PlaygroundError notADType) {
            that = null;
        }
        boolean same = that != null && sameLayout(that);
        return BoolValue.of(same == (op == CompareOperator.EQUAL));
    }

    boolean sameLayout(StructuredDTypeValue that) {
        if (that.fields.size() != fields.size() || that.itemSize != itemSize) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = that.fields.get(i);
            if (!a.name().equals(b.name()) || a.dtype() != b.dtype() || !Arrays.equals(a.subshape(), b.subshape())
                    || a.offset() != b.offset()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StructuredDTypeValue that && sameLayout(that);
    }

    @Override
    public int hashCode() {
        return fields.stream().mapToInt(f -> f.name().hashCode() * 31 + f.dtype().hashCode()).sum();
    }

    /** {@code dtype(('<f8', (3, 3)))}: the type of a subarray field. Immutable. */
    record SubarrayDTypeValue(Field field) implements AttributeDispatch {
        @Override
        public String typeName() {
            return "dtype[void]";
        }

        @Override
        public String repr() {
            return "dtype(('" + field.code() + "', " + Shape.pythonTuple(field.subshape()) + "))";
        }

        @Override
        public Value getAttribute(String name) {
            return switch (name) {
                case "shape" -> Py.shapeTuple(field.subshape());
                case "base" -> DTypeValue.instance(field.dtype());
                case "itemsize" -> IntValue.of(field.itemSize());
                default -> null;
            };
        }
    }
}
