package org.movierec.core.algo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values given for one algorithm, checked against its {@link ParamSpec}s: unknown names,
 * unparsable numbers and values outside a parameter's choices are refused with a message naming
 * the algorithm and the parameter. Missing parameters take their defaults.
 */
public final class Params {
    private final String algorithm;
    private final Map<String, ParamSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    public Params(String algorithm, List<ParamSpec> specs, Map<String, String> given) {
        this.algorithm = algorithm;
        for (ParamSpec spec : specs) {
            this.specs.put(spec.name(), spec);
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            ParamSpec spec = this.specs.get(e.getKey());
            if (spec == null) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "' for " + algorithm
                        + "; its parameters are " + String.join(", ", this.specs.keySet()));
            }
            if (!spec.choices().isEmpty() && !spec.choices().contains(e.getValue())) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " of " + algorithm + " must be one of "
                        + String.join(", ", spec.choices()) + ", not '" + e.getValue() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
    }

    private String raw(String name) {
        ParamSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalStateException(algorithm + " declares no parameter " + name);
        }
        return values.getOrDefault(name, spec.defaultValue());
    }

    public int getInt(String name) {
        String v = raw(name);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be a whole number, not '" + v + "'");
        }
    }

    public double getDouble(String name) {
        String v = raw(name);
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be a number, not '" + v + "'");
        }
    }

    public boolean getBoolean(String name) {
        String v = raw(name).trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be true or false, not '" + v + "'");
    }

    public String getString(String name) {
        return raw(name);
    }
}
