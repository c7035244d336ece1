package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingScaleTest {

    @Test
    void acceptsOnlyValuesOnTheScaleSteps() {
        assertThat(RatingScale.WHOLE_STARS.accepts(3f)).isTrue();
        assertThat(RatingScale.WHOLE_STARS.accepts(3.5f)).isFalse();
        assertThat(RatingScale.WHOLE_STARS.accepts(9f)).isFalse();
        assertThat(RatingScale.HALF_STARS.accepts(0.5f)).isTrue();
        assertThat(RatingScale.HALF_STARS.accepts(4.5f)).isTrue();
        assertThat(RatingScale.HALF_STARS.accepts(0f)).isFalse();
        assertThat(RatingScale.HALF_STARS.accepts(Float.NaN)).isFalse();
        assertThat(new RatingScale(1, 10, 0).accepts(7.3f)).isTrue();
    }

    @Test
    void clampsAndDescribes() {
        assertThat(RatingScale.WHOLE_STARS.clamp(5.7)).isEqualTo(5.0);
        assertThat(RatingScale.WHOLE_STARS.clamp(-1)).isEqualTo(1.0);
        assertThat(RatingScale.WHOLE_STARS.clamp(3.3)).isEqualTo(3.3);
        assertThat(RatingScale.WHOLE_STARS.describe()).isEqualTo("1 to 5 in steps of 1");
        assertThat(RatingScale.HALF_STARS.describe()).isEqualTo("0.5 to 5 in steps of 0.5");
        assertThatThrownBy(() -> new RatingScale(5, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
