package io.github.briefwright.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A timeline drawn at build time: dated items placed on a horizontal axis, in SVG units, for a template to draw
 * as an accessible SVG picture. Items whose year is unknown are left out.
 *
 * <p>Placement: the items are sorted by date (items of the same date keep their order) and swept from left to
 * right; each goes on the lowest of the {@value #MAX_ROWS} rows above the axis whose last point is at least
 * {@value #GAP} units to its left, so no two points of a row are closer than that. An item that finds no such
 * row is counted into the point just before it, which then stands for {@code count} items and links to its
 * first. So a chart has at most {@link #maxPoints(int)} points (4 rows of (width − 48) / 10 + 1; 272 at the
 * default width of 720) however many items it is given, and costs one sort of them.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param axis   the vertical position of the axis
 * @param ticks  year marks on the axis
 * @param points the points, left to right, each with where it is drawn, its label, the sentence (or page) it
 *               links to and how many items it stands for
 * @param from   the first year shown
 * @param to     the last year shown
 * @param items  how many items with a known year the chart shows
 */
public record TimelineChart(int width, int height, int axis, List<Tick> ticks, List<Point> points, int from, int to,
        int items) {

    /** A year mark. */
    public record Tick(double x, String label) {
    }

    /**
     * A point: where it is drawn, what it says, where it links, and how many items it stands for (1, or more
     * where items were too close together to draw apart; the label and link are the first one's).
     *
     * @param tip    the label shortened to fit the drawing, for a caption shown on hover and focus
     * @param anchor how that caption lines up with {@code x} so it stays inside: {@code start}, {@code middle}, {@code end}
     */
    public record Point(double x, double y, String label, String href, String tip, String anchor, int count) {
    }

    /** The width of a chart made without one, and the widest the default theme draws. */
    public static final int WIDTH = 720;
    private static final int MARGIN = 24;
    private static final int ROW = 12;
    private static final int MAX_ROWS = 4;
    private static final int TIP = 28;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    /** The least distance between two points of a row. */
    static final int GAP = 10;
    /** The most points a chart {@value #WIDTH} units wide has: {@value #MAX_ROWS} rows of points {@value #GAP} units apart. */
    public static final int MAX_POINTS = MAX_ROWS * ((WIDTH - 2 * MARGIN) / GAP + 1);


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

    /** The most points a chart {@code width} units wide has. */
    public static int maxPoints(int width) {
        return MAX_ROWS * ((width - 2 * MARGIN) / GAP + 1);
    }

    /** The chart of {@code items} drawn {@code width} units wide: fewer year marks when narrow. */
    public static TimelineChart of(List<String[]> items, int width) {
        return of(items, item -> item[0], item -> item[1], item -> item[2], width);
    }

    /**
     * The chart of {@code items}, each read with {@code date}, {@code label} and {@code href}: the label and link
     * are asked for only of the items drawn as points (at most {@link #maxPoints(int)}), so a site's every dated
     * item costs the reading of its date, not the making of its label.
     */
    public static <T> TimelineChart of(List<T> items, java.util.function.Function<T, String> date,
            java.util.function.Function<T, String> label, java.util.function.Function<T, String> href, int width) {
        List<T> kept = new ArrayList<>();
        double[] times = new double[items.size()];
        for (T item : items) {
            Double t = time(date.apply(item));
            if (t != null) {
                times[kept.size()] = t;
                kept.add(item);
            }
        }
        if (kept.size() < 2) {
            return null;
        }
        int[] order = byTime(times, kept.size());
        double min = times[order[0]];
        double max = times[order[order.length - 1]];
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
        double[] rowEnds = new double[MAX_ROWS];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (int i : order) {
            double x = x(times[i], from, span, width);
            int row = 0;
            while (row < MAX_ROWS && x - rowEnds[row] < GAP) {
                row++;
            }
            if (row == MAX_ROWS) {
                Point last = points.get(points.size() - 1);
                points.set(points.size() - 1, new Point(last.x(), last.y(), last.label(), last.href(), last.tip(),
                        last.anchor(), last.count() + 1));
                continue;
            }
            rowEnds[row] = x;
            String anchor = x < width / 3.0 ? "start" : x > width * 2 / 3.0 ? "end" : "middle";
            String text = label.apply(kept.get(i));
            points.add(new Point(x, axis - 8 - row * ROW, text, href.apply(kept.get(i)),
                    shorten(text, Math.max(TIP, width / 8)), anchor, 1));
        }
        return new TimelineChart(width, axis + 28, axis, ticks, points, from, to, kept.size());
    }

    /** The indexes of the first {@code n} times in time order; equal times keep their order. */
    private static int[] byTime(double[] times, int n) {
        double[] distinct = Arrays.copyOf(times, n);
        Arrays.sort(distinct);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[count - 1]) {
                distinct[count++] = distinct[i];
            }
        }
        int[] rank = new int[n];
        int[] starts = new int[count + 1];
        for (int i = 0; i < n; i++) {
            rank[i] = Arrays.binarySearch(distinct, 0, count, times[i]);
            starts[rank[i] + 1]++;
        }
        for (int r = 0; r < count; r++) {
            starts[r + 1] += starts[r];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[starts[rank[i]]++] = i;
        }
        return order;
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
            // read by the characters, not by patterns: the chart reads every dated item of the site
            int length = date.length();
            if (!digits(date, 0, 4) || date.charAt(4) != '-') {
                return null;
            }
            if (length >= 10 && digits(date, 5, 7) && date.charAt(7) == '-' && digits(date, 8, 10)
                    && date.indexOf('\n', 10) < 0 && date.indexOf('\r', 10) < 0 && date.indexOf('\u0085', 10) < 0
                    && date.indexOf('\u2028', 10) < 0 && date.indexOf('\u2029', 10) < 0) {
                LocalDate day = LocalDate.of(year, Integer.parseInt(date, 5, 7, 10), Integer.parseInt(date, 8, 10, 10));
                return year + (day.getDayOfYear() - 0.5) / 366.0;
            }
            if (length == 7 && digits(date, 5, 7)) {
                return year + (Integer.parseInt(date.substring(5, 7)) - 0.5) / 12.0;
            }
            char kind = length > 5 ? date.charAt(5) : ' ';
            char part = length > 6 ? date.charAt(6) : ' ';
            if (length == 7 && kind == 'Q' && part >= '1' && part <= '4') {
                return year + (part - '1' + 0.5) / 4.0;
            }
            if (length == 7 && kind == 'H' && (part == '1' || part == '2')) {
                return year + (part - '1' + 0.5) / 2.0;
            }
            if (length == 8 && kind == 'W' && digits(date, 6, 8)) {
                return year + (Integer.parseInt(date.substring(6)) - 0.5) / 53.0;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether {@code text} has ASCII digits from {@code from} to {@code to}. */
    private static boolean digits(String text, int from, int to) {
        if (text.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
