package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.movierec.core.data.RatingScale;

/** Lines of rating files as the executors parse them, and the core readers' words for bad ones. */
class RatingLineParserTest {
    private final RatingLineParser csv = RatingLineParser.of(",", 4, RatingScale.HALF_STARS);
    private final RatingLineParser dat = RatingLineParser.of("::", 4, RatingScale.WHOLE_STARS);

    @Test
    void parsesGoodLinesWithEitherLineEnd() {
        assertThat(csv.parse("1,31,2.5,1260759144")).isEqualTo(new RatingLineParser.Parsed(1, 31, 2.5f, null));
        assertThat(dat.parse("7::1193::5::978300760\r")).isEqualTo(new RatingLineParser.Parsed(7, 1193, 5f, null));
        assertThat(csv.parse("")).isNull();
        assertThat(RatingLineParser.of(",", 3, null).parse("3,4,-0.25").rating()).isEqualTo(-0.25f);
    }

    @Test
    void explainsBadLinesInOneSentence() {
        assertThat(csv.parse("1,31,2.5").problem()).isEqualTo("expected 4 fields separated by ',' but found 3: \"1,31,2.5\"");
        assertThat(csv.parse("x,31,2.5,1").problem()).isEqualTo("user id \"x\" is not a whole number");
        assertThat(csv.parse("1,99999999999,2.5,1").problem()).isEqualTo("movie id \"99999999999\" is not a whole number in range");
        assertThat(csv.parse("1,31,abc,1").problem()).isEqualTo("rating \"abc\" is not a number");
        assertThat(csv.parse("1,31,7,1").problem()).isEqualTo("rating 7 is outside the scale 0.5 to 5 in steps of 0.5");
        assertThat(dat.parse("1::31::2.5::1").problem()).isEqualTo("rating 2.5 is not on the scale 1 to 5 in steps of 1");
        assertThat(csv.parse("1,31,2.5,noon").problem()).isEqualTo("timestamp \"noon\" is not a whole number");
    }
}
