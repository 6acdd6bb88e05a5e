package io.github.briefwright.core.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with a faster way to a record's components: {@code part.text} calls the
 * record's accessor through a method handle made once per class, where the default makes a bean model for the
 * record at every access, looks the name up in its introspection of the class and calls the accessor by
 * reflection, checking access each time (a fifth of rendering a large site). What a template sees is the same: a
 * component's value wrapped as the default wraps it, and every other name (a method, a bean property), listing
 * the record's keys and printing it as text left to the default's bean model.
 */
final class ModelWrapper extends DefaultObjectWrapper {

    /** Each public record class's components that a template reads through a handle; none for other classes. */
    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            return components(type);
        }
    };

    /** How a component's value is wrapped, told once from its declared type: as the default wraps such a value. */
    private enum Kind {
        TEXT, FLAG, NUMBER, LIST, ANY
    }

    private record Component(MethodHandle accessor, Kind kind) {
    }

    ModelWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    /**
     * As the default wraps {@code value}, with a string and a record told apart first: the default's chain of type
     * tests ({@code TemplateModel}, {@code Number}, {@code Collection}, {@code List}, …) is itself a cost when run
     * for every value a page prints.
     */
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value != null) {
            Map<String, Component> components = COMPONENTS.get(value.getClass());
            if (!components.isEmpty()) {
                return new RecordModel(value, components, this);
            }
        }
        return super.wrap(value);
    }

    /** A component's value, wrapped as the default would, without its chain of type tests where the type says. */
    private TemplateModel wrap(Object value, Kind kind) throws TemplateModelException {
        if (value == null) {
            return super.wrap(null);
        }
        return switch (kind) {
            case TEXT -> new SimpleScalar((String) value);
            case FLAG -> (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case NUMBER -> new SimpleNumber((Number) value);
            case LIST -> getUseAdaptersForContainers() ? DefaultListAdapter.adapt((java.util.List<?>) value, this)
                    : super.wrap(value);
            case ANY -> wrap(value);
        };
    }

    /** The bean model the default wrapper makes of {@code value}. */
    private TemplateModel beanModel(Object value) throws TemplateModelException {
        return handleUnknownType(value);
    }

    private static Map<String, Component> components(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
            return Map.of();
        }
        for (Class<?> special : new Class<?>[] {TemplateModel.class, java.util.Collection.class, Map.class,
            java.util.Iterator.class, java.util.Enumeration.class, Iterable.class}) {
            if (special.isAssignableFrom(type)) {
                return Map.of(); // the default wraps such a record otherwise than as a bean
            }
        }
        Map<String, Component> handles = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (hasMethod(type, "get" + capitalised) || hasMethod(type, "is" + capitalised)) {
                continue; // a bean property of the same name: the default decides which it reads
            }
            try {
                handles.put(name, new Component(lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class)), kind(component.getType())));
            } catch (IllegalAccessException e) {
                return Map.of(); // not accessible from here: the default wrapper's way
            }
        }
        return Map.copyOf(handles);
    }

    private static Kind kind(Class<?> type) {
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.FLAG;
        }
        if (type == int.class || type == long.class || type == double.class || type == Integer.class
                || type == Long.class || type == Double.class) {
            return Kind.NUMBER;
        }
        return type == java.util.List.class ? Kind.LIST : Kind.ANY;
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }

    /** A record as a template sees it. */
    private static final class RecordModel
            implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Object record;
        private final Map<String, Component> components;
        private final ModelWrapper wrapper;
        private TemplateHashModelEx bean;

        RecordModel(Object record, Map<String, Component> components, ModelWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Component component = components.get(key);
            if (component == null) {
                return bean().get(key);
            }
            Object value;
            try {
                value = component.accessor().invokeExact(record);
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
            }
            return wrapper.wrap(value, component.kind());
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return bean().isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        /** The default's bean model of the record (a hash and a text), made when first asked for. */
        private TemplateHashModelEx bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModelEx) wrapper.beanModel(record);
            }
            return bean;
        }
    }
}
