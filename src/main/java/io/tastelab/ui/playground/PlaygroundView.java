package io.tastelab.ui.playground;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The tensor playground: a Python editor (colouring, line numbers, the error line marked), Run and Cancel, the
 * Examples menu, history, a notebook-style output list, and the picture of the last statement. Binds to
 * {@link PlaygroundViewModel}; builds controls only.
 */
public final class PlaygroundView extends BorderPane {

    private final PlaygroundViewModel model;
    private final CodeArea editor = new CodeArea();
    private final ScrollPane pictureScroll = new ScrollPane();
    private PictureView pictureView;
    /** Holds the picture so that the scroll pane scrolls its scaled size. */
    private final javafx.scene.Group scaledPicture = new javafx.scene.Group();
    private boolean updatingEditor;
    private boolean scrollOutputsToEnd;

    public PlaygroundView(PlaygroundViewModel model) {
        this.model = model;
        setId("playgroundView");
        var css = PlaygroundView.class.getResource("/styles/playground.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setTop(toolbar());
        setCenter(body());
        bindEditor();
        model.pictureProperty().addListener((obs, was, picture) -> showPicture(picture));
        showPicture(model.pictureProperty().get());
    }

    private ToolBar toolbar() {
        Button run = new Button("Run");
        run.setId("runButton");
        run.setDefaultButton(false);
        run.setTooltip(new Tooltip("Run the cell, or the selection (Ctrl+Enter)"));
        run.setOnAction(e -> runFromEditor());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        MenuButton examples = new MenuButton("Examples");
        examples.setId("examplesMenu");
        for (Lesson lesson : model.lessons()) {
            MenuItem item = new MenuItem(lesson.title());
            item.setId("example-" + lesson.id());
            item.setOnAction(e -> {
                if (!model.editorHasUnrunEdits() || confirmReplacing(lesson)) {
                    model.runLesson(lesson);
                }
            });
            examples.getItems().add(item);
        }
        Button back = new Button("◀");
        back.setId("historyBack");
        back.setTooltip(new Tooltip("Previous cell from the history (Ctrl+Up)"));
        back.setOnAction(e -> model.historyPrevious());
        Button forward = new Button("▶");
        forward.setId("historyForward");
        forward.setTooltip(new Tooltip("Next cell from the history (Ctrl+Down)"));
        forward.setOnAction(e -> model.historyNext());
        ToggleButton fit = new ToggleButton("Fit width");
        fit.setId("pictureFit");
        fit.setTooltip(new Tooltip("Scale a wide picture down to the pane's width; off shows it at 100%"));
        fit.selectedProperty().bindBidirectional(model.fitPictureToWidthProperty());
        // Short names with tooltips: the whole bar fits at 1024 px, with no » menu hiding the last buttons.
        Button clear = new Button("Clear");
        clear.setId("clearOutputs");
        clear.setTooltip(new Tooltip("Clear the output list"));
        clear.setOnAction(e -> model.clearOutputs());
        Button copyPicture = new Button("Copy picture");
        copyPicture.setId("copyPicture");
        copyPicture.setOnAction(e -> copyPicture());
        Button savePicture = new Button("Save PNG…");
        savePicture.setId("savePicture");
        savePicture.setOnAction(e -> savePicture());
        Button copyArray = new Button("Copy array");
        copyArray.setTooltip(new Tooltip("Copy the last array as text, as NumPy prints it"));
        copyArray.setId("copyArray");
        copyArray.setOnAction(e -> copyArray());
        // A running cell shows as Run greyed out and Cancel enabled, and as the status bar's task: no label here
        // that would push the last buttons into the » menu while it runs.
        return new ToolBar(run, cancel, examples, new Separator(Orientation.VERTICAL), new Label("History"), back, forward,
                clear, new Separator(Orientation.VERTICAL), fit, copyPicture, savePicture, copyArray);
    }

    private Node body() {
        editor.setId("codeEditor");
        editor.getStyleClass().add("code-editor");
        editor.setParagraphGraphicFactory(gutter());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        VirtualizedScrollPane<CodeArea> editorScroll = new VirtualizedScrollPane<>(editor);

        // A VBox, not a ListView: output blocks are multi-line and a ListView's virtual cells clip them.
        VBox outputList = new VBox(6);
        outputList.setId("outputList");
        outputList.getStyleClass().add("output-list");
        outputList.setPadding(new Insets(8));
        ScrollPane outputs = new ScrollPane(outputList);
        outputs.setFitToWidth(true);
        outputs.setId("outputScroll");
        model.outputs().addListener((javafx.collections.ListChangeListener<OutputEntry>) change -> {
            outputList.getChildren().setAll(model.outputs().stream().map(PlaygroundView::outputBlock).toList());
            scrollOutputsToEnd = true;
        });
        // The list's new height is known only after the next layout: scroll to the newest block then.
        outputList.heightProperty().addListener((obs, was, height) -> {
            if (scrollOutputsToEnd) {
                scrollOutputsToEnd = false;
                outputs.setVvalue(outputs.getVmax());
            }
        });
        editor.setWrapText(true);

        SplitPane left = new SplitPane(editorScroll, outputs);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);

        pictureScroll.setId("pictureScroll");
        pictureScroll.setFitToWidth(false);
        pictureScroll.getStyleClass().add("picture-scroll");
        pictureScroll.setContent(scaledPicture);
        pictureScroll.viewportBoundsProperty().addListener((obs, was, now) -> fitPicture());
        model.fitPictureToWidthProperty().addListener((obs, was, now) -> fitPicture());
        Label note = new Label();
        note.setId("pictureNote");
        note.getStyleClass().add("picture-note-banner");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(model.pictureNoteProperty());
        note.visibleProperty().bind(model.pictureNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox pictureSide = new VBox(note, pictureScroll);
        VBox.setVgrow(pictureScroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, pictureSide);
        split.setDividerPositions(0.4);
        return split;
    }

    /** Line numbers, with a red dot on the line of the last error. */
    private IntFunction<Node> gutter() {
        IntFunction<Node> numbers = LineNumberFactory.get(editor);
        return line -> {
            Node number = numbers.apply(line);
            Circle dot = new Circle(4, Color.web("#e03131"));
            dot.visibleProperty().bind(model.errorLineProperty().isEqualTo(line + 1));
            StackPane marker = new StackPane(dot);
            marker.setMinWidth(12);
            HBox box = new HBox(number, marker);
            box.setAlignment(Pos.CENTER_LEFT);
            if (line + 1 == model.errorLineProperty().get()) {
                box.setId("errorMarker");
            }
            return box;
        };
    }

    private void bindEditor() {
        editor.textProperty().addListener((obs, was, text) -> {
            editor.setStyleSpans(0, PythonHighlighter.styles(text));
            if (!updatingEditor) {
                updatingEditor = true;
                model.codeProperty().set(text);
                updatingEditor = false;
            }
        });
        model.codeProperty().addListener((obs, was, text) -> {
            if (!updatingEditor) {
                updatingEditor = true;
                editor.replaceText(text == null ? "" : text);
                updatingEditor = false;
            }
        });
        editor.replaceText(model.codeProperty().get() == null ? "" : model.codeProperty().get());
        model.errorLineProperty().addListener((obs, was, line) -> markErrorLine(was.intValue(), line.intValue()));
    }

    private void markErrorLine(int previous, int line) {
        if (previous > 0 && previous <= editor.getParagraphs().size()) {
            editor.setParagraphStyle(previous - 1, List.of());
        }
        if (line > 0 && line <= editor.getParagraphs().size()) {
            editor.setParagraphStyle(line - 1, List.of("error-line"));
        }
        // the gutter graphics are rebuilt so the marker's id follows the error
        editor.setParagraphGraphicFactory(gutter());
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.ENTER) {
            runFromEditor();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.UP) {
            model.historyPrevious();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.DOWN) {
            model.historyNext();
            event.consume();
        }
    }

