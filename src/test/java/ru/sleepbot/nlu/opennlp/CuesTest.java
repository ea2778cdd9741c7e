package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/** The classifier's word lists in intents/lexicon/ against the code that reads them. */
class CuesTest {

    private static final Lexicon LEXICON = new ContentLoader().load(Path.of("intents")).lexicon();

    @Test
    void everyConceptAndSentenceListOfTheContentIsRead() {
        Cues cues = Cues.from(LEXICON);
        for (String key : LEXICON.keys()) {
            if (key.startsWith(Cues.CONCEPTS)) {
                assertThat(cues.concepts()).as(key).containsKey(key.substring(Cues.CONCEPTS.length()));
            } else if (key.startsWith("sentences.")) {
                assertThat(key).as("a sentences list the classifier does not read").isIn(Cues.COURTESY, Cues.QUESTION);
            }
        }
    }

    @Test
    void everyConceptWordOfTheContentHasAStemToMatch() {
        Cues cues = Cues.from(LEXICON);
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        cues.concepts().forEach((concept, words) -> assertThat(words).as(concept)
                .allSatisfy(w -> assertThat(analyzer.stemsOf(w)).isNotEmpty()));
        new ConceptMatcher(cues, analyzer);
    }

    @Test
    void aConceptWordWithoutLettersIsRefusedWithItsConcept() {
        Cues cues = new Cues(Map.of("concepts.breathing", List.of("храп", "!!")));
        assertThatThrownBy(() -> new ConceptMatcher(cues, new RussianAnalyzer(new TextNormalizer())))
                .hasMessageContaining("breathing");
    }

    @Test
    void withoutTheFilesTheModelReadsWithoutConcepts() {
        Cues cues = Cues.from(new Lexicon(Map.of("yes_no.yes", List.of("да"))));
        assertThat(cues.concepts()).isEmpty();
        assertThat(new ConceptMatcher(cues, new RussianAnalyzer(new TextNormalizer())).isEmpty()).isTrue();
    }
}
