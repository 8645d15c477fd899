package io.camelnextome.examples.quickstart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Draws the quickstart's {@code venue.geojson} and {@code tracks.geojson} into a PNG, one panel per floor, on a
 * plain background with a longitude/latitude grid, a scale bar and north: what a web map shows of them, without
 * a tile server. Arguments: the output folder of the quickstart (default target/quickstart) and the PNG to write
 * (default venue.png in that folder).
 */
public final class GeoJsonPicture {

    private static final int PANEL = 620;
    private static final int MAX_HEIGHT = 560;
    private static final int MARGIN = 50;
    private static final double GRID_DEGREES = 0.0002;
    private static final Color[] TRACK_COLOURS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x17becf), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22) };

    private final List<JsonNode> features = new ArrayList<>();
    private double minLon = Double.MAX_VALUE;
    private double maxLon = -Double.MAX_VALUE;
    private double minLat = Double.MAX_VALUE;
    private double maxLat = -Double.MAX_VALUE;
    /** Pixels per degree of latitude; a degree of longitude is cos(latitude) of it (equirectangular, local). */
    private double scale;
    private double cosLat;
    private int height;

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = Path.of(args.length > 0 ? args[0] : "target/quickstart");
        Path png = args.length > 1 ? Path.of(args[1]) : folder.resolve("venue.png");
        GeoJsonPicture picture = new GeoJsonPicture();
        ObjectMapper json = new ObjectMapper();
        for (String name : new String[] { "venue.geojson", "tracks.geojson" }) {
            json.readTree(folder.resolve(name).toFile()).get("features").forEach(picture.features::add);
        }
        ImageIO.write(picture.draw(), "png", png.toFile());
        System.out.println("Wrote " + png.toAbsolutePath() + " from " + picture.features.size() + " features");
    }

    private BufferedImage draw() {
        features.forEach(feature -> positions(feature.get("geometry")).forEach(p -> {
            minLon = Math.min(minLon, p[0]);
            maxLon = Math.max(maxLon, p[0]);
            minLat = Math.min(minLat, p[1]);
            maxLat = Math.max(maxLat, p[1]);
        }));
        cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        scale = Math.min((PANEL - 2 * MARGIN) / ((maxLon - minLon) * cosLat),
                (MAX_HEIGHT - 2 * MARGIN - 60) / (maxLat - minLat));
        height = (int) ((maxLat - minLat) * scale) + 2 * MARGIN + 60;
        BufferedImage image = new BufferedImage(2 * PANEL, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xf6f4ee));
        g.fillRect(0, 0, 2 * PANEL, height);
        for (int floor = 0; floor < 2; floor++) {
            Graphics2D panel = (Graphics2D) g.create(floor * PANEL, 0, PANEL, height);
            drawFloor(panel, floor);
            panel.dispose();
        }
        g.setColor(new Color(0xcccccc));
        g.drawLine(PANEL, 0, PANEL, height);
        g.dispose();
        return image;
    }

    private void drawFloor(Graphics2D g, int floor) {
        drawGrid(g);
        for (JsonNode feature : features) {
            JsonNode properties = feature.get("properties");
            if (properties.path("floor").asInt(-1) != floor || feature.get("geometry").isNull()) {
                continue;
            }
            String kind = properties.path("kind").asText();
            Path2D shape = path(feature.get("geometry"));
            if (kind.equals("room")) {
                g.setColor(new Color(0xdfe7f2));
                g.fill(shape);
                g.setColor(new Color(0x4a6382));
                g.setStroke(new BasicStroke(1.5f));
                g.draw(shape);
                Point2D centre = centre(feature.get("geometry"));
                label(g, properties.path("name").asText(), centre.getX(), centre.getY(), new Color(0x2d3e50), true);
            } else if (kind.equals("fence")) {
                g.setColor(new Color(255, 0, 0, 28));
                g.fill(shape);
                g.setColor(new Color(0xc0392b));
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
                g.draw(shape);
            }
        }
        int track = 0;
        for (JsonNode feature : features) {
            JsonNode properties = feature.get("properties");
            if (properties.has("kind") || properties.path("floor").asInt(-1) != floor
                    || !"LineString".equals(feature.at("/geometry/type").asText())) {
                continue;
            }
            Color colour = TRACK_COLOURS[track++ % TRACK_COLOURS.length];
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(feature.get("geometry")));
            List<double[]> line = positions(feature.get("geometry"));
            Point2D last = screen(line.get(line.size() - 1));
            g.fillOval((int) last.getX() - 4, (int) last.getY() - 4, 8, 8);
            label(g, properties.path("trackable").asText(), last.getX() + 6, last.getY() - 6, colour, false);
        }
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString((floor == 0 ? "Ground floor" : "First floor") + " (floor " + floor + ")", 16, 26);
        drawScaleAndNorth(g);
    }

    private void drawGrid(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.setStroke(new BasicStroke(0.5f));
        for (double lon = Math.ceil(minLon / GRID_DEGREES) * GRID_DEGREES; lon <= maxLon; lon += GRID_DEGREES) {
            Point2D top = screen(new double[] { lon, maxLat });
            g.setColor(new Color(0xdedad0));
            g.drawLine((int) top.getX(), 40, (int) top.getX(), height - 40);
            g.setColor(new Color(0x8a857a));
            g.drawString(String.format(Locale.ROOT, "%.4f°E", lon), (int) top.getX() - 22, height - 28);
        }
        for (double lat = Math.ceil(minLat / GRID_DEGREES) * GRID_DEGREES; lat <= maxLat; lat += GRID_DEGREES) {
            Point2D left = screen(new double[] { minLon, lat });
            g.setColor(new Color(0xdedad0));
            g.drawLine(10, (int) left.getY(), PANEL - 10, (int) left.getY());
            g.setColor(new Color(0x8a857a));
            g.drawString(String.format(Locale.ROOT, "%.4f°N", lat), 12, (int) left.getY() - 3);
        }
    }

    private void drawScaleAndNorth(Graphics2D g) {
        // 20 m: a degree of latitude is about 111.1 km
        double pixels = 20 / 111_132.0 * scale;
        int x = PANEL - 40 - (int) pixels;
        int y = height - 52;
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y, x + (int) pixels, y);
        g.drawLine(x, y - 4, x, y + 4);
        g.drawLine(x + (int) pixels, y - 4, x + (int) pixels, y + 4);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("20 m", x + (int) pixels / 2 - 12, y - 7);
        int nx = PANEL - 30;
        g.fillPolygon(new int[] { nx, nx - 6, nx + 6 }, new int[] { 40, 56, 56 }, 3);
        g.drawString("N", nx - 4, 70);
    }

    private void label(Graphics2D g, String text, double x, double y, Color colour, boolean centred) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int width = g.getFontMetrics().stringWidth(text);
        g.setColor(colour);
        g.drawString(text, (float) (centred ? x - width / 2.0 : x), (float) y);
    }

    private Point2D screen(double[] lonLat) {
        double x = MARGIN + (lonLat[0] - minLon) * cosLat * scale;
        double y = MARGIN + 20 + (maxLat - lonLat[1]) * scale;
        return new Point2D.Double(x, y);
    }

    private Path2D path(JsonNode geometry) {
        Path2D path = new Path2D.Double();
        List<double[]> points = positions(geometry);
        for (int i = 0; i < points.size(); i++) {
            Point2D p = screen(points.get(i));
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        if ("Polygon".equals(geometry.path("type").asText())) {
            path.closePath();
        }
        return path;
    }

    private Point2D centre(JsonNode geometry) {
        List<double[]> points = positions(geometry);
        double lon = 0;
        double lat = 0;
        for (double[] p : points) {
            lon += p[0];
            lat += p[1];
        }
        return screen(new double[] { lon / points.size(), lat / points.size() });
    }

    /** The positions of a Point, a LineString or a Polygon's exterior ring. */
    private static List<double[]> positions(JsonNode geometry) {
        List<double[]> points = new ArrayList<>();
        if (geometry == null || geometry.isNull()) {
            return points;
        }
        JsonNode coordinates = geometry.get("coordinates");
        JsonNode list = switch (geometry.path("type").asText()) {
            case "Point" -> null;
            case "Polygon" -> coordinates.get(0);
            default -> coordinates;
        };
        if (list == null) {
            points.add(new double[] { coordinates.get(0).asDouble(), coordinates.get(1).asDouble() });
        } else {
            list.forEach(p -> points.add(new double[] { p.get(0).asDouble(), p.get(1).asDouble() }));
        }
        return points;
    }

    private GeoJsonPicture() {
    }
}
