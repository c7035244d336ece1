package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingMatrixBuilderTest {

    private static RatingMatrix sample() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 2, true);
        b.addById(10, 300, 4, 1000);
        b.addById(20, 100, 2, 1001);
        b.addById(10, 100, 5, 1002);
        b.addById(30, 200, 3, 1003);
        b.addById(20, 300, 1, 1004);
        return b.build();
    }

    @Test
    void rowsAreSortedByItemIndexAndKeepValuesAndTimes() {
        RatingMatrix m = sample();
        assertThat(m.userCount()).isEqualTo(3);
        assertThat(m.itemCount()).isEqualTo(3);
        assertThat(m.size()).isEqualTo(5);
        int u10 = m.users().indexOf(10);
        int i300 = m.items().indexOf(300);
        int i100 = m.items().indexOf(100);
        assertThat(m.userPointers()).containsExactly(0, 2, 4, 5);
        assertThat(m.userItems()[0]).isLessThan(m.userItems()[1]);
        assertThat(m.rating(u10, i300)).isEqualTo(4f);
        assertThat(m.rating(u10, i100)).isEqualTo(5f);
        assertThat(m.rating(m.users().indexOf(30), i100)).isNaN();
        int k = m.userPointers()[u10] + (m.userItems()[0] == i100 ? 0 : 1);
        assertThat(m.userTimestamps()[k]).isEqualTo(1002L);
    }

    @Test
    void columnsMirrorRows() {
        RatingMatrix m = sample();
        int i100 = m.items().indexOf(100);
        assertThat(m.itemRatingCount(i100)).isEqualTo(2);
        int from = m.itemPointers()[i100];
        assertThat(m.itemUsers()[from]).isLessThan(m.itemUsers()[from + 1]);
        for (int p = from; p < from + 2; p++) {
            assertThat(m.itemValues()[p]).isEqualTo(m.rating(m.itemUsers()[p], i100));
        }
        assertThat(m.globalMean()).isEqualTo(3.0);
    }

    @Test
    void duplicateRatingIsRefusedWithBothIds() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 2, false);
        b.addById(1, 7, 4, 0);
        b.addById(2, 7, 4, 0);
        b.addById(1, 7, 3, 0);
        assertThatThrownBy(b::build).isInstanceOf(DuplicateRatingException.class)
                .hasMessage("user 1 rated movie 7 more than once");
    }

    @Test
    void selectKeepsIndexSpaceAndMarkedRatings() {
        RatingMatrix m = sample();
        boolean[] keep = {true, false, true, false, true};
        RatingMatrix part = m.select(keep);
        assertThat(part.users()).isSameAs(m.users());
        assertThat(part.userCount()).isEqualTo(3);
        assertThat(part.size()).isEqualTo(3);
        for (int k = 0; k < keep.length; k++) {
            int user = userOfPosition(m, k);
            float value = part.rating(user, m.userItems()[k]);
            if (keep[k]) {
                assertThat(value).isEqualTo(m.userValues()[k]);
            } else {
                assertThat(value).isNaN();
            }
        }
        assertThat(part.hasTimestamps()).isTrue();
    }

    @Test
    void emptyMatrixHasNoMeanAndNoActiveUsers() {
        RatingMatrix m = new RatingMatrixBuilder(IdIndex.of(1, 2), IdIndex.of(5), RatingScale.HALF_STARS, 0, false).build();
        assertThat(m.size()).isZero();
        assertThat(m.userCount()).isEqualTo(2);
        assertThat(m.activeUserCount()).isZero();
        assertThat(m.globalMean()).isNaN();
        assertThat(m.userTimestamps()).isNull();
    }

    private static int userOfPosition(RatingMatrix m, int k) {
        int u = 0;
        while (m.userPointers()[u + 1] <= k) {
            u++;
        }
        return u;
    }
}
