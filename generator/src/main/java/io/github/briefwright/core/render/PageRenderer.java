package io.github.briefwright.core.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.SitePaths;
import io.github.briefwright.core.analyse.Slugs;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.Collection;
import io.github.briefwright.core.model.CompanionPicture;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.SiteInfo;
import io.github.briefwright.core.model.TimelineChart;
import io.github.briefwright.core.model.TimelineEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the theme's FreeMarker templates. The data model each template receives is documented in
 * {@code docs/templates.md}. Each kind of page is first planned as a {@link Page}, whose data model is made only
 * when it is rendered; {@link #render(Page, Writer)} renders one. Thread-safe, so pages may be rendered in
 * parallel: FreeMarker's configuration and templates are, and every page gets a data model of its own.
 */
public final class PageRenderer {

    /** The width of a briefing's own timeline chart: it is drawn in the "At a glance" panel, narrower than the text. */
    private static final int BRIEFING_CHART = 260;

    private final Theme theme;
    private final SiteInfo site;
    private final Object paths;

    public PageRenderer(Theme theme, SiteInfo site) {
        this.theme = theme;
        this.site = site;
        this.paths = paths(theme);
    }

    /** {@link SitePaths}' methods, for templates: {@code ${root}${paths.entity(e.id)}}. */
    private static Object paths(Theme theme) {
        try {
            return ((freemarker.ext.beans.BeansWrapper) theme.freemarker().getObjectWrapper()).getStaticModels()
                    .get(SitePaths.class.getName());
        } catch (freemarker.template.TemplateModelException | ClassCastException e) {
            throw new IllegalStateException("cannot give templates the site's paths", e);
        }
    }

    /**
     * Page {@code page} of the home page's list.
     *
     * @param page  1-based
     * @param pages how many pages the list has
     */
    public Page index(List<BriefingSummary> briefings, int page, int pages) {
        String path = SitePaths.homePage(page);
        return Page.template(path, "index.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("briefings", briefings);
            model.put("pagination", pagination(SitePaths::homePage, page, pages));
            return model;
        }, null);
    }

    /** The entity index: every entity, grouped by type by the template. */
    public Page entities(List<EntityPage> entities) {
        String path = SitePaths.entities();
        return Page.template(path, "entities.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("entities", entities);
            return model;
        }, null);
    }

    /**
     * Page {@code page} of an entity's page: the entity, and the {@code size} appearances of that page in
     * {@code appearances}.
     */
    public Page entity(EntityPage entity, int page, int size) {
        int pages = pages(entity.briefings().size(), size);
        String path = SitePaths.entityPage(entity.id(), page);
        return Page.template(path, "entity.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("entity", entity);
            model.put("appearances", slice(entity.briefings(), page, size));
            model.put("pagination", pagination(n -> SitePaths.entityPage(entity.id(), n), page, pages));
            model.put("picture", CompanionPicture.of(entity));
            return model;
        }, null);
    }

    /** One briefing's page, with its related briefings. */
    public Page briefing(Briefing briefing, List<BriefingSummary> related) {
        return briefing(briefing.slug(), briefing.sourceFile(), () -> briefing, related);
    }

    /**
     * One briefing's page, with its related briefings: the briefing with {@code slug}, from {@code source}, given
     * by {@code held} when the page is rendered.
     */
    public Page briefing(String slug, String source, java.util.function.Supplier<Briefing> held,
            List<BriefingSummary> related) {
        String path = SitePaths.briefing(slug);
        return Page.template(path, "briefing.ftlh", () -> {
            Briefing briefing = held.get();
            Map<String, Object> model = model(path);
            model.put("briefing", briefing);
            model.put("inline", Inline.of(briefing));
            model.put("related", related);
            model.put("chart", TimelineChart.of(briefing.timeline().stream()
                    .filter(t -> t.date() != null && t.yearKnown())
                    .map(t -> new String[] {t.date(), t.label() + ": " + t.text(), "#" + t.sentence()}).toList(),
                    BRIEFING_CHART));
            model.put("tagLinks", briefing.tags().stream()
                    .map(tag -> Map.of("name", tag, "slug", Slugs.of(tag, "tag"))).toList());
            return model;
        }, source);
    }

    /** The tag index. */
    public Page tags(List<Collection<BriefingSummary>> tags) {
        String path = SitePaths.tags();
        return Page.template(path, "tags.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("tags", tags);
            return model;
        }, null);
    }

    /** Page {@code page} of one tag's page: the tag, and the {@code size} briefings of that page in {@code briefings}. */
    public Page tag(List<Collection<BriefingSummary>> tags, Collection<BriefingSummary> tag, int page, int size) {
        int pages = pages(tag.items().size(), size);
        String path = SitePaths.tagPage(tag.slug(), page);
        return Page.template(path, "tag.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("tags", tags);
            model.put("tag", tag);
            model.put("briefings", slice(tag.items(), page, size));
            model.put("pagination", pagination(n -> SitePaths.tagPage(tag.slug(), n), page, pages));
            return model;
        }, null);
    }

    /**
     * Page {@code page} of the timeline of all briefings: its items by year and month, and on the first page the
     * chart of all of them (made once, by the caller).
     */
    public Page timeline(List<Collection<Collection<TimelineEntry>>> years, TimelineChart chart, int page, int pages) {
        String path = SitePaths.timelinePage(page);
        return Page.template(path, "timeline.ftlh", () -> {
            Map<String, Object> model = model(path);
            model.put("years", years);
            if (chart != null) {
                model.put("chart", chart);
            }
            model.put("pagination", pagination(SitePaths::timelinePage, page, pages));
            return model;
        }, null);
    }

    /**
     * The chart of the timeline of all briefings, for its first page: {@code years} are all of its items, by year
     * and month.
     */
    public static TimelineChart timelineChart(List<Collection<Collection<TimelineEntry>>> years) {
        List<TimelineEntry> items = new ArrayList<>();
        String root = SitePaths.root(SitePaths.timeline());
        years.forEach(year -> year.items().forEach(month -> items.addAll(month.items())));
        return TimelineChart.of(items, TimelineEntry::date, entry -> entry.label() + ": " + entry.title(),
                entry -> root + entry.path() + "#" + entry.sentence(), TimelineChart.WIDTH);
    }

    /** A page that is not anywhere else: {@code 404.html}, {@code feed.xml}, {@code sitemap.xml}, {@code robots.txt}. */
    public Page special(String template, String path, List<BriefingSummary> briefings, List<String> pages) {
        return Page.template(path, template, () -> {
            Map<String, Object> model = model(path);
            model.put("briefings", briefings);
            model.put("pages", pages);
            return model;
        }, null);
    }

    /**
     * Renders or writes {@code page} to {@code out}.
     *
     * @return the names of the data model that the template read ({@code *} for all, when it listed them); empty for
     *         a file written without a template
     */
    public java.util.Set<String> render(Page page, Writer out) throws Exception {
        if (page.template() == null) {
            page.body().writeTo(out);
            return java.util.Set.of();
        }
        return render(page.template(), page.model().get(), out, page.source(), page.optional().keySet());
    }

    /** How many pages of {@code size} hold {@code items}: at least one. */
    public static int pages(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The items of page {@code page} (1-based) of pages of {@code size}. */
    public static <T> List<T> slice(List<T> items, int page, int size) {
        int from = Math.min(items.size(), (page - 1) * size);
        return items.subList(from, Math.min(items.size(), from + size));
    }

    private static Map<String, Object> pagination(java.util.function.IntFunction<String> path, int page, int pages) {
        Map<String, Object> pagination = new HashMap<>();
        pagination.put("page", page);
        pagination.put("pages", pages);
        if (page > 1) {
            pagination.put("previous", path.apply(page - 1));
        }
        if (page < pages) {
            pagination.put("next", path.apply(page + 1));
        }
        return pagination;
    }

    private Map<String, Object> model(String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", Map.of("path", path));
        model.put("root", SitePaths.root(path));
        model.put("paths", paths);
        return model;
    }

    private java.util.Set<String> render(String name, Map<String, Object> model, Writer out, String seed,
            java.util.Set<String> optional) throws RenderException {
        try {
            Template template = theme.freemarker().getTemplate(name);
            ReadModel read = new ReadModel(model, template.getObjectWrapper(), optional);
            template.process(read, out);
            return read.read();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(Problem.at(name, 0, "template not found in the template folder or the theme"));
        } catch (ParseException e) {
            throw new RenderException(parseProblem(e));
        } catch (TemplateException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    throw new RenderException(parseProblem(parse));
                }
            }
            String where = theme.describe(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName());
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String expression = e.getBlamedExpressionString() == null ? "" : " (in ${" + e.getBlamedExpressionString() + "})";
            String rendering = seed == null ? "" : ", while rendering " + seed;
            throw new RenderException(Problem.at(where, line, column,
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("").strip() + expression + rendering));
        } catch (IOException e) {
            throw new RenderException(Problem.at(name, 0, "cannot render: " + e.getMessage()));
        }
    }

    private Problem parseProblem(ParseException e) {
        return Problem.at(theme.describe(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                e.getEditorMessage().lines().findFirst().orElse("").strip());
    }

    /** A template that does not parse or fails while rendering. */
    public static final class RenderException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        RenderException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

}
