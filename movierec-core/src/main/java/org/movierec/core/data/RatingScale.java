package org.movierec.core.data;

/**
 * The scale ratings are given on: lowest and highest value and the step between allowed values
 * (1 for whole stars, 0.5 for half stars, 0 for any value in range).
 */
public record RatingScale(float min, float max, float step) {
    public static final RatingScale WHOLE_STARS = new RatingScale(1f, 5f, 1f);
    public static final RatingScale HALF_STARS = new RatingScale(0.5f, 5f, 0.5f);

    public RatingScale {
        if (!(min < max) || step < 0 || Float.isNaN(step)) {
            throw new IllegalArgumentException("invalid rating scale " + min + ".." + max + " step " + step);
        }
    }

    /** True if the value is in range and on a step of the scale (to float precision: 3.00004 is not on a half-star step). */
    public boolean accepts(float value) {
        if (!(value >= min && value <= max)) {
            return false;
        }
        if (step == 0) {
            return true;
        }
        double steps = (value - min) / step;
        return Math.abs(steps - Math.rint(steps)) < 1e-5;
    }

    /** The value clamped into [min, max]. */
    public double clamp(double value) {
        return value < min ? min : (value > max ? max : value);
    }

    /** "1–5 in steps of 1", for error messages. */
    public String describe() {
        return step == 0 ? format(min) + " to " + format(max)
                : format(min) + " to " + format(max) + " in steps of " + format(step);
    }

    private static String format(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Float.toString(v);
    }
}
