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

    @Test
    void theDefaultSizeFitsASmallScreenDownToTheMinimum() {
        assertThat(TasteLabApp.sceneSize(List.of(), 1440, 860)).containsExactly(1320, 820);
        assertThat(TasteLabApp.sceneSize(List.of(), 1280, 760)).containsExactly(1280, 720);
        assertThat(TasteLabApp.sceneSize(List.of(), 1024, 700)).containsExactly(1024, 700);
        assertThat(TasteLabApp.sceneSize(List.of(), 800, 600)).containsExactly(1024, 700);
        assertThat(TasteLabApp.sceneSize(List.of("--size", "1440x900"), 1024, 700))
                .as("an explicit size is kept").containsExactly(1440, 900);
    }
}
