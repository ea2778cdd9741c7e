package ru.sleepbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a Telegram-HTML text that is too long for one message (4 096 characters as Telegram counts
 * them: after markup, in UTF-16 units) into parts. It cuts at the last paragraph break that fits,
 * else a line break, else a sentence end, else a space; it never cuts inside a tag or an entity, and
 * a tag open across a cut is closed at the end of one part and opened again at the start of the next.
 */
final class TextSplitter {

    static final int TELEGRAM_LIMIT = 4096;

    /** Break kinds from best to worst; a cut goes after the break's characters. */
    private static final String[] BREAKS = {"\n\n", "\n", ". ", "! ", "? ", " "};

    private final int limit;

    TextSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    List<String> split(String html) {
        if (visibleLength(html, 0, html.length()) <= limit) {
            return List.of(html);
        }
        List<String> raw = new ArrayList<>();
        int start = 0;
        while (start < html.length()) {
            int end = cut(html, start);
            String part = html.substring(start, end).strip();
            if (!part.isEmpty()) {
                raw.add(part);
            }
            start = end;
        }
        return balanceTags(raw);
    }

    /** The end of the part that starts at {@code start}: the best break within the limit. */
    private int cut(String html, int start) {
        int hardEnd = start;
        int visible = 0;
        while (hardEnd < html.length()) {
            int next = tokenEnd(html, hardEnd);
            int width = html.charAt(hardEnd) == '<' ? 0 : 1;
            if (visible + width > limit) {
                break;
            }
            visible += width;
            hardEnd = next;
        }
        if (hardEnd >= html.length()) {
            return html.length();
        }
        String window = html.substring(start, hardEnd);
        for (String brk : BREAKS) {
            int at = window.lastIndexOf(brk);
            if (at > 0 && !insideTag(window, at)) {
                return start + at + brk.length();
            }
        }
        // One endless word: cut at the limit, but not between the halves of a surrogate pair.
        return Character.isLowSurrogate(html.charAt(hardEnd)) ? hardEnd - 1 : hardEnd;
    }

    /** Where the token starting at {@code i} ends: a whole tag, a whole entity, or one char. */
    private static int tokenEnd(String html, int i) {
        char c = html.charAt(i);
        if (c == '<' || c == '&') {
            int close = html.indexOf(c == '<' ? '>' : ';', i);
            if (close > 0 && (c == '<' || close - i <= 10)) {
                return close + 1;
            }
        }
        return i + 1;
    }

    private static boolean insideTag(String text, int at) {
        return text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
    }

    static int visibleLength(String html, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i = tokenEnd(html, i)) {
            if (html.charAt(i) != '<') {
                count++;
            }
        }
        return count;
    }

    /** Closes tags still open at the end of a part and re-opens them in the next one. */
    private static List<String> balanceTags(List<String> parts) {
        List<String> result = new ArrayList<>(parts.size());
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag}, innermost first
        for (String part : parts) {
            StringBuilder prefix = new StringBuilder();
            open.descendingIterator().forEachRemaining(tag -> prefix.append(tag[1]));
            for (int i = 0; i < part.length(); i = tokenEnd(part, i)) {
                if (part.charAt(i) == '<') {
                    track(part.substring(i, tokenEnd(part, i)), open);
                }
            }
            StringBuilder suffix = new StringBuilder();
            open.forEach(tag -> suffix.append("</").append(tag[0]).append('>'));
            result.add(prefix + part + suffix);
        }
        return List.copyOf(result);
    }

    private static void track(String tag, Deque<String[]> open) {
        if (tag.startsWith("</")) {
            String name = tag.substring(2, tag.length() - 1).strip();
            if (!open.isEmpty() && open.peek()[0].equalsIgnoreCase(name)) {
                open.pop();
            }
        } else if (!tag.endsWith("/>")) {
            String name = tag.substring(1, tag.length() - 1).strip().split("\\s", 2)[0];
            open.push(new String[] {name, tag});
        }
    }
}
