package io.tastelab.engine.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new workspace file appears under its name only complete, and never replaces a file. */
class NewWorkspaceTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createLeavesOnlyTheWorkspaceFileAndItOpens() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (Workspace created = Workspace.create(file)) {
            assertThat(created.file()).isEqualTo(file);
            created.replaceCatalog(WorkspaceTest.tinyCatalog());
        }
        assertThat(names()).containsExactly("w.tastelab");
        try (Workspace reopened = Workspace.open(file)) {
            assertThat(reopened.loadCatalog().items()).isEqualTo(WorkspaceTest.tinyCatalog().items());
        }
    }

    @Test
    void whileBeingFilledTheFileIsNotThereAndDiscardingLeavesNothing() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (NewWorkspace created = NewWorkspace.begin(file)) {
            created.workspace().replaceCatalog(WorkspaceTest.tinyCatalog());
            assertThat(file).doesNotExist();
            assertThat(names()).allMatch(name -> name.startsWith(".w.tastelab.") && name.contains(".creating"));
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void publishingKeepsWhatWasWrittenBeforeIt() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (NewWorkspace created = NewWorkspace.begin(file)) {
            created.workspace().replaceCatalog(WorkspaceTest.tinyCatalog());
            try (Workspace published = created.publish()) {
                assertThat(published.loadCatalog().items()).isEqualTo(WorkspaceTest.tinyCatalog().items());
            }
        }
        assertThat(names()).containsExactly("w.tastelab");
    }

    @Test
    void aFileThatAppearedMeanwhileIsNeitherReplacedNorDeleted() throws Exception {
        Path file = dir.resolve("w.tastelab");
        try (NewWorkspace created = NewWorkspace.begin(file)) {
            Files.writeString(file, "someone else's file");
            assertThatThrownBy(created::publish).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("appeared while it was being created");
        }
        assertThat(Files.readString(file)).isEqualTo("someone else's file");
        assertThat(names()).containsExactly("w.tastelab");
    }

    @Test
    void aMissingFolderIsReportedByName() {
        Path file = dir.resolve("no-such-folder").resolve("w.tastelab");
        assertThatThrownBy(() -> Workspace.create(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("no such folder").hasMessageContaining("no-such-folder");
    }
}
