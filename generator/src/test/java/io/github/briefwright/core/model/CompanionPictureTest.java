package io.github.briefwright.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanionPictureTest {

    private static EntityPage entity(int... shared) {
        List<EntityPage.Companion> companions = new ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            companions.add(new EntityPage.Companion("c" + i, "Companion " + i, i % 2 == 0 ? "person" : "place", shared[i]));
        }
        return new EntityPage("iraq", "Iraq", "place", null, null, List.of(), 3, companions);
    }

    @Test
    void theEntityIsInTheMiddleAndItsCompanionsOnARingAroundIt() {
        CompanionPicture picture = CompanionPicture.of(entity(5, 4, 3, 2, 1));
        assertEquals(picture.width() / 2.0, picture.x());
        assertEquals(picture.height() / 2.0, picture.y());
        assertEquals("Iraq", picture.label());
        assertEquals(5, picture.nodes().size());
        for (CompanionPicture.Node node : picture.nodes()) {
            double distance = Math.hypot(node.x() - picture.x(), node.y() - picture.y());
            assertEquals(picture.radius(), distance, 0.2, node.toString());
            assertTrue(node.x() > 0 && node.x() < picture.width() && node.y() > 0 && node.y() < picture.height(), node.toString());
        }
        CompanionPicture.Node first = picture.nodes().get(0);
        assertEquals(picture.x(), first.x(), 0.01, "the most shared companion is at the top");
        assertTrue(first.y() < picture.y());
        assertEquals("middle", first.anchor());
        assertTrue(first.labelY() < first.y(), "a label at the top is above its dot");
        assertEquals("start", picture.nodes().get(1).anchor(), "right of the middle, a label starts at its dot");
        assertEquals("end", picture.nodes().get(4).anchor(), "left of the middle, a label ends at its dot");
    }

    @Test
    void linesWeighMoreTheMoreBriefingsAreShared() {
        CompanionPicture picture = CompanionPicture.of(entity(6, 3, 3, 1));
        List<Double> weights = picture.nodes().stream().map(CompanionPicture.Node::weight).toList();
        assertEquals(CompanionPicture.THICK, weights.get(0));
        assertEquals(CompanionPicture.THIN, weights.get(3));
        assertTrue(weights.get(1) > weights.get(3) && weights.get(1) < weights.get(0));
        assertEquals(weights.get(1), weights.get(2));
        CompanionPicture even = CompanionPicture.of(entity(1, 1));
        assertTrue(even.nodes().stream().allMatch(n -> n.weight() == CompanionPicture.THIN), "one shared briefing each: thin lines");
    }

    @Test
    void atMostEightCompanionsAndNoneMakesNoPicture() {
        assertEquals(CompanionPicture.MAX_NODES, CompanionPicture.of(entity(9, 8, 7, 6, 5, 4, 3, 2, 2, 1, 1)).nodes().size());
        assertNull(CompanionPicture.of(entity()));
    }

    @Test
    void longNamesAreShortenedAtAWordForTheDrawingOnly() {
        assertEquals("Islamic Revolutiona…", CompanionPicture.shorten("Islamic Revolutionary Guard Corps"));
        assertEquals("Adel Abdul-Mahdi", CompanionPicture.shorten("Adel Abdul-Mahdi"));
        assertEquals("Ayatollah Ali…", CompanionPicture.shorten("Ayatollah Ali al-Sistani of Najaf"));
        assertEquals("Iraq", CompanionPicture.shorten("Iraq"));
        CompanionPicture picture = CompanionPicture.of(new EntityPage("x", "Islamic Revolutionary Guard Corps",
                "organisation", null, null, List.of(), 1, List.of(new EntityPage.Companion("y", "Y", "place", 1))));
        assertEquals("Islamic Revolutionary Guard Corps", picture.name());
        assertTrue(picture.label().endsWith("…"));
    }
}