    private void runFromEditor() {
        String selection = editor.getSelectedText();
        int start = editor.getSelection().getStart();
        int firstLine = 1 + (int) editor.getText(0, start).chars().filter(c -> c == '\n').count();
        model.runSelection(selection, firstLine);
    }

    private void showPicture(Picture picture) {
        pictureView = new PictureView(picture, model);
        // a row of parts wraps to the pane's width before anything is scaled down (only when fitting to the width)
        pictureView.wrapWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> model.fitPictureToWidthProperty().get() ? pictureScroll.getViewportBounds().getWidth() : Double.MAX_VALUE,
                pictureScroll.viewportBoundsProperty(), model.fitPictureToWidthProperty()));
        pictureView.boundsInLocalProperty().addListener((obs, was, now) -> fitPicture());
        scaledPicture.getChildren().setAll(pictureView);
        fitPicture();
        // a new picture starts at its top left, whatever the last one was scrolled to
        pictureScroll.setHvalue(pictureScroll.getHmin());
        pictureScroll.setVvalue(pictureScroll.getVmin());
    }

    /** Scales the picture to the viewport's width (within the ViewModel's rule); the Group scrolls the scaled size. */
    private void fitPicture() {
        if (pictureView == null) {
            return;
        }
        // what it draws, which may run past its layout box by a border's width
        double natural = Math.max(pictureView.prefWidth(-1), pictureView.getBoundsInLocal().getWidth());
        double scale = PlaygroundViewModel.pictureScale(natural,
                pictureScroll.getViewportBounds().getWidth(), model.fitPictureToWidthProperty().get());
        // pivot at the top left, so the scaled picture starts where the scroll pane's content starts
        pictureView.getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale, 0, 0));
    }

    private boolean confirmReplacing(Lesson lesson) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The editor holds changes that were not run; they are "
                + "not in the history. Loading \u201c" + lesson.title() + "\u201d replaces them.", replace, ButtonType.CANCEL);
        alert.setTitle("Replace the edited cell?");
        alert.setHeaderText("Replace the edited cell with the example?");
        alert.getDialogPane().setId("replaceCellDialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /** The picture as an image, at screen scale, on a white background. */
    WritableImage snapshot() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        // at 100%, whatever the pane's scale
        List<javafx.scene.transform.Transform> scale = List.copyOf(pictureView.getTransforms());
        pictureView.getTransforms().clear();
        try {
            return pictureView.snapshot(parameters, null);
        } finally {
            pictureView.getTransforms().setAll(scale);
        }
    }

    private void copyPicture() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void savePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save picture as PNG");
        chooser.setInitialFileName("playground.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            try {
                writePng(snapshot(), file);
            } catch (IOException e) {
                Alert failed = new Alert(Alert.AlertType.ERROR, "Could not save the picture to " + file + ": " + e.getMessage());
                failed.setHeaderText("The picture was not saved");
                failed.setResizable(true);
                if (getScene() != null) {
                    failed.initOwner(getScene().getWindow());
                }
                failed.show();
            }
        }
    }

    static void writePng(WritableImage image, File file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }

    private void copyArray() {
        List<ArrayGrid> arrays = pictureView.arrays();
        if (!arrays.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(arrays.getLast().asText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** An output block: monospace text, coloured by kind; inputs and results carry their prompts. */
    private static Node outputBlock(OutputEntry entry) {
        String prefix = switch (entry.kind()) {
            case INPUT -> "In [" + entry.run() + "]: ";
            case RESULT -> "Out[" + entry.run() + "]: ";
            default -> "";
        };
        String text = entry.text();
        if (entry.kind() == OutputEntry.Kind.INPUT || entry.kind() == OutputEntry.Kind.RESULT) {
            text = text.replace("\n", "\n" + " ".repeat(prefix.length()));
        }
        Label label = new Label(prefix + text);
        label.getStyleClass().addAll("output-text", "output-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
        // What Python printed keeps its lines: a wrapped array loses its columns and a wrapped traceback its caret,
        // so those blocks keep their full width and the list scrolls sideways; code and notes wrap.
        boolean preformatted = switch (entry.kind()) {
            case STDOUT, RESULT, ERROR -> true;
            case INPUT, TIMING, NOTE -> false;
        };
        label.setWrapText(!preformatted);
        if (preformatted) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
