package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of each concept as written in {@code intents/safety/}, with the references to other
 * concepts worked out: a term "@other" stands for every term of that concept, and a word "@other"
 * inside a term of several words ("губ* @colour") for each plain term of it in turn.
 */
final class ConceptSources {

    private final Map<String, List<String>> written;

    ConceptSources(Map<String, List<String>> written) {
        this.written = written;
    }

    /** The terms of concept {@code name}, every reference replaced. */
    List<String> expand(String name) {
        return expand(name, new HashSet<>());
    }

    /** A concept's terms with "@other" includes replaced by the other concept's terms. */
    private List<String> expand(String name, Set<String> visiting) {
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("concept '" + name + "' includes itself");
        }
        List<String> sources = written.get(name);
        if (sources == null) {
            throw new IllegalArgumentException("unknown concept '@" + name + "'");
        }
        List<String> out = new ArrayList<>();
        for (String source : sources) {
            boolean phrase = source.strip().contains(" ");
            if (source.startsWith("@") && !phrase) {
                out.addAll(expand(source.substring(1), visiting));
            } else if (phrase && (source.contains(" @") || source.matches("^[=!~]*@.*"))) {
                out.addAll(combine(name, source, visiting));
            } else {
                out.add(source);
            }
        }
        visiting.remove(name);
        return out;
    }

    /**
     * A term of several words one of which names a concept ("губ* @colour", "перед глаз*
     * @flashes"): one term for each plain term of that concept, put in its place.
     */
    private List<String> combine(String name, String source, Set<String> visiting) {
        int marks = 0;
        while (marks < source.length() && "=!~".indexOf(source.charAt(marks)) >= 0) {
            marks++;
        }
        String polarity = source.substring(0, marks);
        String[] words = source.substring(polarity.length()).strip().split("\\s+");
        List<String> out = new ArrayList<>(List.of(polarity));
        for (String word : words) {
            List<String> options;
            if (word.startsWith("@")) {
                options = expand(word.substring(1), visiting);
                for (String option : options) {
                    if (option.startsWith("!") || option.startsWith("~") || option.startsWith("=") || option.contains("@")) {
                        throw new IllegalArgumentException("concept " + name + ", term '" + source + "': "
                                + word + " may hold plain terms only, not '" + option + "'");
                    }
                }
            } else {
                options = List.of(word);
            }
            List<String> next = new ArrayList<>(out.size() * options.size());
            for (String head : out) {
                for (String option : options) {
                    next.add(head.length() <= polarity.length() ? head + option : head + " " + option);
                }
            }
            out = next;
        }
        return out;
    }
}
