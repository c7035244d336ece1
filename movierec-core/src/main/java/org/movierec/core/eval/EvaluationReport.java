package org.movierec.core.eval;

import java.util.List;

/** The result of an evaluation: its protocol and one result per algorithm, in the order given. */
public record EvaluationReport(Protocol protocol, List<AlgorithmResult> results) {
    public EvaluationReport {
        results = List.copyOf(results);
    }
}
