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

    /**
     * An item: where it is drawn, what it says, where it links.
     *
     * @param tip    the label shortened to fit the drawing, for a caption shown on hover and focus
     * @param anchor how that caption lines up with {@code x} so it stays inside: {@code start}, {@code middle}, {@code end}
     */
    public record Point(double x, double y, String label, String href, String tip, String anchor) {
    }

    /** The width of a chart made without one. */
    public static final int WIDTH = 720;
    private static final int MARGIN = 24;
    private static final int ROW = 12;
    private static final int MAX_ROWS = 4;
    private static final int TIP = 28;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};

    public TimelineChart {
        ticks = List.copyOf(ticks);
        points = List.copyOf(points);
    }

    /**
     * The chart of {@code items}: {@code {date, label, href}}; {@code null} when fewer than two items have a
     * known year (a line of one point says nothing).
     */
    public static TimelineChart of(List<String[]> items) {
        return of(items, WIDTH);
    }

    /** The chart of {@code items} drawn {@code width} units wide: fewer year marks when narrow. */
    public static TimelineChart of(List<String[]> items, int width) {
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
        int marks = Math.max(3, width / 80);
        int years = (int) Math.floor(max) + 1 - (int) Math.floor(min);
        int step = STEPS[STEPS.length - 1];
        for (int candidate : STEPS) {
            if (years / (double) candidate <= marks - 1) {
                step = candidate;
                break;
            }
        }
        int from = Math.floorDiv((int) Math.floor(min), step) * step;
        int to = from + step * (int) Math.ceil(((int) Math.floor(max) + 1 - from) / (double) step);
        double span = to - from;
        int axis = MARGIN + MAX_ROWS * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int year = from; year <= to; year += step) {
            ticks.add(new Tick(x(year, from, span, width), Integer.toString(year)));
        }
        List<Point> points = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            double x = x(times.get(i)[0], from, span, width);
            int row = 0;
            for (double[] other : placed) {
                if (Math.abs(other[0] - x) < 10 && other[1] >= row) {
                    row = (int) other[1] + 1;
                }
            }
            row = Math.min(row, MAX_ROWS - 1);
            placed.add(new double[] {x, row});
            String anchor = x < width / 3.0 ? "start" : x > width * 2 / 3.0 ? "end" : "middle";
            points.add(new Point(round(x), axis - 8 - row * ROW, kept.get(i)[1], kept.get(i)[2],
                    shorten(kept.get(i)[1], Math.max(TIP, width / 8)), anchor));
        }
        return new TimelineChart(width, axis + 28, axis, ticks, points, from, to);
    }

    private static double x(double time, int from, double span, int width) {
        return round(MARGIN + (width - 2 * MARGIN) * (time - from) / span);
    }

    private static String shorten(String label, int most) {
        if (label.length() <= most) {
            return label;
        }
        int cut = label.lastIndexOf(' ', most - 1);
        return label.substring(0, cut > most / 2 ? cut : most - 1).strip() + "…";
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
