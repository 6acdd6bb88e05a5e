package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wrapper that reads a record's components through method handles shows templates what FreeMarker's default
 * wrapper shows them: each expression below prints the same with both.
 */
class ModelWrapperTest {

    /** A record as the model has them: text, numbers, flags, lists, a nested record, a null, a method. */
    public record Item(String text, int count, boolean first, List<String> tags, Inner inner, String missing,
            Boolean maybe, long big, Map<String, String> attributes) {
        public String shout() {
            return text.toUpperCase(java.util.Locale.ROOT);
        }

        public int twice() {
            return count * 2;
        }
    }

    public record Inner(String name, double share) {
    }

    /** A component with a bean getter of the same name: the default wrapper decides which one a template reads. */
    public record Clash(String value) {
        public String getValue() {
            return "from the getter";
        }
    }

    private record Hidden(String secret) {
    }

    private static final String TEMPLATE = String.join("|",
            "${item.text}", "${item.count}", "${item.count?c}", "${item.first?c}", "${item.tags?join(',')}",
            "${item.tags?size}", "${item.inner.name}", "${item.inner.share}", "${(item.missing)!'none'}",
            "${(item.missing??)?c}", "${(item.text??)?c}", "${item.shout}", "${item.twice}",
            "${item?has_content?c}", "${item?is_hash?c}", "${item?is_string?c}", "${item.inner?is_hash_ex?c}",
            "${item?keys?size}", "<#list item?keys?sort as k>${k},</#list>",
            "${clash.value}", "${hidden.secret!'hidden'}",
            "<#list items as i>${i.text}:${i.count};</#list>", "${items?filter(i -> i.first)?size}",
            "${items?sort_by('count')?map(i -> i.text)?join(',')}", "${(item.maybe!true)?c}", "${item.big}",
            "${item.attributes.k}", "${item.attributes?size}", "${items[1].maybe?c}", "${(items[1].big < 0)?c}");

    @Test
    void templatesSeeRecordsAsTheDefaultWrapperShowsThem() throws Exception {
        Item a = new Item("alpha", 2, true, List.of("x", "y"), new Inner("in", 0.5), null, null, 1L << 40, Map.of("k", "v"));
        Item b = new Item("beta", 1, false, List.of(), new Inner("other", 1.25), "here", false, -1, Map.of());
        Map<String, Object> model = Map.of("item", a, "items", List.of(a, b), "clash", new Clash("component"),
                "hidden", new Hidden("s"));
        String standard = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), model);
        String fast = render(new ModelWrapper(Configuration.VERSION_2_3_34), model);
        assertEquals(standard, fast);
        assertEquals("alpha|2|2|true|x,y|2|in|0.5|none|false|true|ALPHA|4|true|true|true|true|16|attributes,big,class,"
                + "count,equals,first,getClass,hashCode,inner,maybe,missing,shout,tags,text,toString,twice,|component|"
                + "hidden|alpha:2;beta:1;|1|"
                + "beta,alpha|true|1099511627776|v|1|false|true", fast);
    }

    @Test
    void aPublicRecordIsReadThroughItsHandlesAndAnyOtherValueAsBefore() throws Exception {
        ModelWrapper wrapper = new ModelWrapper(Configuration.VERSION_2_3_34);
        assertEquals("RecordModel", wrapper.wrap(new Inner("n", 1)).getClass().getSimpleName());
        assertInstanceOf(freemarker.ext.beans.BeanModel.class, wrapper.wrap(new Hidden("s")));
        assertInstanceOf(freemarker.ext.beans.BeanModel.class, wrapper.wrap(new StringBuilder("not a record")));
    }

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(wrapper);
        configuration.setNumberFormat("computer");
        configuration.setLocale(java.util.Locale.ROOT);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(TEMPLATE), configuration).process(model, out);
        return out.toString();
    }
}
