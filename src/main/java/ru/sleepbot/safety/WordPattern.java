package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * One word of a rule term, as written in {@code intents/safety/}: a whole word ({@code синий}),
 * a word beginning ({@code синел*} catches синела, синели, and anything longer), a stem
 * ({@code посине+} catches the forms of its word only: посинел, посинела, посинеет, посиневший,
 * never a longer word; see {@link WordPattern.Endings}), or a number ({@code #} any, {@code #38-42} one in
 * that range). Letters are compared normalized (lower case, ё as е).
 */
record WordPattern(Kind kind, String text, int min, int max) {

    enum Kind { WORD, PREFIX, STEM, NUMBER }

    /** Shorter stems would take the forms of other words too ("ро+" would be рот, рой, рос). */
    static final int STEM_MIN = 3;

    WordPattern {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind != Kind.NUMBER && text.isEmpty()) {
            throw new IllegalArgumentException("empty word in a rule");
        }
    }

    static WordPattern parse(String written, TextNormalizer normalizer) {
        String w = written.strip();
        if (w.startsWith("#")) {
            return number(w);
        }
        boolean prefix = w.endsWith("*");
        boolean stem = w.endsWith("+");
        String body = normalizer.normalize(prefix || stem ? w.substring(0, w.length() - 1) : w);
        if (body.isEmpty() || body.contains(" ")) {
            throw new IllegalArgumentException("'" + written + "' is not one word");
        }
        if (stem && body.length() < STEM_MIN) {
            throw new IllegalArgumentException("the stem '" + written + "' is shorter than " + STEM_MIN + " letters");
        }
        return new WordPattern(prefix ? Kind.PREFIX : stem ? Kind.STEM : Kind.WORD, body, 0, 0);
    }

    private static WordPattern number(String w) {
        if (w.length() == 1) {
            return new WordPattern(Kind.NUMBER, w, 0, Integer.MAX_VALUE);
        }
        String[] range = w.substring(1).split("-", 2);
        try {
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (from > to) {
                throw new IllegalArgumentException("empty number range '" + w + "'");
            }
            return new WordPattern(Kind.NUMBER, w, from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + w + "' is neither # nor #N nor #N-M", e);
        }
    }

    /** True for a pattern a word matches as a whole: a word, or a stem with one of its endings. */
    boolean whole() {
        return kind == Kind.WORD || kind == Kind.STEM;
    }

    /** Does a number token (digits only) fall in this pattern's range? */
    boolean acceptsNumber(String digits) {
        if (digits.length() > 9) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return kind == Kind.PREFIX ? text + "*" : kind == Kind.STEM ? text + "+" : text;
    }

    /**
     * The endings a word stem of the rules (written {@code обмяк+}) may take: every case of a noun or
     * an adjective, every person, tense and mood of a verb, participles and gerunds, the reflexive
     * "-ся"/"-сь", a diminutive suffix before a noun's or an adjective's ending ("глаз|ки",
     * "ножк" is written as its own stem), and the theme vowel or "-ну-" a verb puts before them
     * ("дерн|ул|ся", "закат|ились", "обмяк|ла", "посине|вший"). A closed list, not any letters: a stem
     * takes the forms of its own word but not the rest of a longer one ("синяк" is not "син+").
     * Built once; immutable, so shared between threads.
     */
    static final class Endings {

        private static final List<String> NOUN = List.of("", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "ой", "ей",
                "ом", "ем", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ью", "ия", "ие", "ий", "ии", "ию", "ием",
                "иям", "иями", "иях", "ья", "ье", "ьи", "ьев", "ьям", "ьями", "ьях", "ок", "ек");
        private static final List<String> ADJECTIVE = List.of("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие",
                "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "ей", "ою", "ею",
                "а", "о", "ы", "и", "");
        private static final List<String> DIMINUTIVE = List.of("к", "ик", "ок", "ек", "чик", "очк", "ечк", "еньк",
                "оньк", "ушк", "юшк", "ышк", "ишк");
        /** What a verb puts between its root and its ending: "дерг|а|ется", "дерн|ул", "обмяк|ну|ть". */
        private static final List<String> THEME = List.of("", "а", "я", "е", "и", "о", "у", "ы", "ну", "ива",
                "ыва", "ова", "ева");
        private static final List<String> VERB = List.of("ть", "ти", "чь", "л", "ла", "ло", "ли", "ю", "у", "ешь",
                "ет", "ем", "ете", "ют", "ут", "ишь", "ит", "им", "ите", "ят", "ат", "й", "йте", "и", "в", "вши", "ши",
                "я", "а", "");
        private static final List<String> PARTICIPLE = List.of("вш", "ш", "ющ", "ущ", "ащ", "ящ", "ем", "им", "нн",
                "н", "енн", "т");
        private static final List<String> REFLEXIVE = List.of("", "ся", "сь");

        /** The endings in one trie: node → (letter → node), and whether a node ends an ending. */
        private static final Trie TRIE = build();

        private Endings() {
        }

        /** True when {@code word[from, to)} is one of the endings (the empty one included). */
        static boolean accepts(CharSequence word, int from, int to) {
            return TRIE.accepts(word, from, to);
        }

        private static Trie build() {
            List<String> all = new ArrayList<>();
            for (String dim : concat(List.of(""), DIMINUTIVE)) {
                for (String ending : concat(NOUN, ADJECTIVE)) {
                    all.add(dim + ending);
                }
            }
            for (String theme : THEME) {
                for (String reflexive : REFLEXIVE) {
                    for (String ending : VERB) {
                        all.add(theme + ending + reflexive);
                    }
                    for (String participle : PARTICIPLE) {
                        for (String ending : ADJECTIVE) {
                            all.add(theme + participle + ending + reflexive);
                        }
                    }
                }
            }
            return new Trie(all);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        /** A plain character trie of the endings, read-only once built. */
        private static final class Trie {
            private final char[][] labels;
            private final int[][] next;
            private final boolean[] ends;

            Trie(List<String> words) {
                List<TreeMap<Character, Integer>> nodes = new ArrayList<>();
                List<Boolean> end = new ArrayList<>();
                nodes.add(new TreeMap<>());
                end.add(false);
                for (String w : words) {
                    int node = 0;
                    for (int i = 0; i < w.length(); i++) {
                        Integer child = nodes.get(node).get(w.charAt(i));
                        if (child == null) {
                            child = nodes.size();
                            nodes.add(new TreeMap<>());
                            end.add(false);
                            nodes.get(node).put(w.charAt(i), child);
                        }
                        node = child;
                    }
                    end.set(node, true);
                }
                labels = new char[nodes.size()][];
                next = new int[nodes.size()][];
                ends = new boolean[nodes.size()];
                for (int n = 0; n < nodes.size(); n++) {
                    labels[n] = new char[nodes.get(n).size()];
                    next[n] = new int[nodes.get(n).size()];
                    int k = 0;
                    for (var e : nodes.get(n).entrySet()) {
                        labels[n][k] = e.getKey();
                        next[n][k++] = e.getValue();
                    }
                    ends[n] = end.get(n);
                }
            }

            boolean accepts(CharSequence word, int from, int to) {
                int node = 0;
                for (int i = from; i < to && node >= 0; i++) {
                    node = child(node, word.charAt(i));
                }
                return node >= 0 && ends[node];
            }

            private int child(int node, char c) {
                char[] l = labels[node];
                for (int k = 0; k < l.length; k++) {
                    if (l[k] == c) {
                        return next[node][k];
                    }
                }
                return -1;
            }
        }
    }
}
