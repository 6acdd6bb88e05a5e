package io.github.briefwright.core.load;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.GlossaryEntry;
import io.github.briefwright.core.structure.TextHygiene;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the glossary: a YAML list of entries, each {@code name} (required), {@code type} ({@code person},
 * {@code organisation} or {@code place}; required), {@code aliases}, {@code description} and {@code link}
 * (an http(s) URL). Every problem is reported with its line; a name given twice is a problem too.
 *
 * <p>The file is read as strictly as a seed ({@link SeedText}): the same encoding errors with their line, the
 * same size and line-length limits, any line ends, and {@link TextHygiene#clean} on the file and on every value.
 */
public final class GlossaryReader {

    private static final Set<String> TYPES = Set.of("person", "organisation", "place");

    private GlossaryReader() {
    }

    /**
     * The entries of a glossary the user configured: it may be anywhere (links are followed) but must be a regular
     * file. {@code name} is how messages call it.
     */
    public static List<GlossaryEntry> read(Path file, String name, Charset encoding, Limits limits)
            throws SeedException {
        FolderFiles.Opened opened;
        try {
            opened = FolderFiles.openConfigured(file);
        } catch (FolderFiles.RefusedException e) {
            throw new SeedException(Problem.at(name, 0, e.refusal().refused()));
        } catch (IOException e) {
            throw new SeedException(Problem.at(name, 0, "cannot be read: " + e.getMessage()));
        }
        return parse(name, SeedText.read(name, opened, encoding, limits));
    }

    /**
     * The entries of a glossary found in a folder ({@code glossary.yml} in the seed folder), read only if it is a
     * regular file inside that folder or a link to one ({@link FolderFiles#check}).
     */
    public static List<GlossaryEntry> read(FolderFiles folder, Path file, String name, Charset encoding, Limits limits)
            throws SeedException {
        FolderFiles.Opened opened;
        try {
            opened = folder.open(file);
        } catch (FolderFiles.RefusedException e) {
            throw new SeedException(Problem.at(name, 0, e.refusal().refused()));
        } catch (IOException e) {
            throw new SeedException(Problem.at(name, 0, "cannot be read: " + e.getMessage()));
        }
        return parse(name, SeedText.read(name, opened, encoding, limits));
    }

    /** The entries of a glossary's text, already {@linkplain SeedText read}. */
    static List<GlossaryEntry> parse(String name, String text) throws SeedException {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            throw new SeedException(Problem.at(name, e.getProblemMark().map(m -> m.getLine() + 1).orElse(1),
                    "malformed glossary: " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new SeedException(Problem.at(name, 1, "malformed glossary: " + e.getMessage()));
        }
        if (root == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (!(root instanceof SequenceNode list)) {
            throw new SeedException(Problem.at(name, line(root), "the glossary must be a list of entries ('- name: …')"));
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                problems.add(Problem.at(name, line(item), "an entry must have 'name:' and 'type:' lines"));
                continue;
            }
            String entryName = null;
            String type = null;
            String description = null;
            String link = null;
            Node linkNode = item;
            Node typeNode = item;
            List<String> aliases = new ArrayList<>();
            for (NodeTuple tuple : entry.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? TextHygiene.oneLine(k.getValue()) : "";
                Node value = tuple.getValueNode();
                switch (key) {
                    case "name" -> entryName = scalar(value);
                    case "type" -> {
                        type = scalar(value) == null ? null : scalar(value).toLowerCase(Locale.ROOT);
                        typeNode = value;
                    }
                    case "description" -> description = scalar(value);
                    case "link" -> {
                        link = scalar(value);
                        linkNode = value;
                    }
                    case "aliases" -> {
                        if (value instanceof SequenceNode seq) {
                            seq.getValue().forEach(alias -> {
                                String a = scalar(alias);
                                if (a != null) {
                                    aliases.add(a);
                                }
                            });
                        } else if (scalar(value) != null) {
                            aliases.add(scalar(value));
                        }
                    }
                    default -> problems.add(Problem.at(name, line(tuple.getKeyNode()), "unknown key '" + key
                            + "'; an entry has name, type, aliases, description and link"));
                }
            }
            if (entryName == null) {
                problems.add(Problem.at(name, line(item), "an entry needs a 'name'"));
                continue;
            }
            if (type == null || !TYPES.contains(type)) {
                problems.add(Problem.at(name, line(typeNode), "'" + entryName + "' needs a 'type': person, organisation or place"));
                continue;
            }
            if (link != null && !isHttp(link)) {
                problems.add(Problem.at(name, line(linkNode), "the link of '" + entryName + "' is not an http(s) URL"));
                continue;
            }
            if (!names.add(entryName.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.at(name, line(item), "'" + entryName + "' is in the glossary twice"));
                continue;
            }
            entries.add(new GlossaryEntry(entryName, aliases, type, description, io.github.briefwright.core.UrlPolicy.webAddress(link)));
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return entries;
    }

    private static String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = TextHygiene.clean(scalar.getValue()).strip();
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    private static boolean isHttp(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }
}
