package ru.sleepbot.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code intents/} (a folder, or the copy bundled in the jar) into a {@link KnowledgeBase}.
 * Layout: {@code topics/*.yaml}, {@code conversation/*.yaml}, {@code routines/*.yaml},
 * {@code messages/*.yaml}, {@code lexicon/*.yaml}, {@code safety/*.yaml} (kept as YAML trees: the
 * {@code safety} package reads them); see intents/README.md.
 */
public final class ContentLoader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Loads from a folder on disk (INTENTS_DIR, or the repository's intents/ in tests). */
    public KnowledgeBase load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("content folder not found: " + root.toAbsolutePath());
        }
        List<Topic> topics = readAll(root.resolve("topics"), Topic.class);
        List<Conversation> conversations = readAll(root.resolve("conversation"), Conversation.class);
        List<Routine> routines = readAll(root.resolve("routines"), Routine.class);
        Messages messages = readMessages(root.resolve("messages"));
        Map<String, JsonNode> safety = readDocuments(root.resolve("safety"));
        Lexicon lexicon = readLexicon(root.resolve("lexicon"));
        List<City> cities = readCities(root.resolve("places").resolve("cities.yaml"));
        return new KnowledgeBase(topics, conversations, routines, messages, safety, lexicon, cities);
    }

    /** Loads the content bundled on the classpath under {@code intents/} (inside the jar). */
    public KnowledgeBase loadBundled() {
        URL marker = ContentLoader.class.getResource("/intents/README.md");
        if (marker == null) {
            throw new IllegalStateException("no bundled content: intents/README.md is not on the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(jar.getPath("/intents"));
                }
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open bundled content", e);
        }
    }

    private <T> List<T> readAll(Path folder, Class<T> type) {
        List<T> items = new ArrayList<>();
        for (Path file : yamlFiles(folder)) {
            try {
                items.add(yaml.readValue(Files.readString(file), type));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    /** Each YAML file of a folder as a tree, by file name without the extension. */
    private Map<String, JsonNode> readDocuments(Path folder) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (Path file : yamlFiles(folder)) {
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            try {
                documents.put(name, yaml.readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return documents;
    }

    private List<City> readCities(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<City> result = new ArrayList<>();
            for (JsonNode city : yaml.readTree(Files.readString(file)).path("cities")) {
                result.add(yaml.treeToValue(city, City.class));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Messages readMessages(Path folder) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Path file : yamlFiles(folder)) {
            String namespace = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            try {
                flatten(namespace, yaml.readTree(Files.readString(file)), texts);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new Messages(texts);
    }

    /** Same key scheme as messages, but every value must be a list: a lone string is a slip. */
    private Lexicon readLexicon(Path folder) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Path file : yamlFiles(folder)) {
            String namespace = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            try {
                collectLists(namespace, yaml.readTree(Files.readString(file)), lists);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(lists);
    }

    private static void collectLists(String prefix, JsonNode node, Map<String, List<String>> out) {
        if (node == null || node.isMissingNode()) {
            return; // a file with comments only
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectLists(prefix + "." + f.getKey(), f.getValue(), out));
        } else if (node.isArray()) {
            List<String> words = new ArrayList<>();
            node.forEach(w -> words.add(w.asText().strip()));
            if (words.isEmpty() || words.contains("")) {
                throw new IllegalArgumentException(prefix + " is empty or has a blank word");
            }
            out.put(prefix, List.copyOf(words));
        } else {
            throw new IllegalArgumentException(prefix + " must be a list of words, [like, this]");
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, List<String>> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> variants = new ArrayList<>();
            node.forEach(v -> variants.add(v.asText().strip()));
            out.put(prefix, List.copyOf(variants));
        } else {
            out.put(prefix, List.of(node.asText().strip()));
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
