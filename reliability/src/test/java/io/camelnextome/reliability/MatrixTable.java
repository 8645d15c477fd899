package io.camelnextome.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The matrix as Markdown tables, printed, and written into docs/reliability.md between two markers. */
final class MatrixTable {

    static final String BEGIN = "<!-- fault-matrix:begin -->";
    static final String END = "<!-- fault-matrix:end -->";

    private MatrixTable() {
    }

    static String markdown(MatrixSettings settings, List<RowResult> rows) {
        StringBuilder out = new StringBuilder();
        if (settings.source() != null) {
            out.append("Run at commit ").append(settings.source()).append(".\n\n");
        }
        out.append(String.format("Each fault in force for %d s at least; %d threads send %d `trackables/create` and %d "
                                 + "`trackables/get`, paced over those seconds (all faults together: three times as long); "
                                 + "late positions are %d ms late; "
                                 + "%d row(s) at a time, each on a simulator of its own; %d processors.%n%n",
                settings.seconds(), settings.threads(), settings.calls(), settings.calls(),
                settings.lateDelay().toMillis(), settings.lanes(), Runtime.getRuntime().availableProcessors()));
        out.append("Producer:\n\n");
        out.append("| Fault | creates ok | creates failed | gets ok | gets failed | failures in the error handler"
                   + " | POSTs received | created (201) | duplicated creates | lost writes | auth calls"
                   + " | fault seen | last-quarter creates ok | required |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (RowResult row : rows) {
            ProducerLoad.Outcome p = row.producer();
            out.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |%n",
                    row.fault().label(settings), p.createsOk(), p.createsFailed(), p.getsOk(), p.getsFailed(), row.handled(),
                    row.postsReceived(), row.created(), row.duplicated(), row.lostWrites(), row.authCalls(),
                    row.fault().seen(row.injected()), row.recovered(), row.producerPasses() ? "met" : "**not met**"));
        }
        out.append(String.format("%nConsumer (`nextome:locations/positions`, incremental, from %d s of history on):%n%n",
                settings.history().toSeconds()));
        out.append("| Fault | positions stored | stored late | delivered | lost | delivered twice | late delivered"
                   + " | lateness | required |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (RowResult row : rows) {
            out.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %s | %s |%n", row.fault().label(settings),
                    row.stored(), row.arrivedLate(), row.delivered(), row.lost(), row.twice(), row.late(),
                    row.lateness() + " ms",
                    row.consumerPasses() ? "met" : "**not met**"));
        }
        return out.toString();
    }

    /** Replaces what stands between the markers of {@code docs} with {@code table}. */
    static void write(Path docs, String table) throws IOException {
        String text = Files.readString(docs);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(docs + " has no " + BEGIN + " ... " + END + " section for the matrix");
        }
        Files.writeString(docs, text.substring(0, begin + BEGIN.length()) + "\n\n" + table + "\n" + text.substring(end));
    }
}
