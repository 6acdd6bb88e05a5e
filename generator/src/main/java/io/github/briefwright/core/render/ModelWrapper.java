package io.github.briefwright.core.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
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
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return components(type);
        }
    };

    ModelWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        Map<String, MethodHandle> components = COMPONENTS.get(value.getClass());
        return components.isEmpty() ? super.handleUnknownType(value) : new RecordModel(value, components, this);
    }

    /** The bean model the default wrapper makes of {@code value}. */
    private TemplateModel beanModel(Object value) throws TemplateModelException {
        return super.handleUnknownType(value);
    }

    private static Map<String, MethodHandle> components(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
            return Map.of();
        }
        Map<String, MethodHandle> handles = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (hasMethod(type, "get" + capitalised) || hasMethod(type, "is" + capitalised)) {
                continue; // a bean property of the same name: the default decides which it reads
            }
            try {
                handles.put(name, lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException e) {
                return Map.of(); // not accessible from here: the default wrapper's way
            }
        }
        return Map.copyOf(handles);
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
        private final Map<String, MethodHandle> components;
        private final ModelWrapper wrapper;
        private TemplateModel bean;

        RecordModel(Object record, Map<String, MethodHandle> components, ModelWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return ((TemplateHashModelEx) bean()).get(key);
            }
            Object value;
            try {
                value = accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
            }
            return wrapper.wrap(value);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).values();
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

        private TemplateModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return bean;
        }
    }
}
