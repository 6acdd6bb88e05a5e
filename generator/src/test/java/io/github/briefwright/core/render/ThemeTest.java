package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

    @TempDir
    Path templates;

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
        }
    }

    private static String read(Theme.Asset asset) throws IOException {
        try (InputStream in = asset.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void filesLinkingOutOfTheTemplateFolderAreSkippedWithAWarning(@TempDir Path elsewhere) throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("secret"), "not for publishing");
        link(templates.resolve("assets/leak.css"), secret);
        link(templates.resolve("briefing.ftlh"), secret);
        Files.writeString(templates.resolve("assets/own.css"), "body {}");
        Theme theme = Theme.load(templates);
        List<String> warnings = theme.warnings().stream().map(Problem::toString).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("/assets/leak.css: is a symbolic link to a file outside the template "
                + "folder; skipped — copy the file in to use it"), warnings.toString());
        assertTrue(warnings.get(1).endsWith("/briefing.ftlh: is a symbolic link to a file outside the template "
                + "folder; skipped — copy the file in to use it"), warnings.toString());
        assertFalse(theme.assets().containsKey("assets/leak.css"));
        assertEquals("body {}", read(theme.assets().get("assets/own.css")));
        String template = theme.freemarker().getTemplate("briefing.ftlh").toString();
        assertFalse(template.contains("not for publishing"), "the theme's own template is used");
        assertEquals("briefing.ftlh (theme)", theme.describe("briefing.ftlh"));
    }

    @Test
    void linksInsideTheTemplateFolderAreUsed() throws Exception {
        Files.createDirectories(templates.resolve("shared"));
        Files.writeString(templates.resolve("shared/base.css"), "main {}");
        link(templates.resolve("assets/style.css"), Path.of("../shared/base.css"));
        Theme theme = Theme.load(templates);
        assertTrue(theme.warnings().isEmpty(), theme.warnings().toString());
        assertEquals("main {}", read(theme.assets().get("assets/style.css")));
    }

    @Test
    void aNamedPipeInTheTemplateFolderIsSkippedWithAWarning() throws Exception {
        Files.createDirectories(templates.resolve("assets"));
        Path pipe = templates.resolve("assets/pipe.css");
        try {
            Process process = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e);
        }
        Theme theme = Theme.load(templates);
        assertFalse(theme.assets().containsKey("assets/pipe.css"));
        assertEquals(1, theme.warnings().size());
        assertTrue(theme.warnings().get(0).toString().endsWith("assets/pipe.css: is a special file (a named pipe, "
                + "device or socket), not a regular file; skipped — remove it from the template folder"),
                theme.warnings().toString());
    }
}
