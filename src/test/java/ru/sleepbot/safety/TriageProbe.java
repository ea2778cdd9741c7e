package ru.sleepbot.safety;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * A tool for rule editors, not a test: reads messages from standard input and prints how triage
 * read each one (words, the concepts found, the rules that hold). Run from the project folder:
 * {@code java -cp target/classes:target/test-classes:<deps> ru.sleepbot.safety.TriageProbe}.
 * A line of several messages joined by " >> " is read as a conversation: each message with what
 * the ones before it left in mind ({@link Assessment#remembered()}), as the dialog reads them.
 */
public final class TriageProbe {

    private TriageProbe() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase knowledge = new ContentLoader().load(Path.of("intents"));
        RuleBook book = RuleBook.load(knowledge);
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Reader reader = new Reader(book, analyzer);
        RuleTriage triage = new RuleTriage(book, analyzer);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String whole = line.contains("\t") ? line.substring(line.lastIndexOf('\t') + 1) : line;
            java.util.Set<String> context = new java.util.HashSet<>();
            String[] said = whole.split(" >> ");
            for (int turn = 0; turn < said.length - 1; turn++) {
                Assessment before = triage.assess(analyzer.analyze(said[turn]), context);
                context.addAll(before.remembered());
                out.println("> " + said[turn] + "\n  => " + before);
            }
            String text = said[said.length - 1];
            Reading reading = reader.read(analyzer.analyze(text));
            Mentions mentions = Mentions.find(reading, book);
            out.println("> " + text);
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < reading.size(); i++) {
                words.append(reading.breakBefore(i) ? " | " : " ").append(i).append(':').append(reading.token(i));
            }
            out.println("  words:" + words);
            if (System.getProperty("patterns") != null) {
                for (int i = 0; i < reading.size(); i++) {
                    StringBuilder ps = new StringBuilder();
                    for (int p : reading.patterns(i)) {
                        ps.append(' ').append(book.patterns.get(p));
                    }
                    out.println("    " + reading.token(i) + ":" + ps);
                }
            }
            StringBuilder concepts = new StringBuilder();
            for (int c = 0; c < book.concepts.size(); c++) {
                for (int m = mentions.from(c); m < mentions.to(c); m++) {
                    concepts.append(' ').append(book.concepts.get(c)).append('@').append(mentions.start(m));
                }
            }
            out.println("  concepts:" + concepts);
            for (Sign sign : book.signs) {
                for (int r = 0; r < sign.rules().size(); r++) {
                    int[] span = RuleMatch.find(sign.rules().get(r), mentions, earlier(book, context));
                    if (span != null) {
                        out.printf("  holds: %s/%s rule %d at %d-%d%n", sign.level().key(), sign.id(), r + 1, span[0], span[1]);
                    }
                }
            }
            out.println("  => " + triage.assess(analyzer.analyze(text), context));
        }
    }

    private static boolean[] earlier(RuleBook book, java.util.Set<String> context) {
        boolean[] earlier = new boolean[book.concepts.size()];
        for (String name : context) {
            Integer id = book.conceptId(name);
            if (id != null) {
                earlier[id] = true;
            }
        }
        return earlier;
    }
}
