package io.github.briefwright.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline drawn at build time: dated items placed on a horizontal axis, in SVG units, for a template to draw
 * as an accessible SVG picture. Items whose year is unknown are left out.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param axis   the vertical position of the axis
 * @param ticks  year marks on the axis
 * @param points the items, each with where it is drawn, its label and the sentence (or page) it links to
 * @param from   the first year shown
 * @param to     the last year shown
 */
public record TimelineChart(int width, int height, int axis, List<Tick> ticks, List<Point> points, int from, int to) {

    /** A year mark. */
    public record Tick(double x, String label) {
    }

    /** An item: where it is drawn, what it says, where it links. */
    public record Point(double x, double y, String label, String href) {
    }

    private static final int WIDTH = 640;
    private static final int MARGIN = 24;
    private static final int ROW = 12;
    private static final int MAX_ROWS = 4;

    public TimelineChart {
        ticks = List.copyOf(ticks);
        points = List.copyOf(points);
    }

    /**
     * The chart of {@code items}: {@code {date, label, href}}; {@code null} when fewer than two items have a
     * known year (a line of one point says nothing).
     */
    public static TimelineChart of(List<String[]> items) {
        List<double[]> times = new ArrayList<>();
        List<String[]> kept = new ArrayList<>();
        for (String[] item : items) {
            Double t = time(item[0]);
            if (t != null) {
                times.add(new double[] {t});
                kept.add(item);
            }
        }
        if (kept.size() < 2) {
            return null;
        }
        double min = times.stream().mapToDouble(t -> t[0]).min().orElseThrow();
        double max = times.stream().mapToDouble(t -> t[0]).max().orElseThrow();
        int from = (int) Math.floor(min);
        int step = (int) Math.max(1, Math.ceil(((int) Math.floor(max) + 1 - from) / 8.0));
        int to = from + step * (int) Math.ceil(((int) Math.floor(max) + 1 - from) / (double) step);
        double span = to - from;
        int axis = MARGIN + MAX_ROWS * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int year = from; year <= to; year += step) {
            ticks.add(new Tick(x(year, from, span), Integer.toString(year)));
        }
        List<Point> points = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            double x = x(times.get(i)[0], from, span);
            int row = 0;
            for (double[] other : placed) {
                if (Math.abs(other[0] - x) < 10 && other[1] >= row) {
                    row = (int) other[1] + 1;
                }
            }
            row = Math.min(row, MAX_ROWS - 1);
            placed.add(new double[] {x, row});
            points.add(new Point(round(x), axis - 8 - row * ROW, kept.get(i)[1], kept.get(i)[2]));
        }
        return new TimelineChart(WIDTH, axis + 28, axis, ticks, points, from, to);
    }

    private static double x(double time, int from, double span) {
        return round(MARGIN + (WIDTH - 2 * MARGIN) * (time - from) / span);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A date as a year with its fraction; {@code null} when its year is unknown or it cannot be read. */
    static Double time(String date) {
        if (date == null || date.startsWith("--") || date.length() < 4) {
            return null;
        }
        try {
            int year = Integer.parseInt(date.substring(0, 4));
            if (date.length() == 4) {
                return year + 0.5;
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return year + (LocalDate.parse(date.substring(0, 10)).getDayOfYear() - 0.5) / 366.0;
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                return year + (Integer.parseInt(date.substring(5, 7)) - 0.5) / 12.0;
            }
            if (date.matches("\\d{4}-Q[1-4]")) {
                return year + (date.charAt(6) - '1' + 0.5) / 4.0;
            }
            if (date.matches("\\d{4}-H[12]")) {
                return year + (date.charAt(6) - '1' + 0.5) / 2.0;
            }
            if (date.matches("\\d{4}-W\\d{2}")) {
                return year + (Integer.parseInt(date.substring(6)) - 0.5) / 53.0;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
