package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Date finding tries its expression only where a match may start and near a core, and looks for its trigger words
 * from the first place one starts: sound only if every match the patterns can make starts at such a place and holds
 * a core within the lead, and the trigger is found exactly when it was found before.
 */
class DateCoresTest {

    private static final List<String> EXPRESSIONS = List.of("January 5, 2020", "on 5th of January 2020", "Jan. 5",
            "Sept. 30", "on March 2021", "until March, 2021", "in 2011", "last February", "this year", "next month",
            "last week", "on Sunday", "Sunday evening", "late Friday night", "today", "Earlier today", "in July",
            "since May", "end of June", "beginning of Oct.", "Q3 2024", "the second quarter", "fourth quarter of 2019",
            "the first half of 2026", "last summer", "during the winter of 2019", "In the spring", "early 2024",
            "the beginning of 2020", "the start of 1999", "mid-2021", "2020-01-07", "the early-1990s", "the mid 1980’s",
            "the 2000s", "a couple of decades ago", "A Couple Of Years AGO", "a few weeks ago", "three days ago",
            "12 months ago", "an hour ago", "this afternoon", "This Morning", "TONIGHT", "yesterday", "tomorrow",
            "through 2030", "around 1850", "and 1999", "by 2050", "5 May", "March 3rd", "Last Monday",
            "next Tuesday morning", "this decade", "the third quarter", "Since Monday", "From Friday", "ON Sunday",
            "Two weeks ago", "An hour ago", "tHIS week", "Third quarter of 2020", "Q4 2019", "Late Friday", "By June 2020",
            "Until Tuesday", "Ten years ago", "twenty years ago", "Fifteen days ago", "Christmas Day", "on Christmas Eve",
            "New Year’s Day", "New Year's Eve", "Boxing Day", "the day before yesterday", "the year before last",
            "a fortnight ago", "Two fortnights ago", "this Sunday", "the late '90s", "the ’20s", "mid-'80s");
    private static final List<String> FILLER = List.of("the", "council", "said", "that", "a", "vote", "followed", "in",
            "Paris", "of", "The", "Bank", "on", "and", "to", "by", "from", "first", "second", "one", "two", "early",
            "late", "this", "next", "last", "during", "before", "after", "Monetary", "Fund", "Mayor", "Marchers",
            "money", "weekend", "daily", "agony", "Quartet", "seasoned", "Decadent", "yearly", "falling", "autumnal",
            "42", "3.5%", "1,200", "the beginning", "a couple of", "in the", "—", "(", ")", ",", ".", "In", "On", "A",
            "Since", "Last", "Quebec", "Marchand", "Sunday's", "Junta", "Today's", "Inside", "Anything", "Élysée",
            "Christopher", "Boxer", "New", "twentyfold", "fortnightly", "Yesterday's");
    private static final List<String> SPACES = List.of(" ", " ", " ", " ", "  ", "\t", "\n", " \n  ");

    @Test
    void everyMatchHoldsACoreWithinTheLead() {
        Random random = new Random(7);
        Matcher expression = DateFinder.EXPRESSION.matcher("");
        int matches = 0;
        for (int n = 0; n < 4_000; n++) {
            String text = sentence(random);
            expression.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int start = 0; start < text.length(); start++) {
                expression.region(start, text.length());
                if (expression.lookingAt()) {
                    matches++;
                    int core = DateFinder.Cores.next(text, start);
                    assertTrue(core >= start && DateFinder.Cores.within(text, start, core),
                            "\"" + expression.group() + "\" at " + start + " in \"" + text + "\"");
                }
            }
        }
        assertTrue(matches > 4_000, matches + " matches");
    }

    @Test
    void theScanFindsWhatTryingEveryWordStartFinds() {
        Random random = new Random(5);
        Matcher expression = DateFinder.EXPRESSION.matcher("");
        int matches = 0;
        for (int n = 0; n < 4_000; n++) {
            String text = sentence(random);
            List<String> scanned = new java.util.ArrayList<>();
            Scan.matches(expression, text, new DateFinder.Starts(), m -> scanned.add(m.start() + " " + m.group()));
            List<String> everyWord = new java.util.ArrayList<>();
            Scan.matches(expression, text, DateCoresTest::nextWordStart, m -> everyWord.add(m.start() + " " + m.group()));
            assertEquals(everyWord, scanned, text);
            matches += scanned.size();
        }
        assertTrue(matches > 4_000, matches + " matches");
    }

    @Test
    void aQuarterIsReadWithoutTheBeforeIt() {
        List<String> found = new DateFinder("2020-11-05").find(List.of(new io.github.briefwright.core.model.Sentence("s-1",
                "Sales rose in fourth quarter of 2019 and fell this week.", List.of()))).stream()
                .map(f -> f.item().date() + "/" + f.item().precision()).toList();
        assertEquals(List.of("2019-Q4/quarter", "2020-W45/week"), found);
    }

    /** The next place at or after {@code from} that no letter or digit comes before. */
    private static int nextWordStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theTriggerIsFoundFromItsFirstWordExactlyWhenItIsFoundAtAll() {
        Random random = new Random(11);
        Matcher trigger = DateFinder.TRIGGER.matcher("");
        int found = 0;
        for (int n = 0; n < 4_000; n++) {
            String text = random.nextBoolean() ? sentence(random) : filler(random, 6);
            boolean anywhere = trigger.reset(text).find();
            int first = DateFinder.Cores.firstTrigger(text);
            assertEquals(anywhere, first >= 0 && trigger.reset(text).find(first), text);
            found += anywhere ? 1 : 0;
        }
        assertTrue(found > 1_000 && found < 3_900, found + " sentences with the trigger");
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder(filler(random, 4));
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String expression = EXPRESSIONS.get(random.nextInt(EXPRESSIONS.size()));
            text.append(SPACES.get(random.nextInt(SPACES.size())))
                    .append(expression.replace(" ", SPACES.get(random.nextInt(SPACES.size()))))
                    .append(SPACES.get(random.nextInt(SPACES.size()))).append(filler(random, 5));
        }
        return text.toString();
    }

    private static String filler(Random random, int most) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(FILLER.get(random.nextInt(FILLER.size())));
        }
        return text.toString();
    }
}
