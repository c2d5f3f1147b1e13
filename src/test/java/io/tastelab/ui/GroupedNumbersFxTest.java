package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every count a pane shows is grouped ("12,000 items", never "12000 items"): on a catalog of 12,000 items, and on
 * the sample's 7,186 ratings, no label, trace line or count cell of any pane shows a run of four or more digits.
 */
@ExtendWith(ApplicationExtension.class)
class GroupedNumbersFxTest {

    /** Four or more digits standing alone: not part of an id, a date, a decimal or an already grouped number. */
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\w.,:/-])\\d{4,}(?![\\w.,:/-])");
    /** Columns whose values are names, years or dates, not counts. */
    private static final Set<String> NOT_COUNTS = Set.of("ID", "Title", "Year", "Date", "Creator", "Genres", "Tags", "Language");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(new WorkspaceState(SampleWorkspace.load(), "Built-in sample"), new FxBackgroundTasks(),
                RecentWorkspaces.inMemory());
        window.shell().reloadSample();
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    static List<String> ungrouped(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        String text = null;
        if (node instanceof TableCell<?, ?> cell) {
            if (cell.getTableColumn() != null && !NOT_COUNTS.contains(cell.getTableColumn().getText())) {
                text = cell.getText();
            }
        } else if (node instanceof TreeCell<?> || !(node instanceof IndexedCell<?>)) {
            if (node instanceof Labeled labeled) {
                text = labeled.getText();
            }
        }
        if (text != null) {
            // An item named in a trace line ("3. syn-0003668 Synthetic item 3668 (score 329876)") is a name: only the
            // counts around it matter.
            String counted = text.replaceAll("^(\\d+\\. )?\\S+-\\d+ .*?(\\(score|$)", "$1$2");
            Matcher matcher = UNGROUPED.matcher(counted);
            if (matcher.find()) {
                found.add((node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId()) + ": '" + text + "'");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private List<String> scanEveryPane(FxRobot robot) {
        List<String> found = new ArrayList<>();
        for (String tab : List.of("catalogTab", "popularityTab", "recommendTab", "matrixTab", "evaluateTab")) {
            robot.clickOn("#" + tab);
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            ungrouped(window).forEach(text -> found.add(tab + " " + text));
        }
        return found;
    }

    @Test
    void countsAreGroupedOnTheSampleAndOnALargeCatalog(FxRobot robot) throws Exception {
        // given: the sample (7,186 ratings): the matrix summary, the evaluation's counts
        robot.clickOn("#evaluateTab");
        ScrollIntoView.clickOn(robot, "#evaluate-item-knn");
        ScrollIntoView.clickOn(robot, "#evaluate-als");
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#evaluationTable").queryTableView().getItems().isEmpty()
                && robot.lookup("#evaluationStatus").queryAs(javafx.scene.control.Label.class).getText().contains("test users"));
        List<String> found = scanEveryPane(robot);

        // when: a synthetic catalog of 12,000 items (catalog, popularity and the recommendation trace)
        robot.interact(() -> window.shell().generateSynthetic("12000", "1"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.shell().itemCount().get().contains("12"));
        found.addAll(scanEveryPane(robot));

        // then: not one count shows ungrouped
        assertThat(found).isEmpty();
    }
}
