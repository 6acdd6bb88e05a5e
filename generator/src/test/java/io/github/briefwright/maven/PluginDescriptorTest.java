package io.github.briefwright.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn help:describe -Dplugin=io.github.briefwright:briefwright-maven-plugin -Ddetail} shows comes
 * from the plugin descriptor, generated from the goals' Javadoc: every goal and every parameter a user can set
 * has a description there.
 */
class PluginDescriptorTest {

    @Test
    void everyGoalAndParameterIsDescribed() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(descriptor), "run after the plugin descriptor is generated (mvn test does)");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            goals.add(goal);
            if (text(mojo, "description").isBlank()) {
                undocumented.add(goal);
            }
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if ("true".equals(text(parameter, "editable")) && text(parameter, "description").isBlank()) {
                    undocumented.add(goal + "." + text(parameter, "name"));
                }
            }
        }
        assertTrue(goals.containsAll(List.of("build", "report", "serve", "check", "new", "eject", "help")), goals.toString());
        assertEquals(List.of(), undocumented, "goals and parameters without a description");
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
