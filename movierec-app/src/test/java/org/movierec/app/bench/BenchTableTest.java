package org.movierec.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.movierec.app.bench.BenchTable.Column;
import tools.jackson.databind.node.ObjectNode;

class BenchTableTest {
    private final BenchTable table = new BenchTable("speed", new Column("name", "name", "%s"),
            new Column("seconds", "wall s", "%.2f"), new Column("count", "count", "%,d"))
            .context("data", "tiny")
            .row("alpha", 1.234, 12_345)
            .row("b", Double.NaN, 7);

    @Test
    void textAlignsNumbersRightAndTextLeft() {
        assertThat(table.text()).isEqualTo("""
                speed
                  data: tiny

                name   wall s   count
                ---------------------
                alpha    1.23  12,345
                b           -       7
                """);
    }

    @Test
    void markdownHasOneRowPerLineAndRightAlignedNumbers() {
        assertThat(table.markdown()).isEqualTo("""
                ### speed

                data: tiny

                | name | wall s | count |
                | --- | ---: | ---: |
                | alpha | 1.23 | 12,345 |
                | b | - | 7 |
                """);
    }

    @Test
    void jsonKeepsFullPrecisionAndWritesNaNAsNull() {
        ObjectNode json = table.json();
        assertThat(json.get("benchmark").asString()).isEqualTo("speed");
        assertThat(json.get("context").get("data").asString()).isEqualTo("tiny");
        assertThat(json.get("rows").get(0).get("seconds").asDouble()).isEqualTo(1.234);
        assertThat(json.get("rows").get(0).get("count").asInt()).isEqualTo(12_345);
        assertThat(json.get("rows").get(1).get("seconds").isNull()).isTrue();
    }

    @Test
    void aRowNeedsOneValuePerColumn() {
        assertThatThrownBy(() -> table.row("c", 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 values for 3 columns");
    }
}
