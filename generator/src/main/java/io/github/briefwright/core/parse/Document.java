package io.github.briefwright.core.parse;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.structure.Draft;
import java.util.List;

/** A seed's body as a flat list of blocks, whatever its format. */
public record Document(Draft draft, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }
}
