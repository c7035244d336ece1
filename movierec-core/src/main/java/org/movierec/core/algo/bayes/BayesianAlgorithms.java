package org.movierec.core.algo.bayes;

import java.util.List;
import java.util.Set;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;

/** The registry entries of the Bayesian models. */
public final class BayesianAlgorithms {
    private BayesianAlgorithms() {
    }

    public static List<AlgorithmSpec> specs() {
        return List.of(new AlgorithmSpec(BayesianMfAlgorithm.NAME,
                "Bayesian SVD++ (biases, implicit feedback on users and items) by Gibbs sampling;"
                        + " predictions average the posterior samples",
                Set.of(Task.RATING),
                List.of(ParamSpec.ofInt("factors", 10, "latent dimensions"),
                        ParamSpec.ofInt("burnin", 30, "Gibbs sweeps discarded before the first stored sample"),
                        ParamSpec.ofInt("samples", 30, "posterior samples stored and averaged by predictions"),
                        ParamSpec.ofInt("thin", 2, "sweeps between two stored samples"),
                        ParamSpec.ofBoolean("implicit", true, "users' factors include the items they rated (SVD++)"),
                        ParamSpec.ofBoolean("flipped", true, "items' factors include the users who rated them"),
                        ParamSpec.ofInt("seed", 42, "random seed")),
                p -> new BayesianMfAlgorithm(p.getInt("factors"), p.getInt("burnin"), p.getInt("samples"),
                        p.getInt("thin"), p.getBoolean("implicit"), p.getBoolean("flipped"), p.getInt("seed")),
                BayesianMfModel::read));
    }
}
