package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complex types in NumPy 2's promotion, against the table {@code gen_complex_fixtures.py} took from NumPy:
 * {@code np.promote_types} for every pair with a complex side (complex64 with float64 or int32 is complex128) and
 * NEP 50's result of an array with a Python complex (float32 and 1j give complex64), plus JAX's lattice.
 */
class ComplexPromotionTest {

    private static JsonNode table() throws IOException {
        try (InputStream in = ComplexPromotionTest.class.getResourceAsStream("/playground/complex_arrays.json")) {
            return new ObjectMapper().readTree(in).get("promotion");
        }
    }

    @Test
    void promoteTypesAgreesWithNumpyForEveryPairWithAComplexSide() throws IOException {
        JsonNode pairs = table().get("pairs");
        assertThat(pairs.size()).isEqualTo(2 * 14 * 2 - 4);
        for (JsonNode pair : pairs) {
            DType a = DType.parse(pair.get(0).asText());
            DType b = DType.parse(pair.get(1).asText());
            assertThat(Promotion.numpyPromoteTypes(a, b).numpyName()).as(a + " with " + b)
                    .isEqualTo(pair.get(2).asText());
        }
    }

    @Test
    void aPythonComplexIsWeakAsNep50Says() throws IOException {
        for (JsonNode row : table().get("with_python_complex")) {
            DType array = DType.parse(row.get(0).asText());
            DType result = Promotion.numpyResultType(List.of(Promotion.Typed.strong(array),
                    new Promotion.Typed(DType.COMPLEX128, Promotion.Weak.COMPLEX)));
            assertThat(result.numpyName()).as(array + " with 1j").isEqualTo(row.get(1).asText());
        }
    }

    @Test
    void jaxPromotesToComplex64WithWeakComplexScalars() {
        Promotion.Typed float32WithComplex = Promotion.jaxResultType(List.of(Promotion.Typed.strong(DType.FLOAT32),
                new Promotion.Typed(DType.COMPLEX64, Promotion.Weak.COMPLEX)));
        assertThat(float32WithComplex).isEqualTo(Promotion.Typed.strong(DType.COMPLEX64));
        Promotion.Typed int32WithComplex = Promotion.jaxResultType(List.of(Promotion.Typed.strong(DType.INT32),
                new Promotion.Typed(DType.COMPLEX64, Promotion.Weak.COMPLEX)));
        assertThat(int32WithComplex).isEqualTo(new Promotion.Typed(DType.COMPLEX64, Promotion.Weak.COMPLEX));
        Promotion.Typed float64WithComplex64 = Promotion.jaxResultType(List.of(
                Promotion.Typed.strong(DType.FLOAT64), Promotion.Typed.strong(DType.COMPLEX64)));
        assertThat(float64WithComplex64.dtype()).isEqualTo(DType.COMPLEX64); // complex128 canonicalised
    }
}
