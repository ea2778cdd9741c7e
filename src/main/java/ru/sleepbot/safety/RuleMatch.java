package ru.sleepbot.safety;

/**
 * Decides whether one {@link Rule} holds in a message's {@link Mentions}: a window of at most
 * {@code rule.window()} words holding a mention of every item, with no veto within
 * {@code rule.reach()} words of it.
 */
final class RuleMatch {

    /** More words than any term has, so that a search by first word misses no term that ends near. */
    private static final int LONGEST = 16;

    private RuleMatch() {
    }

    /**
     * The {@code [first, last]} words of the match, or null when the rule does not hold.
     * {@code earlier} tells, by concept id, what the conversation's earlier messages mentioned.
     */
    static int[] find(Rule rule, Mentions mentions, boolean[] earlier) {
        if (mentions.words() > rule.maxWords() || mentions.words() < rule.minWords()
                || !(rule.who().length == 0 || anyOf(rule.who(), mentions, false) || anyOf(rule.who(), earlier))
                || anyOf(rule.unlessAnywhere(), mentions, false)) {
            return null;
        }
        for (int[] item : rule.earlier()) {
            if (!anyOf(item, mentions, false) && !anyOf(item, earlier)) {
                return null;
            }
        }
        for (int[] item : rule.all()) {
            if (!anyOf(item, mentions, false)) {
                return null; // the common case: some concept is simply not there
            }
        }
        // Every mention of every item is tried as the window's left edge.
        for (int[] anchorItem : rule.all()) {
            for (int concept : anchorItem) {
                for (int m = mentions.from(concept); m < mentions.to(concept); m++) {
                    int[] span = windowFrom(rule, mentions, mentions.start(m));
                    if (span != null && !vetoed(rule, mentions, span) && !aboutSomeoneElse(rule, mentions, span)) {
                        return span;
                    }
                }
            }
        }
        return null;
    }

    /** Each item's mention starting at or after {@code left} that ends soonest, all within the window. */
    private static int[] windowFrom(Rule rule, Mentions mentions, int left) {
        int right = left;
        for (int[] item : rule.all()) {
            int bestEnd = Integer.MAX_VALUE;
            for (int concept : item) {
                // by first word: once a mention starts after the best end so far, none ends sooner
                for (int m = mentions.firstFrom(concept, left); m < mentions.to(concept)
                        && mentions.start(m) < bestEnd; m++) {
                    if (mentions.end(m) < bestEnd && together(rule, mentions, left, mentions.end(m))) {
                        bestEnd = mentions.end(m);
                    }
                }
            }
            if (bestEnd == Integer.MAX_VALUE || bestEnd - left >= rule.window()) {
                return null;
            }
            right = Math.max(right, bestEnd);
        }
        return new int[] {left, right};
    }

    private static boolean together(Rule rule, Mentions mentions, int from, int to) {
        return switch (rule.scope()) {
            case MESSAGE -> true;
            case SENTENCE -> mentions.sentence(from) == mentions.sentence(to);
            case CLAUSE -> mentions.clause(from) == mentions.clause(to);
        };
    }

    private static boolean vetoed(Rule rule, Mentions mentions, int[] span) {
        for (int concept : rule.unless()) {
            // mentions are sorted by first word; a term is never longer than LONGEST words
            int from = mentions.firstFrom(concept, span[0] - rule.reach() - LONGEST);
            for (int m = from; m < mentions.to(concept) && mentions.start(m) <= span[1] + rule.reach(); m++) {
                if (mentions.end(m) >= span[0] - rule.reach()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a person of {@code rule.notAbout()} is named nearer to the span than anyone grown up. */
    private static boolean aboutSomeoneElse(Rule rule, Mentions mentions, int[] span) {
        if (rule.notAbout().length == 0) {
            return false;
        }
        int other = Integer.MAX_VALUE;
        for (int concept : rule.notAbout()) {
            other = Math.min(other, distance(mentions, concept, span));
        }
        return other != Integer.MAX_VALUE && (rule.grown() < 0 || other < distance(mentions, rule.grown(), span));
    }

    /** True when every item of the rule's {@code all} is mentioned within its window of {@code span}. */
    static boolean near(Rule rule, Mentions mentions, int[] span) {
        for (int[] item : rule.all()) {
            int best = Integer.MAX_VALUE;
            for (int concept : item) {
                best = Math.min(best, distance(mentions, concept, span));
            }
            if (best > rule.window()) {
                return false;
            }
        }
        return true;
    }

    /** Words between the span and the nearest mention of {@code concept}; MAX_VALUE when none. */
    static int distance(Mentions mentions, int concept, int[] span) {
        int best = Integer.MAX_VALUE;
        for (int m = mentions.from(concept); m < mentions.to(concept); m++) {
            best = Math.min(best, Math.max(0, Math.max(span[0] - mentions.end(m), mentions.start(m) - span[1])));
        }
        return best;
    }

    private static boolean anyOf(int[] concepts, boolean[] earlier) {
        for (int concept : concepts) {
            if (earlier[concept]) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code concepts} is mentioned; an empty list counts as {@code whenEmpty}. */
    private static boolean anyOf(int[] concepts, Mentions mentions, boolean whenEmpty) {
        if (concepts.length == 0) {
            return whenEmpty;
        }
        for (int concept : concepts) {
            if (mentions.has(concept)) {
                return true;
            }
        }
        return false;
    }
}
