package io.github.briefwright.core.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.SiteInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the theme's FreeMarker templates. The data model each template receives is documented in
 * {@code docs/templates.md}. Thread-safe: FreeMarker's configuration and templates are.
 */
public final class PageRenderer {

    /** The width of a briefing's own timeline chart: it is drawn in the "At a glance" panel, narrower than the text. */
    private static final int BRIEFING_CHART = 260;

    private final Theme theme;
    private final SiteInfo site;

    public PageRenderer(Theme theme, SiteInfo site) {
        this.theme = theme;
        this.site = site;
    }

    /**
     * One page of the home page's list: {@code index.html} for the first, {@code page/<n>/index.html} after it.
     *
     * @param page  1-based
     * @param pages how many pages the list has
     */
    public void index(List<BriefingSummary> briefings, int page, int pages, Writer out) throws RenderException {
        String path = indexPath(page);
        Map<String, Object> model = model(path);
        model.put("briefings", briefings);
        Map<String, Object> pagination = new HashMap<>();
        pagination.put("page", page);
        pagination.put("pages", pages);
        if (page > 1) {
            pagination.put("previous", indexPath(page - 1));
        }
        if (page < pages) {
            pagination.put("next", indexPath(page + 1));
        }
        model.put("pagination", pagination);
        render("index.ftlh", model, out, null);
    }

    /** Where page {@code page} of the home page's list is. */
    public static String indexPath(int page) {
        return page == 1 ? "index.html" : "page/" + page + "/index.html";
    }

    /** The entity index: every entity, grouped by type by the template. */
    public void entities(List<io.github.briefwright.core.model.EntityPage> entities, Writer out) throws RenderException {
        Map<String, Object> model = model("entities/index.html");
        model.put("entities", entities);
        render("entities.ftlh", model, out, null);
    }

    /** One entity's page, at {@code path} from the site root. */
    public void entity(io.github.briefwright.core.model.EntityPage entity, String path, Writer out) throws RenderException {
        Map<String, Object> model = model(path);
        model.put("entity", entity);
        model.put("picture", io.github.briefwright.core.model.CompanionPicture.of(entity));
        render("entity.ftlh", model, out, null);
    }

    /** One briefing's page, at {@code path} from the site root, with its related briefings. */
    public void briefing(Briefing briefing, String path, List<BriefingSummary> related, Writer out)
            throws RenderException {
        Map<String, Object> model = model(path);
        model.put("briefing", briefing);
        model.put("related", related);
        model.put("chart", io.github.briefwright.core.model.TimelineChart.of(briefing.timeline().stream()
                .filter(t -> t.date() != null && t.yearKnown())
                .map(t -> new String[] {t.date(), t.label() + ": " + t.text(), "#" + t.sentence()}).toList(),
                BRIEFING_CHART));
        model.put("tagLinks", briefing.tags().stream()
                .map(tag -> Map.of("name", tag, "slug", io.github.briefwright.core.analyse.Slugs.of(tag, "tag"))).toList());
        render("briefing.ftlh", model, out, briefing.sourceFile());
    }

    /** The tag index ({@code tag} null) or one tag's page. */
    public void tags(List<io.github.briefwright.core.model.Collection<BriefingSummary>> tags,
            io.github.briefwright.core.model.Collection<BriefingSummary> tag, String path, Writer out)
            throws RenderException {
        Map<String, Object> model = model(path);
        model.put("tags", tags);
        if (tag != null) {
            model.put("tag", tag);
        }
        render(tag == null ? "tags.ftlh" : "tag.ftlh", model, out, null);
    }

    /** The timeline of all briefings, by year and month. */
    public void timeline(List<io.github.briefwright.core.model.Collection<io.github.briefwright.core.model.Collection<
            io.github.briefwright.core.model.TimelineEntry>>> years, Writer out) throws RenderException {
        Map<String, Object> model = model("timeline/index.html");
        model.put("years", years);
        List<String[]> items = new java.util.ArrayList<>();
        years.forEach(year -> year.items().forEach(month -> month.items().forEach(entry -> items.add(new String[] {
            entry.date(), entry.label() + ": " + entry.title(), "../" + entry.path() + "#" + entry.sentence()}))));
        model.put("chart", io.github.briefwright.core.model.TimelineChart.of(items));
        render("timeline.ftlh", model, out, null);
    }

    /** A page that is not anywhere else: {@code 404.html}, {@code feed.xml}, {@code sitemap.xml}, {@code robots.txt}. */
    public void special(String template, String path, List<BriefingSummary> briefings, List<String> pages, Writer out)
            throws RenderException {
        Map<String, Object> model = model(path);
        model.put("briefings", briefings);
        model.put("pages", pages);
        render(template, model, out, null);
    }

    private Map<String, Object> model(String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", Map.of("path", path));
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        return model;
    }

    private void render(String name, Map<String, Object> model, Writer out, String seed) throws RenderException {
        try {
            Template template = theme.freemarker().getTemplate(name);
            template.process(model, out);
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
