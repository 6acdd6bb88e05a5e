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
 * {@code .data_model?keys} would) counts as reading them all, {@link #ALL}. A variable some of whose fields are
 * optional in the page's key ({@code entity.companions}: a dotted name) notes the fields read of it too, as
 * dotted names; listing its fields counts as reading it all. One page's; not thread-safe.
 */
final class ReadModel implements TemplateHashModelEx2 {

    /** The names of a record class's components; none for another class. */
    private static final ClassValue<Set<String>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Set.of();
            }
            Set<String> names = new java.util.HashSet<>();
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return Set.copyOf(names);
        }
    };

    /** Stands for every name, when the template listed the model. */
    static final String ALL = "*";

    private final Map<String, Object> model;
    private final ObjectWrapper wrapper;
    private final Map<String, TemplateModel> wrapped = new HashMap<>();
    private final Set<String> read = new java.util.TreeSet<>();
    /** The variables whose fields are noted as read. */
    private final Set<String> withFields;

    ReadModel(Map<String, Object> model, ObjectWrapper wrapper) {
        this(model, wrapper, Set.of());
    }

    /** @param optional the optional names of the page's key: those with a dot name a variable's field */
    ReadModel(Map<String, Object> model, ObjectWrapper wrapper, Set<String> optional) {
        this.model = model;
        this.wrapper = wrapper;
        Set<String> fields = new java.util.HashSet<>();
        for (String name : optional) {
            int dot = name.indexOf('.');
            if (dot > 0) {
                fields.add(name.substring(0, dot));
            }
        }
        this.withFields = fields;
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
            if (withFields.contains(key) && known instanceof freemarker.template.TemplateHashModel hash) {
                known = new Fields(key, hash, model.get(key));
            }
            wrapped.put(key, known);
        }
        return known;
    }

    /**
     * A variable that notes which of its fields are read ({@code name.field}, a field being a component of the
     * record it holds); reading anything else of it (a method such as {@code hashCode}, its text) or listing its
     * fields notes {@code name.*}, everything. It unwraps to the value it wraps, so it can be passed to methods as
     * before, and is text as its value was.
     */
    private final class Fields implements TemplateHashModelEx2, freemarker.template.AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel, freemarker.template.TemplateScalarModel {
        private final String name;
        private final freemarker.template.TemplateHashModel hash;
        private final Object value;

        Fields(String name, freemarker.template.TemplateHashModel hash, Object value) {
            this.name = name;
            this.hash = hash;
            this.value = value;
        }

        @Override
        public TemplateModel get(String field) throws TemplateModelException {
            read.add(COMPONENTS.get(value.getClass()).contains(field) ? name + "." + field : name + ".*");
            return hash.get(field);
        }

        @Override
        public String getAsString() throws TemplateModelException {
            read.add(name + ".*");
            if (hash instanceof freemarker.template.TemplateScalarModel scalar) {
                return scalar.getAsString();
            }
            throw new TemplateModelException(name + " is not text");
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return hash.isEmpty();
        }

        private freemarker.template.TemplateHashModelEx listed() throws TemplateModelException {
            read.add(name + ".*");
            if (hash instanceof freemarker.template.TemplateHashModelEx listable) {
                return listable;
            }
            throw new TemplateModelException(name + " cannot list its fields");
        }

        @Override
        public int size() throws TemplateModelException {
            return listed().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return listed().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return listed().values();
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
            return freemarker.template.utility.TemplateModelUtils.getKeyValuePairIterator(listed());
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return value;
        }

        @Override
        public Object getWrappedObject() {
            return value;
        }
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
