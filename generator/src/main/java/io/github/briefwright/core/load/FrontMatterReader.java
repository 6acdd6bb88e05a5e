package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.structure.TextHygiene;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads and validates a front matter block. Works on YAML nodes rather than loaded objects so that every
 * problem can name its line, and so that dates stay text (YAML 1.2 core schema: no implicit timestamps).
 * Collects every problem in the block before failing.
 *
 * <p>Every text value gets {@link TextHygiene#clean}: the block itself is cleaned with the rest of the seed, but a
 * YAML escape (such as {@code "\x07"}) could bring a control or bidi character back, and a NUL written
 * as {@code "\0"} is removed like any other control character.
 */
final class FrontMatterReader {

    static final List<String> KEYS = List.of("title", "dek", "authors", "date", "source", "publisher", "tags",
            "slug", "draft", "summary", "keyPoints");

    private final String file;
    private final int firstLine;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /**
     * @param file      the seed, for messages
     * @param firstLine the file line on which the YAML text starts
     */
    FrontMatterReader(String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    List<Problem> warnings() {
        return warnings;
    }

    FrontMatter read(String yaml) throws SeedException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(1_000_000)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(this::line).orElse(firstLine);
            String context = e.getContext() == null ? ""
                    : e.getContext() + e.getContextMark().map(mark -> " started on line " + line(mark)).orElse("")
                    + ", ";
            throw new SeedException(Problem.at(file, line, "malformed front matter: " + context + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new SeedException(Problem.at(file, firstLine, "malformed front matter: " + e.getMessage()));
        }
        if (root.isEmpty() || isNull(root.get())) {
            return FrontMatter.NONE;
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new SeedException(Problem.at(file, line(root.get()),
                    "front matter must be a list of 'key: value' lines"));
        }
        FrontMatter result = fields(mapping);
        if (!errors.isEmpty()) {
            throw new SeedException(errors);
        }
        return result;
    }

    private FrontMatter fields(MappingNode mapping) {
        String title = null;
        String dek = null;
        List<Author> authors = List.of();
        String date = null;
        String source = null;
        String publisher = null;
        List<String> tags = List.of();
        String slug = null;
        boolean draft = false;
        String summary = null;
        List<String> keyPoints = List.of();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                error(keyNode, "a front matter key must be a plain word");
                continue;
            }
            String key = TextHygiene.oneLine(scalarKey.getValue());
            if (!seen.add(key)) {
                error(keyNode, "'" + key + "' is given twice");
                continue;
            }
            if (isNull(value)) {
                continue;
            }
            switch (key) {
                case "title" -> title = text(key, value);
                case "dek", "subtitle" -> dek = text(key, value);
                case "authors", "author" -> authors = authors(key, value);
                case "date" -> date = date(value);
                case "source" -> source = url(value);
                case "publisher" -> publisher = text(key, value);
                case "tags" -> tags = texts(key, value);
                case "slug" -> slug = text(key, value);
                case "draft" -> draft = bool(key, value);
                case "summary" -> summary = text(key, value);
                case "keyPoints" -> keyPoints = texts(key, value);
                default -> warnings.add(Problem.at(file, line(keyNode), "unknown front matter key '" + key
                        + "' is ignored; known keys: " + String.join(", ", KEYS)));
            }
        }
        return new FrontMatter(title, dek, authors, date, source, publisher, tags, slug, draft, summary, keyPoints);
    }

    private String text(String key, Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = TextHygiene.clean(scalar.getValue()).strip();
            return value.isEmpty() ? null : value;
        }
        error(node, "'" + key + "' must be a single text value");
        return null;
    }

    /** A list of texts; a single text is taken as a list of one. */
    private List<String> texts(String key, Node node) {
        if (node instanceof ScalarNode) {
            String one = text(key, node);
            return one == null ? List.of() : List.of(one);
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, "'" + key + "' must be a list of texts");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String value = isNull(item) ? null : text(key + " item", item);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private List<Author> authors(String key, Node node) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<Author> authors = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode) {
                String name = text(key, item);
                if (name != null) {
                    authors.add(new Author(name, null));
                }
            } else if (item instanceof MappingNode map) {
                String name = null;
                String bio = null;
                for (NodeTuple tuple : map.getValue()) {
                    String field = tuple.getKeyNode() instanceof ScalarNode s ? TextHygiene.oneLine(s.getValue()) : "";
                    switch (field) {
                        case "name" -> name = text("name", tuple.getValueNode());
                        case "bio" -> bio = text("bio", tuple.getValueNode());
                        default -> error(tuple.getKeyNode(), "an author has only 'name' and 'bio', not '" + field + "'");
                    }
                }
                if (name == null) {
                    error(item, "an author needs a 'name'");
                } else {
                    authors.add(new Author(name, bio));
                }
            } else {
                error(item, "'authors' must be a list of names or of {name, bio}");
            }
        }
        return authors;
    }

    private String date(Node node) {
        String value = text("date", node);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notADate) {
            String iso = value.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(iso).toString();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(iso).toString();
                } catch (DateTimeParseException notLocal) {
                    error(node, "date '" + value + "' is not an ISO 8601 date; write it like 2020-01-07 or "
                            + "2020-01-07T17:12:00-05:00");
                    return null;
                }
            }
        }
    }

    private String url(Node node) {
        String value = text("source", node);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        error(node, "source '" + value + "' is not an http(s) URL");
        return null;
    }

    private boolean bool(String key, Node node) {
        String value = node instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : "";
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                error(node, "'" + key + "' must be true or false");
                yield false;
            }
        };
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private void error(Node node, String message) {
        errors.add(Problem.at(file, line(node), message));
    }

    private int line(Node node) {
        return node.getStartMark().map(this::line).orElse(firstLine);
    }

    private int line(Mark mark) {
        return firstLine + mark.getLine();
    }
}
