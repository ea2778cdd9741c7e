package ru.sleepbot.safety;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * Turns the YAML documents of {@code intents/safety/} into a {@link RuleBook}. The language is
 * documented in {@code intents/safety/README.md}; every mistake (an unknown concept, a key
 * misspelt, an include that loops) is reported with the file's words, at start-up.
 */
final class RuleLoader {

    private static final Set<String> TOP_KEYS = Set.of("negation", "concepts", "signs", "cues", "known_words",
            "typos", "remember");
    private static final Set<String> RULE_KEYS = Set.of("all", "unless", "unless_anywhere", "who", "earlier", "window",
            "reach", "min_words", "max_words", "detail", "within", "not_about", "refines");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Map<String, List<String>> conceptSources = new LinkedHashMap<>();
    private final List<JsonNode> signNodes = new ArrayList<>();
    private final List<String> cues = new ArrayList<>();
    private final List<String> declaredKnown = new ArrayList<>();
    private final List<String> typoConcepts = new ArrayList<>();
    private final List<String> remembered = new ArrayList<>();
    private JsonNode negationNode;

    private final List<WordPattern> patterns = new ArrayList<>();
    private final Map<WordPattern, Integer> patternIds = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();
    private final List<String> concepts = new ArrayList<>();
    private final Map<String, Integer> conceptIds = new HashMap<>();

    private RuleLoader() {
    }

