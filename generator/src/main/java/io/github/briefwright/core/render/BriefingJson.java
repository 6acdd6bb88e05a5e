package io.github.briefwright.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.briefwright.core.model.Briefing;
import java.io.IOException;
import java.io.Writer;

/** Writes a briefing as {@code briefing.json} (schema {@value Briefing#SCHEMA}); every contract field present. */
public final class BriefingJson {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writerFor(Briefing.class);

    private BriefingJson() {
    }

    public static void write(Briefing briefing, Writer out) throws IOException {
        WRITER.writeValue(out, briefing);
        out.write('\n');
    }
}
