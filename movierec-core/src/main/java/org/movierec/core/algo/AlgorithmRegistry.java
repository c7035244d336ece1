package org.movierec.core.algo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps algorithm names to their {@link AlgorithmSpec}s, for the command line, the web app and the
 * evaluator. Parses algorithm lists such as {@code svd,svdpp:factors=50,itemknn:k=40,sim=pearson}:
 * a comma-separated token with '=' and no ':' is a further parameter of the algorithm before it.
 */
public final class AlgorithmRegistry {
    private final Map<String, AlgorithmSpec> specs = new LinkedHashMap<>();

    public AlgorithmRegistry(Collection<AlgorithmSpec> specs) {
        for (AlgorithmSpec spec : specs) {
            if (this.specs.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("algorithm " + spec.name() + " registered twice");
            }
        }
    }

    /** Every algorithm movierec ships. */
    public static AlgorithmRegistry standard() {
        return new AlgorithmRegistry(StandardAlgorithms.specs());
    }

    public Collection<AlgorithmSpec> all() {
        return specs.values();
    }

    /** The spec of the name. */
    public AlgorithmSpec spec(String name) {
        AlgorithmSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "'; known algorithms are "
                    + String.join(", ", specs.keySet()));
        }
        return spec;
    }

    /** The names of the algorithms made for the task, in registry order. */
    public List<String> namesFor(Task task) {
        List<String> names = new ArrayList<>();
        for (AlgorithmSpec spec : specs.values()) {
            if (spec.tasks().contains(task)) {
                names.add(spec.name());
            }
        }
        return names;
    }

    /** One algorithm written as NAME[:p=v,...]. */
    public Algorithm parse(String text) {
        List<Algorithm> list = parseList(text, null);
        if (list.size() != 1) {
            throw new IllegalArgumentException("expected one algorithm, got '" + text + "'");
        }
        return list.get(0);
    }

    /**
     * A list of algorithms; the word {@code all} stands for every algorithm of the task
     * (null task: every algorithm).
     */
    public List<Algorithm> parseList(String text, Task allTask) {
        List<String> names = new ArrayList<>();
        List<Map<String, String>> params = new ArrayList<>();
        for (String raw : text.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty entry in algorithm list '" + text + "'");
            }
            int colon = token.indexOf(':');
            if (colon < 0 && token.contains("=")) {
                if (names.isEmpty()) {
                    throw new IllegalArgumentException("parameter '" + token + "' comes before any algorithm name");
                }
                putParam(params.get(params.size() - 1), token);
                continue;
            }
            names.add(colon < 0 ? token : token.substring(0, colon));
            Map<String, String> p = new LinkedHashMap<>();
            if (colon >= 0) {
                putParam(p, token.substring(colon + 1));
            }
            params.add(p);
        }
        List<Algorithm> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equals("all")) {
                for (AlgorithmSpec spec : specs.values()) {
                    if (allTask == null || spec.tasks().contains(allTask)) {
                        out.add(spec.create(Map.of()));
                    }
                }
            } else {
                out.add(spec(names.get(j)).create(params.get(j)));
            }
        }
        return out;
    }

    private static void putParam(Map<String, String> params, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("parameter '" + assignment + "' is not written as name=value");
        }
        params.put(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
    }
}
