package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bios after the text, of the byline's authors, in the forms publishers print them. */
class AuthorBiosTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Jane Doe is a senior reporter covering city hall for The Example.#Jane Doe is a senior reporter covering city hall for The Example.",
        "About the author: Jane Doe has written about cities for 20 years.#Jane Doe has written about cities for 20 years.",
        "Jane Doe has covered local government since 2010. Follow her on Twitter @janedoe.#Jane Doe has covered local government since 2010. Follow her on Twitter @janedoe.",
        "*Jane Doe is a reporter at The Example.*#Jane Doe is a reporter at The Example.",
        "— Jane Doe is a writer based in Lagos.#Jane Doe is a writer based in Lagos.",
        "Jane Doe reviews fiction for The Sunday Lantern.#Jane Doe reviews fiction for The Sunday Lantern.",
        "Jane Doe est économiste, maîtresse de conférences à l'université de Rennes.#Jane Doe est économiste, "
                + "maîtresse de conférences à l'université de Rennes.",
        "Jane Doe ist Redakteurin im Ressort Wirtschaft.#Jane Doe ist Redakteurin im Ressort Wirtschaft.",
        "Jane Doe es periodista y cubre la información local.#Jane Doe es periodista y cubre la información local.",
    })
    void aBylinesAuthorsBioAfterTheText(String text, String bio) {
        AuthorBios.Bio found = AuthorBios.find(text, true, List.of("Jane Doe"));
        assertEquals("Jane Doe", found.name());
        assertEquals(bio, found.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "John Roe is a senior analyst at Example Bank, which lent the city money.",
        "John Roe is a professor of economics who advised the council on the budget.",
        "John Roe es el alcalde de la ciudad desde 2019.",
        "John Roe est le maire de la commune depuis 2020.",
    })
    void anotherPersonDescribedAfterTheTextOfABylinedArticleIsItsSubject(String text) {
        assertNull(AuthorBios.find(text, true, List.of("Jane Doe")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Reuters Staff#Jane Doe is a Reuters correspondent based in Nairobi who covers East Africa.#Jane Doe",
        "admin#Jane Doe is a freelance writer and keen gardener who lives in Kent.#Jane Doe",
        "Bob Jones#Robert Jones is a staff writer who covers aviation and transport.#Robert Jones",
        "María García#María García López is a journalist who writes about housing.#María García López",
        "Paul#Paul Smith is a freelance writer and photographer based in Berlin.#Paul Smith",
    })
    void aNewsroomsOrASingleNamesBylineLeavesTheBioToTheWriterItNames(String byline, String text, String name) {
        assertEquals(name, AuthorBios.find(text, true, List.of(byline)).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jane Smith has worked at Acme for twenty years and was president of its European division.",
        "Jane Smith has reported record profits in each of her years as chief executive.",
    })
    void whatAPersonHasDoneIsABioOnlyForTheBylinesAuthor(String text) {
        assertNull(AuthorBios.find(text, true, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "John Roe is an urban planner and visiting faculty at the School of Planning. Views expressed are personal.",
        "John Roe is a retired teacher in Harrowdale. The views expressed here are his own.",
        "John Roe is a parent and a school governor; opinions are the author's own.",
    })
    void withoutABylineAnOpinionWritersDisclaimerMakesTheBio(String text) {
        assertEquals("John Roe", AuthorBios.find(text, true, List.of()).name());
        // in the text, a person described is its subject
        assertNull(AuthorBios.find(text, false, List.of()));
        assertNull(AuthorBios.find("John Roe is a retired teacher in Harrowdale.", true, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "John Roe covers local government for the Gazette.",
        "John Roe is a retired teacher who lives in Harrowdale.",
    })
    void underAboutTheAuthorAnyBioIsTheWriters(String text) {
        assertEquals("John Roe", AuthorBios.find(text, true, List.of(), false, true).name());
        assertNull(AuthorBios.find(text, true, List.of(), false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "John Roe is a senior fellow at the Example Institute.",
        "JOHN ROE is the mayor's former chief of staff.",
    })
    void withoutABylineAWritersRoleOrAShoutedNameMakesTheBio(String text) {
        // also a writer's role in the other languages the structure stage reads
        assertEquals("John Roe", AuthorBios.find("John Roe est journaliste au service politique.", true, List.of()).name());
        assertEquals("John Roe", AuthorBios.find(text, true, List.of()).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "About the author: John Roe is a senior fellow at the Example Institute.",
        "JOHN ROE is a senior fellow at the Example Institute.",
    })
    void anAnnouncedOrShoutedBioIsTakenBesideAnotherByline(String text) {
        assertEquals("John Roe", AuthorBios.find(text, true, List.of("Jane Doe")).name());
    }
}
