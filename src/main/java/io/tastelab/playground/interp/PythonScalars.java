package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's arithmetic on ints and floats, rule by rule as CPython does it: floor division and modulo take the
 * sign of the divisor, {@code /} always gives a float (correctly rounded even for huge ints), ints and floats
 * compare exactly, and the error messages are CPython 3.11's.
 */
final class PythonScalars {

    private PythonScalars() {
    }

    /** {@code a op b} on two ints; NotImplemented for {@code @}. */
    static Value intBinary(BinaryOperator op, BigInteger a, BigInteger b, InterpreterLimits limits) {
        return switch (op) {
            case ADD -> checkedInt(a.add(b), limits);
            case SUBTRACT -> checkedInt(a.subtract(b), limits);
            case MULTIPLY -> {
                if ((long) a.bitLength() + b.bitLength() > limits.maxIntBits() + 1L) {
                    throw tooLarge();
                }
                yield checkedInt(a.multiply(b), limits);
            }
            case TRUE_DIVIDE -> new FloatValue(trueDivide(a, b));
            case FLOOR_DIVIDE -> {
                if (b.signum() == 0) {
                    throw PlaygroundError.zeroDivisionError("integer division or modulo by zero");
                }
                yield IntValue.of(floorDivide(a, b));
            }
            case MODULO -> {
                if (b.signum() == 0) {
                    throw PlaygroundError.zeroDivisionError("integer modulo by zero");
                }
                yield IntValue.of(floorModulo(a, b));
            }
            case POWER -> intPower(a, b, limits);
            case LEFT_SHIFT -> {
                if (b.signum() < 0) {
                    throw PlaygroundError.valueError("negative shift count");
                }
                if (a.signum() == 0) {
                    yield IntValue.of(0);
                }
                if (b.bitLength() > 31 || a.bitLength() + b.intValue() > limits.maxIntBits()) {
                    throw tooLarge();
                }
                yield IntValue.of(a.shiftLeft(b.intValue()));
            }
            case RIGHT_SHIFT -> {
                if (b.signum() < 0) {
                    throw PlaygroundError.valueError("negative shift count");
                }
                if (b.bitLength() > 31) {
                    yield IntValue.of(a.signum() < 0 ? -1 : 0);
                }
                yield IntValue.of(a.shiftRight(b.intValue()));
            }
            case BIT_AND -> IntValue.of(a.and(b));
            case BIT_OR -> IntValue.of(a.or(b));
            case BIT_XOR -> IntValue.of(a.xor(b));
            case MATMUL -> NotImplementedValue.INSTANCE;
        };
    }

    /** {@code a op b} on two floats (ints already converted); NotImplemented for bitwise operators and {@code @}. */
    static Value floatBinary(BinaryOperator op, double a, double b) {
        return switch (op) {
            case ADD -> new FloatValue(a + b);
            case SUBTRACT -> new FloatValue(a - b);
            case MULTIPLY -> new FloatValue(a * b);
            case TRUE_DIVIDE -> {
                if (b == 0.0) {
                    throw PlaygroundError.zeroDivisionError("float division by zero");
                }
                yield new FloatValue(a / b);
            }
            case FLOOR_DIVIDE -> {
                if (b == 0.0) {
                    throw PlaygroundError.zeroDivisionError("float floor division by zero");
                }
                yield new FloatValue(floatDivmod(a, b)[0]);
            }
            case MODULO -> {
                if (b == 0.0) {
                    throw PlaygroundError.zeroDivisionError("float modulo");
                }
                yield new FloatValue(floatModulo(a, b));
            }
            case POWER -> {
                if (a < 0.0 && Double.isFinite(b) && b != Math.floor(b)) {
                    // a negative number to a fractional power is complex, as in Python 3
                    yield ComplexValue.power(new ComplexValue(a, 0.0), new ComplexValue(b, 0.0));
                }
                yield new FloatValue(floatPower(a, b));
            }
            default -> NotImplementedValue.INSTANCE;
        };
    }

    static BigInteger floorDivide(BigInteger a, BigInteger b) {
        BigInteger[] quotientAndRemainder = a.divideAndRemainder(b);
        if (quotientAndRemainder[1].signum() != 0 && quotientAndRemainder[1].signum() != b.signum()) {
            return quotientAndRemainder[0].subtract(BigInteger.ONE);
        }
        return quotientAndRemainder[0];
    }

    static BigInteger floorModulo(BigInteger a, BigInteger b) {
        BigInteger remainder = a.remainder(b);
        if (remainder.signum() != 0 && remainder.signum() != b.signum()) {
            return remainder.add(b);
        }
        return remainder;
    }

    /** CPython's {@code float_rem}: the result takes the sign of the divisor. */
    static double floatModulo(double a, double b) {
        double modulo = a % b; // Java's % on doubles is C's fmod
        if (modulo != 0.0) {
            if ((b < 0) != (modulo < 0)) {
                modulo += b;
            }
        } else {
            modulo = Math.copySign(0.0, b);
        }
        return modulo;
    }

