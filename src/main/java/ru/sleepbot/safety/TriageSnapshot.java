package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.SnapshotIn;
import ru.sleepbot.content.SnapshotOut;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * The compiled rule book in the build's start-up snapshot: compiling {@code intents/safety/}
 * (every term normalized, the known words gathered from all texts, two tries built) takes most
 * of a second on a cold JVM, reading it back a few hundredths. Only the rules' own meaning is
 * kept here; what is derived from it cheaply (lookup tables, the vocabulary) is derived again by
 * {@link RuleBook}'s constructor, so a reader never disagrees with a fresh compile. Whether a
 * snapshot fits the content and the code is the caller's check, made before reading.
 */
public final class TriageSnapshot {

    private TriageSnapshot() {
    }

    /** Compiles the rules of {@code knowledge} (a mistake in them fails here) and writes them. */
    public static void write(KnowledgeBase knowledge, SnapshotOut out) {
        write(RuleBook.load(knowledge), out);
    }

    public static Triage read(SnapshotIn in, RussianAnalyzer analyzer) {
        return new RuleTriage(readBook(in), analyzer);
    }

    static void write(RuleBook book, SnapshotOut out) {
        out.integer(book.patterns.size());
        book.patterns.forEach(p -> out.string(p.kind().name()).string(p.text()).integer(p.min()).integer(p.max()));
        out.integer(book.terms.size());
        book.terms.forEach(t -> out.integer(t.concept()).ints(t.parts()).bool(t.negatedOnly()).bool(t.anyPolarity())
                .bool(t.tight()).string(t.source()));
        out.strings(book.concepts);
        writeNegation(book.negation, out);
        out.integer(book.signs.size());
        book.signs.forEach(sign -> {
            out.string(sign.id()).string(sign.level().name()).integer(sign.rules().size());
            sign.rules().forEach(r -> out.intArrays(r.all()).ints(r.unless()).ints(r.unlessAnywhere()).ints(r.who())
                    .intArrays(r.earlier()).integer(r.window()).integer(r.reach()).integer(r.minWords())
                    .integer(r.maxWords()).string(r.detail()).string(r.scope().name()).ints(r.notAbout())
                    .integer(r.grown()).ints(r.refines()));
        });
        out.strings(book.cues).strings(book.knownWords).bools(book.typoProne);
        out.strings(java.util.Arrays.stream(book.remembered).mapToObj(book.concepts::get).toList());
        book.index.write(out);
        book.typoIndex.write(out);
    }

    static RuleBook readBook(SnapshotIn in) {
        List<WordPattern> patterns = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            patterns.add(new WordPattern(WordPattern.Kind.valueOf(in.string()), in.string(), in.integer(), in.integer()));
        }
        List<Term> terms = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            terms.add(new Term(in.integer(), in.ints(), in.bool(), in.bool(), in.bool(), in.string()));
        }
        List<String> concepts = in.strings();
        Negation negation = readNegation(in);
        List<Sign> signs = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            String id = in.string();
            Level level = Level.valueOf(in.string());
            List<Rule> rules = new ArrayList<>();
            for (int r = in.size(); r > 0; r--) {
                rules.add(new Rule(in.intArrays(), in.ints(), in.ints(), in.ints(), in.intArrays(), in.integer(),
                        in.integer(), in.integer(), in.integer(), in.string(), Rule.Scope.valueOf(in.string()), in.ints(),
                        in.integer(), in.ints()));
            }
            signs.add(new Sign(id, level, rules));
        }
        List<String> cues = in.strings();
        Set<String> knownWords = new HashSet<>(in.strings());
        boolean[] typoProne = in.bools();
        List<String> remembered = in.strings();
        WordIndex index = WordIndex.read(in);
        WordIndex typoIndex = WordIndex.read(in);
        return new RuleBook(patterns, terms, concepts, negation, signs, cues, knownWords, typoProne, remembered,
                index, typoIndex);
    }

    /** The negation words by role, and the "after" and concessive sequences grouped as {@link Negation} keeps them. */
    private static void writeNegation(Negation negation, SnapshotOut out) {
        Map<String, Byte> roles = negation.wordRoles();
        out.strings(withRole(roles, Reading.NEGATOR)).strings(withRole(roles, Reading.THROUGH))
                .strings(withRole(roles, Reading.ALMOST));
        List<String[]> after = negation.afterSequences();
        out.integer(after.size());
        after.forEach(seq -> out.strings(List.of(seq)));
        List<String[]> concessive = negation.concessiveSequences();
        out.integer(concessive.size());
        concessive.forEach(seq -> out.strings(List.of(seq)));
        out.strings(negation.carriedWords().stream().sorted().toList())
                .strings(negation.joinWords().stream().sorted().toList());
    }

    private static Negation readNegation(SnapshotIn in) {
        Set<String> before = new HashSet<>(in.strings());
        Set<String> through = new HashSet<>(in.strings());
        Set<String> almost = new HashSet<>(in.strings());
        List<String[]> after = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            after.add(in.strings().toArray(String[]::new));
        }
        List<String[]> concessive = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            concessive.add(in.strings().toArray(String[]::new));
        }
        Set<String> carried = new HashSet<>(in.strings());
        Set<String> joins = new HashSet<>(in.strings());
        return new Negation(before, through, after, almost, concessive, carried, joins);
    }

    private static List<String> withRole(Map<String, Byte> roles, byte role) {
        return roles.entrySet().stream().filter(e -> (e.getValue() & role) != 0).map(Map.Entry::getKey).sorted().toList();
    }
}
