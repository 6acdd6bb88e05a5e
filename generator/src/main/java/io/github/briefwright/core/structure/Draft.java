package io.github.briefwright.core.structure;

import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Removed;
import java.util.List;

/**
 * A seed after cleaning and structuring.
 *
 * @param seed    the seed it came from
 * @param text    the body after text hygiene (line ends, invisible characters)
 * @param blocks  the body's blocks for a raw paste; empty for Markdown, whose structure the parse stage reads
 * @param removed    noise taken out of the text, kept with the reason, in the order it stood
 * @param head       title, dek, byline, date and source found at the top of a raw paste (and bios at its end)
 * @param pullQuotes paragraphs found to repeat another paragraph's text, taken out of the body
 */
public record Draft(Seed seed, String text, List<Block> blocks, List<Removed> removed, Head head,
        List<PullQuoteMark> pullQuotes) {
    public Draft {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        pullQuotes = List.copyOf(pullQuotes);
    }
}
