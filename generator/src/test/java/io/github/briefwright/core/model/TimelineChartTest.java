package io.github.briefwright.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
