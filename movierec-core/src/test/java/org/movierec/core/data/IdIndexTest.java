package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void assignsIndicesInOrderOfFirstAppearance() {
        IdIndex index = new IdIndex(1);
        assertThat(index.add(500)).isEqualTo(0);
        assertThat(index.add(7)).isEqualTo(1);
        assertThat(index.add(500)).isEqualTo(0);
        for (int id = 1000; id < 1100; id++) {
            index.add(id);
        }
        assertThat(index.size()).isEqualTo(102);
        assertThat(index.idAt(1)).isEqualTo(7);
        assertThat(index.indexOf(1099)).isEqualTo(101);
        assertThat(index.indexOf(3)).isEqualTo(-1);
        assertThat(index.contains(7)).isTrue();
        assertThat(index.ids()).hasSize(102).startsWith(500, 7, 1000);
    }

    @Test
    void refusesDuplicatesAndBadIndices() {
        assertThatThrownBy(() -> IdIndex.of(1, 2, 1)).hasMessageContaining("duplicate id 1");
        assertThatThrownBy(() -> IdIndex.of(1).idAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
