package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Removed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    private static final String BODY = "The council met on Tuesday to discuss the budget for the coming year, and it "
            + "agreed on most of the points that the mayor had raised in the spring.";
    private static final String OTHER = "Residents who spoke at the meeting asked for more money for the libraries and "
            + "for the repair of the roads in the north of the town, which flood every winter.";
    private static final String PASTE = "Council agrees budget\n\n" + BODY + "\n\n" + OTHER + "\n\n" + BODY.replace("Tuesday",
            "Wednesday") + "\n\nMost Popular Today\n\n  • Campanha\n  • Cultura\n  • Eventos\n"
            + "  • Meio Ambiente\n";

    private static Seed seed(String name, SeedFormat format, String text) {
        return new Seed(name, Path.of(name), format, text, 1, FrontMatter.NONE, List.of());
    }

    private static List<String> body(Draft draft) {
        List<String> texts = new ArrayList<>();
        for (Block block : draft.blocks()) {
            texts.addAll(block.items().isEmpty() ? List.of(block.text()) : block.items());
        }
        return texts;
    }

    @Test
    void furnitureAfterTheTextGoesWithItsReasonAndTheTextStays() {
        Draft draft = new Structurer().structure(seed("a.txt", SeedFormat.TXT, PASTE));
        List<String> body = body(draft);
        assertTrue(body.contains(BODY) && body.contains(OTHER), body.toString());
        List<String> furniture = draft.removed().stream().filter(r -> r.reason().equals(PageFurniture.REASON))
                .map(Removed::text).toList();
        assertTrue(furniture.contains("Cultura") && furniture.contains("Eventos"), draft.removed().toString());
        assertFalse(body.contains("Eventos"), body.toString());
    }

    /**
     * A short line the model takes for furniture stays as a heading only right over the text: not with a caption the
     * rules took out between them (a share bar's "Save" over a photo's caption over the text).
     */
    @Test
    void aShortLineOverACaptionTheRulesTookIsNoHeadingOfTheText() {
        String share = "Слушай статията\nСподели\nЗапази\n\n";
        String caption = "Етикетите в магазините вече трябва да показват цената и в левове, и в евро. Снимка: Мартин "
                + "Христов\n\n";
        String text = "Двойните цени вече са задължителни\n\nДесислава Петрова\n\n12.08.2025, 14:30\n\n" + share
                + caption + "От 8 август търговците в България са длъжни да обявяват цените на стоките и услугите "
                + "едновременно в левове и в евро. Това е първата стъпка към еврото.\n\nПрез последните дни читатели "
                + "ни изпратиха десетки въпроси – от това дали заплатите ще намалеят до това какво да правят с "
                + "левовете си.\n";
        Draft draft = new Structurer().structure(seed("a.txt", SeedFormat.TXT, text));
        assertFalse(body(draft).contains("Запази"), body(draft).toString());
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("photo-credit")),
                draft.removed().toString());
    }

    @Test
    void disablingPageFurnitureTurnsTheClassifierOff() {
        NoiseRules rules = NoiseRules.of(List.of(PageFurniture.REASON), List.of());
        assertFalse(rules.furniture());
        Draft draft = new Structurer(rules).structure(seed("a.txt", SeedFormat.TXT, PASTE));
        assertTrue(draft.removed().stream().noneMatch(r -> r.reason().equals(PageFurniture.REASON)));
        assertTrue(body(draft).contains("Eventos"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> NoiseRules.of(List.of("furniture"), List.of()));
        assertTrue(unknown.getMessage().contains(PageFurniture.REASON), unknown.getMessage());
    }

    @Test
    void markdownIsNeverJudged() {
        Draft draft = new Structurer().structure(seed("a.md", SeedFormat.MD, PASTE));
        assertTrue(draft.removed().isEmpty());
        assertTrue(new Structurer().furnitureUnits(seed("a.md", SeedFormat.MD, PASTE)).isEmpty());
    }

    @Test
    void everyUnitHasEveryFeatureAndAnUndecidedUnitFollowsItsNeighbours() {
        List<BlockFeatures.Unit> units = List.of(new BlockFeatures.Unit(BODY, false, 0),
                new BlockFeatures.Unit("Reply", false, 0), new BlockFeatures.Unit("Tags", false, 0));
        double[][] features = BlockFeatures.of(units);
        assertEquals(3, features.length);
        assertEquals(BlockFeatures.NAMES.size(), features[0].length);
        double[] weights = new double[BlockFeatures.NAMES.size()];
        weights[BlockFeatures.NAMES.indexOf("up-to-six-words")] = 1;
        // p = 0.73 for the short units, 0.5 for the long one: with remove 0.7 and keep 0.6, the short ones are
        // furniture and the long one is body.
        boolean[] furniture = new PageFurniture(0, weights, 0.7, 0.6, 0.7).furniture(units);
        assertFalse(furniture[0]);
        assertTrue(furniture[1] && furniture[2]);
        // between keep and remove, a unit takes its neighbours' class when they are furniture, and stays otherwise
        double[] shape = new double[BlockFeatures.NAMES.size()];
        shape[BlockFeatures.NAMES.indexOf("up-to-six-words")] = 2;
        shape[BlockFeatures.NAMES.indexOf("25-words-or-more")] = -2;
        BlockFeatures.Unit medium = new BlockFeatures.Unit("The mayor said that the plan would be ready by June.",
                false, 0);
        PageFurniture model = new PageFurniture(0, shape, 0.7, 0.3, 0.7);
        boolean[] between = model.furniture(List.of(units.get(1), medium, units.get(2), units.get(0)));
        assertTrue(between[0] && between[1] && between[2] && !between[3], "undecided between furniture");
        boolean[] inside = model.furniture(List.of(units.get(0), medium, new BlockFeatures.Unit(OTHER, false, 0)));
        assertFalse(inside[0] || inside[1] || inside[2], "undecided between body");
        // what the rules took out right before a unit is a neighbour decided as furniture: an undecided unit between
        // a taken block and a furniture unit is furniture, between a taken block and body it stays
        List<BlockFeatures.Unit> taken = List.of(units.get(0), medium, units.get(1));
        assertFalse(model.furniture(taken)[1], "undecided between body and furniture");
        assertTrue(model.furniture(taken, new boolean[] {false, true, false})[1], "a taken block before it");
        List<BlockFeatures.Unit> reversed = List.of(units.get(1), medium, units.get(0));
        assertFalse(model.furniture(reversed)[1], "undecided between furniture and body");
        assertTrue(model.furniture(reversed, new boolean[] {false, false, true})[1], "a taken block after it");
        assertFalse(model.furniture(List.of(units.get(0), medium, new BlockFeatures.Unit(OTHER, false, 0)),
                new boolean[] {false, true, false})[1], "a taken block before it, body after");
        // everything furniture would leave nothing: nothing is taken
        boolean[] none = new PageFurniture(5, weights, 0.5, 0.5, 0.5).furniture(units);
        assertFalse(none[0] || none[1] || none[2]);
    }

    @Test
    void chineseAndJapaneseCountCharactersAsWords() {
        assertEquals(5, BlockFeatures.words("再起動して").size());
        assertEquals(List.of("It's", "a", "test"), BlockFeatures.words("It's a test."));
    }
}
