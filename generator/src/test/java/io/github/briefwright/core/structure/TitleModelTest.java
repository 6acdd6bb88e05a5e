package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Block;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weights of the title candidates: loading them, and what the features say. */
class TitleModelTest {

    @TempDir
    Path folder;

    @Test
    void withoutTheResourceTheHandWeightsScore() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            assertSame(TitleModel.hand(), TitleModel.load(loader, TitleModel.RESOURCE));
        }
    }

    @Test
    void theResourceGivesOneWeightAFeature() throws IOException {
        StringBuilder text = new StringBuilder("# provenance\n");
        for (int k = 0; k < TitleModel.FEATURES.size(); k++) {
            text.append("weight.").append(TitleModel.FEATURES.get(k)).append('=').append(k / 4.0).append('\n');
        }
        write(text.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            TitleModel model = TitleModel.load(loader, TitleModel.RESOURCE);
            assertEquals(TitleModel.RESOURCE, model.source());
            assertEquals(2.25, model.weights()[9]);
        }
    }

    @Test
    void aResourceWithoutAWeightFailsClearly() throws IOException {
        write("weight.one-or-two-words=-1.5\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TitleModel.load(loader, TitleModel.RESOURCE));
            assertTrue(e.getMessage().contains("weight.three-words"), e.getMessage());
        }
    }

    @Test
    void aModelNeedsOneWeightAFeature() {
        assertThrows(IllegalArgumentException.class, () -> TitleModel.of(new double[] {1, 2}));
        assertArrayEquals(TitleModel.HAND, TitleModel.hand().weights());
    }

    @Test
    void theFeaturesSayWhereAndWhatACandidateIs() {
        List<Block> blocks = BlockSplitter.split("Home\n\nA Council That Cannot Agree on Its Budget\n\nBy Jane Doe\n\n"
                + HeadOf.BODY.replace("budget", "council budget"), 1, line -> false);
        int end = 0;
        while (!HeadReader.isBodyParagraph(blocks.get(end))) {
            end++;
        }
        List<TitleModel.Candidate> candidates = Titles.candidates(blocks, end,
                block -> block.kind() == Block.Kind.PARAGRAPH && !Titles.isMeta(block), -1, null);
        List<String> texts = new ArrayList<>();
        candidates.forEach(c -> texts.add(c.text()));
        assertEquals(List.of("Home", "A Council That Cannot Agree on Its Budget"), texts);
        double[] home = candidates.get(0).features();
        double[] headline = candidates.get(1).features();
        assertEquals(1, home[TitleModel.FEATURES.indexOf("one-or-two-words")]);
        // a short label over a headline with its byline under it is not counted as the first candidate
        assertEquals(0, home[TitleModel.FEATURES.indexOf("first-candidate")]);
        assertEquals(1, headline[TitleModel.FEATURES.indexOf("first-candidate")]);
        assertEquals(1, headline[TitleModel.FEATURES.indexOf("meta-next")]);
        // "council" and "budget" of its five words of four letters or more stand in the body
        assertEquals(0.4, headline[TitleModel.FEATURES.indexOf("body-overlap")], 1e-9);
        assertTrue(TitleModel.hand().score(headline) > TitleModel.hand().score(home));
    }

    private void write(String text) throws IOException {
        Path file = folder.resolve(TitleModel.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
