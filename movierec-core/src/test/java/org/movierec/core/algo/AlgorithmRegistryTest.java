package org.movierec.core.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlgorithmRegistryTest {
    private final AlgorithmRegistry registry = new AlgorithmRegistry(List.of(ItemMeanFixture.SPEC));

    @Test
    void parsesParametersAfterTheNameAndInFollowingTokens() {
        List<Algorithm> list = registry.parseList("itemmean,itemmean:offset=0.5,mode=fancy", null);
        assertThat(list).containsExactly(new ItemMeanFixture(0.0), new ItemMeanFixture(0.5));
        assertThat(registry.parse("itemmean:offset=2")).isEqualTo(new ItemMeanFixture(2));
    }

    @Test
    void allExpandsToTheAlgorithmsOfTheTask() {
        assertThat(registry.parseList("all", Task.RATING)).hasSize(1);
        assertThat(registry.parseList("all", Task.RANKING)).isEmpty();
        assertThat(registry.namesFor(Task.RATING)).containsExactly("itemmean");
    }

    @Test
    void refusesUnknownNamesParametersAndValuesWithPlainMessages() {
        assertThatThrownBy(() -> registry.parse("svdd")).hasMessage("unknown algorithm 'svdd'; known algorithms are itemmean");
        assertThatThrownBy(() -> registry.parse("itemmean:ofset=1"))
                .hasMessage("unknown parameter 'ofset' for itemmean; its parameters are offset, mode");
        assertThatThrownBy(() -> registry.parse("itemmean:offset=abc"))
                .hasMessage("parameter offset of itemmean must be a number, not 'abc'");
        assertThatThrownBy(() -> registry.parse("itemmean:mode=odd"))
                .hasMessage("parameter mode of itemmean must be one of plain, fancy, not 'odd'");
        assertThatThrownBy(() -> registry.parseList("offset=1", null)).hasMessageContaining("before any algorithm");
        assertThatThrownBy(() -> registry.parseList("itemmean,,itemmean", null)).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> new AlgorithmRegistry(List.of(ItemMeanFixture.SPEC, ItemMeanFixture.SPEC)))
                .hasMessageContaining("registered twice");
    }

    @Test
    void typedParamsParseAndValidate() {
        Params p = new Params("x", List.of(ParamSpec.ofInt("k", 40, "neighbours"), ParamSpec.ofBoolean("b", false, "flag")),
                java.util.Map.of("b", "TRUE"));
        assertThat(p.getInt("k")).isEqualTo(40);
        assertThat(p.getBoolean("b")).isTrue();
        Params bad = new Params("x", List.of(ParamSpec.ofInt("k", 40, "n")), java.util.Map.of("k", "4.5"));
        assertThatThrownBy(() -> bad.getInt("k")).hasMessage("parameter k of x must be a whole number, not '4.5'");
    }
}
