package org.movierec.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code movierec algorithms}: every registered algorithm with its tasks and parameters. */
@Command(name = "algorithms", mixinStandardHelpOptions = true,
        description = "List the algorithms: names, tasks, and parameters with defaults and meanings.")
final class AlgorithmsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        if (registry.all().isEmpty()) {
            out.println("no algorithms are registered");
        }
        for (AlgorithmSpec a : registry.all()) {
            out.println(a.name() + "  [" + a.tasks().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(", ")) + "]  " + a.description());
            for (ParamSpec p : a.params()) {
                String type = p.choices().isEmpty() ? p.type() : String.join("|", p.choices());
                out.println("    " + p.name() + "=" + p.defaultValue() + "  (" + type + ")  " + p.description());
            }
        }
        out.flush();
        return 0;
    }
}
