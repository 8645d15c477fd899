package io.camelnextome.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Markdown report being written, and the folder its charts go to: {@code docs/performance.md} with its PNG
 * files under {@code docs/performance/}.
 */
final class Report {

    private final Path markdown;
    private final Path charts;
    private final StringBuilder text = new StringBuilder();

    Report(Path docs) {
        this.markdown = docs.resolve("performance.md");
        this.charts = docs.resolve("performance");
    }

    Report line(String format, Object... args) {
        text.append(args.length == 0 ? format : String.format(format, args)).append('\n');
        System.out.println(args.length == 0 ? format : String.format(format, args));
        return this;
    }

    Report table(List<String> header, List<List<String>> rows) {
        line("");
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
        return line("");
    }

    /** Draws a line chart into {@code docs/performance/<name>.png} and shows it in the report. */
    Report chart(String name, String title, String xTitle, String yTitle, boolean logX,
                 Map<String, Charts.Series> series) throws IOException {
        Charts.line(charts.resolve(name + ".png"), title, xTitle, yTitle, logX, series);
        line("");
        return line("![%s](performance/%s.png)", title, name);
    }

    void write() throws IOException {
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, text);
        System.out.println("Wrote " + markdown.toAbsolutePath() + " and its charts in " + charts.toAbsolutePath());
    }
}
