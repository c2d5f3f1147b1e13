package io.tastelab.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's size: the default, --size for the smoke run's pictures, never under the 1024 × 700 minimum. */
class WindowSizeTest {

    @Test
    void sizeComesFromTheSizeOptionAndNeverGoesUnderTheMinimum() {
        assertThat(TasteLabApp.sceneSize(List.of("--smoke"))).containsExactly(1320, 820);
        assertThat(TasteLabApp.sceneSize(List.of("--smoke", "--size", "1440x900"))).containsExactly(1440, 900);
        assertThat(TasteLabApp.sceneSize(List.of("--size", "800x600"))).containsExactly(1024, 700);
        assertThat(TasteLabApp.sceneSize(List.of("--size", "big"))).containsExactly(1320, 820);
    }
}
