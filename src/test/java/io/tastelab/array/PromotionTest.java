package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Promotion tables: JAX's published table (docs/type_promotion.rst), NumPy's NEP 50 weak scalars. */
class PromotionTest {
    private static final List<String> CODES = List.of("b1", "u1", "u2", "u4", "u8", "i1", "i2", "i4", "i8", "f2", "f4", "f8");
    private static final List<DType> TYPES = List.of(DType.BOOL, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64,
            DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64);

    /** JAX's binary promotion table with 64-bit types enabled, rows and columns in {@link #CODES} order. */
    private static final String[] JAX_X64_TABLE = {
        "b1 u1 u2 u4 u8 i1 i2 i4 i8 f2 f4 f8",
        "u1 u1 u2 u4 u8 i2 i2 i4 i8 f2 f4 f8",
        "u2 u2 u2 u4 u8 i4 i4 i4 i8 f2 f4 f8",
        "u4 u4 u4 u4 u8 i8 i8 i8 i8 f2 f4 f8",
        "u8 u8 u8 u8 u8 f8 f8 f8 f8 f2 f4 f8",
        "i1 i2 i4 i8 f8 i1 i2 i4 i8 f2 f4 f8",
        "i2 i2 i4 i8 f8 i2 i2 i4 i8 f2 f4 f8",
        "i4 i4 i4 i8 f8 i4 i4 i4 i8 f2 f4 f8",
        "i8 i8 i8 i8 f8 i8 i8 i8 i8 f2 f4 f8",
        "f2 f2 f2 f2 f2 f2 f2 f2 f2 f2 f4 f8",
        "f4 f4 f4 f4 f4 f4 f4 f4 f4 f4 f4 f8",
        "f8 f8 f8 f8 f8 f8 f8 f8 f8 f8 f8 f8",
    };

    private static Promotion.Typed strong(DType d) {
        return Promotion.Typed.strong(d);
    }

    @Test
    void jaxStrongTypesFollowThePublishedTableCanonicalisedTo32Bits() {
        for (int r = 0; r < CODES.size(); r++) {
            String[] row = JAX_X64_TABLE[r].split(" ");
            for (int c = 0; c < CODES.size(); c++) {
                DType expected = TYPES.get(CODES.indexOf(row[c])).canonicalX32();
                Promotion.Typed got = Promotion.jaxResultType(List.of(strong(TYPES.get(r)), strong(TYPES.get(c))));
                assertThat(got.dtype()).as(CODES.get(r) + " + " + CODES.get(c)).isEqualTo(expected);
                assertThat(got.isWeak()).isFalse();
            }
        }
    }

    @Test
    void jaxWeakScalarsYieldToArraysAndStayWeakWhereTheyDecideTheType() {
        Promotion.Typed weakInt = new Promotion.Typed(DType.INT32, Promotion.Weak.INT);
        Promotion.Typed weakFloat = new Promotion.Typed(DType.FLOAT32, Promotion.Weak.FLOAT);
        assertThat(Promotion.jaxResultType(List.of(strong(DType.UINT8), weakInt)).dtype()).isEqualTo(DType.UINT8);
        assertThat(Promotion.jaxResultType(List.of(strong(DType.FLOAT16), weakFloat)).dtype()).isEqualTo(DType.FLOAT16);
        assertThat(Promotion.jaxResultType(List.of(strong(DType.INT8), weakFloat)).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(Promotion.jaxResultType(List.of(strong(DType.BOOL), weakInt)).dtype()).isEqualTo(DType.INT32);
        // Real JAX 0.11.2: jnp.array([True]) + 2 is Array([3], dtype=int32, weak_type=True) (JaxOracleTest).
        assertThat(Promotion.jaxResultType(List.of(strong(DType.BOOL), weakInt)).isWeak()).isTrue();
        assertThat(Promotion.jaxResultType(List.of(strong(DType.INT8), weakFloat)).isWeak()).isTrue();
        assertThat(Promotion.jaxResultType(List.of(strong(DType.INT8), weakInt)).isWeak()).isFalse();
        assertThat(Promotion.jaxResultType(List.of(weakInt, weakFloat))).isEqualTo(weakFloat);
    }

    @Test
    void numpyPythonScalarsAreWeakUnderNep50() {
        Promotion.Typed pyInt = new Promotion.Typed(DType.INT64, Promotion.Weak.INT);
        Promotion.Typed pyFloat = new Promotion.Typed(DType.FLOAT64, Promotion.Weak.FLOAT);
        Promotion.Typed pyBool = new Promotion.Typed(DType.BOOL, Promotion.Weak.BOOL);
        assertThat(Promotion.numpyResultType(List.of(strong(DType.INT8), pyInt))).isEqualTo(DType.INT8);
        assertThat(Promotion.numpyResultType(List.of(strong(DType.FLOAT32), pyFloat))).isEqualTo(DType.FLOAT32);
        assertThat(Promotion.numpyResultType(List.of(strong(DType.INT32), pyFloat))).isEqualTo(DType.FLOAT64);
        assertThat(Promotion.numpyResultType(List.of(strong(DType.BOOL), pyInt))).isEqualTo(DType.INT64);
        assertThat(Promotion.numpyResultType(List.of(strong(DType.UINT16), pyBool))).isEqualTo(DType.UINT16);
    }

    @Test
    void dtypeNamesParseAsNumpyAcceptsThem() {
        assertThat(DType.parse("f4")).isEqualTo(DType.FLOAT32);
        assertThat(DType.parse("<f8")).isEqualTo(DType.FLOAT64);
        assertThat(DType.parse("float")).isEqualTo(DType.FLOAT64);
        assertThat(DType.parse("int")).isEqualTo(DType.INT64);
        assertThat(DType.parse("?")).isEqualTo(DType.BOOL);
        assertThat(DType.parse("u1")).isEqualTo(DType.UINT8);
        assertThat(DType.parse("jnp.int32")).isEqualTo(DType.INT32);
        assertThat(ArrayNamespace.JAX.dtype("int64")).isEqualTo(DType.INT32);
        assertThat(DType.parse("c16")).isEqualTo(DType.COMPLEX128);
        assertThat(DType.parse("F")).isEqualTo(DType.COMPLEX64);
        assertThat(ArrayNamespace.JAX.dtype("complex")).isEqualTo(DType.COMPLEX64);
        // NumPy 2 dropped the cfloat alias
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DType.parse("cfloat"))
                .isInstanceOf(ArrayTypeError.class).hasMessage("data type 'cfloat' not understood");
    }
}
