package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.CompanionPicture;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.SiteInfo;
import io.github.briefwright.core.model.TimelineChart;
import io.github.briefwright.core.model.TimelineEntry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data templates receive is documented: every field of every value that reaches a template (found by
 * walking the records from the model's roots) is named in {@code docs/templates.md} or, for the briefing's own
 * fields, {@code docs/briefing-json.md}. A field added to the model without a word in the docs fails here.
 */
class TemplateModelDocumentedTest {

    private static final List<Class<?>> ROOTS = List.of(Briefing.class, BriefingSummary.class, EntityPage.class,
            SiteInfo.class, TimelineChart.class, TimelineEntry.class, CompanionPicture.class,
            io.github.briefwright.core.model.Collection.class);

    @Test
    void everyFieldTemplatesCanReachIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("../docs/templates.md")) + Files.readString(Path.of("../docs/briefing-json.md"));
        List<String> undocumented = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(ROOTS);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (!Pattern.compile("\\b" + Pattern.quote(component.getName()) + "\\b").matcher(docs).find()) {
                    undocumented.add(type.getSimpleName() + "." + component.getName());
                }
                todo.addAll(types(component.getGenericType()));
            }
        }
        assertEquals(List.of(), undocumented, "fields templates receive that docs/templates.md does not mention");
    }

    private static List<Class<?>> types(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c) {
            found.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(types(argument));
            }
        }
        return found;
    }
}
