package ru.sleepbot.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The Russian words the dialog recognises, by key: {@code check.yes}, {@code followup.glue}. A key
 * is the file name in {@code intents/lexicon/} plus the (dotted) key inside it, like
 * {@link Messages}. The words are content so that editors can teach the bot a new way of saying
 * "yes" without touching Java; how each list is matched (whole word, stem prefix...) is said at the
 * top of its file, because the code that reads it decides that.
 */
public final class Lexicon {

    private static final Lexicon EMPTY = new Lexicon(Map.of());

    private final Map<String, List<String>> lists;

    public Lexicon(Map<String, List<String>> lists) {
        this.lists = Map.copyOf(lists);
        this.lists.forEach((key, words) -> {
            // An empty list would silently switch a rule off; that is never what an edit means.
            if (words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalArgumentException("lexicon list " + key + " is empty or has a blank word");
            }
        });
    }

    /** No lists at all: for content built without {@code intents/lexicon/}; any lookup fails. */
    public static Lexicon empty() {
        return EMPTY;
    }

    public boolean has(String key) {
        return lists.containsKey(key);
    }

    /** All keys, for the content lint. */
    public Set<String> keys() {
        return lists.keySet();
    }

    /** The words of a list as written in the file. */
    public Set<String> words(String key) {
        return Set.copyOf(list(key));
    }

    /**
     * The words of a list brought to the form they are compared in (say, normalized like the user's
     * message, so that "ребёнок" in the file matches "ребенок" typed).
     */
    public Set<String> words(String key, UnaryOperator<String> form) {
        Set<String> formed = new LinkedHashSet<>();
        for (String word : list(key)) {
            String f = form.apply(word);
            if (f.isBlank()) {
                throw new IllegalArgumentException("lexicon list " + key + ": '" + word + "' has no letters left");
            }
            formed.add(f);
        }
        return Set.copyOf(formed);
    }

    List<String> list(String key) {
        List<String> words = lists.get(key);
        if (words == null) {
            throw new IllegalArgumentException("no lexicon list " + key + " (file intents/lexicon/"
                    + key.split("\\.", 2)[0] + ".yaml)");
        }
        return words;
    }
}
