package io.github.briefwright.core.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's data model as a template sees it, which notes the names the template reads: every top-level variable a
 * template (or a template it includes or imports) uses is looked up here, so a page whose template left a
 * variable unread would render the same whatever that variable held. Listing the model's names or values (as
 * {@code .data_model?keys} would) counts as reading them all, {@link #ALL}. One page's; not thread-safe.
 */
final class ReadModel implements TemplateHashModelEx2 {

    /** Stands for every name, when the template listed the model. */
    static final String ALL = "*";

    private final Map<String, Object> model;
    private final ObjectWrapper wrapper;
    private final Map<String, TemplateModel> wrapped = new HashMap<>();
    private final Set<String> read = new java.util.TreeSet<>();

    ReadModel(Map<String, Object> model, ObjectWrapper wrapper) {
        this.model = model;
        this.wrapper = wrapper;
    }

    /** The names read so far, {@link #ALL} among them when the template listed the model. */
    Set<String> read() {
        return read;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        read.add(key);
        TemplateModel known = wrapped.get(key);
        if (known == null && model.containsKey(key)) {
            known = wrapper.wrap(model.get(key));
            wrapped.put(key, known);
        }
        return known;
    }

    @Override
    public boolean isEmpty() {
        return model.isEmpty();
    }

    @Override
    public int size() {
        return model.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        read.add(ALL);
        return new SimpleCollection(new ArrayList<>(model.keySet()), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        read.add(ALL);
        List<TemplateModel> values = new ArrayList<>(model.size());
        for (String key : model.keySet()) {
            values.add(get(key));
        }
        return new SimpleCollection(values, wrapper);
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() {
        read.add(ALL);
        var entries = new ArrayList<>(model.keySet()).iterator();
        return new KeyValuePairIterator() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public KeyValuePair next() throws TemplateModelException {
                String key = entries.next();
                TemplateModel value = get(key);
                return new KeyValuePair() {
                    @Override
                    public TemplateModel getKey() throws TemplateModelException {
                        return wrapper.wrap(key);
                    }

                    @Override
                    public TemplateModel getValue() {
                        return value;
                    }
                };
            }
        };
    }
}
