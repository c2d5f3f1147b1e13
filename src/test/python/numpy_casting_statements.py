"""Statements for the corpus page "casting" (gen_numpy_guide_corpus.py): np.typecodes and np.can_cast over every
type code of np.typecodes['All'] and sized string, bytes and void types, byte orders and dtype names, under each
of the five casting rules (one statement per rule prints a row per source type), then can_cast's other arguments
(arrays, scalars, scalar types, Python types) and its errors. Run in order in one session, as a page's statements
are."""

TYPES = (list("?bhilqnpBHILQNPefdgFDGSUVOMm")
         + ["S1", "S3", "S4", "S5", "S6", "S10", "S11", "S20", "S21", "S32", "S48", "S63", "S64", "S96",
            "U1", "U3", "U5", "U11", "U21", "U32", "U48", "U64", "U96",
            "V1", "V2", "V4", "V8", "V16", "V32", "c", "a5", "b1", "i4", "u8", "f2", "f16", "c32", "M8", "m8",
            ">f8", ">i4", "<i4", "=f8", "|u1", ">U5", ">c8", "int32", "float64", "longdouble", "clongdouble",
            "object", "datetime64", "timedelta64", "str", "bytes", "void", "int", "float", "complex", "bool"])

RULES = ["no", "equiv", "safe", "same_kind", "unsafe"]

STATEMENTS = [
    "np.typecodes",
    "np.typecodes['All']",
    "types = " + repr(TYPES),
    "mark = {False: '-', True: 'Y'}",
] + [
    "for a in types:\n    print(a.ljust(12), ''.join(mark[np.can_cast(a, b, %r)] for b in types))" % rule
    for rule in RULES
] + [
    # dtypes, scalar types, arrays and scalars name their types; Python's types stand for NumPy's defaults
    "np.can_cast(np.int32, np.int64)",
    "np.can_cast(np.float64, np.float32)",
    "np.can_cast(np.float64, np.float32, casting='same_kind')",
    "np.can_cast(np.dtype('int64'), np.dtype('float64'))",
    "np.can_cast(np.arange(3), np.float32)",
    "np.can_cast(np.arange(3.0), 'i8', 'unsafe')",
    "np.can_cast(np.float32(1.5), np.float64)",
    "np.can_cast(np.array(['ab', 'c']), 'U1')",
    "np.can_cast(np.array(['ab', 'c']), 'U2')",
    "np.can_cast(np.array([b'ab']), 'U2')",
    "np.can_cast(np.array([1, 2], dtype=np.uint8), 'S3')",
    "np.can_cast(int, float)",
    "np.can_cast(float, int)",
    "np.can_cast(complex, float, 'same_kind')",
    "np.can_cast(bool, np.int8)",
    "np.can_cast(str, np.bytes_)",
    "np.can_cast(np.bytes_, str)",
    "np.can_cast(np.str_, np.void)",
    "np.can_cast(object, 'O')",
    "np.can_cast('i8', object)",
    "np.can_cast(np.uint64, np.int64, 'same_kind')",
    "np.can_cast(from_=np.int8, to=np.uint8, casting='unsafe')",
    # errors
    "np.can_cast(1, 'f8')",
    "np.can_cast(2.5, np.float32)",
    "np.can_cast(True, np.bool)",
    "np.can_cast(None, 'f8')",
    "np.can_cast('f8', None)",
    "np.can_cast('f8', 'f4', 'bad')",
    "np.can_cast('f8', 'f4', 'same_value')",
    "np.can_cast('i8', 'f8', casting=1)",
    "np.can_cast('x', 'f8')",
    "np.can_cast('i3', 'f8')",
    "np.can_cast([1, 2], 'f8')",
    "np.can_cast('f8')",
]
