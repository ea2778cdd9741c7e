package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.TextNormalizer;

/** The rule editors' safety net: what intents/safety/ and its replies must satisfy. */
class SafetyRulesLintTest {

    private static final Messages MESSAGES = SafetyFixtures.CONTENT.messages();

    @Test
    void everySignHasItsReplies() {
        List<String> missing = new ArrayList<>();
        for (Sign sign : SafetyFixtures.BOOK.signs) {
            List<String> keys = switch (sign.level()) {
                case EMERGENCY -> List.of("safety.emergency." + sign.id() + ".aid");
                case URGENT -> List.of("safety.urgent." + sign.id() + ".says", "safety.urgent." + sign.id() + ".doctor");
                case MEDICINE -> List.of("safety.medicine." + sign.id());
                case ROUTINE -> List.of();
            };
            keys.stream().filter(k -> !MESSAGES.has(k)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleDetailHasItsOwnWords() {
        List<String> missing = new ArrayList<>();
        for (Sign sign : SafetyFixtures.BOOK.signs) {
            for (Rule rule : sign.rules()) {
                if (!rule.detail().isEmpty() && sign.level() == Level.URGENT
                        && !MESSAGES.has("safety.urgent." + sign.id() + ".says_" + rule.detail())) {
                    missing.add(sign.id() + "/" + rule.detail());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyConceptIsUsed() {
        RuleBook book = SafetyFixtures.BOOK;
        Set<Integer> used = new HashSet<>();
        for (Sign sign : book.signs) {
            for (Rule rule : sign.rules()) {
                for (int[] item : rule.all()) {
                    for (int c : item) {
                        used.add(c);
                    }
                }
                for (int[] item : rule.earlier()) { // told in this message or an earlier one
                    for (int c : item) {
                        used.add(c);
                    }
                }
                Stream.of(rule.unless(), rule.unlessAnywhere(), rule.who(), rule.notAbout())
                        .forEach(ids -> java.util.Arrays.stream(ids).forEach(used::add));
                if (rule.notAbout().length > 0 && rule.grown() >= 0) {
                    used.add(rule.grown()); // "not_about" weighs against the grown-ups
                }
            }
        }
        java.util.Arrays.stream(book.cueConcepts).forEach(used::add);
        java.util.Arrays.stream(book.personConcepts).filter(c -> c >= 0).forEach(used::add);
        // what is asked in advance ("а если она синеть начнёт?") is read by RuleTriage itself
        IntStream.of(book.askedAhead, book.futureAct, book.toldBefore, book.askedWhether,
                book.happeningNow).filter(c -> c >= 0).forEach(used::add);
        List<String> unused = new ArrayList<>();
        for (int c = 0; c < book.concepts.size(); c++) {
            String name = book.concepts.get(c);
            // included concepts ("@name") and quiet ones (they only take words) need no rule
            if (!used.contains(c) && !book.quiet[c] && !includedSomewhere(name)) {
                unused.add(name);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void noLineOfTheTunedTablesIsCopiedIntoTheRules() throws IOException {
        TextNormalizer normalizer = new TextNormalizer();
        String rules = normalizer.normalize(String.join("\n", safetyFiles()));
        List<String> copied = Stream.of("triage-table.tsv", "triage-third.tsv", "triage-fourth.tsv",
                        "triage-sixth.tsv", "triage-seventh.tsv", "triage-eighth.tsv", "triage-tenth.tsv")
                .flatMap(file -> SafetyFixtures.table(file).stream())
                .map(s -> normalizer.normalize(s.text()))
                .filter(t -> t.split(" ").length >= 4 && rules.contains(t))
                .toList();
        assertThat(copied).isEmpty();
    }

    @Test
    void theRuleLanguageIsDocumentedWithTheRules() throws IOException {
        String readme = Files.readString(Path.of("intents/safety/README.md"));

        assertThat(readme).contains("quiet.").contains("!").contains("~").contains("unless").contains("reach")
                .contains("within").contains("typos").contains("known_words");
    }

    private static boolean includedSomewhere(String name) {
        try {
            // "@name" as a term of its own or as a word of a term ("@skin @colour")
            java.util.regex.Pattern reference = java.util.regex.Pattern.compile(
                    "@" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\d_.])");
            return safetyFiles().stream().anyMatch(text -> reference.matcher(text).find());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> safetyFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("intents/safety"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
