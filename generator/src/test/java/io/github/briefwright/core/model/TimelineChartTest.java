package io.github.briefwright.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    @Test
    void everyPointLiesOnTheAxisBetweenTheFirstAndLastYearMark() {
        TimelineChart chart = TimelineChart.of(List.of(new String[] {"1970", "a", "#a"},
                new String[] {"2023-06-01", "b", "#b"}, new String[] {"2011", "c", "#c"}, new String[] {"--01-05", "d", "#d"}));
        assertEquals(3, chart.points().size(), "an item with no known year is left out");
        double first = chart.ticks().get(0).x();
        double last = chart.ticks().get(chart.ticks().size() - 1).x();
        for (TimelineChart.Point point : chart.points()) {
            assertTrue(point.x() >= first && point.x() <= last, point + " between " + first + " and " + last);
        }
        assertEquals("1970", chart.ticks().get(0).label());
        assertTrue(Integer.parseInt(chart.ticks().get(chart.ticks().size() - 1).label()) >= 2024);
    }

    @Test
    void nearItemsAreStackedAndOneItemMakesNoChart() {
        TimelineChart chart = TimelineChart.of(List.of(new String[] {"2020-01-01", "a", "#a"},
                new String[] {"2020-01-02", "b", "#b"}, new String[] {"2021", "c", "#c"}));
        assertTrue(chart.points().get(0).y() != chart.points().get(1).y());
        assertNull(TimelineChart.of(List.<String[]>of(new String[] {"2020", "a", "#a"})));
    }

    @Test
    void aHundredThousandDatesMakeAtMostTheCapOfPointsSortedAndApart() {
        List<String[]> items = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            items.add(new String[] {LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000)).toString(), "d" + i, "#s" + i});
        }
        items.add(new String[] {"--03-04", "no year", "#x"});
        TimelineChart chart = TimelineChart.of(items);

        assertEquals(100_000, chart.items());
        assertTrue(chart.points().size() <= TimelineChart.MAX_POINTS, chart.points().size() + " points");
        assertEquals(272, TimelineChart.MAX_POINTS, "4 rows of points 10 units apart on a chart 720 units wide");
        assertEquals(100_000, chart.points().stream().mapToInt(TimelineChart.Point::count).sum(),
                "every item is drawn or counted into a point");
        assertApartAndSorted(chart);
    }

    @Test
    void sparseItemsAreEachTheirOwnPointInDateOrder() {
        TimelineChart chart = TimelineChart.of(List.of(new String[] {"2011", "c", "#c"},
                new String[] {"1970", "a", "#a"}, new String[] {"1990-05", "b", "#b"}));
        assertEquals(List.of("a", "b", "c"), chart.points().stream().map(TimelineChart.Point::label).toList());
        assertTrue(chart.points().stream().allMatch(p -> p.count() == 1));
        assertEquals(3, chart.items());
    }

    @Test
    void itemsOfOneDayBeyondTheRowsAreCountedIntoOnePoint() {
        List<String[]> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new String[] {"2020-03-0" + (i % 2 + 1), "i" + i, "#i" + i});
        }
        items.add(new String[] {"2030", "late", "#late"});
        TimelineChart chart = TimelineChart.of(items);
        assertEquals(5, chart.points().size(), chart.points().toString());
        assertEquals(List.of(1, 1, 1, 7, 1), chart.points().stream().map(TimelineChart.Point::count).toList());
        assertEquals("i0", chart.points().get(0).label(), "items of the same day keep their order");
        assertApartAndSorted(chart);
    }

    /** Points left to right, and no two of one row closer than the gap. */
    private static void assertApartAndSorted(TimelineChart chart) {
        Map<Double, Double> rowEnds = new HashMap<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (TimelineChart.Point point : chart.points()) {
            assertTrue(point.x() >= previous, "sorted: " + point);
            previous = point.x();
            Double end = rowEnds.put(point.y(), point.x());
            assertTrue(end == null || point.x() - end >= TimelineChart.GAP, point + " overlaps a point at " + end);
            assertTrue(point.y() < chart.axis(), "above the axis");
        }
        assertTrue(rowEnds.size() <= 4, "at most four rows");
    }

    @Test
    void readsADateAsTheFormerPatternsDid() {
        java.util.regex.Pattern day = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
        java.util.regex.Pattern month = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
        java.util.regex.Pattern quarter = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");
        java.util.regex.Pattern half = java.util.regex.Pattern.compile("\\d{4}-H[12]");
        java.util.regex.Pattern week = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");
        java.util.List<String> dates = new java.util.ArrayList<>(java.util.List.of("2021", "2021-03", "2021-03-04",
                "2021-03-04T10:00:00+02:00", "2021-Q2", "2021-Q5", "2021-H2", "2021-H3", "2021-W07", "2021-W7",
                "2021-3-04", "2021-03-4", "21-03-04", "2021/03/04", "2021-03-04\nx", "--03-04", "+202", "2021-",
                "2021-0a", "2021-02-30", "١٢٣٤-01-02", "2021-Q", "2021-W0x"));
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789-QHWT:+ \n";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder("20" + random.nextInt(10) + random.nextInt(10));
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            dates.add(text.toString());
        }
        for (String date : dates) {
            Double expected = null;
            if (date.length() == 4) {
                expected = TimelineChart.time(date);
            } else if (date.length() >= 4 && !date.startsWith("--")) {
                try {
                    int year = Integer.parseInt(date.substring(0, 4));
                    if (day.matcher(date).matches()) {
                        expected = year + (java.time.LocalDate.of(year, Integer.parseInt(date.substring(5, 7)),
                                Integer.parseInt(date.substring(8, 10))).getDayOfYear() - 0.5) / 366.0;
                    } else if (month.matcher(date).matches()) {
                        expected = year + (Integer.parseInt(date.substring(5, 7)) - 0.5) / 12.0;
                    } else if (quarter.matcher(date).matches()) {
                        expected = year + (date.charAt(6) - '1' + 0.5) / 4.0;
                    } else if (half.matcher(date).matches()) {
                        expected = year + (date.charAt(6) - '1' + 0.5) / 2.0;
                    } else if (week.matcher(date).matches()) {
                        expected = year + (Integer.parseInt(date.substring(6)) - 0.5) / 53.0;
                    }
                } catch (RuntimeException e) {
                    expected = null;
                }
            }
            assertEquals(expected, TimelineChart.time(date), date);
        }
    }
}
