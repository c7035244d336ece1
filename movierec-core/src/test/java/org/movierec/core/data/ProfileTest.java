package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void anonymousProfileSortsAndKeepsTheLastRatingOfAnItem() {
        Profile p = Profile.anonymous(new int[] {9, 2, 9, 5}, new float[] {1, 2, 4, 3});
        assertThat(p.user()).isEqualTo(-1);
        assertThat(p.items()).containsExactly(2, 5, 9);
        assertThat(p.values()).containsExactly(2f, 3f, 4f);
        assertThat(p.rating(9)).isEqualTo(4f);
        assertThat(p.rating(3)).isNaN();
        assertThat(p.contains(5)).isTrue();
        assertThat(p.mean()).isEqualTo(3.0);
    }

    @Test
    void refusesUnsortedOrMismatchedArrays() {
        assertThatThrownBy(() -> new Profile(0, new int[] {3, 1}, new float[] {1, 1}))
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> new Profile(0, new int[] {1}, new float[] {1, 2}))
                .hasMessageContaining("1 items but 2 values");
    }

    @Test
    void profileOfMatrixRowKnowsItsUserAndDetaches() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 4, false);
        b.addById(1, 10, 5, 0);
        b.addById(1, 20, 3, 0);
        b.addById(2, 10, 1, 0);
        Profile p = b.build().profile(0);
        assertThat(p.user()).isZero();
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.detached().user()).isEqualTo(-1);
        assertThat(p.detached().items()).isEqualTo(p.items());
        assertThat(Profile.empty().isEmpty()).isTrue();
        assertThat(Profile.empty().mean()).isNaN();
    }
}
