package ru.sleepbot.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.chat.Html;

/**
 * Every text the bot says outside topic answers, by key: {@code dialog.start}, {@code routine.next}.
 * A key is the file name in {@code intents/messages/} plus the (dotted) key inside it; a key may
 * hold several variants to vary the wording. Placeholders {@code {name}} are filled with escaped
 * values, so user-supplied or computed text can never break Telegram's HTML.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final Map<String, List<String>> texts;

    public Messages(Map<String, List<String>> texts) {
        this.texts = Map.copyOf(texts);
        this.texts.forEach((key, variants) -> {
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("message " + key + " has no text");
            }
        });
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The first variant of a message. */
    public String text(String key) {
        return variants(key).get(0);
    }

    /** The first variant with placeholders filled (values HTML-escaped). */
    public String text(String key, Map<String, ?> values) {
        return fill(key, text(key), values);
    }

    /** One variant chosen by {@code random}, so repeated prompts do not read the same. */
    public String pick(String key, RandomGenerator random) {
        List<String> variants = variants(key);
        return variants.get(random.nextInt(variants.size()));
    }

    public String pick(String key, RandomGenerator random, Map<String, ?> values) {
        return fill(key, pick(key, random), values);
    }

    public List<String> variants(String key) {
        List<String> variants = texts.get(key);
        if (variants == null) {
            throw new IllegalArgumentException("no message with key " + key);
        }
        return variants;
    }

    /** All keys, for the content lint. */
    public java.util.Set<String> keys() {
        return texts.keySet();
    }

    private static String fill(String key, String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("message " + key + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(Html.escape(Objects.toString(value))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
