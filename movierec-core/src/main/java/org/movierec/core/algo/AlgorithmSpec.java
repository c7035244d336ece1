package org.movierec.core.algo;

import java.io.DataInput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A registered algorithm: its name, what it is for, its parameters, how to build it from checked
 * parameter values, and how to read back a model it trained.
 */
public record AlgorithmSpec(String name, String description, Set<Task> tasks, List<ParamSpec> params,
        Function<Params, Algorithm> factory, ModelReader reader) {

    public AlgorithmSpec {
        tasks = Set.copyOf(tasks);
        params = List.copyOf(params);
    }

    /** Builds the algorithm with the given parameter values (others at their defaults). */
    public Algorithm create(Map<String, String> given) {
        return factory.apply(new Params(name, params, given));
    }

    /** Reads a model's parameters as written by {@link Model#write}. */
    @FunctionalInterface
    public interface ModelReader {
        Model read(DataInput in) throws IOException;
    }
}
