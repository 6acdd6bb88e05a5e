package io.github.briefwright.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.SiteInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code feed.json}, a JSON Feed 1.1 of the newest briefings. Item URLs are absolute when the site has a
 * base URL, and relative to the feed otherwise.
 */
public final class JsonFeed {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonFeed() {
    }

    public static void write(SiteInfo site, List<BriefingSummary> newest, Writer out) throws IOException {
        String base = site.baseUrl() == null ? "" : site.baseUrl();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", site.title());
        if (site.baseUrl() != null) {
            feed.put("home_page_url", base);
            feed.put("feed_url", base + "feed.json");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (BriefingSummary briefing : newest) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", base + briefing.path());
            item.put("url", base + briefing.path());
            item.put("title", briefing.title());
            item.put("content_text", briefing.summary() != null ? briefing.summary()
                    : briefing.dek() != null ? briefing.dek() : briefing.title());
            if (briefing.summary() != null) {
                item.put("summary", briefing.summary());
            }
            if (briefing.date() != null) {
                item.put("date_published", dateTime(briefing.date()));
            }
            if (!briefing.authors().isEmpty()) {
                item.put("authors", briefing.authors().stream().map(name -> Map.of("name", name)).toList());
            }
            if (!briefing.tags().isEmpty()) {
                item.put("tags", briefing.tags());
            }
            items.add(item);
        }
        feed.put("items", items);
        JSON.writeValue(out, feed);
        out.write('\n');
    }

    /** An ISO date as the RFC 3339 date-time feeds need. */
    static String dateTime(String date) {
        if (date.length() == 10) {
            return date + "T00:00:00Z";
        }
        if (date.length() == 7) {
            return date + "-01T00:00:00Z";
        }
        return date.contains("T") && !date.matches(".*(Z|[+-]\\d{2}:\\d{2})$") ? date + "Z" : date;
    }
}