    static RuleBook load(KnowledgeBase knowledge) {
        RuleLoader loader = new RuleLoader();
        knowledge.safetyRules().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> loader.collect(e.getKey(), e.getValue()));
        return loader.compile(knowledge);
    }

    private void collect(String file, JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_KEYS.contains(key)) {
                throw new IllegalArgumentException("safety/" + file + ".yaml: unknown key '" + key + "', expected " + TOP_KEYS);
            }
        });
        if (root.has("negation")) {
            if (negationNode != null) {
                throw new IllegalArgumentException("safety/" + file + ".yaml: 'negation' is given twice");
            }
            negationNode = root.get("negation");
        }
        root.path("concepts").fields().forEachRemaining(e -> {
            if (conceptSources.put(e.getKey(), strings(e.getValue(), "concept " + e.getKey())) != null) {
                throw new IllegalArgumentException("concept '" + e.getKey() + "' is defined twice");
            }
        });
        root.path("signs").forEach(signNodes::add);
        root.path("cues").forEach(c -> cues.add(c.asText()));
        declaredKnown.addAll(strings(root.path("known_words"), "known_words"));
        typoConcepts.addAll(strings(root.path("typos"), "typos"));
        remembered.addAll(strings(root.path("remember"), "remember"));
    }

    private RuleBook compile(KnowledgeBase knowledge) {
        if (negationNode == null) {
            throw new IllegalArgumentException("intents/safety/ has no 'negation' words");
        }
        conceptSources.keySet().forEach(this::conceptId);
        ConceptSources sources = new ConceptSources(conceptSources);
        for (String name : conceptSources.keySet()) {
            for (String source : sources.expand(name)) {
                terms.add(term(conceptIds.get(name), source));
            }
        }
        Negation negation = new Negation(words(negationNode.path("before")), words(negationNode.path("through")),
                strings(negationNode.path("after"), "negation.after").stream()
                        .map(s -> normalizer.normalize(s).split(" ")).toList(),
                words(negationNode.path("almost")),
                strings(negationNode.path("concessive"), "negation.concessive").stream()
                        .map(s -> normalizer.normalize(s).split(" ")).toList(),
                words(negationNode.path("carried")), words(negationNode.path("joins")));
        List<Sign> signs = signNodes.stream().map(this::sign).toList();
        Set<String> seen = new HashSet<>();
        signs.forEach(s -> {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("sign '" + s.id() + "' is defined twice");
            }
        });
        cues.forEach(c -> concept("cue." + c));
        boolean[] typoProne = new boolean[patterns.size()];
        for (int id = 0; id < patterns.size(); id++) {
            // a stem takes its word's forms, a diminutive and one typo wherever it is written
            typoProne[id] = patterns.get(id).kind() == WordPattern.Kind.STEM;
        }
        for (String name : typoConcepts) {
            int concept = concept(name);
            terms.stream().filter(t -> t.concept() == concept).forEach(t -> {
                for (int part : t.parts()) {
                    typoProne[part] = true;
                }
            });
        }
        remembered.forEach(this::concept);
        return new RuleBook(patterns, terms, concepts, negation, signs, cues, KnownWords.of(knowledge, declaredKnown, patterns), typoProne,
                remembered);
    }

    private Term term(int concept, String source) {
        boolean tight = source.startsWith("=");
        String marked = tight ? source.substring(1) : source;
        boolean negatedOnly = marked.startsWith("!");
        boolean anyPolarity = marked.startsWith("~");
        String body = negatedOnly || anyPolarity ? marked.substring(1) : marked;
        List<String> words = new ArrayList<>();
        for (String written : body.strip().split("\\s+")) {
            words.addAll(split(written));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty term in concept " + concepts.get(concept));
        }
        int[] parts = new int[words.size()];
        for (int i = 0; i < parts.length; i++) {
            WordPattern p;
            try {
                p = WordPattern.parse(words.get(i), normalizer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("concept " + concepts.get(concept) + ", term '" + source + "': "
                        + e.getMessage(), e);
            }
            parts[i] = patternIds.computeIfAbsent(p, k -> {
                patterns.add(k);
                return patterns.size() - 1;
            });
        }
        return new Term(concept, parts, negatedOnly, anyPolarity, tight, source);
    }

    /** One written word as the normalizer cuts it: "когда-то" is two words, as in a message. */
    private List<String> split(String written) {
        if (written.startsWith("#")) {
            return List.of(written);
        }
        String mark = written.endsWith("*") || written.endsWith("+") ? written.substring(written.length() - 1) : "";
        String[] cut = normalizer.normalize(written.substring(0, written.length() - mark.length())).split(" ");
        List<String> out = new ArrayList<>(List.of(cut));
        out.removeIf(String::isEmpty);
        if (!mark.isEmpty() && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + mark);
        }
        return out;
    }

    private Sign sign(JsonNode node) {
        String id = node.path("id").asText("");
        List<Rule> rules = new ArrayList<>();
        node.path("rules").forEach(r -> rules.add(rule(id, r)));
        return new Sign(id, Level.fromKey(node.path("level").asText("")), rules);
    }

    private Rule rule(String sign, JsonNode node) {
        node.fieldNames().forEachRemaining(key -> {
            if (!RULE_KEYS.contains(key)) {
                throw new IllegalArgumentException("sign " + sign + ": unknown rule key '" + key + "', expected " + RULE_KEYS);
            }
        });
        List<String> all = strings(node.path("all"), "sign " + sign + " all");
        int[][] items = all.stream().map(this::alternatives).toArray(int[][]::new);
        int[][] earlier = strings(node.path("earlier"), "sign " + sign + " earlier").stream()
                .map(this::alternatives).toArray(int[][]::new);
        if (items.length == 0 && earlier.length > 0) {
            throw new IllegalArgumentException("sign " + sign + ": a rule needs 'all' besides 'earlier'");
        }
        return new Rule(items, ids(node.path("unless")), ids(node.path("unless_anywhere")), ids(node.path("who")),
                earlier,
                node.path("window").asInt(Rule.DEFAULT_WINDOW), node.path("reach").asInt(Rule.DEFAULT_REACH),
                node.path("min_words").asInt(0), node.path("max_words").asInt(Integer.MAX_VALUE),
                node.path("detail").asText(""), scope(sign, node.path("within").asText("message")),
                ids(node.path("not_about")), conceptIds.getOrDefault("grown", -1), refined(sign, node.path("refines")));
    }

    /** Positions of the signs a rule refines ({@code refines: [seizure]}); each must be a sign of the book. */
    private int[] refined(String sign, JsonNode list) {
        List<String> ids = signNodes.stream().map(n -> n.path("id").asText("")).toList();
        return strings(list, "sign " + sign + " refines").stream().mapToInt(id -> {
            int at = ids.indexOf(id);
            if (at < 0 || id.equals(sign)) {
                throw new IllegalArgumentException("sign " + sign + " refines '" + id + "', which is no other sign");
            }
            return at;
        }).toArray();
    }

    private static Rule.Scope scope(String sign, String written) {
        try {
            return Rule.Scope.valueOf(written.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sign " + sign + ": within must be message, sentence or clause, not '"
                    + written + "'", e);
        }
    }

    private int[] ids(JsonNode list) {
        List<Integer> ids = new ArrayList<>();
        for (String item : strings(list, "rule")) {
            for (int id : alternatives(item)) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] alternatives(String item) {
        String[] names = item.split("\\|");
        int[] ids = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = concept(names[i].strip());
        }
        return ids;
    }

    private int concept(String name) {
        Integer id = conceptIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("a rule names the unknown concept '" + name + "'");
        }
        return id;
    }

    private int conceptId(String name) {
        return conceptIds.computeIfAbsent(name, k -> {
            concepts.add(k);
            return concepts.size() - 1;
        });
    }

    private Set<String> words(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (String w : strings(list, "negation")) {
            out.add(normalizer.normalize(w));
        }
        return out;
    }

    private static List<String> strings(JsonNode node, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(what + " must be a list, [like, this]");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText().strip()));
        if (out.contains("")) {
            throw new IllegalArgumentException(what + " has a blank entry");
        }
        return out;
    }
}
