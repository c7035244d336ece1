package org.movierec.core.algo;

import java.util.List;

/**
 * One hyper-parameter of an algorithm: name, type, default and meaning, as `movierec algorithms`
 * lists them.
 *
 * @param type one of "int", "double", "boolean", "string" (a "string" with choices is an enumeration)
 * @param defaultValue the default as written on the command line
 * @param choices the allowed values of a string parameter (empty: any)
 */
public record ParamSpec(String name, String type, String defaultValue, String description, List<String> choices) {
    public ParamSpec {
        if (!List.of("int", "double", "boolean", "string").contains(type)) {
            throw new IllegalArgumentException("unknown parameter type " + type);
        }
        choices = List.copyOf(choices);
    }

    public static ParamSpec ofInt(String name, int defaultValue, String description) {
        return new ParamSpec(name, "int", Integer.toString(defaultValue), description, List.of());
    }

    public static ParamSpec ofDouble(String name, double defaultValue, String description) {
        return new ParamSpec(name, "double", Double.toString(defaultValue), description, List.of());
    }

    public static ParamSpec ofBoolean(String name, boolean defaultValue, String description) {
        return new ParamSpec(name, "boolean", Boolean.toString(defaultValue), description, List.of());
    }

    public static ParamSpec ofChoice(String name, String defaultValue, String description, String... choices) {
        return new ParamSpec(name, "string", defaultValue, description, List.of(choices));
    }
}
