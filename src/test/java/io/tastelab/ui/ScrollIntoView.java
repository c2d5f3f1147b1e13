package io.tastelab.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/**
 * Scrolls a node into view before a TestFX robot clicks it, as a user scrolls a settings column to reach a field.
 * The robot clicks the middle of a node's bounds wherever they are: a field scrolled out of its ScrollPane's
 * viewport is clicked through whatever is drawn there instead (a fixed action row, the window's edge). Tests that
 * click inside a scrolling column go through here rather than growing their window until everything fits.
 */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** Clicks the node {@code query} finds after scrolling every ScrollPane around it so that the node is in view. */
    public static org.testfx.api.FxRobotInterface clickOn(FxRobot robot, String query) {
        return robot.clickOn(scrolledTo(robot, query));
    }

    /** The node {@code query} finds, scrolled into view in every ScrollPane around it (innermost first). */
    public static Node scrolledTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll) {
                    reveal(scroll, node);
                }
            }
        });
        robot.interact(() -> {
            for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll && !middleInViewport(scroll, node)) {
                    throw new AssertionError(query + " is still outside its scroll pane's viewport: the node at "
                            + node.localToScene(node.getBoundsInLocal()) + ", the viewport at " + viewportInScene(scroll));
                }
            }
        });
        return node;
    }

    /** Moves {@code scroll}'s values by the least that brings {@code node} wholly into its viewport (or its top-left, if larger). */
    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds target = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        Bounds whole = content.getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        double spareHeight = whole.getHeight() - viewport.getHeight();
        if (spareHeight > 0) {
            double top = offset(scroll.getVvalue(), scroll.getVmin(), scroll.getVmax(), spareHeight);
            double wanted = shifted(top, viewport.getHeight(), target.getMinY() - whole.getMinY(), target.getMaxY() - whole.getMinY());
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / spareHeight);
        }
        double spareWidth = whole.getWidth() - viewport.getWidth();
        if (spareWidth > 0) {
            double left = offset(scroll.getHvalue(), scroll.getHmin(), scroll.getHmax(), spareWidth);
            double wanted = shifted(left, viewport.getWidth(), target.getMinX() - whole.getMinX(), target.getMaxX() - whole.getMinX());
            scroll.setHvalue(scroll.getHmin() + (scroll.getHmax() - scroll.getHmin()) * wanted / spareWidth);
        }
        scroll.layout();
    }

    /** How far the content is scrolled, in pixels, for a scroll bar value. */
    private static double offset(double value, double min, double max, double spare) {
        return max == min ? 0 : (value - min) / (max - min) * spare;
    }

    /** The scroll offset nearest {@code current} that shows [start, end] in a window of {@code size}. */
    private static double shifted(double current, double size, double start, double end) {
        if (start < current || end - start > size) {
            return start;
        }
        if (end > current + size) {
            return end - size;
        }
        return current;
    }

    private static boolean middleInViewport(ScrollPane scroll, Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Point2D middle = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        return viewportInScene(scroll).contains(middle);
    }

    /** The part of the scene that {@code scroll} shows its content in. */
    private static Bounds viewportInScene(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }
}
