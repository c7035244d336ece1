package org.movierec.core.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class ModelFileTest {
    private final AlgorithmRegistry registry = new AlgorithmRegistry(List.of(ItemMeanFixture.SPEC));

    @TempDir
    Path dir;

    private RatingMatrix matrix() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 4, false);
        b.addById(1, 10, 5, 0);
        b.addById(2, 10, 3, 0);
        b.addById(2, 20, 2, 0);
        return b.build();
    }

    private Path saved() throws IOException {
        RatingMatrix m = matrix();
        ItemMeanFixture algorithm = new ItemMeanFixture(0.25);
        Path file = dir.resolve("model.bin");
        ModelFile.save(file, algorithm, algorithm.fit(m, Progress.NONE), m.users(), m.items(), m.scale());
        return file;
    }

    @Test
    void savedModelLoadsWithItsHeaderAndIdenticalPredictions() throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(saved(), registry);
        assertThat(loaded.algorithm()).isEqualTo("itemmean");
        assertThat(loaded.params()).containsEntry("offset", "0.25");
        assertThat(loaded.items().ids()).containsExactly(10, 20);
        assertThat(loaded.users().ids()).containsExactly(1, 2);
        assertThat(loaded.scale()).isEqualTo(RatingScale.WHOLE_STARS);
        assertThat(loaded.model().predict(Profile.empty(), 0)).isEqualTo(4.25);
        assertThat(loaded.model().predict(Profile.empty(), 1)).isEqualTo(2.25);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.bin");
        }
    }

    @Test
    void corruptTruncatedAndForeignFilesAreRefusedClearly() throws IOException {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 12] ^= 0x5a;
        Path corrupt = Files.write(dir.resolve("corrupt.bin"), bytes);
        assertThatThrownBy(() -> ModelFile.load(corrupt, registry)).isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("checksum does not match");
        Path truncated = Files.write(dir.resolve("truncated.bin"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelFile.load(truncated, registry)).isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("truncated");
        Path foreign = Files.writeString(dir.resolve("notes.txt"), "hello world, not a model");
        assertThatThrownBy(() -> ModelFile.load(foreign, registry)).isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("not a movierec model file");
        AlgorithmRegistry other = new AlgorithmRegistry(List.of());
        assertThatThrownBy(() -> ModelFile.load(file, other)).hasMessageContaining("unknown algorithm 'itemmean'");
    }
}
