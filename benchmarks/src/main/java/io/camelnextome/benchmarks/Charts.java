package io.camelnextome.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts written as PNG files (XChart, headless). */
final class Charts {

    /** One line: x and y values of equal length. */
    record Series(double[] x, double[] y) {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /**
     * Writes a line chart with one line per entry of {@code series}, in its order.
     *
     * @param logX whether the x axis is logarithmic (e.g. numbers of callers 1 to 64)
     */
    static void line(Path file, String title, String xTitle, String yTitle, boolean logX,
                            Map<String, Series> series) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setDecimalPattern("#,###.##");
        for (var entry : series.entrySet()) {
            var line = chart.addSeries(entry.getKey(), entry.getValue().x(), entry.getValue().y());
            if (entry.getValue().x().length > 40) {
                line.setMarker(SeriesMarkers.NONE);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
