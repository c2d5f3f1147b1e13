package io.tastelab.ui.recommend;

import java.util.List;

/** One stage of the pipeline trace: a heading ("Collector: …") and its detail lines. */
public record TraceStage(String heading, List<String> lines) {
    public TraceStage {
        lines = List.copyOf(lines);
    }
}
