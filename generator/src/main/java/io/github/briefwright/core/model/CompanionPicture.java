package io.github.briefwright.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The picture on an entity's page, laid out at build time for a template to draw as SVG: the entity in the
 * middle and the entities most often mentioned with it on a ring around it, each joined to the middle by a line
 * whose weight grows with the briefings they share. Coordinates are in SVG units of a {@code width × height}
 * drawing; the first companion (the most shared) is at the top and the others follow clockwise.
 *
 * @param width   the drawing's width
 * @param height  the drawing's height
 * @param x       the middle's horizontal position
 * @param y       the middle's vertical position
 * @param radius  the ring's radius
 * @param name    the entity's name
 * @param type    the entity's type
 * @param label   the name as drawn, shortened when long
 * @param nodes   the companions, most shared first; at most {@link #MAX_NODES}
 */
public record CompanionPicture(int width, int height, double x, double y, double radius, String name, String type,
        String label, List<Node> nodes) {

    /** The most companions a picture shows. */
    public static final int MAX_NODES = 8;
    /** The thinnest and thickest line. */
    public static final double THIN = 1;
    public static final double THICK = 6;
    private static final int WIDTH = 560;
    private static final int HEIGHT = 300;
    private static final double RING = 105;
    private static final int LABEL = 20;

    /**
     * A companion: where it is drawn and where its label goes.
     *
     * @param weight the width of its line, from {@link #THIN} to {@link #THICK}
     * @param anchor how its label lines up with {@code labelX}: {@code start}, {@code middle} or {@code end}
     */
    public record Node(String id, String name, String type, int briefings, double x, double y, double weight,
            String label, double labelX, double labelY, String anchor) {
    }

    public CompanionPicture {
        nodes = List.copyOf(nodes);
    }

    /** The picture of {@code entity}; {@code null} when it has no companions (a dot alone says nothing). */
    public static CompanionPicture of(EntityPage entity) {
        List<EntityPage.Companion> companions = entity.companions().stream().limit(MAX_NODES).toList();
        if (companions.isEmpty()) {
            return null;
        }
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        int most = companions.stream().mapToInt(EntityPage.Companion::briefings).max().orElse(1);
        int least = companions.stream().mapToInt(EntityPage.Companion::briefings).min().orElse(1);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < companions.size(); i++) {
            EntityPage.Companion c = companions.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / companions.size();
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double nx = cx + RING * cos;
            double ny = cy + RING * sin;
            double weight = most == least ? (c.briefings() > 1 ? THICK / 2 : THIN)
                    : THIN + (THICK - THIN) * (c.briefings() - least) / (double) (most - least);
            String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
            double lx = nx + (anchor.equals("middle") ? 0 : cos > 0 ? 12 : -12);
            double ly = ny + (anchor.equals("middle") ? (sin < 0 ? -14 : 22) : 5);
            nodes.add(new Node(c.id(), c.name(), c.type(), c.briefings(), round(nx), round(ny), round(weight),
                    shorten(c.name()), round(lx), round(ly), anchor));
        }
        return new CompanionPicture(WIDTH, HEIGHT, cx, cy, RING, entity.name(), entity.type(), shorten(entity.name()),
                nodes);
    }

    /** A name short enough to draw: cut at a word before {@value #LABEL} characters, with an ellipsis. */
    static String shorten(String name) {
        if (name.length() <= LABEL) {
            return name;
        }
        int cut = name.lastIndexOf(' ', LABEL - 1);
        return name.substring(0, cut > LABEL / 2 ? cut : LABEL - 1).strip() + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