    /** CPython's {@code float_divmod}: {floor quotient, modulo}. */
    static double[] floatDivmod(double a, double b) {
        double modulo = a % b;
        double quotient = (a - modulo) / b;
        if (modulo != 0.0) {
            if ((b < 0) != (modulo < 0)) {
                modulo += b;
                quotient -= 1.0;
            }
        } else {
            modulo = Math.copySign(0.0, b);
        }
        double floorQuotient;
        if (quotient != 0.0) {
            floorQuotient = Math.floor(quotient);
            if (quotient - floorQuotient > 0.5) {
                floorQuotient += 1.0;
            }
        } else {
            floorQuotient = Math.copySign(0.0, a / b);
        }
        return new double[] {floorQuotient, modulo};
    }

    /** CPython's {@code float_pow}, with its special cases for zeros, infinities and NaN. */
    static double floatPower(double base, double exponent) {
        if (exponent == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(base)) {
            return base;
        }
        if (Double.isNaN(exponent)) {
            return base == 1.0 ? 1.0 : exponent;
        }
        if (Double.isInfinite(exponent)) {
            double magnitude = Math.abs(base);
            if (magnitude == 1.0) {
                return 1.0;
            }
            return (exponent > 0.0) == (magnitude > 1.0) ? Math.abs(exponent) : 0.0;
        }
        boolean oddInteger = isOddInteger(exponent);
        if (Double.isInfinite(base)) {
            if (exponent > 0.0) {
                return oddInteger ? base : Math.abs(base);
            }
            return oddInteger ? Math.copySign(0.0, base) : 0.0;
        }
        if (base == 0.0) {
            if (exponent < 0.0) {
                throw PlaygroundError.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddInteger ? base : 0.0;
        }
        boolean negate = false;
        if (base < 0.0) {
            if (exponent != Math.floor(exponent)) {
                throw PlaygroundError.valueError("a negative number raised to a fractional power is complex, "
                        + "and complex numbers are not supported in the playground");
            }
            base = -base;
            negate = oddInteger;
        }
        if (base == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double result = Math.pow(base, exponent);
        if (Double.isInfinite(result)) {
            throw PlaygroundError.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -result : result;
    }

    private static boolean isOddInteger(double value) {
        return value == Math.floor(value) && Math.abs(value) < 0x1p53 && ((long) value & 1L) == 1L;
    }

    private static Value intPower(BigInteger base, BigInteger exponent, InterpreterLimits limits) {
        if (exponent.signum() < 0) {
            return new FloatValue(floatPower(toDouble(base), toDouble(exponent)));
        }
        if (base.signum() == 0) {
            return IntValue.of(exponent.signum() == 0 ? 1 : 0);
        }
        if (base.abs().equals(BigInteger.ONE)) {
            return IntValue.of(base.signum() < 0 && exponent.testBit(0) ? -1 : 1);
        }
        if (exponent.bitLength() > 31 || (long) (base.bitLength() - 1) * exponent.longValue() > limits.maxIntBits()) {
            throw tooLarge();
        }
        return checkedInt(base.pow(exponent.intValue()), limits);
    }

    private static Value checkedInt(BigInteger value, InterpreterLimits limits) {
        if (value.bitLength() > limits.maxIntBits()) {
            throw tooLarge();
        }
        return IntValue.of(value);
    }

    private static PlaygroundError tooLarge() {
        return PlaygroundError.memoryError("integer result too large for the playground");
    }

    /**
     * Python's {@code float(int)}: correctly rounded.
     *
     * @throws PlaygroundError OverflowError "int too large to convert to float"
     */
    static double toDouble(BigInteger value) {
        double result = value.doubleValue();
        if (Double.isInfinite(result)) {
            throw PlaygroundError.overflowError("int too large to convert to float");
        }
        return result;
    }

    /** Python's {@code int / int}: the correctly rounded quotient, as CPython's {@code long_true_divide}. */
    static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PlaygroundError.zeroDivisionError("division by zero");
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        boolean negative = a.signum() != b.signum() && a.signum() != 0;
        BigInteger numerator = a.abs();
        BigInteger denominator = b.abs();
        // Scale so the integer quotient has at least 55 bits; a sticky low bit records a non-zero remainder,
        // so BigInteger.doubleValue's round-half-even gives the correctly rounded result.
        int shift = denominator.bitLength() - numerator.bitLength() + 55;
        if (shift > 0) {
            numerator = numerator.shiftLeft(shift);
        } else {
            denominator = denominator.shiftLeft(-shift);
        }
        BigInteger[] quotientAndRemainder = numerator.divideAndRemainder(denominator);
        BigInteger quotient = quotientAndRemainder[0];
        if (quotientAndRemainder[1].signum() != 0) {
            quotient = quotient.setBit(0);
        }
        double result = Math.scalb(quotient.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw PlaygroundError.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    /** Compares an int with a finite or infinite, non-NaN float exactly. */
    static int compareIntWithFloat(BigInteger a, double b) {
        if (Double.isInfinite(b)) {
            return b > 0 ? -1 : 1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }
}
